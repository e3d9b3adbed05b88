import { Migration } from '@mikro-orm/migrations'
import { isolateByTenant } from '../rls.js'

/**
 * Bulk imports of task items and do-not-call numbers (A13): one row per upload with its progress, the rows
 * it rejected (the error file: each row once), and the column mapping each task remembers. The rows
 * themselves pass through a temporary table of the import's own transaction, so nothing needs cleaning up
 * after a failed or cancelled import.
 */
export class Migration20270108200000_outbound_import extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table outbound_task add column import_mapping jsonb;`)
    this.addSql(`
      create table list_import (
        id uuid primary key,
        tenant_id uuid not null references tenant (id) on delete cascade,
        kind text not null check (kind in ('TASK_ITEMS', 'DO_NOT_CALL')),
        task_id uuid references outbound_task (id) on delete cascade,
        file_name text not null,
        format text not null check (format in ('CSV', 'XLSX')),
        encoding text not null,
        columns jsonb not null default '[]',
        status text not null check (status in ('UPLOADED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
        is_cancel_requested boolean not null default false,
        rows_read integer not null default 0,
        rows_imported integer not null default 0,
        rows_rejected integer not null default 0,
        failure_code text,
        created_by uuid,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        finished_at timestamptz,
        check ((kind = 'TASK_ITEMS') = (task_id is not null))
      );`)
    this.addSql(`create index list_import_task_idx on list_import (tenant_id, task_id, created_at);`)
    this.addSql(`
      create table list_import_rejection (
        import_id uuid not null references list_import (id) on delete cascade,
        tenant_id uuid not null references tenant (id) on delete cascade,
        row_number integer not null,
        column_name text not null,
        code text not null,
        primary key (import_id, row_number)
      );`)
    for (const table of ['list_import', 'list_import_rejection']) this.addSql(isolateByTenant(table))
  }
}
