import { Migration } from '@mikro-orm/migrations'

/**
 * Issue 20, X4: a progressive dial refused for good (a number the outbound guard will never allow: not a
 * valid number, international or premium-rate where the company forbids them) is recorded on the item, with
 * the refusal's problem code, so the dialer stops trying it every round and the admin sees why.
 */
export class Migration20270110100000_dial_refusal extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table task_item add column dial_refusal text, add column dial_refused_at timestamptz;`)
  }
}
