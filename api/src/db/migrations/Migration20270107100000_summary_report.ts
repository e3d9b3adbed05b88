import { Migration } from '@mikro-orm/migrations'

/**
 * A9: the service summary report reads a tenant's summaries of a period by created_at. Without an index
 * that was a scan of every summary of every tenant (EXPLAIN: Seq Scan on service_summary with the
 * tenant and period as a filter); with it, an index range of the period.
 */
export class Migration20270107100000_summary_report extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index service_summary_period_idx on service_summary (tenant_id, created_at);`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop index service_summary_period_idx;`)
  }
}
