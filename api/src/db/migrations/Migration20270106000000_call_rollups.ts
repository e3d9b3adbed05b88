import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'
import { APP_ROLE } from '../roles.js'

/**
 * A9 (issue 18 item 6): hourly rollups of the call facts, so reports read closed hours from a few rows per
 * hour instead of scanning every call.
 *
 * - `call_rollup`: additive sums per (tenant, hour in the tenant's time zone, skill group, agent, direction,
 *   organisation, company number). The SELECT that fills it is reports/rollups.store.ts; reports run the
 *   same SELECT over the hours that are not rolled up, so both ways give the same numbers.
 * - `call_rollup_hour`: which hours are rolled up, and under which service-level threshold, short-abandon
 *   setting and time zone. A report uses an hour's rollup only when these equal the tenant's settings now
 *   and the hour is not dirty, so a changed setting can never serve stale numbers (the settings' trigger
 *   below queues the hours again, and until the job has redone them reports compute them from the facts).
 * - `call_rollup_dirty`: hours whose facts changed since they were rolled up. Statement triggers on
 *   call_fact, agent_status_log and call_record add the (tenant, hour) with ON CONFLICT DO NOTHING, which
 *   takes no row lock, so the switch's hot path gains an index probe per statement and never waits. The
 *   job (reports/rollup-job.ts) claims closed hours through call_rollup_claim_dirty (SKIP LOCKED, a lease
 *   so a crashed instance's claim comes back) and redoes each in one transaction.
 */
export class Migration20270106000000_call_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table call_rollup (
        tenant_id uuid not null references tenant (id) on delete cascade,
        hour timestamptz not null,
        skill_group_id uuid,
        agent_id uuid,
        direction text,
        organization text,
        number text,
        inbound_calls integer not null,
        inbound_answered integer not null,
        outbound_calls integer not null,
        outbound_answered integer not null,
        arrivals integer not null,
        answered integer not null,
        answered_in_threshold integer not null,
        answer_wait_ms bigint not null,
        callbacks_answered integer not null,
        abandoned integer not null,
        abandon_wait_ms bigint not null,
        short_abandoned integer not null,
        callbacks_requested integer not null,
        overflowed integer not null,
        offers_rung integer not null,
        offers_answered integer not null,
        holds integer not null,
        hold_ms bigint not null,
        transfers integer not null,
        handled integer not null,
        talk_ms bigint not null,
        after_call_work_ms bigint not null
      );`)
    this.addSql(`create index call_rollup_hour_idx on call_rollup (tenant_id, hour);`)
    this.addSql(isolateByTenant('call_rollup'))

    this.addSql(`
      create table call_rollup_hour (
        tenant_id uuid not null references tenant (id) on delete cascade,
        hour timestamptz not null,
        service_level_ms integer not null,
        short_abandon_ms integer not null,
        time_zone text not null,
        rolled_at timestamptz not null,
        primary key (tenant_id, hour)
      );`)
    this.addSql(isolateByTenant('call_rollup_hour'))

    this.addSql(`
      create table call_rollup_dirty (
        tenant_id uuid not null references tenant (id) on delete cascade,
        hour timestamptz not null,
        marked_at timestamptz not null default now(),
        -- A claim's lease, or a later retry for an hour whose calls are still being handled.
        not_before timestamptz,
        primary key (tenant_id, hour)
      );`)
    this.addSql(isolateByTenant('call_rollup_dirty'))

    // The hour of a moment in the tenant's time zone (Kolkata's hours start at :30 UTC).
    this.addSql(`
      create function call_rollup_mark() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if tg_table_name = 'call_fact' or tg_table_name = 'agent_status_log' then
          insert into call_rollup_dirty (tenant_id, hour)
          select distinct n.tenant_id, date_trunc('hour', n.at, t.time_zone)
            from new_rows n join tenant t on t.id = n.tenant_id
          on conflict do nothing;
        else
          insert into call_rollup_dirty (tenant_id, hour)
          select distinct n.tenant_id, date_trunc('hour', n.started_at, t.time_zone)
            from new_rows n join tenant t on t.id = n.tenant_id
           where n.ended_at is not null
          on conflict do nothing;
        end if;
        return null;
      end $$;`)
    this.addSql(`
      create trigger call_fact_rollup_mark after insert on call_fact
        referencing new table as new_rows for each statement execute function call_rollup_mark();`)
    this.addSql(`
      create trigger agent_status_log_rollup_mark after insert on agent_status_log
        referencing new table as new_rows for each statement execute function call_rollup_mark();`)
    // A call's record counts (inbound, outbound, answered) once it has ended; the upsert ends it by an
    // insert or an update, and update triggers with transition tables take no column list.
    this.addSql(`
      create trigger call_record_rollup_mark_insert after insert on call_record
        referencing new table as new_rows for each statement execute function call_rollup_mark();`)
    this.addSql(`
      create trigger call_record_rollup_mark_update after update on call_record
        referencing new table as new_rows for each statement execute function call_rollup_mark();`)

    // A new threshold or short-abandon setting: every rolled hour is redone (reports compute those hours
    // from the facts until then, since their stored settings no longer match).
    this.addSql(`
      create function call_rollup_settings_changed() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if new.service_level_seconds is distinct from old.service_level_seconds
           or new.short_abandon_seconds is distinct from old.short_abandon_seconds then
          insert into call_rollup_dirty (tenant_id, hour)
          select tenant_id, hour from call_rollup_hour where tenant_id = new.tenant_id
          on conflict do nothing;
        end if;
        return null;
      end $$;`)
    this.addSql(`
      create trigger acd_settings_rollup_redo after update on acd_settings
        for each row execute function call_rollup_settings_changed();`)

    // A new time zone moves the hours themselves where the offsets differ by a fraction of an hour, so
    // the tenant's rollups go and every hour with calls is queued again under the new zone.
    this.addSql(`
      create function call_rollup_time_zone_changed() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if new.time_zone is distinct from old.time_zone then
          delete from call_rollup where tenant_id = new.id;
          delete from call_rollup_hour where tenant_id = new.id;
          delete from call_rollup_dirty where tenant_id = new.id;
          insert into call_rollup_dirty (tenant_id, hour)
          select new.id, date_trunc('hour', at, new.time_zone) from call_fact where tenant_id = new.id
          union
          select new.id, date_trunc('hour', started_at, new.time_zone) from call_record where tenant_id = new.id
          on conflict do nothing;
        end if;
        return null;
      end $$;`)
    this.addSql(`
      create trigger tenant_rollup_time_zone after update of time_zone on tenant
        for each row execute function call_rollup_time_zone_changed();`)

    // The job works for every tenant, so it claims here: closed hours (ended before p_closed_before) not
    // leased, oldest first; each claim is leased until p_lease_until.
    this.addSql(`
      create function call_rollup_claim_dirty(p_closed_before timestamptz, p_now timestamptz,
          p_lease_until timestamptz, p_limit integer)
        returns table (tenant_id uuid, hour timestamptz)
        language sql volatile security definer set search_path = public as $$
        with claimable as (
          select d.tenant_id, d.hour from call_rollup_dirty d
           where d.hour + interval '1 hour' <= p_closed_before
             and (d.not_before is null or d.not_before <= p_now)
           order by d.hour limit p_limit for update skip locked)
        update call_rollup_dirty d set not_before = p_lease_until from claimable
         where d.tenant_id = claimable.tenant_id and d.hour = claimable.hour
        returning d.tenant_id, d.hour $$;`)
    this.addSql(
      `revoke all on function call_rollup_claim_dirty(timestamptz, timestamptz, timestamptz, integer) from public;`,
    )
    this.addSql(
      `grant execute on function call_rollup_claim_dirty(timestamptz, timestamptz, timestamptz, integer) to ${APP_ROLE};`,
    )
    this.addSql(`create index call_rollup_dirty_hour_idx on call_rollup_dirty (hour);`)
  }
}
