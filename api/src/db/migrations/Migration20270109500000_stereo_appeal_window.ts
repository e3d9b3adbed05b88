import { Migration } from '@mikro-orm/migrations'
import { APP_ROLE } from '../roles.js'

/**
 * Issue 19, recordings: stereo or mono as the company chooses (the customer and the agent on separate
 * channels, for later speech analytics), and how long an agent may appeal an inspection (A10). Once that
 * window has passed unused, the inspection is final and the retention job may remove its recording, so
 * the job's platform function now says each company's window too.
 */
export class Migration20270109500000_stereo_appeal_window extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table acd_settings add column is_recording_stereo boolean not null default false;`)
    this.addSql(`
      alter table acd_settings add column appeal_window_days integer not null default 7
        check (appeal_window_days between 1 and 365);`)
    this.addSql(`drop function recording_retention_tenants();`)
    this.addSql(`
      create function recording_retention_tenants()
        returns table (tenant_id uuid, retention_days integer, appeal_window_days integer)
        language sql stable security definer set search_path = public as $$
        select tenant_id, recording_retention_days, appeal_window_days from acd_settings
          where recording_retention_days is not null $$;`)
    this.addSql(`revoke all on function recording_retention_tenants() from public;`)
    this.addSql(`grant execute on function recording_retention_tenants() to ${APP_ROLE};`)
  }
}
