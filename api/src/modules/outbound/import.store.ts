// The SQL of bulk imports (A13): the import's own row and progress, and the one transaction that stages the
// file's rows with COPY in a temporary table, rejects what the database knows is wrong (repeats in the file,
// numbers the task or the do-not-call list already has) and moves the rest into place.
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import type { Database, TenantSql } from '../../db/database.js'

export type ImportKind = 'TASK_ITEMS' | 'DO_NOT_CALL'
export type ImportStatus = 'UPLOADED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED'

export interface ListImportRow {
  id: string
  kind: ImportKind
  taskId: string | null
  fileName: string
  format: 'CSV' | 'XLSX'
  encoding: string
  columns: string[]
  status: ImportStatus
  isCancelRequested: boolean
  rowsRead: number
  rowsImported: number
  rowsRejected: number
  failureCode: string | null
  createdAt: Date
  finishedAt: Date | null
}

const COLUMNS = `id, kind, task_id as "taskId", file_name as "fileName", format, encoding, columns, status,
  is_cancel_requested as "isCancelRequested", rows_read as "rowsRead", rows_imported as "rowsImported",
  rows_rejected as "rowsRejected", failure_code as "failureCode", created_at as "createdAt",
  finished_at as "finishedAt"`

export async function insertImport(
  sql: TenantSql,
  row: Pick<ListImportRow, 'id' | 'kind' | 'taskId' | 'fileName' | 'format' | 'encoding' | 'columns'> & {
    createdBy: string | null
  },
): Promise<ListImportRow> {
  const [created] = await sql.query<ListImportRow>(
    `insert into list_import (id, tenant_id, kind, task_id, file_name, format, encoding, columns, status, created_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, 'UPLOADED', $9) returning ${COLUMNS}`,
    [
      row.id,
      sql.tenantId,
      row.kind,
      row.taskId,
      row.fileName,
      row.format,
      row.encoding,
      JSON.stringify(row.columns),
      row.createdBy,
    ],
  )
  return created!
}

export async function importById(sql: TenantSql, id: string): Promise<ListImportRow | null> {
  const [row] = await sql.query<ListImportRow>(`select ${COLUMNS} from list_import where id = $1`, [id])
  return row ?? null
}

/** Moves an import from one state to the next; false when it was no longer in `from` (a race lost). */
export async function moveImport(
  sql: TenantSql,
  id: string,
  from: ImportStatus[],
  to: ImportStatus,
  failureCode: string | null = null,
): Promise<boolean> {
  const rows = await sql.query(
    `update list_import set status = $3, failure_code = $4, updated_at = now(),
            finished_at = case when $3 in ('SUCCEEDED', 'FAILED', 'CANCELLED') then now() end
       where id = $1 and status = any($2::text[]) returning id`,
    [id, from, to, failureCode],
  )
  return rows.length > 0
}

/**
 * The lock a running import's transaction holds until it ends, so that the sweep can tell an import whose
 * instance went away from one busy inside the database without reporting progress.
 */
const RUN_LOCK_KEY = `hashtextextended('list_import:' || $1::text, 0)`

export async function holdRunLock(sql: TenantSql, id: string): Promise<void> {
  await sql.query(`select pg_advisory_xact_lock(${RUN_LOCK_KEY})`, [id])
}

/** Whether no transaction runs the import (the lock is free); the lock taken here ends with the caller's. */
export async function isRunUnattended(sql: TenantSql, id: string): Promise<boolean> {
  const [row] = await sql.query<{ isFree: boolean }>(
    `select pg_try_advisory_xact_lock(${RUN_LOCK_KEY}) as "isFree"`,
    [id],
  )
  return row!.isFree
}

export interface StaleImport {
  tenantId: string
  id: string
  status: 'UPLOADED' | 'RUNNING'
}

/** Of every company: uploads never started since `uploadedBefore`, running imports quiet since `quietSince`. */
export function staleImports(db: Database, uploadedBefore: Date, quietSince: Date): Promise<StaleImport[]> {
  return db.platformQuery<StaleImport>(
    'select tenant_id as "tenantId", id, status from stale_list_imports(?, ?)',
    [uploadedBefore, quietSince],
  )
}

/** Writes the running counts; answers whether someone asked to cancel meanwhile (on any API instance). */
export async function recordProgress(
  sql: TenantSql,
  id: string,
  counts: { rowsRead: number; rowsRejected: number },
): Promise<boolean> {
  const [row] = await sql.query<{ isCancelRequested: boolean }>(
    `update list_import set rows_read = $2, rows_rejected = $3, updated_at = now()
       where id = $1 and status = 'RUNNING' returning is_cancel_requested as "isCancelRequested"`,
    [id, counts.rowsRead, counts.rowsRejected],
  )
  return row?.isCancelRequested ?? true
}

export async function requestCancel(sql: TenantSql, id: string): Promise<void> {
  await sql.query(`update list_import set is_cancel_requested = true, updated_at = now() where id = $1`, [id])
}

export async function saveImportMapping(sql: TenantSql, taskId: string, mapping: unknown): Promise<void> {
  await sql.query(`update outbound_task set import_mapping = $2 where id = $1`, [
    taskId,
    JSON.stringify(mapping),
  ])
}

export async function importMappingOf(sql: TenantSql, taskId: string): Promise<unknown> {
  const [row] = await sql.query<{ mapping: unknown }>(
    `select import_mapping as mapping from outbound_task where id = $1`,
    [taskId],
  )
  return row?.mapping ?? null
}

/**
 * Stages the rows `lines` yields (COPY text: row number, E.164 number, custom fields as JSON, reason, and for
 * a row already refused the column and the code) into a temporary table of the transaction, with COPY.
 */
export async function stageRows(sql: TenantSql, connection: pg.ClientBase, lines: Readable): Promise<void> {
  // The checks and the move below sort and hash the whole file; the default 4 MB sent them to disk.
  await sql.query(`set local work_mem = '64MB'`)
  await sql.query(
    `create temporary table import_stage (
       row_number integer not null, phone_number text, custom_fields jsonb, reason text,
       column_name text, code text
     ) on commit drop`,
  )
  await pipeline(
    lines,
    connection.query(
      copyFrom(
        'copy import_stage (row_number, phone_number, custom_fields, reason, column_name, code) from stdin',
      ),
    ),
  )
  // Nobody analyzes a temporary table by itself; without statistics the checks below plan as nested loops.
  await sql.query('analyze import_stage')
}

/** A table whose numbers an import refuses, and the code it refuses them with. */
interface KnownNumbers {
  code: string
  /** The table as `alias` and its scope (`task_item t on t.task_id = $3`), the scope's values `$3`, `$4`… */
  join: (alias: string) => string
}

/**
 * The rejections the database finds, in one pass over the staged rows: a number repeated further down the
 * file, then one of `known`'s tables has, in their order. Three updates read the million rows three times.
 */
async function rejectKnownNumbers(
  sql: TenantSql,
  phoneColumn: string,
  known: KnownNumbers[],
  params: unknown[],
): Promise<void> {
  const joins = known.map(
    (entry, index) => `left join ${entry.join(`k${index}`)} and k${index}.phone_number = s.phone_number`,
  )
  const cases = known.map(
    (entry, index) => `when k${index}.phone_number is not null then $${3 + params.length + index}`,
  )
  await sql.query(
    `update import_stage staged set column_name = $1, code = found.code
       from (select s.row_number,
                    case when s.nth > 1 then $2 ${cases.join(' ')} end as code
               from (select row_number, phone_number,
                            row_number() over (partition by phone_number order by row_number) as nth
                       from import_stage where code is null) s
               ${joins.join('\n               ')}) found
       where found.row_number = staged.row_number and found.code is not null`,
    [phoneColumn, 'DUPLICATE_IN_FILE', ...params, ...known.map((entry) => entry.code)],
  )
}

/** Keeps the rejected rows for the error file and counts what stays. */
async function keepRejections(sql: TenantSql, importId: string): Promise<{ rejected: number }> {
  const rows = await sql.query(
    `insert into list_import_rejection (import_id, tenant_id, row_number, column_name, code)
       select $1, $2, row_number, column_name, code from import_stage where code is not null
       returning row_number`,
    [importId, sql.tenantId],
  )
  return { rejected: rows.length }
}

export interface TaskItemAssignment {
  /** The agents who get the rows, in blocks of `shareSizes` (see evenShareSizes); empty for none. */
  agentIds: string[]
  shareSizes: (total: number) => number[]
  skillGroupId: string | null
}

/** Moves staged task items into the task; returns how many were rejected and imported. */
export async function settleTaskItems(
  sql: TenantSql,
  importId: string,
  taskId: string,
  phoneColumn: string,
  assignment: TaskItemAssignment,
): Promise<{ imported: number; rejected: number }> {
  await rejectKnownNumbers(
    sql,
    phoneColumn,
    [
      { code: 'TASK_ITEM_DUPLICATE', join: (k) => `task_item ${k} on ${k}.task_id = $3` },
      { code: 'NUMBER_ON_DO_NOT_CALL_LIST', join: (k) => `do_not_call ${k} on ${k}.tenant_id = $4` },
    ],
    [taskId, sql.tenantId],
  )
  const { rejected } = await keepRejections(sql, importId)
  // Only sharing among agents needs the count: another pass over the rows.
  const [{ total } = { total: 0 }] = assignment.agentIds.length
    ? await sql.query<{ total: number }>('select count(*)::int as total from import_stage where code is null')
    : []
  // Each agent's block starts where the ones before end; width_bucket finds the block of a position.
  const starts: number[] = []
  let next = 1
  for (const size of assignment.shareSizes(total)) {
    starts.push(next)
    next += size
  }
  // Numbering the rows sorts them all (a tenth of the move's time): only sharing among agents needs it.
  const valid = assignment.agentIds.length
    ? {
        agent: '($4::uuid[])[width_bucket(position, $5::int[])]',
        rows: `(select *, row_number() over (order by row_number) as position
                  from import_stage where code is null) valid`,
        params: [assignment.agentIds, starts],
      }
    : { agent: 'null::uuid', rows: 'import_stage where code is null', params: [] }
  const rows = await sql.query<{ n: number }>(
    `with inserted as (
       insert into task_item (tenant_id, task_id, phone_number, custom_fields, assignee_agent_id, assignee_skill_group_id)
         select $1, $2, phone_number, custom_fields, ${valid.agent}, $3::uuid from ${valid.rows}
         returning 1)
     select count(*)::int as n from inserted`,
    [sql.tenantId, taskId, assignment.skillGroupId, ...valid.params],
  )
  return { imported: rows[0]!.n, rejected }
}

/** Adds staged numbers to the do-not-call list; the reason is the row's own or `reason`. */
export async function settleDoNotCall(
  sql: TenantSql,
  importId: string,
  phoneColumn: string,
  reason: string,
  createdBy: string | null,
): Promise<{ imported: number; rejected: number }> {
  await rejectKnownNumbers(
    sql,
    phoneColumn,
    [{ code: 'ALREADY_ON_DO_NOT_CALL_LIST', join: (k) => `do_not_call ${k} on ${k}.tenant_id = $3` }],
    [sql.tenantId],
  )
  const { rejected } = await keepRejections(sql, importId)
  const rows = await sql.query<{ n: number }>(
    `with inserted as (
       insert into do_not_call (id, tenant_id, phone_number, reason, source, created_by)
         select gen_random_uuid(), $1, phone_number, coalesce(nullif(reason, ''), $2), 'MANUAL', $3
           from import_stage where code is null
         returning 1)
     select count(*)::int as n from inserted`,
    [sql.tenantId, reason, createdBy],
  )
  return { imported: rows[0]!.n, rejected }
}

export async function finishImport(
  sql: TenantSql,
  id: string,
  counts: { rowsRead: number; rowsImported: number; rowsRejected: number },
): Promise<void> {
  await sql.query(
    `update list_import set status = 'SUCCEEDED', rows_read = $2, rows_imported = $3, rows_rejected = $4,
            updated_at = now(), finished_at = now()
       where id = $1`,
    [id, counts.rowsRead, counts.rowsImported, counts.rowsRejected],
  )
}

export interface RejectionRow {
  rowNumber: number
  columnName: string
  code: string
}

/** The rejected rows in file order, `size` at a time, each batch in a transaction of its own. */
export async function* rejectionBatches(
  inTenant: (work: (sql: TenantSql) => Promise<RejectionRow[]>) => Promise<RejectionRow[]>,
  importId: string,
  size = 5000,
): AsyncGenerator<RejectionRow[]> {
  let after = 0
  for (;;) {
    const rows = await inTenant((sql) =>
      sql.query<RejectionRow>(
        `select row_number as "rowNumber", column_name as "columnName", code from list_import_rejection
           where import_id = $1 and row_number > $2 order by row_number limit ${Number(size)}`,
        [importId, after],
      ),
    )
    if (!rows.length) return
    yield rows
    after = rows[rows.length - 1]!.rowNumber
  }
}
