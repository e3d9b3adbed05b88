import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'
import { isolateByTenant } from '../rls.js'

/** Call records written by the switch cluster, read per tenant. */
export class Migration20261201000000_call_records extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table call_record (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        switch_node text not null,
        direction text not null check (direction in ('INBOUND', 'OUTBOUND')),
        dialled_number text,
        caller_number text,
        callee_number text,
        agent_id uuid,
        skill_group_id uuid,
        started_at timestamptz not null,
        ringing_at timestamptz,
        answered_at timestamptz,
        bridged_at timestamptz,
        ended_at timestamptz,
        hangup_cause text,
        hangup_side text check (hangup_side in ('CALLER', 'CALLEE', 'SYSTEM')),
        recording_file text,
        legs jsonb not null default '[]',
        timeline jsonb not null default '[]',
        updated_at timestamptz not null default now()
      );`)
    this.addSql(`create index call_record_tenant_started_idx on call_record (tenant_id, started_at desc);`)
    // A node's new owner looks up the calls the previous owner left open.
    this.addSql(`create index call_record_open_idx on call_record (switch_node) where ended_at is null;`)
    this.addSql(isolateByTenant('call_record'))

    // The ingest path writes every tenant's calls in one statement per batch, so it runs as the
    // owner: the app role may call these two functions but still cannot touch other tenants' rows.
    // First values win for milestones; the latest wins for the end; the timeline only grows.
    this.addSql(`
      create function call_record_upsert(p_rows jsonb) returns integer
        language sql volatile security definer set search_path = public as $$
        with saved as (
          insert into call_record as c (id, tenant_id, switch_node, direction, dialled_number, caller_number,
            callee_number, agent_id, skill_group_id, started_at, ringing_at, answered_at, bridged_at, ended_at,
            hangup_cause, hangup_side, recording_file, legs, timeline)
          select r.id, r.tenant_id, r.switch_node, r.direction, r.dialled_number, r.caller_number,
            r.callee_number, r.agent_id, r.skill_group_id, r.started_at, r.ringing_at, r.answered_at,
            r.bridged_at, r.ended_at, r.hangup_cause, r.hangup_side, r.recording_file, r.legs, r.timeline
          from jsonb_to_recordset(p_rows) as r (id uuid, tenant_id uuid, switch_node text, direction text,
            dialled_number text, caller_number text, callee_number text, agent_id uuid, skill_group_id uuid,
            started_at timestamptz, ringing_at timestamptz, answered_at timestamptz, bridged_at timestamptz,
            ended_at timestamptz, hangup_cause text, hangup_side text, recording_file text, legs jsonb,
            timeline jsonb)
          where exists (select 1 from tenant t where t.id = r.tenant_id)
          on conflict (id) do update set
            switch_node = excluded.switch_node,
            dialled_number = coalesce(c.dialled_number, excluded.dialled_number),
            caller_number = coalesce(c.caller_number, excluded.caller_number),
            callee_number = coalesce(excluded.callee_number, c.callee_number),
            agent_id = coalesce(excluded.agent_id, c.agent_id),
            skill_group_id = coalesce(excluded.skill_group_id, c.skill_group_id),
            started_at = least(c.started_at, excluded.started_at),
            ringing_at = coalesce(c.ringing_at, excluded.ringing_at),
            answered_at = coalesce(c.answered_at, excluded.answered_at),
            bridged_at = coalesce(c.bridged_at, excluded.bridged_at),
            ended_at = coalesce(excluded.ended_at, c.ended_at),
            hangup_cause = coalesce(c.hangup_cause, excluded.hangup_cause),
            hangup_side = coalesce(c.hangup_side, excluded.hangup_side),
            recording_file = coalesce(excluded.recording_file, c.recording_file),
            legs = excluded.legs,
            timeline = c.timeline || excluded.timeline,
            updated_at = now()
          where c.tenant_id = excluded.tenant_id
          returning 1
        )
        select count(*)::integer from saved $$;`)
    this.addSql(`
      create function call_record_open_on_node(p_node text) returns setof call_record
        language sql stable security definer set search_path = public as
        $$ select * from call_record where switch_node = p_node and ended_at is null $$;`)
    this.addSql(
      `revoke all on function call_record_upsert(jsonb), call_record_open_on_node(text) from public;`,
    )
    this.addSql(
      `grant execute on function call_record_upsert(jsonb), call_record_open_on_node(text) to ${APP_ROLE};`,
    )
  }
}
