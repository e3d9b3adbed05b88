import { Migration } from '@mikro-orm/migrations'

/**
 * Issue 19, A5: the post-call survey for calls agents dial out. A company turns it on for all of them (the
 * inbound survey is per skill group, but an outbound call has none).
 */
export class Migration20270108120000_outbound_survey extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table acd_settings add column outbound_survey_enabled boolean not null default false;`)
  }
}
