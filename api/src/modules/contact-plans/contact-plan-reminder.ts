// Reminds agents of their contact plans at their time. Every API instance runs one: each polls for plans
// that came due, claiming them through contact_plan_claim_due (SKIP LOCKED, and `reminded_at` set in the
// same statement), so whichever instance claims a plan is the only one to publish it. The claim also
// queues the `contact_plan.due` webhook (a trigger), whether or not the agent is online; an agent who was
// away finds the plan among their overdue ones when the workstation opens.
import type { Clock } from '../../common/clock.js'
import { PollingJob } from '../../common/polling-job.js'
import type { Database } from '../../db/database.js'
import { claimDuePlans } from './contact-plan.store.js'
import type { ContactPlansService } from './contact-plans.service.js'

const BATCH = 50
const POLL_MS = 5_000

export interface ContactPlanReminderOptions {
  readonly db: Database
  readonly plans: Pick<ContactPlansService, 'publishDue'>
  readonly clock: Clock
  readonly logger: { error(context: object, message: string): void }
}

export class ContactPlanReminder {
  private readonly job: PollingJob

  constructor(private readonly options: ContactPlanReminderOptions) {
    this.job = new PollingJob(
      () => this.runOnce(),
      POLL_MS,
      (error) => options.logger.error({ err: error }, 'contact plan reminders failed; will retry'),
    )
  }

  start(): void {
    this.job.start()
  }

  stop(): Promise<void> {
    return this.job.stop()
  }

  /** Reminds of every plan due now, batch after batch; returns how many. */
  async runOnce(): Promise<number> {
    let reminded = 0
    for (;;) {
      const due = await claimDuePlans(this.options.db, this.options.clock.now(), BATCH)
      for (const plan of due)
        await this.options.plans.publishDue({
          tenantId: plan.tenantId,
          ownerId: plan.ownerId,
          planId: plan.id,
        })
      reminded += due.length
      if (due.length < BATCH || this.job.isStopped) return reminded
    }
  }
}
