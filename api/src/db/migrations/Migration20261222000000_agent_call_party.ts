import { Migration } from '@mikro-orm/migrations'

/**
 * The other party of an agent's current call (issue 14): the workstation names the number on an outbound
 * call, and on a call whose ringing it never saw (a desk phone, a mobile, a reload), from the state alone.
 */
export class Migration20261222000000_agent_call_party extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      alter table agent_presence
        add column call_id uuid,
        add column call_direction text check (call_direction in ('INBOUND', 'OUTBOUND')),
        add column call_number text;`)
  }
}
