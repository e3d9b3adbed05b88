// Queues and offers (A3 routing, X6 callbacks): a call enters a skill group's queue, the ACD claims an
// IDLE agent in PostgreSQL, originates the agent's leg parked and bridges it to the caller. Any
// instance may dispatch any tenant's queue; the claim's row locks keep them from colliding. Ringing
// the claimed agent is agent-ringing.ts; the sweeper's limits and announcements, queue-maintenance.ts;
// the SQL, queue-entry.store.ts.
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../common/clock.js'
import type { Database, TenantSql } from '../../db/database.js'
import { uuidBreak, uuidKill } from '../../telephony/control/commands.js'
import { AgentStatus, StatusCause } from './presence.js'
import type { PresenceService } from './presence.service.js'
import { QUEUE_PROMPTS } from './prompts.js'
import {
  callbackAccepted,
  callbackOffer,
  playList,
  queueLanguage,
  type QueueLanguage,
} from './queue-audio.js'
import { SystemPromptKind, type PromptCatalog } from '../voice/prompt-catalog.js'
import type { ClaimRequest, ClaimedAgent } from './routing.store.js'
import { claimAgent } from './routing.store.js'
import type { AcdSettingsService, AcdSettingsValues } from './settings.service.js'
import type { SwitchControl } from './switch-control.js'
import { tryCommand } from './switch-control.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { QUEUE_CHANGED, type QueueChanged } from './board.service.js'
import { AgentRinging, type Offer } from './agent-ringing.js'
import { QueueMaintenance } from './queue-maintenance.js'
import {
  convertToCallback,
  enterQueue,
  lockWaitingEntries,
  removeCaller,
  startNewRound,
} from './queue-entry.store.js'

export interface EnqueueRequest {
  tenantId: string
  skillGroupId: string
  node: string
  callerLegUuid: string
  callerNumber: string | null
  /** A transfer to one agent: the call waits for that agent only. */
  targetAgentId?: string | null
  /** The call's ID when it is not the caller leg's UUID (an outbound call transferred to a queue). */
  callId?: string | null
}

export type EnqueueOutcome = 'QUEUED' | 'OVERFLOWED' | 'REFUSED'

export interface DistributorOptions {
  trunkGateway: string
  mediaDir: string
  /** The tenant's queue prompt (A5); without it (the benchmark) FreeSWITCH's stock prompt plays. */
  prompts?: PromptCatalog
  /** The claim statement; the benchmark swaps in its baseline to compare. */
  claim?: (sql: TenantSql, request: ClaimRequest) => Promise<ClaimedAgent | undefined>
}

export class Distributor {
  /** The sweeper's per-tenant pass over the queues' limits and announcements. */
  readonly maintenance: QueueMaintenance
  private readonly ringing: AgentRinging
  private control: SwitchControl | undefined
  /** Dispatch passes per tenant run one at a time here; a request during a pass schedules one more. */
  private readonly dispatching = new Map<string, { again: boolean }>()
  /** Tenants with no waiting call at this instance's last look (see agentFreed). */
  private readonly quietTenants = new Set<string>()
  private readonly stopWatching = new AbortController()

  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly settings: AcdSettingsService,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
    private readonly options: DistributorOptions,
  ) {
    const shared = {
      db,
      settings,
      clock,
      switches: () => this.switches,
      mediaDir: options.mediaDir,
      changed: (tenantId: string, skillGroupId: string) => this.changed(tenantId, skillGroupId),
      dispatch: (tenantId: string) => this.dispatch(tenantId),
    }
    this.ringing = new AgentRinging({ ...shared, presence, trunkGateway: options.trunkGateway })
    this.maintenance = new QueueMaintenance({
      ...shared,
      requestDispatch: (tenantId) => this.requestDispatch(tenantId),
    })
    presence.becameIdle = (sql) => this.agentFreed(sql)
    void this.watchQueues()
  }

  attach(control: SwitchControl): void {
    this.control = control
  }

  async stop(): Promise<void> {
    this.stopWatching.abort()
    await this.ringing.idle()
  }

  private get switches(): SwitchControl {
    if (!this.control) throw new Error('the ACD has no switch cluster attached')
    return this.control
  }

  // ── entering the queue ──────────────────────────────────────────────────────────────────────────────

  /** Puts a parked caller in a skill group's queue, or overflows at once when the queue is full. */
  async enqueue(request: EnqueueRequest): Promise<EnqueueOutcome> {
    const { tenantId, node, callerLegUuid } = request
    const outcome = await this.db.inTenantSql(tenantId, async (sql) => {
      const queue = await enterQueue(sql, {
        skillGroupId: request.skillGroupId,
        node,
        callerLegUuid,
        callerNumber: request.callerNumber,
        at: this.clock.now(),
        targetAgentId: request.targetAgentId ?? null,
        callId: request.callId ?? null,
      })
      if (!queue) return { kind: 'REFUSED' as const }
      if (queue.waiting >= queue.maxQueueLength) return { kind: 'FULL' as const }
      const settings = await this.settings.read(sql, tenantId)
      const prompts = this.options.prompts
      const queuePrompt = (await prompts?.systemPrompt(sql, SystemPromptKind.QUEUE)) ?? QUEUE_PROMPTS.queue
      const waitMusic =
        (await prompts?.systemPrompt(sql, SystemPromptKind.TRANSFER_WAIT)) ?? QUEUE_PROMPTS.waitMusic
      // Claiming in the same transaction spares a newly queued call a second round trip when an agent is free.
      const offers = await this.claimIn(sql)
      return { kind: 'QUEUED' as const, settings, queuePrompt, waitMusic, offers }
    })
    if (outcome.kind === 'REFUSED') return 'REFUSED'
    this.changed(tenantId, request.skillGroupId)
    if (outcome.kind === 'FULL') {
      await this.maintenance.overflow(tenantId, callerLegUuid)
      return 'OVERFLOWED'
    }
    // The greeting is queued on the caller's channel before any agent can answer, so the bridge finds
    // (and clears) all of it: an application queued after the bridge would play inside it.
    await this.greet(node, callerLegUuid, outcome)
    this.ringing.start(outcome.offers)
    return 'QUEUED'
  }

  private async greet(
    node: string,
    uuid: string,
    greeting: { settings: AcdSettingsValues; queuePrompt: string; waitMusic: string },
  ): Promise<void> {
    const { settings } = greeting
    const control = this.switches
    await control.execute(node, uuid, 'answer')
    await control.execute(node, uuid, 'playback', greeting.queuePrompt)
    if (settings.callbackEnabled)
      await control.execute(
        node,
        uuid,
        'playback',
        playList(callbackOffer(this.mediaDir, settings.callbackKey, this.languageOf(settings))),
      )
    // Unlocked: announcements queued later play over the music (endless_playback ignores uuid_break).
    await control.execute(node, uuid, 'endless_playback', greeting.waitMusic, { isLocked: false })
  }

  /** One of the messages the product ships (queue-audio.ts), in the tenant's language. */
  async shippedAudio(
    tenantId: string,
    message: (mediaDir: string, language: QueueLanguage) => string,
  ): Promise<string> {
    const settings = await this.db.inTenantSql(tenantId, (sql) => this.settings.read(sql, tenantId))
    return message(this.mediaDir, this.languageOf(settings))
  }

  private get mediaDir(): string {
    return this.options.mediaDir
  }

  private languageOf(settings: AcdSettingsValues): QueueLanguage {
    return queueLanguage(settings.homeRegion)
  }

  // ── dispatch ────────────────────────────────────────────────────────────────────────────────────────

  /** Asks for a dispatch pass without waiting for it (an agent became IDLE, a sweep found work). */
  requestDispatch(tenantId: string): void {
    void this.dispatch(tenantId)
  }

  /**
   * An agent became IDLE: worth a pass only if a call may be waiting. Tenants whose last pass here
   * found no waiting call are skipped until a queue of theirs changes (on any instance, via pub/sub);
   * should that notice come late, the sweeper's next pass finds the call.
   */
  private async agentFreed(sql: TenantSql): Promise<void> {
    if (this.quietTenants.has(sql.tenantId) || !this.control) return
    const offers = await this.claimIn(sql)
    sql.afterCommit(() => this.ringing.start(offers))
  }

  private async watchQueues(): Promise<void> {
    const changes = this.pubsub.subscribe<QueueChanged>(QUEUE_CHANGED, this.stopWatching.signal)
    for await (const { tenantId } of changes) this.quietTenants.delete(tenantId)
  }

  /**
   * Offers waiting entries, oldest first, to IDLE agents. Entries and agents another pass is busy
   * with are skipped (SKIP LOCKED), never waited for; the sweeper's next pass picks up what is left.
   */
  async dispatch(tenantId: string): Promise<void> {
    const running = this.dispatching.get(tenantId)
    if (running) {
      running.again = true
      return
    }
    const pass = { again: true }
    this.dispatching.set(tenantId, pass)
    try {
      while (pass.again) {
        pass.again = false
        const offers = await this.claimForWaiting(tenantId)
        this.ringing.start(offers)
      }
    } finally {
      this.dispatching.delete(tenantId)
    }
  }

  private claimForWaiting(tenantId: string): Promise<Offer[]> {
    return this.db.inTenantSql(tenantId, (sql) => this.claimIn(sql))
  }

  /** Claims agents for waiting entries inside the caller's transaction; ring the offers once it commits. */
  private async claimIn(sql: TenantSql): Promise<Offer[]> {
    const { tenantId } = sql
    const entries = await lockWaitingEntries(sql, this.switches.knownNodes())
    if (entries.length === 0) {
      this.quietTenants.add(tenantId)
      return []
    }
    const settings = await this.settings.read(sql, tenantId)
    const now = this.clock.now()
    const expiresAt = new Date(now.getTime() + (settings.ringTimeoutSeconds + 10) * 1000)
    const exhaustedGroups = new Set<string>()
    const offers: Offer[] = []
    for (const entry of entries) {
      // A group with no free agent reachable from a node stays so for the rest of this pass.
      const reach = `${entry.skillGroupId}@${entry.node}`
      if (exhaustedGroups.has(reach) && !entry.targetAgentId) continue
      const legUuid = randomUUID()
      // The claim also marks the entry OFFERING to this agent and leg.
      const agent = await (this.options.claim ?? claimAgent)(sql, {
        tenantId,
        skillGroupId: entry.skillGroupId,
        strategy: entry.strategy,
        callId: entry.id,
        legUuid,
        now,
        expiresAt,
        excludedAgentIds: entry.triedAgentIds,
        onlyAgentId: entry.targetAgentId,
        node: entry.node,
      })
      if (!agent) {
        if (entry.triedAgentIds.length > 0) {
          // Everyone available had a turn: start the round again on the next pass.
          await startNewRound(sql, entry.id)
        } else if (!entry.targetAgentId) exhaustedGroups.add(reach)
        continue
      }
      offers.push({ entry, agent, legUuid, settings })
    }
    sql.afterCommit(() => {
      for (const skillGroupId of new Set(offers.map(({ entry }) => entry.skillGroupId)))
        this.changed(tenantId, skillGroupId)
      for (const { entry, agent } of offers)
        this.presence.published({
          tenantId,
          userId: agent.userId,
          status: AgentStatus.RINGING,
          reasonId: null,
          since: now,
          cause: StatusCause.OFFERED,
          notice: null,
          offer: {
            callId: entry.callId ?? entry.id,
            callerNumber: entry.callerNumber,
            skillGroupId: entry.skillGroupId,
          },
          call: null,
          afterCallWorkCallId: null,
          isAwaitingSummary: false,
          answeringMode: agent.answeringMode,
          phoneKind: agent.phoneKind,
          // Only IDLE agents are claimed.
          previousStatus: AgentStatus.IDLE,
        })
    })
    return offers
  }

  // ── the caller's side ───────────────────────────────────────────────────────────────────────────────

  /** The caller hung up while queued: the entry goes, and a ringing agent is released. */
  async callerLeft(tenantId: string, callerLegUuid: string): Promise<void> {
    const entry = await this.db.inTenantSql(tenantId, (sql) =>
      removeCaller(sql, callerLegUuid, this.clock.now()),
    )
    if (entry) this.changed(tenantId, entry.skillGroupId)
    if (entry?.offerLegUuid)
      await tryCommand(this.switches, entry.node, uuidKill(entry.offerLegUuid, 'ORIGINATOR_CANCEL'))
  }

  /** X6: a waiting caller pressed the callback key: they keep their place and hang up. */
  async digitPressed(tenantId: string, callerLegUuid: string, digit: string): Promise<void> {
    const converted = await this.db.inTenant(tenantId, async (em) => {
      const settings = await this.settings.read(em, tenantId)
      if (!settings.callbackEnabled || digit !== settings.callbackKey) return undefined
      const entry = await convertToCallback(em, callerLegUuid, this.clock.now())
      return entry && { ...entry, settings }
    })
    if (!converted) return
    this.changed(tenantId, converted.skillGroupId)
    const control = this.switches
    await tryCommand(control, converted.node, uuidBreak(callerLegUuid))
    await control.execute(
      converted.node,
      callerLegUuid,
      'playback',
      callbackAccepted(this.mediaDir, this.languageOf(converted.settings)),
    )
    await control.execute(converted.node, callerLegUuid, 'hangup', 'NORMAL_CLEARING')
  }

  private changed(tenantId: string, skillGroupId: string): void {
    void this.pubsub.publish(QUEUE_CHANGED, { tenantId, skillGroupId } satisfies QueueChanged)
  }
}
