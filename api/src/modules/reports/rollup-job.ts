// A9 (issue 18 item 6): keeps the hourly call rollups up to date. Triggers mark an hour dirty when its
// calls change (rollups.store.ts, the migration); every API instance runs this job, claims closed dirty
// hours a tenant's day at a time (SKIP LOCKED, with a lease so a crashed instance's claim comes back) and
// redoes them from the raw facts in one tenant transaction, runs of consecutive hours in one statement each.
// Redoing is idempotent, so a claim redone twice is harmless.
import type { Clock } from '../../common/clock.js'
import { PollingJob } from '../../common/polling-job.js'
import type { Database } from '../../db/database.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import { rollupSettingsOf } from './reports.service.js'
import { claimDirtyDay, redoHours } from './rollups.store.js'

const POLL_MS = 10_000
const MINUTE_MS = 60_000
/** An hour is rolled up this long after it ends, so facts stamped in its last moments have committed. */
const SETTLE_MS = 2 * MINUTE_MS
/** How long a claim is this instance's; a longer redo would be done twice, with the same result. */
const LEASE_MS = 5 * MINUTE_MS
/** When a call answered in the hour is still being handled, the hour is tried again this much later. */
const RETRY_MS = MINUTE_MS

export interface CallRollupJobOptions {
  readonly db: Database
  readonly settings: Pick<AcdSettingsService, 'read'>
  readonly clock: Clock
  readonly logger: { error(context: object, message: string): void }
}

export class CallRollupJob {
  private readonly job: PollingJob

  constructor(private readonly options: CallRollupJobOptions) {
    this.job = new PollingJob(
      () => this.runOnce(),
      POLL_MS,
      (error) => options.logger.error({ err: error }, 'rolling up call hours failed; will retry'),
    )
  }

  start(): void {
    this.job.start()
  }

  stop(): Promise<void> {
    return this.job.stop()
  }

  /** Redoes every claimable dirty hour, a tenant's day after another; returns how many hours. */
  async runOnce(): Promise<number> {
    const { db, settings, clock } = this.options
    let done = 0
    // stop() during a run ends it after the current day; a run asked for while stopped (tests, the bench)
    // goes to the end.
    const isStoppedAtStart = this.job.isStopped
    while (isStoppedAtStart || !this.job.isStopped) {
      const now = clock.now()
      const at = (offset: number) => new Date(now.getTime() + offset)
      const claim = await claimDirtyDay(db, at(-SETTLE_MS), now, at(LEASE_MS))
      if (!claim) break
      await db.inTenant(claim.tenantId, async (em, sql) => {
        const tenant = await em.findOneOrFail(Tenant, { id: claim.tenantId }, { fields: ['timeZone'] })
        const values = await settings.read(em, claim.tenantId)
        await redoHours(sql, claim.hours, rollupSettingsOf(values, tenant.timeZone), now, at(RETRY_MS))
      })
      done += claim.hours.length
    }
    return done
  }
}
