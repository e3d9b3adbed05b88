import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'
import { APP_ROLE } from '../roles.js'

/**
 * Webhooks (issue 16): a tenant's HTTPS endpoints and an outbox of deliveries. Events enter the outbox
 * from triggers on the rows that record them (an agent's status log, a call record's answer and end), so
 * an event is queued in the transaction that makes it true, once, whichever API instance wrote it; every
 * instance then claims due deliveries with SKIP LOCKED. A tenant without enabled endpoints pays one
 * index probe per event.
 */
export class Migration20261230000000_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table webhook_endpoint (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        url text not null,
        description text not null default '',
        events text[] not null,
        secret_sealed text not null,
        enabled boolean not null default true,
        disabled_reason text check (disabled_reason in ('BY_ADMIN', 'FAILING')),
        disabled_at timestamptz,
        failing_since timestamptz,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create index webhook_endpoint_enabled_idx on webhook_endpoint (tenant_id) where enabled;`)

    this.addSql(`
      create table webhook_delivery (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references tenant (id) on delete cascade,
        endpoint_id uuid not null references webhook_endpoint (id) on delete cascade,
        event_type text not null,
        payload jsonb not null,
        occurred_at timestamptz not null default now(),
        status text not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
        attempt_count integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_attempt_at timestamptz,
        last_status_code integer,
        last_error text,
        delivered_at timestamptz,
        attempts jsonb not null default '[]'
      );`)
    this.addSql(
      `create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';`,
    )
    this.addSql(
      `create index webhook_delivery_endpoint_idx on webhook_delivery (tenant_id, endpoint_id, occurred_at desc);`,
    )
    for (const table of ['webhook_endpoint', 'webhook_delivery']) this.addSql(isolateByTenant(table))

    // One delivery per enabled endpoint that subscribed to the event.
    this.addSql(`
      create function webhook_enqueue(p_tenant uuid, p_type text, p_payload jsonb, p_at timestamptz)
        returns void language sql volatile security definer set search_path = public as $$
        insert into webhook_delivery (tenant_id, endpoint_id, event_type, payload, occurred_at, next_attempt_at)
        select e.tenant_id, e.id, p_type, p_payload, p_at, p_at from webhook_endpoint e
          where e.tenant_id = p_tenant and e.enabled and p_type = any (e.events) $$;`)

    this.addSql(`
      create function webhook_on_agent_status() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if not exists (select 1 from webhook_endpoint where tenant_id = new.tenant_id and enabled) then
          return null;
        end if;
        perform webhook_enqueue(new.tenant_id, 'agent.status_changed', jsonb_build_object(
          'agentId', new.user_id, 'status', new.status, 'previousStatus', new.previous_status,
          'cause', new.cause, 'reasonId', new.reason_id, 'at', new.at), new.at);
        -- An offer's detail is its queue entry's ID.
        if new.cause = 'OFFERED' and new.detail ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$' then
          perform webhook_enqueue(new.tenant_id, 'call.offered', jsonb_build_object(
            'callId', coalesce(q.call_id, q.id), 'agentId', new.user_id, 'callerNumber', q.caller_number,
            'skillGroupId', q.skill_group_id, 'enqueuedAt', q.enqueued_at, 'at', new.at), new.at)
          from queue_entry q where q.id = new.detail::uuid and q.tenant_id = new.tenant_id;
        end if;
        return null;
      end $$;`)
    this.addSql(`
      create trigger agent_status_log_webhooks after insert on agent_status_log
        for each row execute function webhook_on_agent_status();`)

    this.addSql(`
      create function webhook_call_json(c call_record) returns jsonb language sql immutable as $$
        select jsonb_build_object(
          'callId', c.id, 'direction', c.direction, 'dialledNumber', c.dialled_number,
          'callerNumber', c.caller_number, 'calleeNumber', c.callee_number, 'agentId', c.agent_id,
          'skillGroupId', c.skill_group_id, 'startedAt', c.started_at, 'answeredAt', c.bridged_at,
          'endedAt', c.ended_at, 'hangupCause', c.hangup_cause, 'hangupSide', c.hangup_side,
          'talkSeconds', case when c.bridged_at is not null and c.ended_at is not null
            then round(extract(epoch from c.ended_at - c.bridged_at))::integer end,
          'recorded', c.recording_file is not null) $$;`)
    // "Answered" is the moment a person took the call (its bridge), not the platform answering the caller.
    this.addSql(`
      create function webhook_on_call_record() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if not exists (select 1 from webhook_endpoint where tenant_id = new.tenant_id and enabled) then
          return null;
        end if;
        if new.bridged_at is not null and (tg_op = 'INSERT' or old.bridged_at is null) then
          perform webhook_enqueue(new.tenant_id, 'call.answered', webhook_call_json(new), new.bridged_at);
        end if;
        if new.ended_at is not null and (tg_op = 'INSERT' or old.ended_at is null) then
          perform webhook_enqueue(new.tenant_id, 'call.ended', webhook_call_json(new), new.ended_at);
        end if;
        return null;
      end $$;`)
    this.addSql(`
      create trigger call_record_webhooks after insert or update of bridged_at, ended_at on call_record
        for each row execute function webhook_on_call_record();`)

    // The dispatcher's two steps across tenants. A claimed delivery is leased until p_lease_until: should
    // its instance die mid-delivery, another takes it up then.
    this.addSql(`
      create function webhook_claim_due(p_now timestamptz, p_lease_until timestamptz, p_limit integer)
        returns table (id uuid, tenant_id uuid, endpoint_id uuid, event_type text, payload jsonb,
          occurred_at timestamptz, attempt_count integer, url text, secret_sealed text)
        language sql volatile security definer set search_path = public as $$
        with due as (
          select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
            where d.status = 'PENDING' and d.next_attempt_at <= p_now and e.enabled
            order by d.next_attempt_at limit p_limit for update of d skip locked)
        update webhook_delivery d set next_attempt_at = p_lease_until, attempt_count = d.attempt_count + 1
          from due, webhook_endpoint e
          where d.id = due.id and e.id = d.endpoint_id
          returning d.id, d.tenant_id, d.endpoint_id, d.event_type, d.payload, d.occurred_at, d.attempt_count,
            e.url, e.secret_sealed $$;`)
    // p_next_attempt_at: null when delivered or given up. An endpoint whose deliveries have failed for a day
    // is disabled, and what it still had pending fails with it; returns whether this attempt disabled it.
    this.addSql(`
      create function webhook_record_attempt(p_id uuid, p_at timestamptz, p_status_code integer,
          p_error text, p_duration_ms integer, p_delivered boolean, p_next_attempt_at timestamptz)
        returns boolean language plpgsql volatile security definer set search_path = public as $$
      declare
        v_endpoint uuid;
        v_failing_since timestamptz;
      begin
        update webhook_delivery set
            status = case when p_delivered then 'DELIVERED' when p_next_attempt_at is null then 'FAILED'
              else 'PENDING' end,
            next_attempt_at = coalesce(p_next_attempt_at, next_attempt_at),
            last_attempt_at = p_at, last_status_code = p_status_code, last_error = p_error,
            delivered_at = case when p_delivered then p_at end,
            attempts = attempts || jsonb_build_array(jsonb_build_object('at', p_at, 'statusCode', p_status_code,
              'error', p_error, 'durationMs', p_duration_ms))
          where id = p_id returning endpoint_id into v_endpoint;
        if p_delivered then
          update webhook_endpoint set failing_since = null where id = v_endpoint;
          return false;
        end if;
        update webhook_endpoint set failing_since = coalesce(failing_since, p_at) where id = v_endpoint
          returning failing_since into v_failing_since;
        if v_failing_since > p_at - interval '1 day' then
          return false;
        end if;
        update webhook_endpoint set enabled = false, disabled_reason = 'FAILING', disabled_at = p_at,
            updated_at = p_at
          where id = v_endpoint and enabled;
        update webhook_delivery set status = 'FAILED', last_error = coalesce(last_error, 'endpoint disabled')
          where endpoint_id = v_endpoint and status = 'PENDING';
        return true;
      end $$;`)
    this.addSql(`
      revoke all on function webhook_enqueue(uuid, text, jsonb, timestamptz),
        webhook_claim_due(timestamptz, timestamptz, integer),
        webhook_record_attempt(uuid, timestamptz, integer, text, integer, boolean, timestamptz) from public;`)
    this.addSql(`
      grant execute on function webhook_claim_due(timestamptz, timestamptz, integer),
        webhook_record_attempt(uuid, timestamptz, integer, text, integer, boolean, timestamptz) to ${APP_ROLE};`)
  }
}
