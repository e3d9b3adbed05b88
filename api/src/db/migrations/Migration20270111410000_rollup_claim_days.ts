import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'

/**
 * A9 (issue 18 item 6): the rollup job claims a tenant's day of dirty hours at once, so it redoes them as
 * runs in one transaction (reports/rollups.store.ts `redoHours`) instead of an hour per transaction, each
 * re-summing its whole day: 87,600 hours of ten million calls were hours of work.
 *
 * `call_rollup_claim_dirty_day` takes the oldest claimable hour (closed, not leased, SKIP LOCKED), then
 * every other claimable hour of that tenant's day (in its time zone) from there on, and leases them all.
 * It replaces `call_rollup_claim_dirty`, which claimed the oldest hours of any tenants.
 */
export class Migration20270111410000_rollup_claim_days extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop function call_rollup_claim_dirty(timestamptz, timestamptz, timestamptz, integer);`)
    this.addSql(`
      create function call_rollup_claim_dirty_day(p_closed_before timestamptz, p_now timestamptz,
          p_lease_until timestamptz)
        returns table (tenant_id uuid, hour timestamptz)
        language sql volatile security definer set search_path = public as $$
        with first as (
          select d.tenant_id, d.hour from call_rollup_dirty d
           where d.hour + interval '1 hour' <= p_closed_before
             and (d.not_before is null or d.not_before <= p_now)
           order by d.hour limit 1 for update skip locked),
        day as (
          select f.tenant_id, f.hour as start,
                 (date_trunc('day', f.hour at time zone t.time_zone) + interval '1 day') at time zone t.time_zone
                   as "end"
            from first f join tenant t on t.id = f.tenant_id),
        claimable as (
          select d.tenant_id, d.hour from call_rollup_dirty d join day on d.tenant_id = day.tenant_id
           where d.hour >= day.start and d.hour < day."end"
             and d.hour + interval '1 hour' <= p_closed_before
             and (d.not_before is null or d.not_before <= p_now)
           for update of d skip locked)
        update call_rollup_dirty d set not_before = p_lease_until from claimable
         where d.tenant_id = claimable.tenant_id and d.hour = claimable.hour
        returning d.tenant_id, d.hour $$;`)
    this.addSql(
      `revoke all on function call_rollup_claim_dirty_day(timestamptz, timestamptz, timestamptz) from public;`,
    )
    this.addSql(
      `grant execute on function call_rollup_claim_dirty_day(timestamptz, timestamptz, timestamptz) to ${APP_ROLE};`,
    )
  }
}
