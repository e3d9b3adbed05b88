import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * Outbound tasks (A12), their numbers to call (task items) and the company's do-not-call list. Task items
 * will be written in bulk by the import with COPY (A13), so the table needs nothing from the ORM: IDs and
 * times have defaults, and no trigger runs per row. Task assignees are short ID lists on the task.
 */
export class Migration20270107500000_outbound extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table outbound_task (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        name text not null,
        description text not null default '',
        starts_on date not null,
        ends_on date not null,
        caller_id_number_id uuid not null references phone_number (id),
        custom_field_ids jsonb not null default '[]',
        script text not null default '',
        follow_up_results jsonb not null,
        agent_ids jsonb not null default '[]',
        skill_group_ids jsonb not null default '[]',
        status text not null default 'DRAFT' check (status in ('DRAFT', 'ACTIVE', 'PAUSED', 'CLOSED')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        check (ends_on >= starts_on)
      );`)
    this.addSql(`create unique index outbound_task_name_idx on outbound_task (tenant_id, lower(name));`)

    this.addSql(`
      create table task_item (
        id uuid primary key default gen_random_uuid(),
        tenant_id uuid not null references tenant (id) on delete cascade,
        task_id uuid not null references outbound_task (id) on delete cascade,
        phone_number text not null,
        custom_fields jsonb not null default '{}',
        assignee_agent_id uuid,
        assignee_skill_group_id uuid,
        status text not null default 'NEW' check (status in ('NEW', 'DIALLED', 'RESULT_RECORDED')),
        follow_up_result text,
        notes text not null default '',
        next_contact_at timestamptz,
        locked_by uuid,
        locked_at timestamptz,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      );`)
    // One number once per task: the import drops duplicates against it, a single add is refused.
    this.addSql(`create unique index task_item_number_idx on task_item (task_id, phone_number);`)
    // An agent's list, and the group leader's pool of a skill group's items not yet given to a member.
    this.addSql(`create index task_item_agent_idx on task_item (tenant_id, assignee_agent_id, task_id);`)
    this.addSql(
      `create index task_item_pool_idx on task_item (task_id, assignee_skill_group_id, created_at, id) where assignee_agent_id is null;`,
    )

    this.addSql(`
      create table do_not_call (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        phone_number text not null,
        reason text not null,
        source text not null check (source in ('MANUAL', 'CALL')),
        call_id uuid,
        created_by uuid,
        created_at timestamptz not null default now()
      );`)
    this.addSql(`create unique index do_not_call_number_idx on do_not_call (tenant_id, phone_number);`)
    for (const table of ['outbound_task', 'task_item', 'do_not_call']) this.addSql(isolateByTenant(table))
  }
}
