// Issue 19: removes recordings older than their company's retention period, once a day. Every API
// instance runs it; the recordings of a run are claimed with SKIP LOCKED (recording-retention.store.ts),
// so two instances running at once split the work and never remove, or count, a recording twice. Each
// company's run ends with an audit entry and a log line saying what it freed.
import { rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Clock } from '../../common/clock.js'
import { PollingJob } from '../../common/polling-job.js'
import type { Database } from '../../db/database.js'
import type { AuditService } from '../audit/audit.service.js'
import {
  claimDueRecordings,
  markRecordingsRemoved,
  retentionPolicies,
  type RetentionPolicy,
} from './recording-retention.store.js'

const DAY_MS = 86_400_000
/** The first run after start: soon, so instances restarted more often than daily still run it. */
const FIRST_RUN_MS = 5 * 60_000
const BATCH = 200

export interface RecordingRetentionOptions {
  readonly db: Database
  readonly audit: Pick<AuditService, 'recordBySystem'>
  readonly clock: Clock
  readonly mediaDir: string
  readonly logger: {
    info(context: object, message: string): void
    error(context: object, message: string): void
  }
}

/** What one run freed for one company. */
export interface FreedRecordings {
  tenantId: string
  count: number
  bytes: number
}

export class RecordingRetention {
  private readonly job: PollingJob

  constructor(private readonly options: RecordingRetentionOptions) {
    this.job = new PollingJob(
      () => this.runOnce(),
      DAY_MS,
      (error) => options.logger.error({ err: error }, 'removing expired recordings failed; will retry'),
      FIRST_RUN_MS,
    )
  }

  start(): void {
    this.job.start()
  }

  stop(): Promise<void> {
    return this.job.stop()
  }

  /** Removes every due recording of every company with a retention period; what it freed per company. */
  async runOnce(): Promise<FreedRecordings[]> {
    const freed: FreedRecordings[] = []
    for (const policy of await retentionPolicies(this.options.db)) {
      const done = await this.removeDue(policy)
      if (done.count === 0) continue
      freed.push(done)
      this.options.logger.info(
        { ...done, retentionDays: policy.retentionDays },
        `recording retention removed ${done.count} recordings (${done.bytes} bytes)`,
      )
    }
    return freed
  }

  private async removeDue({
    tenantId,
    retentionDays,
    appealWindowDays,
  }: RetentionPolicy): Promise<FreedRecordings> {
    const { db, clock, audit } = this.options
    const now = clock.now()
    const before = new Date(now.getTime() - retentionDays * DAY_MS)
    const due = { startedBefore: before, now, appealWindowDays }
    const freed = { tenantId, count: 0, bytes: 0 }
    for (;;) {
      const claimed = await db.inTenant(tenantId, async (em, sql) => {
        const candidates = await claimDueRecordings(sql, due, BATCH)
        if (candidates.length === 0) return 0
        // The call records first: the files go only once no inspection can start on them any more.
        const removed = new Set(
          await markRecordingsRemoved(
            sql,
            candidates.map((recording) => recording.callId),
            due,
          ),
        )
        let bytes = 0
        for (const recording of candidates)
          if (removed.has(recording.callId)) bytes += await this.removeFile(tenantId, recording.file)
        if (removed.size > 0)
          audit.recordBySystem(em, tenantId, {
            action: 'RECORDINGS_REMOVED',
            entityType: 'RECORDINGS',
            entityId: null,
            after: { count: removed.size, bytes, retentionDays, startedBefore: before.toISOString() },
          })
        freed.count += removed.size
        freed.bytes += bytes
        return candidates.length
      })
      if (claimed < BATCH || this.job.isStopped) return freed
    }
  }

  /**
   * Deletes a recording file and answers its size; a file already gone frees nothing. Only files under the
   * company's own recordings directory are touched, whatever path a call record holds.
   */
  private async removeFile(tenantId: string, file: string): Promise<number> {
    const root = path.join(this.options.mediaDir, 'recordings', tenantId)
    const relative = path.relative(root, file)
    if (relative.startsWith('..') || path.isAbsolute(relative)) return 0
    const size = await stat(file).then(
      (found) => found.size,
      () => 0,
    )
    await rm(file, { force: true })
    return size
  }
}
