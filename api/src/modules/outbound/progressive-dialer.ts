// X4 progressive dialing: when an agent of a running progressive task becomes IDLE holding no item (a
// presence event), or a task starts, is resumed or edited, gets numbers (added, imported, handed out by a
// leader), or an agent finishes an item, the agent's next due item is claimed (progressive-dialer.store.ts)
// at once and dialled on the agent's behalf through call control's dialOut, as if the agent had clicked dial: the agent's phone rings first, then
// the callee with the task's caller ID; the toll-fraud guard, the do-not-call re-check, recording and the
// call's link to the item all apply. An unanswered number (busy, no answer) lets go of its item only once
// the call's end is saved, which may come after the agent's IDLE event: then the saved end dials them
// (callsEnded). A slow sweep of every company catches what no event announces (a retry coming due, a
// calling window opening, an event missed). Every API instance runs it and hears every event: a claim is
// one statement with SKIP LOCKED and the agent's presence row is held while choosing, so two instances
// never dial one item or give one agent two calls. Answering machines are not detected: an answered
// machine is an answered call.
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../common/clock.js'
import { PollingJob } from '../../common/polling-job.js'
import type { Database } from '../../db/database.js'
import { RateLimitedError, ValidationError } from '../../common/errors.js'
import type { CallControlService } from '../acd/call-control.service.js'
import { AgentStatus } from '../acd/presence.js'
import type { PresenceService } from '../acd/presence.service.js'
import { SessionKind } from '../identity/session.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import { localMoment } from '../ivr/schedule-rules.js'
import { calleeTimeZone, isCallingTime, startOfLocalDay } from './calling-hours.js'
import { ITEM_LOCK_MS } from './outbound.service.js'
import {
  claimItem,
  dueItems,
  forgetAgentUnanswered,
  holdIdleAgent,
  idleProgressiveAgents,
  progressiveDialingTenants,
  releaseClaim,
  refuseItem,
  releaseUnanswered,
  type DialerAgent,
} from './progressive-dialer.store.js'

/** Due items read per agent and round; those outside their calling hours are passed over. */
const CANDIDATES = 200

export interface ProgressiveDialerOptions {
  readonly db: Database
  readonly calls: Pick<CallControlService, 'dialOut'>
  /** Agents' status changes, and the agent to set not ready after a dial they did not answer. */
  readonly presence: Pick<PresenceService, 'subscribe' | 'missedDial'>
  readonly clock: Clock
  /** The sweep's interval; 0: no sweep and no events, rounds are driven by runOnce (tests). */
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

/** How one dial ended: placed, or refused for this item only, or refused for the company's whole round. */
type DialOutcome = { callId: string } | 'REFUSED' | 'COMPANY_LIMIT'

/** Refusals of the outbound guard that no later round changes: the number itself is not allowed. */
const PERMANENT_REFUSALS = new Set([
  'INVALID_PHONE_NUMBER',
  'INTERNATIONAL_NOT_ALLOWED',
  'PREMIUM_RATE_NOT_ALLOWED',
])

export class ProgressiveDialer {
  private readonly job: PollingJob
  private listening: AbortController | undefined
  /**
   * Companies with a running progressive task, as of the last sweep or a nudge: an agent's IDLE change in
   * any other company (every inbound call center's, after every call) costs no query. A task started on
   * another instance is nudged there, and that instance hears the same events, so nobody waits for a sweep.
   */
  private readonly dialingTenants = new Set<string>()

  constructor(private readonly options: ProgressiveDialerOptions) {
    this.job = new PollingJob(
      () => this.runOnce(),
      options.intervalMs || 1,
      (error) => options.logger.error({ err: error }, 'progressive dialing failed; will retry'),
      // At once on start: after a restart the running tasks' companies are known before their agents' events.
      0,
    )
  }

  /** Listens for agents becoming idle and sweeps every `intervalMs`; 0 leaves it to runOnce (tests). */
  start(): void {
    if (this.options.intervalMs <= 0) return
    this.job.start()
    this.listening = new AbortController()
    void this.listen(this.listening.signal)
  }

  stop(): Promise<void> {
    this.listening?.abort()
    this.listening = undefined
    return this.job.stop()
  }

  async runOnce(): Promise<DialledItem[]> {
    const tenants = await progressiveDialingTenants(this.options.db)
    this.dialingTenants.clear()
    for (const tenantId of tenants) this.dialingTenants.add(tenantId)
    const dialled: DialledItem[] = []
    for (const tenantId of tenants) dialled.push(...(await this.dialForTenant(tenantId)))
    return dialled
  }

  /**
   * Dials now for the company's idle agents (only `agentId`, when given): a task started or resumed, an
   * agent let go of an item. Nothing while the dialer is not started (tests drive rounds by hand).
   */
  nudge(tenantId: string, agentId?: string): void {
    if (!this.listening) return
    this.dialingTenants.add(tenantId)
    this.dialNow(tenantId, agentId)
  }

  /**
   * Calls whose end is now in the call records: an agent who became idle before their unanswered call's
   * record was saved (busy, no answer) still held the item then, so they are dialled now.
   */
  callsEnded(agents: readonly { tenantId: string; agentId: string }[]): void {
    if (!this.listening) return
    for (const { tenantId, agentId } of agents)
      if (this.dialingTenants.has(tenantId)) this.dialNow(tenantId, agentId)
  }

  private async listen(signal: AbortSignal): Promise<void> {
    try {
      for await (const event of this.options.presence.subscribe(signal))
        if (
          event.status === AgentStatus.IDLE &&
          event.previousStatus !== AgentStatus.IDLE &&
          this.dialingTenants.has(event.tenantId)
        )
          this.dialNow(event.tenantId, event.userId)
    } catch (error) {
      // The sweep still dials; events come back with the next start (a restart of the instance).
      this.options.logger.error({ err: error }, 'progressive dialer stopped hearing agent events')
    }
  }

  private dialNow(tenantId: string, agentId?: string): void {
    this.dialForTenant(tenantId, agentId).catch((error: unknown) =>
      this.options.logger.error(
        { err: error, tenantId, agentId },
        'progressive dialing failed; the sweep retries',
      ),
    )
  }

  private async dialForTenant(tenantId: string, agentId?: string): Promise<DialledItem[]> {
    const { db, clock } = this.options
    const now = clock.now()
    const staleBefore = new Date(now.getTime() - ITEM_LOCK_MS)
    const { agents, companyZone } = await db.inTenant(tenantId, async (em, sql) => {
      await releaseUnanswered(sql, now, agentId)
      const tenant = await em.findOneOrFail(Tenant, { id: tenantId }, { fields: ['timeZone'] })
      return { agents: await idleProgressiveAgents(sql, staleBefore, agentId), companyZone: tenant.timeZone }
    })
    const dialled: DialledItem[] = []
    for (const agent of agents) {
      if (this.job.isStopped) break
      const itemId = await this.claimFor(tenantId, agent, companyZone)
      if (!itemId) continue
      const outcome = await this.dial(tenantId, agent, itemId)
      // The company's outbound limits are full: its other agents would be refused alike until a call ends.
      if (outcome === 'COMPANY_LIMIT') break
      if (outcome !== 'REFUSED')
        dialled.push({ tenantId, agentId: agent.userId, itemId, callId: outcome.callId })
    }
    return dialled
  }

  /** The first due item of the agent whose callee may be called now, locked to the agent. */
  private claimFor(tenantId: string, agent: DialerAgent, companyZone: string): Promise<string | null> {
    const now = this.options.clock.now()
    const moment = {
      now,
      staleBefore: new Date(now.getTime() - ITEM_LOCK_MS),
      today: localMoment(now, companyZone).date,
    }
    return this.options.db.inTenant(tenantId, async (_em, sql) => {
      if (!(await holdIdleAgent(sql, agent.userId, moment.staleBefore))) return null
      for (const item of await dueItems(sql, agent.userId, moment, CANDIDATES)) {
        const zone = calleeTimeZone(item.phoneNumber, companyZone)
        if (!isCallingTime(now, zone, item)) continue
        if (await claimItem(sql, item.id, agent.userId, moment, startOfLocalDay(now, zone))) return item.id
      }
      return null
    })
  }

  /**
   * Dials the claimed item as the agent. A refusal frees the item untouched (paused since, the outbound
   * limits), or for good when the number itself is not allowed; an agent leg left unanswered is no attempt.
   */
  private async dial(tenantId: string, agent: DialerAgent, itemId: string): Promise<DialOutcome> {
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
      const { callId } = await this.options.calls.dialOut(
        viewer,
        { idempotencyKey: randomUUID(), purpose: { kind: 'TASK_ITEM', id: itemId } },
        (callId) => this.agentUnanswered(tenantId, agent.userId, itemId, callId),
      )
      return callId ? { callId } : 'REFUSED'
    } catch (error) {
      const permanent =
        error instanceof ValidationError
          ? error.problems.find((problem) => PERMANENT_REFUSALS.has(problem.code))
          : undefined
      await this.options.db.inTenant(tenantId, (_em, sql) =>
        permanent
          ? refuseItem(sql, itemId, agent.userId, permanent.code, this.options.clock.now())
          : releaseClaim(sql, itemId, agent.userId),
      )
      this.options.logger.error(
        { err: error, tenantId, agentId: agent.userId, itemId },
        permanent
          ? 'progressive dial refused for good; the item is not dialled again'
          : 'progressive dial refused; the item stays due',
      )
      return error instanceof RateLimitedError ? 'COMPANY_LIMIT' : 'REFUSED'
    }
  }

  /** The agent did not take their own leg: the item goes back as it was, the agent is set not ready. */
  private async agentUnanswered(tenantId: string, agentId: string, itemId: string, callId: string) {
    try {
      // Not ready first: while the item is still held, no event can dial the agent again in between.
      await this.options.presence.missedDial(tenantId, agentId, callId)
      await this.options.db.inTenant(tenantId, (_em, sql) =>
        forgetAgentUnanswered(sql, itemId, agentId, callId),
      )
    } catch (error) {
      this.options.logger.error(
        { err: error, tenantId, agentId, itemId, callId },
        'unanswered agent leg not undone',
      )
    }
  }
}
