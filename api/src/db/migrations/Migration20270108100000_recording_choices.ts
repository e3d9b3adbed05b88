import { Migration } from '@mikro-orm/migrations'

/**
 * Issue 19, recordings: besides the company-wide switch, a skill group may leave its calls unrecorded
 * and the company may leave calls its agents dial out unrecorded. Both default to recording, so
 * companies that record today keep every call they recorded.
 */
export class Migration20270108100000_recording_choices extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table skill_group add column is_recording_enabled boolean not null default true;`)
    this.addSql(
      `alter table acd_settings add column outbound_recording_enabled boolean not null default true;`,
    )
  }
}
