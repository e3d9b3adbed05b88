import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'
import { isolateByTenant } from '../rls.js'

/**
 * IVR (A7): flows and their versions, the daily schedules and holidays that choose a flow, numbers
 * routed to a schedule, the steps each call took through its flow, and satisfaction-survey scores.
 */
export class Migration20261216000000_ivr extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table ivr_flow (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        description text not null default '',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index ivr_flow_name_key on ivr_flow (tenant_id, lower(name));`)

    // A version's definition is the whole menu graph as validated JSON: it is saved, published and
    // played as one unit and never changes once published, so a call keeps the version it began on.
    // The arrays copy the references out of it for "who uses this prompt / skill group" lookups.
    this.addSql(`
      create table ivr_flow_version (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        flow_id uuid not null references ivr_flow (id) on delete cascade,
        version integer not null check (version > 0),
        status text not null check (status in ('DRAFT', 'PUBLISHED', 'RETIRED')),
        definition jsonb not null,
        prompt_ids uuid[] not null default '{}',
        skill_group_ids uuid[] not null default '{}',
        agent_ids uuid[] not null default '{}',
        saved_at timestamptz not null default now(),
        saved_by uuid,
        published_at timestamptz,
        published_by uuid
      );`)
    this.addSql(`create unique index ivr_flow_version_number_key on ivr_flow_version (flow_id, version);`)
    // At most one draft and one live version per flow; publishing swaps them in one transaction.
    this.addSql(
      `create unique index ivr_flow_version_draft_key on ivr_flow_version (flow_id) where status = 'DRAFT';`,
    )
    this.addSql(
      `create unique index ivr_flow_version_live_key on ivr_flow_version (flow_id) where status = 'PUBLISHED';`,
    )
    this.addSql(`create index ivr_flow_version_prompts_idx on ivr_flow_version using gin (prompt_ids);`)
    this.addSql(`create index ivr_flow_version_groups_idx on ivr_flow_version using gin (skill_group_ids);`)

    // Daily IVR: `days` is [{weekday 1–7 (Monday 1), ranges: [{start "HH:MM", end "HH:MM"}]}] in the
    // tenant's time zone; a range ending before it starts runs past midnight into the next day.
    this.addSql(`
      create table ivr_schedule (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        flow_id uuid not null references ivr_flow (id) on delete restrict,
        days jsonb not null default '[]',
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index ivr_schedule_name_key on ivr_schedule (tenant_id, lower(name));`)

    // Holidays override the daily IVR on whole local days: their own flow, or a closed message.
    this.addSql(`
      create table ivr_holiday (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        start_date date not null,
        end_date date not null,
        schedule_id uuid references ivr_schedule (id) on delete cascade,
        action text not null check (action in ('FLOW', 'CLOSED')),
        flow_id uuid references ivr_flow (id) on delete restrict,
        closed_prompt_id uuid,
        created_at timestamptz not null default now(),
        check (end_date >= start_date),
        check ((action = 'FLOW') = (flow_id is not null))
      );`)
    this.addSql(`create index ivr_holiday_dates_idx on ivr_holiday (tenant_id, end_date, start_date);`)

    this.addSql(`
      alter table phone_number
        add column schedule_id uuid references ivr_schedule (id) on delete restrict,
        add constraint phone_number_one_route check (skill_group_id is null or schedule_id is null);`)

    // What each call did in its IVR, for its timeline and reports: keyed by the call's ID.
    this.addSql(`
      create table ivr_step (
        id bigserial primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        call_id uuid not null,
        at timestamptz not null default now(),
        kind text not null,
        flow_id uuid,
        flow_version integer,
        menu_id text,
        key text,
        action text,
        detail text
      );`)
    this.addSql(`create index ivr_step_call_idx on ivr_step (tenant_id, call_id, at);`)

    this.addSql(`
      create table satisfaction_score (
        call_id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        score smallint not null check (score between 1 and 5),
        at timestamptz not null default now()
      );`)
    this.addSql(`create index satisfaction_score_tenant_idx on satisfaction_score (tenant_id, at);`)

    for (const table of [
      'ivr_flow',
      'ivr_flow_version',
      'ivr_schedule',
      'ivr_holiday',
      'ivr_step',
      'satisfaction_score',
    ])
      this.addSql(isolateByTenant(table))

    // The switch's number lookup now also says which schedule a number follows.
    this.addSql(`drop function auth_find_phone_number(text);`)
    this.addSql(`
      create function auth_find_phone_number(p_number text)
        returns table (tenant_id uuid, phone_number_id uuid, skill_group_id uuid, schedule_id uuid)
        language sql stable security definer set search_path = public as
        $$ select tenant_id, id, skill_group_id, schedule_id from phone_number where number = p_number $$;`)
    this.addSql(`revoke all on function auth_find_phone_number(text) from public;`)
    this.addSql(`grant execute on function auth_find_phone_number(text) to ${APP_ROLE};`)
  }
}
