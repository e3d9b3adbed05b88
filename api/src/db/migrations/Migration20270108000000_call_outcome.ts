import { Migration } from '@mikro-orm/migrations'

/**
 * A9: a call's outcome kept on `call_record`, so the call-records list finds a rare outcome by index.
 *
 * The outcome used to be decided per row while reading, from the call and its facts (a callback request,
 * an abandon). Filtering on it then read every call of the period: the reports benchmark took 784 ms for
 * 240,000 calls with no MISSED among them, about 40 s at ten million. Now it is decided when the call ends,
 * and again when a deciding fact arrives after the end: the switch's call ingest and the ACD's queue facts
 * are separate writers, so either may come last. NULL means the call has not ended (the list's LIVE).
 *
 * The rule (call-records.store.ts names the outcomes): answered; else a callback request; else an outbound
 * call not connected; else abandoned in the queue or while an agent's phone rang; else missed.
 */
export class Migration20270108000000_call_outcome extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table call_record add column outcome text
      check (outcome in ('ANSWERED', 'CALLBACK', 'NOT_CONNECTED', 'ABANDONED', 'MISSED'));`)
    // Security definer: the facts are read (and the call updated) whichever role wrote the row.
    this.addSql(`
      create function call_outcome_of(p_tenant uuid, p_call uuid, p_direction text, p_answered timestamptz,
          p_ended timestamptz) returns text
        language sql stable security definer set search_path = public as $$
          select case
            when p_ended is null then null
            when p_answered is not null then 'ANSWERED'
            when exists (select 1 from call_fact f where f.tenant_id = p_tenant and f.call_id = p_call
                           and f.kind = 'CALLBACK_REQUESTED') then 'CALLBACK'
            when p_direction = 'OUTBOUND' then 'NOT_CONNECTED'
            when exists (select 1 from call_fact f where f.tenant_id = p_tenant and f.call_id = p_call
                           and f.kind = 'ABANDONED') then 'ABANDONED'
            else 'MISSED' end $$;`)
    this.addSql(`
      create function call_record_decide_outcome() returns trigger
        language plpgsql security definer set search_path = public as $$
        begin
          new.outcome := call_outcome_of(new.tenant_id, new.id, new.direction, new.answered_at, new.ended_at);
          return new;
        end $$;`)
    this.addSql(`
      create trigger call_record_outcome before insert or update of ended_at, answered_at on call_record
        for each row execute function call_record_decide_outcome();`)
    this.addSql(`
      create function call_fact_redecide_outcome() returns trigger
        language plpgsql security definer set search_path = public as $$
        begin
          update call_record c
             set outcome = call_outcome_of(c.tenant_id, c.id, c.direction, c.answered_at, c.ended_at)
           where c.id = new.call_id and c.tenant_id = new.tenant_id
             and c.ended_at is not null and c.answered_at is null;
          return null;
        end $$;`)
    this.addSql(`
      create trigger call_fact_outcome after insert on call_fact
        for each row when (new.kind in ('CALLBACK_REQUESTED', 'ABANDONED'))
        execute function call_fact_redecide_outcome();`)
    this.addSql(
      `revoke all on function call_outcome_of(uuid, uuid, text, timestamptz, timestamptz) from public;`,
    )
    this.addSql(`
      update call_record c
         set outcome = call_outcome_of(c.tenant_id, c.id, c.direction, c.answered_at, c.ended_at)
       where c.ended_at is not null;`)
    // The list's order within one outcome, so a page of a rare outcome is the next index entries.
    this.addSql(
      `create index call_record_outcome_idx on call_record (tenant_id, outcome, started_at desc, id desc);`,
    )
  }
}
