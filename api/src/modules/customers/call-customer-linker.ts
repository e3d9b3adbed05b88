// Gives every ended call its customer, created the first time the number is seen (G4), including calls
// that never reached an agent (given up in the IVR or the queue), so the next agent sees those attempts
// in the history. A trigger queues each call as its record ends; every API instance runs this job, and
// each claims a call through call_customer_claim_pending (SKIP LOCKED), so one instance links it. Should
// an instance die between claim and link, that call stays without a customer: the link is a courtesy to
// the history, not a record anything else depends on.
import { PollingJob } from '../../common/polling-job.js'
import type { Database } from '../../db/database.js'
import { claimPendingCallCustomers, linkCallCustomer } from './call-customer.store.js'
import type { CustomerEvents } from './customer-events.js'
import type { CustomersService } from './customers.service.js'

const BATCH = 100
const POLL_MS = 5_000

export interface CallCustomerLinkerOptions {
  readonly db: Database
  readonly customers: Pick<CustomersService, 'findOrCreateForCall'>
  readonly events: CustomerEvents
  readonly logger: { error(context: object, message: string): void }
}

export class CallCustomerLinker {
  private readonly job: PollingJob

  constructor(private readonly options: CallCustomerLinkerOptions) {
    this.job = new PollingJob(
      () => this.runOnce(),
      POLL_MS,
      (error) => options.logger.error({ err: error }, 'linking calls to customers failed; will retry'),
    )
  }

  start(): void {
    this.job.start()
  }

  stop(): Promise<void> {
    return this.job.stop()
  }

  /** Links every call queued now, batch after batch; returns how many were claimed. */
  async runOnce(): Promise<number> {
    const { db, customers, events } = this.options
    let claimed = 0
    for (;;) {
      const pending = await claimPendingCallCustomers(db, BATCH)
      for (const call of pending)
        await db.inTenant(call.tenantId, async (em) => {
          const found = await customers.findOrCreateForCall(
            em,
            call.tenantId,
            call.organization,
            call.partyNumber,
          )
          if (!found) return
          await linkCallCustomer(em, call.callId, found.customerId)
          // An open screen pop of this customer shows the call in its history.
          events.changed(em, {
            tenantId: call.tenantId,
            customerId: found.customerId,
            part: 'HISTORY',
            mergedInto: null,
          })
        })
      claimed += pending.length
      if (pending.length < BATCH || this.job.isStopped) return claimed
    }
  }
}
