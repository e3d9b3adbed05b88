// X4 progressive dialing: every few seconds, for each IDLE agent of a running progressive task who holds no
// item, the next due item is claimed (progressive-dialer.store.ts) and dialled on the agent's behalf
// through call control's dialOut, as if the agent had clicked dial: the agent's phone rings first, then
// the callee with the task's caller ID; the toll-fraud guard, the do-not-call re-check, recording and the
// call's link to the item all apply. Every API instance runs it: a claim is one statement with SKIP LOCKED
// and the agent's presence row is held while choosing, so two instances never dial one item or give one
// agent two calls. Answering machines are not detected: an answered machine is an answered call.
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../common/clock.js'
import { PollingJob } from '../../common/polling-job.js'
import type { Database } from '../../db/database.js'
import type { CallControlService } from '../acd/call-control.service.js'
import { SessionKind } from '../identity/session.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import { calleeTimeZone, isCallingTime, startOfLocalDay } from './calling-hours.js'
import { ITEM_LOCK_MS } from './outbound.service.js'
import {
  claimItem,
  dueItems,
  holdIdleAgent,
  idleProgressiveAgents,
  progressiveDialingTenants,
  releaseClaim,
  releaseUnanswered,
  type DialerAgent,
} from './progressive-dialer.store.js'

/** Due items read per agent and round; those outside their calling hours are passed over. */
const CANDIDATES = 200

export interface ProgressiveDialerOptions {
  readonly db: Database
  readonly calls: Pick<CallControlService, 'dialOut'>
  readonly clock: Clock
  readonly intervalMs: number
  readonly logger: { error(context: object, message: string): void }
}

/** What one round did: the items dialled, by agent. */
export interface DialledItem {
  tenantId: string
  agentId: string
  itemId: string
  callId: string
}

export class ProgressiveDialer {
  private readonly job: PollingJob

  constructor(private readonly options: ProgressiveDialerOptions) {
    this.job = new PollingJob(
      () => this.runOnce(),
      options.intervalMs || 1,
      (error) => options.logger.error({ err: error }, 'progressive dialing failed; will retry'),
    )
  }

  /** Runs every `intervalMs`; 0 leaves it to whoever calls runOnce (tests). */
  start(): void {
    if (this.options.intervalMs > 0) this.job.start()
  }

  stop(): Promise<void> {
    return this.job.stop()
  }

  async runOnce(): Promise<DialledItem[]> {
    const dialled: DialledItem[] = []
    for (const tenantId of await progressiveDialingTenants(this.options.db))
      dialled.push(...(await this.dialForTenant(tenantId)))
    return dialled
  }

  private async dialForTenant(tenantId: string): Promise<DialledItem[]> {
    const { db, clock } = this.options
    const now = clock.now()
    const staleBefore = new Date(now.getTime() - ITEM_LOCK_MS)
    const { agents, companyZone } = await db.inTenant(tenantId, async (em, sql) => {
      await releaseUnanswered(sql, now)
      const tenant = await em.findOneOrFail(Tenant, { id: tenantId }, { fields: ['timeZone'] })
      return { agents: await idleProgressiveAgents(sql, staleBefore), companyZone: tenant.timeZone }
    })
    const dialled: DialledItem[] = []
    for (const agent of agents) {
      if (this.job.isStopped) break
      const itemId = await this.claimFor(tenantId, agent, companyZone)
      if (!itemId) continue
      const callId = await this.dial(tenantId, agent, itemId)
      if (callId) dialled.push({ tenantId, agentId: agent.userId, itemId, callId })
    }
    return dialled
  }

  /** The first due item of the agent whose callee may be called now, locked to the agent. */
  private claimFor(tenantId: string, agent: DialerAgent, companyZone: string): Promise<string | null> {
    const now = this.options.clock.now()
    const staleBefore = new Date(now.getTime() - ITEM_LOCK_MS)
    return this.options.db.inTenant(tenantId, async (_em, sql) => {
      if (!(await holdIdleAgent(sql, agent.userId, staleBefore))) return null
      for (const item of await dueItems(sql, agent.userId, now, staleBefore, CANDIDATES)) {
        const zone = calleeTimeZone(item.phoneNumber, companyZone)
        if (!isCallingTime(now, zone, item)) continue
        if (await claimItem(sql, item.id, agent.userId, now, staleBefore, startOfLocalDay(now, zone)))
          return item.id
      }
      return null
    })
  }

  /** Dials the claimed item as the agent; a dial refused (paused since, outbound limits) frees the item. */
  private async dial(tenantId: string, agent: DialerAgent, itemId: string): Promise<string | null> {
    const viewer: Viewer = {
      userId: agent.userId,
      tenantId,
      sessionId: agent.sessionId ?? agent.userId,
      sessionKind: SessionKind.COOKIE,
      role: agent.role,
      organization: agent.organization,
      mustChangePassword: false,
    }
    try {
      const { callId } = await this.options.calls.dialOut(viewer, {
        idempotencyKey: randomUUID(),
        purpose: { kind: 'TASK_ITEM', id: itemId },
      })
      return callId ?? null
    } catch (error) {
      await this.options.db.inTenant(tenantId, (_em, sql) => releaseClaim(sql, itemId, agent.userId))
      this.options.logger.error(
        { err: error, tenantId, agentId: agent.userId, itemId },
        'progressive dial refused; the item stays due',
      )
      return null
    }
  }
}
