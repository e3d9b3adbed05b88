import { Migration } from '@mikro-orm/migrations'

/** G8: indexes for an agent's own calls (the records naming them, and the offers their status history logs). */
export class Migration20261217000000_my_calls extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index call_record_agent_idx on call_record (tenant_id, agent_id, started_at desc) where agent_id is not null;`,
    )
    // The offers of one call to one agent: OFFERED and OFFER_ANSWERED carry the call's ID as detail.
    this.addSql(
      `create index agent_status_log_offer_idx on agent_status_log (user_id, cause, detail)
         where cause in ('OFFERED', 'OFFER_ANSWERED');`,
    )
  }
}
