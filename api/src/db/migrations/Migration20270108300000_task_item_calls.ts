import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * The calls dialled for a task item (G7): a task's call records and its statistics (A14) read the link,
 * and an item may be dialled more than once (no answer, call back).
 */
export class Migration20270108300000_task_item_calls extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table task_item_call (
        tenant_id uuid not null references tenant (id) on delete cascade,
        task_item_id uuid not null references task_item (id) on delete cascade,
        call_id uuid not null,
        created_at timestamptz not null default now(),
        primary key (task_item_id, call_id)
      );`)
    this.addSql(`create index task_item_call_call_idx on task_item_call (call_id);`)
    // The agent's "call back today" list reads planned times of their own items.
    this.addSql(
      `create index task_item_next_contact_idx on task_item (tenant_id, assignee_agent_id, next_contact_at) where next_contact_at is not null;`,
    )
    this.addSql(isolateByTenant('task_item_call'))
  }
}
