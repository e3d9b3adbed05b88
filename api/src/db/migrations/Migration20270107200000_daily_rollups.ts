import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * A9 (issue 18 item 6): daily call rollups over the hourly ones, so a report by day sums a row per day
 * and dimension instead of 24 (EXPLAIN of the 31-day report by agent: 213,000 hourly rows summed, 1.3 s).
 *
 * - `call_rollup_day`: the sums of call_rollup over one day of the tenant's time zone (23, 24 or 25 hours),
 *   per the same dimensions. The rollup job redoes the hour's day right after the hour
 *   (reports/rollups.store.ts `redoHour`), from the hourly rows, so a day can never say what its hours do not.
 * - `call_rollup_day_status`: which days are rolled up, where they end and under which settings. A report
 *   reads a day from here only when the settings match, none of its hours is dirty and none was rolled under
 *   other settings; otherwise it reads the day's hours as before. Its row is also the lock that orders two
 *   instances redoing hours of the same day.
 *
 * Every hour with calls is queued again, so the job builds the days of the calls already there (and rolls
 * any hour the hourly rollups never saw, which a day must not leave out).
 */
export class Migration20270107200000_daily_rollups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table call_rollup_day (like call_rollup);`)
    this.addSql(`alter table call_rollup_day rename column hour to day;`)
    this.addSql(
      `alter table call_rollup_day add foreign key (tenant_id) references tenant (id) on delete cascade;`,
    )
    this.addSql(`create index call_rollup_day_day_idx on call_rollup_day (tenant_id, day);`)
    this.addSql(isolateByTenant('call_rollup_day'))

    this.addSql(`
      create table call_rollup_day_status (
        tenant_id uuid not null references tenant (id) on delete cascade,
        day timestamptz not null,
        day_end timestamptz not null,
        service_level_ms integer not null,
        short_abandon_ms integer not null,
        time_zone text not null,
        rolled_at timestamptz not null,
        primary key (tenant_id, day)
      );`)
    this.addSql(isolateByTenant('call_rollup_day_status'))

    // A new time zone moves the days too: they go, as the hours do (call_rollup_time_zone_changed, which
    // queues every hour with calls again, and so their days).
    this.addSql(`
      create function call_rollup_day_time_zone_changed() returns trigger
        language plpgsql volatile security definer set search_path = public as $$
      begin
        if new.time_zone is distinct from old.time_zone then
          delete from call_rollup_day where tenant_id = new.id;
          delete from call_rollup_day_status where tenant_id = new.id;
        end if;
        return null;
      end $$;`)
    this.addSql(`
      create trigger tenant_rollup_day_time_zone after update of time_zone on tenant
        for each row execute function call_rollup_day_time_zone_changed();`)

    this.addSql(`
      insert into call_rollup_dirty (tenant_id, hour)
      select f.tenant_id, date_trunc('hour', f.at, t.time_zone) from call_fact f join tenant t on t.id = f.tenant_id
      union
      select c.tenant_id, date_trunc('hour', c.started_at, t.time_zone)
        from call_record c join tenant t on t.id = c.tenant_id
      on conflict do nothing;`)
  }
}
