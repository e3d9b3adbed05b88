import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'

/**
 * X4 progressive dialing: a task's dialing mode and its dialer rules (calling-hour windows in the callee's
 * local time, holiday dates, retries after no answer or busy, a per-number daily attempt cap). The dialer
 * job finds the companies with a running progressive task through a platform function, like the other
 * jobs that run before any tenant is known.
 */
export class Migration20270109100000_progressive extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table outbound_task
        add column dialing_mode text not null default 'PREVIEW' check (dialing_mode in ('PREVIEW', 'PROGRESSIVE')),
        add column calling_windows jsonb not null default '[]',
        add column holidays jsonb not null default '[]',
        add column retry_after_minutes integer not null default 30 check (retry_after_minutes between 1 and 10080),
        add column max_retries integer not null default 2 check (max_retries between 0 and 20),
        add column daily_attempt_cap integer not null default 3 check (daily_attempt_cap between 1 and 50);`)
    // The daily cap counts today's attempts to a number over all of the company's tasks.
    this.addSql(`create index task_item_phone_idx on task_item (tenant_id, phone_number);`)
    this.addSql(`
      create function progressive_dialing_tenants()
        returns table (tenant_id uuid)
        language sql stable security definer set search_path = public as $$
        select distinct tenant_id from outbound_task
          where status = 'ACTIVE' and dialing_mode = 'PROGRESSIVE' $$;`)
    this.addSql(`revoke all on function progressive_dialing_tenants() from public;`)
    this.addSql(`grant execute on function progressive_dialing_tenants() to ${APP_ROLE};`)
  }
}
