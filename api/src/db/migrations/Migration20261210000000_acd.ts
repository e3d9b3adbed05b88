import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'
import { isolateByTenant } from '../rls.js'

/**
 * Agent presence and call distribution (A4, G2, G3, X3, X6): each agent's one authoritative state and
 * its inputs, the status log, the queues, tenant call settings, not-ready reasons, numbers routed to
 * skill groups, and the idempotency keys of call-control requests.
 */
export class Migration20261210000000_acd extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table acd_settings (
        tenant_id uuid primary key references tenant (id) on delete cascade,
        after_call_work_seconds integer not null default 15 check (after_call_work_seconds between 0 and 3600),
        ring_timeout_seconds integer not null default 20 check (ring_timeout_seconds between 5 and 120),
        max_missed_offers integer not null default 3 check (max_missed_offers between 1 and 20),
        heartbeat_timeout_seconds integer not null default 45 check (heartbeat_timeout_seconds between 10 and 600),
        announce_position boolean not null default false,
        announce_interval_seconds integer not null default 30 check (announce_interval_seconds between 10 and 600),
        callback_enabled boolean not null default false,
        callback_key text not null default '1' check (callback_key ~ '^[0-9*#]$'),
        recording_enabled boolean not null default false,
        outbound_caller_id text,
        home_region text not null default 'CN' check (home_region ~ '^[A-Z]{2}$'),
        allow_international boolean not null default false,
        allow_premium_rate boolean not null default false,
        max_concurrent_outbound integer not null default 20 check (max_concurrent_outbound between 0 and 10000),
        max_outbound_per_second integer not null default 5 check (max_outbound_per_second between 0 and 1000),
        updated_at timestamptz not null default now()
      );`)

    // SYSTEM reasons are set by the platform (too many missed offers, phone not registered), never chosen.
    this.addSql(`
      create table not_ready_reason (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        kind text not null default 'CUSTOM' check (kind in ('CUSTOM', 'SYSTEM')),
        code text,
        sort_order integer not null default 0,
        deleted_at timestamptz,
        created_at timestamptz not null default now()
      );`)
    this.addSql(`
      create unique index not_ready_reason_name_key on not_ready_reason (tenant_id, lower(name))
        where deleted_at is null;`)
    this.addSql(`create unique index not_ready_reason_code_key on not_ready_reason (tenant_id, code);`)

    this.addSql(`
      alter table skill_group
        add column strategy text not null default 'LONGEST_IDLE'
          check (strategy in ('LONGEST_IDLE', 'ROUND_ROBIN', 'FEWEST_CALLS', 'PRIORITY')),
        add column max_wait_seconds integer not null default 300 check (max_wait_seconds between 10 and 7200),
        add column max_queue_length integer not null default 50 check (max_queue_length between 1 and 10000),
        add column overflow_action text not null default 'MESSAGE_HANGUP'
          check (overflow_action in ('SKILL_GROUP', 'MESSAGE_HANGUP')),
        add column overflow_skill_group_id uuid references skill_group (id) on delete set null;`)
    this.addSql(`alter table skill_group_member add column last_offered_at timestamptz;`)

    this.addSql(`
      create table phone_number (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        number text not null,
        description text not null default '',
        skill_group_id uuid references skill_group (id) on delete set null,
        created_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index phone_number_number_key on phone_number (number);`)

    this.addSql(`
      create table agent_presence (
        user_id uuid primary key references app_user (id) on delete cascade,
        tenant_id uuid not null references tenant (id) on delete cascade,
        session_id uuid,
        answering_mode text check (answering_mode in ('SIP', 'MOBILE')),
        phone_kind text check (phone_kind in ('SOFTPHONE', 'DESK_PHONE')),
        signed_in_at timestamptz,
        heartbeat_at timestamptz,
        registered_until timestamptz,
        registered_node text,
        busy_legs jsonb not null default '{}',
        ended_legs text[] not null default '{}',
        offer_call_id uuid,
        offer_leg_uuid uuid,
        offer_expires_at timestamptz,
        acw_until timestamptz,
        chosen_status text not null default 'IDLE' check (chosen_status in ('IDLE', 'NOT_READY')),
        chosen_reason_id uuid references not_ready_reason (id) on delete set null,
        status text not null default 'OFFLINE'
          check (status in ('OFFLINE', 'IDLE', 'RINGING', 'ON_CALL', 'AFTER_CALL_WORK', 'NOT_READY')),
        status_reason_id uuid references not_ready_reason (id) on delete set null,
        status_since timestamptz not null default now(),
        status_cause text not null default 'SIGNED_OUT',
        idle_since timestamptz,
        missed_in_row integer not null default 0,
        calls_today integer not null default 0,
        calls_today_on date,
        notice text
      );`)
    this.addSql(`
      create index agent_presence_idle_idx on agent_presence (tenant_id, idle_since)
        where status = 'IDLE';`)
    // What the sweeper heals: each partial index holds only rows that may need it.
    this.addSql(
      `create index agent_presence_live_idx on agent_presence (heartbeat_at) where status <> 'OFFLINE';`,
    )
    this.addSql(
      `create index agent_presence_offer_idx on agent_presence (offer_expires_at) where offer_call_id is not null;`,
    )
    this.addSql(
      `create index agent_presence_acw_idx on agent_presence (acw_until) where acw_until is not null;`,
    )

    this.addSql(`
      create table agent_status_log (
        id bigserial primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        user_id uuid not null references app_user (id) on delete cascade,
        status text not null,
        previous_status text,
        reason_id uuid,
        cause text not null,
        detail text,
        at timestamptz not null default now()
      );`)
    this.addSql(`create index agent_status_log_user_idx on agent_status_log (tenant_id, user_id, at desc);`)

    // A call waiting for an agent (or a caller waiting for a callback, X6): it keeps its place by enqueued_at.
    this.addSql(`
      create table queue_entry (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        skill_group_id uuid not null references skill_group (id) on delete cascade,
        kind text not null default 'CALL' check (kind in ('CALL', 'CALLBACK')),
        node text not null,
        caller_leg_uuid uuid,
        caller_number text,
        call_id uuid,
        enqueued_at timestamptz not null default now(),
        skill_group_entered_at timestamptz not null default now(),
        state text not null default 'WAITING' check (state in ('WAITING', 'OFFERING')),
        offered_agent_id uuid,
        offer_leg_uuid uuid,
        offer_expires_at timestamptz,
        tried_agent_ids uuid[] not null default '{}',
        has_overflowed boolean not null default false,
        announced_at timestamptz,
        callback_number text,
        target_agent_id uuid
      );`)
    this.addSql(
      `create index queue_entry_waiting_idx on queue_entry (tenant_id, skill_group_id, enqueued_at) where state = 'WAITING';`,
    )

    // A retried request with the same key returns the first one's result and places no second call.
    this.addSql(`
      create table call_command (
        tenant_id uuid not null references tenant (id) on delete cascade,
        user_id uuid not null,
        idempotency_key text not null,
        operation text not null,
        call_id uuid,
        result jsonb,
        is_outbound_active boolean not null default false,
        created_at timestamptz not null default now(),
        primary key (tenant_id, user_id, idempotency_key)
      );`)
    this.addSql(
      `create index call_command_outbound_idx on call_command (tenant_id, created_at) where operation = 'DIAL_OUT';`,
    )

    for (const table of [
      'acd_settings',
      'not_ready_reason',
      'phone_number',
      'agent_presence',
      'agent_status_log',
      'queue_entry',
      'call_command',
    ])
      this.addSql(isolateByTenant(table))

    // The switch gives a dialled number, or a SIP user and realm, before any tenant is known.
    this.addSql(`
      create function auth_find_phone_number(p_number text)
        returns table (tenant_id uuid, phone_number_id uuid, skill_group_id uuid)
        language sql stable security definer set search_path = public as
        $$ select tenant_id, id, skill_group_id from phone_number where number = p_number $$;`)
    this.addSql(`
      create function acd_find_agent_by_sip(p_user text, p_domain text)
        returns table (tenant_id uuid, user_id uuid)
        language sql stable security definer set search_path = public as
        $$ select u.tenant_id, u.id from app_user u join tenant t on t.id = u.tenant_id
           where lower(t.sip_domain) = lower(p_domain) and lower(u.agent_number) = lower(p_user)
             and u.deleted_at is null $$;`)
    // The sweeper's view across tenants: which rows need healing now. Only identifiers come back.
    this.addSql(`
      create function acd_pending_work(p_now timestamptz)
        returns table (kind text, tenant_id uuid, id uuid)
        language sql stable security definer set search_path = public as
        $$
          select 'PRESENCE', p.tenant_id, p.user_id from agent_presence p
            left join acd_settings s on s.tenant_id = p.tenant_id
            where (p.status <> 'OFFLINE'
                   and p.heartbeat_at < p_now - make_interval(secs => coalesce(s.heartbeat_timeout_seconds, 45)))
               or p.offer_expires_at < p_now
               or (p.acw_until < p_now and p.status = 'AFTER_CALL_WORK')
               or (p.registered_until < p_now and p.status <> 'OFFLINE' and p.answering_mode = 'SIP')
          union all
          select distinct 'QUEUE', q.tenant_id, q.tenant_id from queue_entry q
            where q.state = 'WAITING' or q.offer_expires_at < p_now
        $$;`)
    // After a resync the node's owner checks the legs and registrations it holds for agents on that node.
    this.addSql(`
      create function acd_presence_on_node(p_node text)
        returns table (tenant_id uuid, user_id uuid, leg_uuids text[], registered_here boolean)
        language sql stable security definer set search_path = public as
        $$ select p.tenant_id, p.user_id,
                  array(select key from jsonb_each_text(p.busy_legs) where value = p_node),
                  p.registered_node = p_node and p.registered_until is not null
           from agent_presence p
           where p.registered_node = p_node
              or exists (select 1 from jsonb_each_text(p.busy_legs) where value = p_node) $$;`)
    this.addSql(`
      revoke all on function auth_find_phone_number(text), acd_find_agent_by_sip(text, text),
        acd_pending_work(timestamptz), acd_presence_on_node(text) from public;`)
    this.addSql(`
      grant execute on function auth_find_phone_number(text), acd_find_agent_by_sip(text, text),
        acd_pending_work(timestamptz), acd_presence_on_node(text) to ${APP_ROLE};`)
  }
}
