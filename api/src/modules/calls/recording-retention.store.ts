// SQL of the recording retention job (recording-retention.ts): which companies keep recordings for a
// limited time, and the recordings of a company that are due.
import type { Database, TenantSql } from '../../db/database.js'

export interface RetentionPolicy {
  tenantId: string
  retentionDays: number
  /** A10: days an agent may appeal a submitted inspection; the recording stays that long at least. */
  appealWindowDays: number
}

/** The companies with a retention period (a platform function: no tenant is known yet). */
export async function retentionPolicies(db: Database): Promise<RetentionPolicy[]> {
  const rows = await db.platformQuery<{
    tenant_id: string
    retention_days: number
    appeal_window_days: number
  }>('select tenant_id, retention_days, appeal_window_days from recording_retention_tenants()')
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    retentionDays: row.retention_days,
    appealWindowDays: row.appeal_window_days,
  }))
}

export interface DueRecording {
  callId: string
  file: string
}

/** What makes a recording due, besides its age: the company's appeal window and the time now. */
export interface DueBy {
  startedBefore: Date
  now: Date
  appealWindowDays: number
}

/**
 * Whether an inspection (A10) holds call `c`'s recording, with $1 the tenant, $2 the time now and $3 the
 * appeal window in days: while the inspection is open, while its agent may still appeal (the window after
 * its submission), and while an appeal is pending. A resolved appeal, or a window passed unused, makes
 * the inspection final.
 */
const HELD_BY_INSPECTION = `exists (
  select 1 from qa_inspection i left join qa_appeal a on a.inspection_id = i.id
   where i.tenant_id = $1 and i.call_id = c.id
     and (i.status = 'PENDING' or a.status = 'PENDING'
          or (a.id is null and i.submitted_at + make_interval(days => $3) > $2)))`

/**
 * Up to `limit` recordings of calls started before `startedBefore`, locked for this transaction. SKIP
 * LOCKED lets a second instance running the job at the same time take the others instead of removing the
 * same ones, and skips calls a sampling is starting inspections on (lockCallsForInspection holds them).
 */
export async function claimDueRecordings(sql: TenantSql, due: DueBy, limit: number): Promise<DueRecording[]> {
  return sql.query<DueRecording>(
    `select c.id as "callId", c.recording_file as file from call_record c
      where c.tenant_id = $1 and c.recording_file is not null and c.started_at < $4
        and not ${HELD_BY_INSPECTION}
      order by c.started_at limit $5
      for update of c skip locked`,
    [sql.tenantId, due.now, due.appealWindowDays, due.startedBefore, limit],
  )
}

/**
 * The claimed calls keep no recording from now on, and say when it went; answers those it took. The check
 * runs again here, in a statement that sees every inspection committed before the claim's locks: one
 * started between the claim's snapshot and its lock keeps its recording. Later ones wait for this
 * transaction (lockCallsForInspection) and then find the recording removed.
 */
export async function markRecordingsRemoved(
  sql: TenantSql,
  callIds: readonly string[],
  due: DueBy,
): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `update call_record c set recording_file = null, recording_removed_at = $2
      where c.tenant_id = $1 and c.id = any($4::uuid[]) and not ${HELD_BY_INSPECTION}
      returning c.id`,
    [sql.tenantId, due.now, due.appealWindowDays, callIds],
  )
  return rows.map((row) => row.id)
}
