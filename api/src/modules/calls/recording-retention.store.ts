// SQL of the recording retention job (recording-retention.ts): which companies keep recordings for a
// limited time, and the recordings of a company that are due.
import type { Database, TenantSql } from '../../db/database.js'

export interface RetentionPolicy {
  tenantId: string
  retentionDays: number
}

/** The companies with a retention period (a platform function: no tenant is known yet). */
export async function retentionPolicies(db: Database): Promise<RetentionPolicy[]> {
  const rows = await db.platformQuery<{ tenant_id: string; retention_days: number }>(
    'select tenant_id, retention_days from recording_retention_tenants()',
  )
  return rows.map((row) => ({ tenantId: row.tenant_id, retentionDays: row.retention_days }))
}

export interface DueRecording {
  callId: string
  file: string
}

/**
 * Up to `limit` recordings of calls started before `before`, locked for this transaction. SKIP LOCKED
 * lets a second instance running the job at the same time take the others instead of removing the same
 * ones. A call under inspection (A10) is left alone while its inspection is open, and after it while the
 * agent may still appeal or an appeal is pending: only a resolved appeal makes the inspection final.
 */
export async function claimDueRecordings(
  sql: TenantSql,
  before: Date,
  limit: number,
): Promise<DueRecording[]> {
  return sql.query<DueRecording>(
    `select c.id as "callId", c.recording_file as file from call_record c
      where c.tenant_id = $1 and c.recording_file is not null and c.started_at < $2
        and not exists (
          select 1 from qa_inspection i left join qa_appeal a on a.inspection_id = i.id
           where i.tenant_id = $1 and i.call_id = c.id
             and (i.status = 'PENDING' or a.id is null or a.status = 'PENDING'))
      order by c.started_at limit $3
      for update of c skip locked`,
    [sql.tenantId, before, limit],
  )
}

/** The calls keep no recording from now on, and say when it went. */
export async function markRecordingsRemoved(sql: TenantSql, callIds: readonly string[], at: Date) {
  await sql.query(
    `update call_record set recording_file = null, recording_removed_at = $3
      where tenant_id = $1 and id = any($2::uuid[])`,
    [sql.tenantId, callIds, at],
  )
}
