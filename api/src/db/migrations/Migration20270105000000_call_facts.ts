import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * X2 and A8: the raw facts of each call's way through the queues, appended as they happen so any KPI
 * can be recomputed later under another definition, and the tenant's KPI settings.
 *
 * What is here and what is not: a call's start, ring, answer, bridge and end are on call_record; an
 * agent's talk, after-call work and not-ready time are the intervals of agent_status_log. call_fact adds
 * what neither keeps: each queue visit (enqueue, overflow, callback, abandon with its wait, answer with
 * its wait), each offer to an agent with its ring time and outcome, and holds and transfers. Each row is
 * written by the statement that changes the queue or the call today (a CTE of it), so the hot path keeps
 * its round trips. `duration_ms` is the fact's own span: the caller's wait for ANSWERED, ABANDONED,
 * CALLBACK_REQUESTED and OVERFLOWED, the ring time for OFFER_ENDED.
 */
export class Migration20270105000000_call_facts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table call_fact (
        id bigserial primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        call_id uuid not null,
        kind text not null check (kind in ('ENQUEUED', 'OFFERED', 'OFFER_ENDED', 'ANSWERED', 'ABANDONED',
          'CALLBACK_REQUESTED', 'OVERFLOWED', 'HELD', 'RESUMED', 'TRANSFERRED')),
        at timestamptz not null,
        direction text check (direction in ('INBOUND', 'OUTBOUND')),
        organization text check (organization in ('INBOUND', 'TELESALES')),
        skill_group_id uuid,
        agent_id uuid,
        outcome text,
        duration_ms bigint
      );`)
    this.addSql(`create index call_fact_at_idx on call_fact (tenant_id, at);`)
    this.addSql(`create index call_fact_call_idx on call_fact (tenant_id, call_id);`)
    this.addSql(isolateByTenant('call_fact'))

    // When the current offer started ringing, so its end can say for how long it rang.
    this.addSql(`alter table queue_entry add column offered_at timestamptz;`)

    this.addSql(`
      alter table acd_settings
        add column service_level_seconds integer not null default 20 check (service_level_seconds between 1 and 600),
        add column service_level_target_percent integer not null default 80
          check (service_level_target_percent between 1 and 100),
        add column short_abandon_seconds integer not null default 0 check (short_abandon_seconds between 0 and 60);`)
  }
}
