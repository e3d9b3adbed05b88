// Queues and offers (A3 routing, X6 callbacks): a call enters a skill group's queue, the ACD claims an
// IDLE agent in PostgreSQL, originates the agent's leg parked and bridges it to the caller. Any
// instance may dispatch any tenant's queue; the claim's row locks keep them from colliding.
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../common/clock.js'
import { prepared, type Database, type TenantSql } from '../../db/database.js'
import type { Endpoint } from '../../telephony/control/commands.js'
import {
  commandOutcome,
  originate,
  uuidBridge,
  uuidBreak,
  uuidKill,
} from '../../telephony/control/commands.js'
import { CALL_VARIABLES } from '../../telephony/calls/variables.js'
import { AgentStatus, StatusCause } from './presence.js'
import type { PresenceService } from './presence.service.js'
import { QUEUE_PROMPTS } from './prompts.js'
import {
  allAgentsBusy,
  callbackAccepted,
  callbackOffer,
  playList,
  positionAnnouncement,
  queueLanguage,
  type QueueLanguage,
} from './queue-audio.js'
import { SystemPromptKind, type PromptCatalog } from '../voice/prompt-catalog.js'
import type { ClaimRequest, ClaimedAgent, RoutingStrategy } from './routing.js'
import { claimAgent } from './routing.js'
import type { AcdSettingsService, AcdSettingsValues } from './settings.service.js'
import type { SwitchControl } from './switch-control.js'
import { recordCall, tryCommand } from './switch-control.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { QUEUE_CHANGED, type QueueChanged } from './board.service.js'

export interface QueueEntryRow {
  id: string
  tenant_id: string
  skill_group_id: string
  kind: 'CALL' | 'CALLBACK'
  node: string
  caller_leg_uuid: string | null
  caller_number: string | null
  /** The call the entry belongs to, when it is not the caller leg's own (a transferred outbound call). */
  call_id: string | null
  enqueued_at: Date
  skill_group_entered_at: Date
  state: 'WAITING' | 'OFFERING'
  offered_agent_id: string | null
  offer_leg_uuid: string | null
  offer_expires_at: Date | null
  tried_agent_ids: string[]
  has_overflowed: boolean
  target_agent_id: string | null
  announced_at: Date | null
  callback_number: string | null
}

/** How many waiting entries one dispatch pass looks at per tenant. */
const DISPATCH_BATCH = 50

/** The columns of QueueEntryRow, named so that prepared statements survive a migration adding one. */
const ENTRY_COLUMNS = `id, tenant_id, skill_group_id, kind, node, caller_leg_uuid, caller_number, call_id,
  enqueued_at, skill_group_entered_at, state, offered_agent_id, offer_leg_uuid, offer_expires_at,
  tried_agent_ids, has_overflowed, target_agent_id, announced_at, callback_number`

/**
 * A caller enters the queue: the group's limits, the calls waiting before them, and their entry, in
 * one statement (no group, no entry: the number's skill group is gone).
 */
const ENTER_QUEUE = prepared(`with g as (
    select max_queue_length from skill_group where tenant_id = $1 and id = $2),
  waiting as (
    select count(*)::int as waiting from queue_entry where tenant_id = $1 and skill_group_id = $2 and kind = 'CALL'),
  entered as (
    insert into queue_entry (id, tenant_id, skill_group_id, node, caller_leg_uuid, caller_number,
      enqueued_at, skill_group_entered_at, target_agent_id, call_id)
    select $3, $1, $2, $4, $3, $5, $6, $6, $7, $8 from g on conflict (id) do nothing)
  select g.max_queue_length, waiting.waiting from g, waiting`)

const WAITING_ENTRIES = prepared(`select ${ENTRY_COLUMNS.replace(/(\w+)/g, 'q.$1')}, g.strategy
    from queue_entry q join skill_group g on g.id = q.skill_group_id and g.tenant_id = $1
   where q.tenant_id = $1 and q.state = 'WAITING' and (q.kind = 'CALLBACK' or q.node = any($2::text[]))
   order by q.enqueued_at limit ${DISPATCH_BATCH}
   for update of q skip locked`)
const NEW_ROUND = prepared(`update queue_entry set tried_agent_ids = '{}' where tenant_id = $1 and id = $2`)
const FINISH_ENTRY = prepared('delete from queue_entry where tenant_id = $1 and id = $2')
const OFFER_FAILED =
  prepared(`update queue_entry set state = 'WAITING', offered_agent_id = null, offer_leg_uuid = null,
    offer_expires_at = null, tried_agent_ids = array_append(tried_agent_ids, $3::uuid)
  where tenant_id = $1 and id = $2 and offered_agent_id = $3`)
const CALLER_LEFT = prepared(`delete from queue_entry where tenant_id = $1 and id = $2 and kind = 'CALL'
  returning ${ENTRY_COLUMNS}`)

interface SkillGroupRouting {
  strategy: RoutingStrategy
  max_wait_seconds: number
  max_queue_length: number
  overflow_action: 'SKILL_GROUP' | 'MESSAGE_HANGUP'
  overflow_skill_group_id: string | null
}

/** An agent reserved for an entry, to be rung once the claim committed. */
interface Offer {
  entry: QueueEntryRow
  agent: ClaimedAgent
  legUuid: string
  settings: AcdSettingsValues
}

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

/** Offer outcomes that are the agent's doing (or their phone's), and so count toward the miss limit. */
const AGENT_FAULT_CAUSES = new Set([
  'NO_ANSWER',
  'NO_USER_RESPONSE',
  'CALL_REJECTED',
  'USER_BUSY',
  'USER_NOT_REGISTERED',
  'SUBSCRIBER_ABSENT',
  'UNALLOCATED_NUMBER',
])

export interface DistributorOptions {
  trunkGateway: string
  mediaDir: string
  /** The tenant's queue prompt (A5); without it (the benchmark) FreeSWITCH's stock prompt plays. */
  prompts?: PromptCatalog
  /** The claim statement; the benchmark swaps in its baseline to compare. */
  claim?: (sql: TenantSql, request: ClaimRequest) => Promise<ClaimedAgent | undefined>
}

export class Distributor {
  private control: SwitchControl | undefined
  /** Dispatch passes per tenant run one at a time here; a request during a pass schedules one more. */
  private readonly dispatching = new Map<string, { again: boolean }>()
  /** Tenants with no waiting call at this instance's last look (see agentFreed). */
  private readonly quietTenants = new Set<string>()
  private readonly stopWatching = new AbortController()
  /** Offers being rung by this instance, so stop() can wait for them. */
  private readonly inFlight = new Set<Promise<void>>()

  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly settings: AcdSettingsService,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
    private readonly options: DistributorOptions,
  ) {
    presence.becameIdle = (sql) => this.agentFreed(sql)
    void this.watchQueues()
  }

  attach(control: SwitchControl): void {
    this.control = control
  }

  async stop(): Promise<void> {
    this.stopWatching.abort()
    await Promise.allSettled([...this.inFlight])
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
      const [queue] = await sql.query<{ max_queue_length: number; waiting: number }>(ENTER_QUEUE, [
        tenantId,
        request.skillGroupId,
        callerLegUuid,
        node,
        request.callerNumber,
        this.clock.now(),
        request.targetAgentId ?? null,
        request.callId ?? null,
      ])
      if (!queue) return { kind: 'REFUSED' as const }
      if (queue.waiting >= queue.max_queue_length) return { kind: 'FULL' as const }
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
      await this.overflow(tenantId, callerLegUuid)
      return 'OVERFLOWED'
    }
    // The greeting is queued on the caller's channel before any agent can answer, so the bridge finds
    // (and clears) all of it: an application queued after the bridge would play inside it.
    await this.greet(node, callerLegUuid, outcome)
    for (const offer of outcome.offers) this.track(this.ring(offer))
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
    sql.afterCommit(() => {
      for (const offer of offers) this.track(this.ring(offer))
    })
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
        for (const offer of offers) this.track(this.ring(offer))
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
    const entries = await sql.query<QueueEntryRow & Pick<SkillGroupRouting, 'strategy'>>(WAITING_ENTRIES, [
      tenantId,
      this.switches.knownNodes(),
    ])
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
      const reach = `${entry.skill_group_id}@${entry.node}`
      if (exhaustedGroups.has(reach) && !entry.target_agent_id) continue
      const legUuid = randomUUID()
      // The claim also marks the entry OFFERING to this agent and leg.
      const agent = await (this.options.claim ?? claimAgent)(sql, {
        tenantId,
        skillGroupId: entry.skill_group_id,
        strategy: entry.strategy,
        callId: entry.id,
        legUuid,
        now,
        expiresAt,
        excludedAgentIds: entry.tried_agent_ids,
        onlyAgentId: entry.target_agent_id,
        node: entry.node,
      })
      if (!agent) {
        if (entry.tried_agent_ids.length > 0) {
          // Everyone available had a turn: start the round again on the next pass.
          await sql.query(NEW_ROUND, [tenantId, entry.id])
        } else if (!entry.target_agent_id) exhaustedGroups.add(reach)
        continue
      }
      offers.push({ entry, agent, legUuid, settings })
    }
    sql.afterCommit(() => {
      for (const skillGroupId of new Set(offers.map(({ entry }) => entry.skill_group_id)))
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
            callId: entry.call_id ?? entry.id,
            callerNumber: entry.caller_number,
            skillGroupId: entry.skill_group_id,
          },
          call: null,
          // Only IDLE agents are claimed.
          previousStatus: AgentStatus.IDLE,
        })
    })
    return offers
  }

  // ── ringing the agent ───────────────────────────────────────────────────────────────────────────────

  private track(work: Promise<void>): void {
    this.inFlight.add(work)
    void work.finally(() => this.inFlight.delete(work))
  }

  /** Originates the agent's leg parked; once answered, bridges it to the caller (or, for a callback, dials the customer). */
  private async ring(offer: Offer): Promise<void> {
    const { entry, agent, legUuid, settings } = offer
    const isCallback = entry.kind === 'CALLBACK'
    const callId = isCallback ? randomUUID() : (entry.call_id ?? entry.id)
    const node = isCallback ? this.switches.pickNode(entry.node) : entry.node
    const endpoint = this.agentEndpoint(agent)
    const command = originate(
      {
        origination_uuid: legUuid,
        [CALL_VARIABLES.tenantId]: entry.tenant_id,
        [CALL_VARIABLES.callId]: callId,
        [CALL_VARIABLES.agentId]: agent.userId,
        [CALL_VARIABLES.skillGroupId]: entry.skill_group_id,
        [CALL_VARIABLES.direction]: isCallback ? 'outbound' : 'inbound',
        originate_timeout: settings.ringTimeoutSeconds,
        origination_caller_id_number: entry.caller_number ?? 'anonymous',
        ignore_early_media: 'true',
      },
      endpoint ?? { kind: 'user', user: 'nobody', domain: 'invalid' },
    )
    const answered = endpoint
      ? commandOutcome(
          await this.switches.bgapi(node, command).catch((error: Error) => `-ERR ${error.message}`),
        )
      : ({ ok: false, cause: 'USER_NOT_REGISTERED' } as const)
    if (!answered.ok) return this.offerFailed(entry, agent, answered.cause)
    const connected = isCallback
      ? await this.connectCallback(entry, node, legUuid, callId, settings)
      : await this.bridgeCaller(node, entry.id, legUuid)
    if (!connected.ok) {
      // The caller left (or the customer did not answer) while the agent picked up: release the agent.
      await tryCommand(this.switches, node, uuidKill(legUuid, 'ORIGINATOR_CANCEL'))
      await this.finishEntry(entry)
      return this.presence.offerFailed(entry.tenant_id, agent.userId, entry.id, {
        cause: connected.cause,
        isAgentsFault: false,
      })
    }
    const party = {
      callId,
      direction: isCallback ? ('OUTBOUND' as const) : ('INBOUND' as const),
      remoteNumber: (isCallback ? entry.callback_number : entry.caller_number) ?? null,
    }
    await this.presence.offerAnswered(
      entry.tenant_id,
      agent.userId,
      { callId: entry.id, legUuid, node, party },
      (sql) => sql.query(FINISH_ENTRY, [sql.tenantId, entry.id]),
    )
    this.changed(entry.tenant_id, entry.skill_group_id)
    if (settings.recordingEnabled)
      await recordCall(this.switches, {
        node,
        legUuid: isCallback ? legUuid : entry.id,
        tenantId: entry.tenant_id,
        callId,
        mediaDir: this.options.mediaDir,
        at: this.clock.now(),
      })
  }

  /**
   * uuid_bridge ends only the application the caller's channel runs now; the wait music queued behind
   * the prompt would then play inside the bridge, over the agent. `uuid_break … all` drops the queue first.
   */
  private async bridgeCaller(node: string, callerLeg: string, agentLeg: string) {
    await tryCommand(this.switches, node, uuidBreak(callerLeg))
    return tryCommand(this.switches, node, uuidBridge(callerLeg, agentLeg))
  }

  private agentEndpoint(agent: ClaimedAgent): Endpoint | undefined {
    if (agent.answeringMode === 'MOBILE')
      return agent.mobile
        ? { kind: 'gateway', gateway: this.options.trunkGateway, number: agent.mobile }
        : undefined
    if (!agent.agentNumber || !agent.sipDomain) return undefined
    return { kind: 'user', user: agent.agentNumber.toLowerCase(), domain: agent.sipDomain }
  }

  /** X6: the agent is on the line; now the customer who asked for the callback is dialled and joined. */
  private async connectCallback(
    entry: QueueEntryRow,
    node: string,
    agentLeg: string,
    callId: string,
    settings: AcdSettingsValues,
  ) {
    const customerLeg = randomUUID()
    const callerId = await this.db.inTenant(entry.tenant_id, (em) =>
      this.settings.outboundCallerIdOf(em, entry.tenant_id, settings),
    )
    const reply = await this.switches
      .bgapi(
        node,
        originate(
          {
            origination_uuid: customerLeg,
            [CALL_VARIABLES.tenantId]: entry.tenant_id,
            [CALL_VARIABLES.callId]: callId,
            [CALL_VARIABLES.direction]: 'outbound',
            originate_timeout: 45,
            origination_caller_id_number: callerId ?? 'anonymous',
          },
          { kind: 'gateway', gateway: this.options.trunkGateway, number: entry.callback_number ?? '' },
        ),
      )
      .catch((error: Error) => `-ERR ${error.message}`)
    const dialled = commandOutcome(reply)
    if (!dialled.ok) return dialled
    return tryCommand(this.switches, node, uuidBridge(agentLeg, customerLeg))
  }

  private async offerFailed(entry: QueueEntryRow, agent: ClaimedAgent, cause: string): Promise<void> {
    const isAgentsFault = AGENT_FAULT_CAUSES.has(cause)
    await this.db.inTenantSql(entry.tenant_id, (sql) =>
      sql.query(OFFER_FAILED, [sql.tenantId, entry.id, agent.userId]),
    )
    await this.presence.offerFailed(entry.tenant_id, agent.userId, entry.id, { cause, isAgentsFault })
    await this.dispatch(entry.tenant_id)
  }

  private async finishEntry(entry: QueueEntryRow): Promise<void> {
    await this.db.inTenantSql(entry.tenant_id, (sql) => sql.query(FINISH_ENTRY, [sql.tenantId, entry.id]))
    this.changed(entry.tenant_id, entry.skill_group_id)
  }

  // ── the caller's side ───────────────────────────────────────────────────────────────────────────────

  /** The caller hung up while queued: the entry goes, and a ringing agent is released. */
  async callerLeft(tenantId: string, callerLegUuid: string): Promise<void> {
    const [entry] = await this.db.inTenantSql(tenantId, (sql) =>
      sql.query<QueueEntryRow>(CALLER_LEFT, [tenantId, callerLegUuid]),
    )
    if (entry) this.changed(tenantId, entry.skill_group_id)
    if (entry?.offer_leg_uuid)
      await tryCommand(this.switches, entry.node, uuidKill(entry.offer_leg_uuid, 'ORIGINATOR_CANCEL'))
  }

  /** X6: a waiting caller pressed the callback key: they keep their place and hang up. */
  async digitPressed(tenantId: string, callerLegUuid: string, digit: string): Promise<void> {
    const converted = await this.db.inTenant(tenantId, async (em) => {
      const settings = await this.settings.read(em, tenantId)
      if (!settings.callbackEnabled || digit !== settings.callbackKey) return undefined
      const [entry] = await em.execute<QueueEntryRow[]>(
        `update queue_entry set kind = 'CALLBACK', callback_number = caller_number, caller_leg_uuid = null
          where id = ? and kind = 'CALL' and state = 'WAITING' and caller_number is not null returning *`,
        [callerLegUuid],
      )
      return entry && { ...entry, settings }
    })
    if (!converted) return
    this.changed(tenantId, converted.skill_group_id)
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

  // ── limits, expiries and announcements (the sweeper calls this) ──────────────────────────────────────

  async maintain(tenantId: string): Promise<void> {
    const now = this.clock.now()
    const { overflowing, announce, settings } = await this.db.inTenant(tenantId, async (em) => {
      const settings = await this.settings.read(em, tenantId)
      // An offer whose ringing instance died: the entry waits again (the agent heals on their own).
      await em.execute(
        `update queue_entry set state = 'WAITING', offered_agent_id = null, offer_leg_uuid = null, offer_expires_at = null
          where state = 'OFFERING' and offer_expires_at < ?`,
        [now],
      )
      const overflowing = await em.execute<Array<{ id: string }>>(
        `select q.id from queue_entry q join skill_group g on g.id = q.skill_group_id
          where q.state = 'WAITING' and q.kind = 'CALL'
            and q.skill_group_entered_at < cast(? as timestamptz) - make_interval(secs => g.max_wait_seconds)`,
        [now],
      )
      // The first announcement comes one interval after the caller entered the queue, not at once.
      const announce = settings.announcePosition
        ? await em.execute<Array<{ id: string; node: string; position: number }>>(
            `select id, node, position from (
               select q.id, q.node, q.announced_at, q.enqueued_at, q.kind, q.state,
                      row_number() over (partition by q.skill_group_id order by q.enqueued_at)::int as position
                 from queue_entry q) ranked
              where kind = 'CALL' and state = 'WAITING'
                and coalesce(announced_at, enqueued_at) < cast(? as timestamptz) - make_interval(secs => ?)`,
            [now, settings.announceIntervalSeconds],
          )
        : []
      return { overflowing, announce, settings }
    })
    for (const { id } of overflowing) await this.overflow(tenantId, id)
    for (const waiting of announce) {
      if (this.switches.ownsNode(waiting.node)) await this.announce(tenantId, waiting, settings)
    }
    await this.dispatch(tenantId)
  }

  /**
   * Says the caller's place in the queue. Queued behind the greeting, it never cuts the queue prompt
   * short; it plays over the wait music (sent unlocked), which resumes after it.
   */
  private async announce(
    tenantId: string,
    waiting: { id: string; node: string; position: number },
    settings: AcdSettingsValues,
  ): Promise<void> {
    await this.db.inTenant(tenantId, (em) =>
      em.execute('update queue_entry set announced_at = ? where id = ?', [this.clock.now(), waiting.id]),
    )
    const files = positionAnnouncement(
      this.mediaDir,
      Math.min(waiting.position, 999),
      this.languageOf(settings),
    )
    await this.switches.execute(waiting.node, waiting.id, 'playback', playList(files))
  }

  /** Too long a wait or a full queue: on to the overflow skill group once, else a message and hang-up. */
  private async overflow(tenantId: string, entryId: string): Promise<void> {
    const outcome = await this.db.inTenant(tenantId, async (em) => {
      const [entry] = await em.execute<Array<QueueEntryRow & SkillGroupRouting>>(
        `select q.*, g.overflow_action, g.overflow_skill_group_id from queue_entry q
           join skill_group g on g.id = q.skill_group_id
          where q.id = ? and q.state = 'WAITING' for update of q skip locked`,
        [entryId],
      )
      if (!entry) return undefined
      if (entry.overflow_action === 'SKILL_GROUP' && entry.overflow_skill_group_id && !entry.has_overflowed) {
        await em.execute(
          `update queue_entry set skill_group_id = ?, skill_group_entered_at = ?, has_overflowed = true,
             tried_agent_ids = '{}' where id = ?`,
          [entry.overflow_skill_group_id, this.clock.now(), entryId],
        )
        return { entry, action: 'MOVED' as const }
      }
      await em.execute('delete from queue_entry where id = ?', [entryId])
      return { entry, action: 'HANG_UP' as const }
    })
    if (!outcome) return
    this.changed(tenantId, outcome.entry.skill_group_id)
    if (outcome.action === 'MOVED') return this.requestDispatch(tenantId)
    const { node, caller_leg_uuid: leg } = outcome.entry
    if (!leg) return
    const control = this.switches
    const settings = await this.db.inTenant(tenantId, (em) => this.settings.read(em, tenantId))
    await tryCommand(control, node, uuidBreak(leg))
    await control.execute(node, leg, 'playback', allAgentsBusy(this.mediaDir, this.languageOf(settings)))
    await control.execute(node, leg, 'hangup', 'NORMAL_CLEARING')
  }

  private changed(tenantId: string, skillGroupId: string): void {
    void this.pubsub.publish(QUEUE_CHANGED, { tenantId, skillGroupId } satisfies QueueChanged)
  }
}
