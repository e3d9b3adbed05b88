import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'

/**
 * Issue 19, recordings: a retention period per company (empty keeps recordings for good). The daily job
 * removes older recordings and notes when on the call record, so the call still says it had one. It finds
 * the companies with a period through a platform function, like the other jobs that run before any
 * tenant is known.
 */
export class Migration20270108110000_recording_retention extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table acd_settings add column recording_retention_days integer
        check (recording_retention_days between 1 and 3650);`)
    this.addSql(`alter table call_record add column recording_removed_at timestamptz;`)
    this.addSql(`
      create function recording_retention_tenants()
        returns table (tenant_id uuid, retention_days integer)
        language sql stable security definer set search_path = public as $$
        select tenant_id, recording_retention_days from acd_settings
          where recording_retention_days is not null $$;`)
    this.addSql(`revoke all on function recording_retention_tenants() from public;`)
    this.addSql(`grant execute on function recording_retention_tenants() to ${APP_ROLE};`)
  }
}
