// Call control for agents (G3) and supervisors (X3): dial out, answer, hold, mute, transfers (blind
// and consultative), hang up, listen, whisper, barge. Every request carries a client-chosen key; a
// retry with the same key returns the first result and never places a second call (call-commands.store.ts).
// What each agent action needs of the call is declared and checked in call-preconditions.ts.
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import { CALL_VARIABLES } from '../../telephony/calls/variables.js'
import type { Endpoint } from '../../telephony/control/commands.js'
import {
  commandOutcome,
  originate,
  uuidBridge,
  uuidKill,
  uuidMute,
  uuidPark,
  uuidPhoneTalk,
  uuidSetVar,
} from '../../telephony/control/commands.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { SystemPromptKind, type PromptCatalog } from '../voice/prompt-catalog.js'
import { appendCallFact, type CallFactInput } from './call-fact.store.js'
import { CallCommands, type CallControlResult } from './call-commands.store.js'
import { CallDestinations, type Destination, type TransferTarget } from './call-destinations.js'
import {
  CallPreconditions,
  HELD_LEG_VARIABLE,
  HELD_SINCE_VARIABLE,
  currentLeg,
  type BridgedCall,
  type LiveCall,
} from './call-preconditions.js'
import type { Distributor } from './distributor.js'
import { AgentStatus } from './presence.js'
import { readPresence } from './presence.store.js'
import type { AcdSettingsService } from './settings.service.js'
import { keepCallerForSurvey, moveSurveyMark } from './post-call-survey.js'
import type { SwitchControl } from './switch-control.js'
import { channelVariable, recordCall, tryCommand } from './switch-control.js'

export type { CallControlResult } from './call-commands.store.js'
export type { TransferTarget } from './call-destinations.js'

export type MonitorMode = 'LISTEN' | 'WHISPER' | 'BARGE'

/** What a call can be dialled for: a contact plan (G5) or an outbound task item (G7). */
export type DialPurposeKind = 'CONTACT_PLAN' | 'TASK_ITEM'

/**
 * What the owning module says of a dial for one of its records: the number to call and the caller ID
 * when the record decides them (a task item), and how to link the new call to the record.
 */
export interface DialPurpose {
  number?: string
  callerId?: string
  linkCall: (callId: string) => Promise<void>
}

/**
 * Checked before anything else, so that a record the viewer may not see is simply not found; linkCall
 * runs in the dial's transaction. Registered by the module that owns those records.
 */
export type DialPurposeResolver = (
  em: EntityManager,
  viewer: Viewer,
  purposeId: string,
) => Promise<DialPurpose>

/** Told, after the dial-out ended, that the agent's own leg was not answered, with the switch's cause. */
export type AgentUnansweredListener = (callId: string, cause: string) => Promise<void>

const ORIGINATE_TIMEOUT_SECONDS = 45
/**
 * Set on legs that ring the agent at their own request (dialling out, reconnecting a call): the
 * workstation's softphone answers an INVITE carrying this header by itself.
 */
export const AUTO_ANSWER_VARIABLE = 'sip_h_X-CC-Auto-Answer'

export class CallControlService {
  readonly commands: CallCommands
  readonly destinations: CallDestinations
  private readonly preconditions: CallPreconditions
  private readonly purposes = new Map<DialPurposeKind, DialPurposeResolver>()
  /** Told when a call changes in a way no switch event shows (hold), so the live calls (A8) follow. */
  private callChanged: (tenantId: string) => void = () => undefined

  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly distributor: Distributor,
    private readonly switches: () => SwitchControl,
    private readonly clock: Clock,
    private readonly options: { trunkGateway: string; mediaDir: string; prompts: PromptCatalog },
  ) {
    this.commands = new CallCommands(db, clock)
    this.destinations = new CallDestinations(db, settings, options.trunkGateway)
    this.preconditions = new CallPreconditions(db, switches, this.commands)
  }

  /** Runs a call-control request once per key: retries get the first answer. */
  once(
    viewer: Viewer,
    key: string,
    operation: string,
    work: () => Promise<CallControlResult>,
  ): Promise<CallControlResult> {
    return this.commands.once(viewer, key, operation, work)
  }

  // ── dialling out ────────────────────────────────────────────────────────────────────────────────────

  /** The contact plans module links calls dialled for a plan (G5), the outbound module those for items (G7). */
  registerDialPurpose(kind: DialPurposeKind, resolve: DialPurposeResolver): void {
    this.purposes.set(kind, resolve)
  }

  onCallChanged(listener: (tenantId: string) => void): void {
    this.callChanged = listener
  }

  /**
   * Rings the agent's phone first, then the customer through the trunk with the company's caller ID (or
   * the one the purpose names: a task's). The destination guard applies whoever chose the number.
   * `onAgentUnanswered` hears of an agent leg that was not answered (the customer was then never dialled).
   */
  async dialOut(
    viewer: Viewer,
    input: {
      number?: string | null
      idempotencyKey: string
      purpose?: { kind: DialPurposeKind; id: string }
    },
    onAgentUnanswered?: AgentUnansweredListener,
  ): Promise<CallControlResult> {
    const prepared = await this.db.inTenant(viewer.tenantId, async (em) => {
      const purpose = input.purpose ? await this.purposeOf(em, viewer, input.purpose) : undefined
      const settings = await this.settings.read(em, viewer.tenantId)
      const number = this.destinations.allowedDestination(
        purpose?.number ?? input.number ?? '',
        settings,
        'number',
      )
      const presence = await readPresence(em, viewer.userId)
      if (!presence || presence.status === AgentStatus.OFFLINE)
        throw new ConflictError('NOT_SIGNED_IN', 'Sign in to the workstation before dialling out.')
      const callerId =
        purpose?.callerId ?? (await this.settings.outboundCallerIdOf(em, viewer.tenantId, settings))
      if (!callerId)
        throw new ConflictError(
          'NO_OUTBOUND_CALLER_ID',
          'Your company has no outbound caller ID yet, and more than one number to choose it from; an administrator sets it in call settings.',
        )
      const agentEndpoint = await this.destinations.endpointOf(em, viewer.userId, presence.answeringMode)
      const existing = await this.commands.claimKey(em, viewer, input.idempotencyKey, 'DIAL_OUT')
      if (existing) return { replay: existing } as const
      await this.commands.guardOutboundRate(em, viewer.tenantId, settings)
      const callId = randomUUID()
      await this.commands.openOutbound(em, viewer, input.idempotencyKey, { callId, number })
      await purpose?.linkCall(callId)
      return { replay: undefined, callId, number, agentEndpoint, callerId }
    })
    if (prepared.replay) return prepared.replay
    const { callId, number, agentEndpoint, callerId } = prepared
    void this.placeOutbound(viewer, { callId, number, agent: agentEndpoint, callerId }, onAgentUnanswered)
    return { callId }
  }

  private purposeOf(em: EntityManager, viewer: Viewer, purpose: { kind: DialPurposeKind; id: string }) {
    const resolve = this.purposes.get(purpose.kind)
    if (!resolve) throw new NotFoundError(purpose.kind === 'CONTACT_PLAN' ? 'Contact plan' : 'TaskItem')
    return resolve(em, viewer, purpose.id)
  }

  private async placeOutbound(
    viewer: Viewer,
    call: { callId: string; number: string; agent: Endpoint; callerId: string },
    onAgentUnanswered?: AgentUnansweredListener,
  ) {
    const { callId, number, agent, callerId } = call
    const control = this.switches()
    const node = control.pickNode()
    const agentLeg = randomUUID()
    const customerLeg = randomUUID()
    const settings = await this.db.inTenant(viewer.tenantId, (em) => this.settings.read(em, viewer.tenantId))
    const common = {
      [CALL_VARIABLES.tenantId]: viewer.tenantId,
      [CALL_VARIABLES.callId]: callId,
      [CALL_VARIABLES.direction]: 'outbound',
      originate_timeout: ORIGINATE_TIMEOUT_SECONDS,
    }
    const agentAnswered = await this.originate(
      node,
      {
        ...common,
        origination_uuid: agentLeg,
        [CALL_VARIABLES.agentId]: viewer.userId,
        [AUTO_ANSWER_VARIABLE]: 'true',
        origination_caller_id_number: number,
        // The agent's hang-up then sends the customer to the survey (switch-events.ts).
        ...(settings.outboundSurveyEnabled ? { [CALL_VARIABLES.surveyLeg]: customerLeg } : {}),
      },
      agent,
    )
    if (!agentAnswered.ok) {
      await this.commands.outboundEnded(viewer.tenantId, callId)
      return onAgentUnanswered?.(callId, agentAnswered.cause)
    }
    const customerAnswered = await this.originate(
      node,
      {
        ...common,
        origination_uuid: customerLeg,
        origination_caller_id_number: callerId,
      },
      this.destinations.trunkEndpoint(number),
    )
    if (!customerAnswered.ok) {
      await tryCommand(control, node, uuidKill(agentLeg, customerAnswered.cause))
      return this.commands.outboundEnded(viewer.tenantId, callId)
    }
    if (settings.outboundSurveyEnabled) await keepCallerForSurvey(control, node, customerLeg)
    const bridged = await tryCommand(control, node, uuidBridge(agentLeg, customerLeg))
    if (!bridged.ok) {
      await tryCommand(control, node, uuidKill(customerLeg))
      await tryCommand(control, node, uuidKill(agentLeg))
      return
    }
    if (settings.recordingEnabled && settings.outboundRecordingEnabled)
      await recordCall(control, {
        node,
        legUuid: customerLeg,
        isAgentLeg: false,
        isStereo: settings.isRecordingStereo,
        tenantId: viewer.tenantId,
        callId,
        mediaDir: this.options.mediaDir,
        at: this.clock.now(),
      })
  }

  // ── the agent's current call ────────────────────────────────────────────────────────────────────────

  /** Desk phones answer on command (SIP NOTIFY talk); softphones answer in the browser, mobiles by hand. */
  async answer(viewer: Viewer): Promise<CallControlResult> {
    const offer = await this.preconditions.check(viewer, 'ANSWER')
    const sent = await tryCommand(this.switches(), offer.node, uuidPhoneTalk(offer.legUuid))
    if (!sent.ok)
      throw new ConflictError(
        'DESK_PHONE_NOT_ANSWERING',
        `Your desk phone could not be told to answer (${sent.cause}); pick it up.`,
        { params: { cause: sent.cause } },
      )
    return { callId: offer.callId }
  }

  /**
   * The customer leaves the bridge for the company's wait music, the agent's leg waits parked, and
   * taking the call off hold joins them again. FreeSWITCH's uuid_hold would only tell the agent's phone
   * it is held: the agent still hears the customer, and the music it sends the customer is drowned by the
   * bridge (both seen on 1.10.12).
   */
  async hold(viewer: Viewer, isOn: boolean): Promise<CallControlResult> {
    if (!isOn) {
      const call = await this.preconditions.check(viewer, 'RESUME')
      await this.returnToCustomer({ ...call, partnerLeg: call.heldLeg })
      await tryCommand(this.switches(), call.node, uuidSetVar(call.agentLeg, HELD_LEG_VARIABLE, ''))
      await tryCommand(this.switches(), call.node, uuidSetVar(call.agentLeg, HELD_SINCE_VARIABLE, ''))
      await this.fact(viewer, { callId: call.callId, kind: 'RESUMED' })
      this.callChanged(viewer.tenantId)
      return { callId: call.callId }
    }
    const call = await this.preconditions.check(viewer, 'HOLD')
    const { node, agentLeg } = call
    await this.command(node, uuidSetVar(agentLeg, 'park_after_bridge', 'true'), 'hold the call')
    await this.command(node, uuidSetVar(agentLeg, HELD_LEG_VARIABLE, call.partnerLeg), 'hold the call')
    await tryCommand(
      this.switches(),
      node,
      uuidSetVar(agentLeg, HELD_SINCE_VARIABLE, String(this.clock.now().getTime())),
    )
    await this.command(node, uuidPark(call.partnerLeg), 'hold the call')
    await this.switches().execute(
      node,
      call.partnerLeg,
      'endless_playback',
      await this.transferWait(viewer.tenantId),
    )
    await this.fact(viewer, { callId: call.callId, kind: 'HELD' })
    this.callChanged(viewer.tenantId)
    return { callId: call.callId }
  }

  /** X2: a hold or transfer, kept for the KPIs (docs/kpis.md). */
  private fact(viewer: Viewer, fact: Omit<CallFactInput, 'at' | 'agentId'>): Promise<void> {
    return this.db.inTenantSql(viewer.tenantId, (sql) =>
      appendCallFact(sql, { ...fact, at: this.clock.now(), agentId: viewer.userId }),
    )
  }

  /** What a caller hears while held or waiting for a consultation: the tenant's transfer wait (A5). */
  private transferWait(tenantId: string): Promise<string> {
    return this.db.inTenant(tenantId, (em) =>
      this.options.prompts.systemPrompt(em, SystemPromptKind.TRANSFER_WAIT),
    )
  }

  async mute(viewer: Viewer, isOn: boolean): Promise<CallControlResult> {
    const call = await this.preconditions.check(viewer, 'MUTE')
    await this.command(call.node, uuidMute(call.agentLeg, isOn), isOn ? 'mute' : 'unmute')
    return { callId: call.callId }
  }

  async hangUp(viewer: Viewer): Promise<CallControlResult> {
    const call = await this.preconditions.check(viewer, 'HANG_UP')
    await this.command(call.node, uuidKill(call.agentLeg), 'hang up')
    return { callId: call.callId }
  }

  /**
   * G2: the workstation lost its leg of a live call (a page reload, a network drop). The switch keeps
   * the customer, bridged to the stale leg until its media times out (rtp-timeout-sec). A new leg
   * rings the agent's phone (the softphone answers it by itself) and takes the customer over; only
   * once it answered does the stale leg go, so a failed attempt changes nothing and may be retried.
   */
  async reconnect(viewer: Viewer): Promise<CallControlResult> {
    const call = await this.preconditions.check(viewer, 'RECONNECT')
    const endpoint = await this.db.inTenant(viewer.tenantId, async (em) =>
      this.destinations.endpointOf(
        em,
        viewer.userId,
        (await readPresence(em, viewer.userId))?.answeringMode ?? null,
      ),
    )
    const leg = randomUUID()
    const answered = await this.originate(
      call.node,
      {
        origination_uuid: leg,
        [CALL_VARIABLES.tenantId]: viewer.tenantId,
        [CALL_VARIABLES.callId]: call.callId,
        [CALL_VARIABLES.agentId]: viewer.userId,
        [AUTO_ANSWER_VARIABLE]: 'true',
        originate_timeout: ORIGINATE_TIMEOUT_SECONDS,
      },
      endpoint,
    )
    if (!answered.ok)
      throw new ConflictError(
        'CALL_BACK_FAILED',
        `Your phone did not take the call back (${answered.cause}); the customer is still on the line, try again.`,
        { params: { cause: answered.cause } },
      )
    // Parking the customer takes them out of the stale bridge; the stale leg, left alone, hangs up.
    await this.command(call.node, uuidPark(call.partnerLeg), 'take the customer off the lost line')
    await this.command(call.node, uuidBridge(call.partnerLeg, leg), 'reconnect you to the customer')
    await tryCommand(this.switches(), call.node, uuidKill(call.agentLeg))
    return { callId: call.callId }
  }

  /**
   * A5: the agent hands the caller of an inbound call to the post-call survey, whatever their skill
   * group's setting: the caller's leg is kept, the agent's leg ends and the survey plays to the caller.
   */
  async transferToSurvey(viewer: Viewer): Promise<CallControlResult> {
    const call = await this.preconditions.check(viewer, 'TRANSFER_TO_SURVEY')
    const direction = await channelVariable(
      this.switches(),
      call.node,
      call.agentLeg,
      CALL_VARIABLES.direction,
    )
    if (direction !== 'inbound')
      throw new ConflictError(
        'SURVEY_INBOUND_ONLY',
        'Only a caller of an inbound call can be transferred to the satisfaction survey.',
      )
    await keepCallerForSurvey(this.switches(), call.node, call.partnerLeg)
    await this.command(call.node, uuidKill(call.agentLeg), 'transfer the caller to the survey')
    return { callId: call.callId }
  }

  /** Blind transfer: the customer goes to the target and the agent is free at once. */
  async transfer(viewer: Viewer, target: TransferTarget): Promise<CallControlResult> {
    const destination = await this.destinations.resolve(viewer, target)
    const call = await this.preconditions.check(viewer, 'TRANSFER')
    await moveSurveyMark(this.switches(), call.node, call.partnerLeg, 'pending', '')
    await this.command(call.node, uuidPark(call.partnerLeg), 'take the customer off your line')
    await tryCommand(this.switches(), call.node, uuidKill(call.agentLeg))
    await this.deliver(viewer, call, call.partnerLeg, destination)
    await this.fact(viewer, { callId: call.callId, kind: 'TRANSFERRED', outcome: 'BLIND' })
    return { callId: call.callId }
  }

  /**
   * Consultative transfer, step one: the customer waits with music while the agent talks to the
   * target. `completeConsultation` joins customer and target; `cancelConsultation` returns to the customer.
   */
  async consult(viewer: Viewer, target: TransferTarget): Promise<CallControlResult> {
    const destination = await this.destinations.resolve(viewer, target)
    const call = await this.preconditions.check(viewer, 'CONSULT')
    if (destination.kind === 'queue')
      throw new ValidationError([
        {
          field: 'target',
          code: 'CANNOT_CONSULT_SKILL_GROUP',
          message: 'a skill group cannot be consulted; transfer to it instead',
        },
      ])
    await moveSurveyMark(this.switches(), call.node, call.partnerLeg, 'pending', 'paused')
    // The agent's leg must survive losing its partner: it parks instead of hanging up.
    await this.command(
      call.node,
      uuidSetVar(call.agentLeg, 'park_after_bridge', 'true'),
      'start the consultation',
    )
    await this.command(call.node, uuidPark(call.partnerLeg), 'put the customer on hold')
    // endless_playback: a library music file loops like the stock music stream and the tone do.
    await this.switches().execute(
      call.node,
      call.partnerLeg,
      'endless_playback',
      await this.transferWait(viewer.tenantId),
    )
    const targetLeg = randomUUID()
    const answered = await this.originate(
      call.node,
      {
        origination_uuid: targetLeg,
        [CALL_VARIABLES.tenantId]: viewer.tenantId,
        [CALL_VARIABLES.callId]: call.callId,
        originate_timeout: ORIGINATE_TIMEOUT_SECONDS,
        ...(destination.kind === 'agent' ? { [CALL_VARIABLES.agentId]: destination.agentId } : {}),
      },
      destination.endpoint,
    )
    if (!answered.ok) {
      await this.returnToCustomer(call)
      throw new ConflictError(
        'CONSULTATION_NOT_ANSWERED',
        `The consultation was not answered (${answered.cause}); you are back with the customer.`,
        { params: { cause: answered.cause } },
      )
    }
    await this.command(call.node, uuidBridge(call.agentLeg, targetLeg), 'connect the consultation')
    await this.commands.rememberConsultation(viewer, call, targetLeg)
    this.callChanged(viewer.tenantId)
    return { callId: call.callId }
  }

  async completeConsultation(viewer: Viewer): Promise<CallControlResult> {
    const { call, targetLeg } = await this.preconditions.check(viewer, 'COMPLETE_CONSULTATION')
    await this.command(call.node, uuidPark(targetLeg), 'take the consulted party off your line')
    await this.command(
      call.node,
      uuidBridge(call.partnerLeg, targetLeg),
      'join the customer and the consulted party',
    )
    await tryCommand(this.switches(), call.node, uuidKill(call.agentLeg))
    await this.commands.forgetConsultation(viewer)
    await this.fact(viewer, { callId: call.callId, kind: 'TRANSFERRED', outcome: 'CONSULTED' })
    this.callChanged(viewer.tenantId)
    return { callId: call.callId }
  }

  async cancelConsultation(viewer: Viewer): Promise<CallControlResult> {
    const { call, targetLeg } = await this.preconditions.check(viewer, 'CANCEL_CONSULTATION')
    await tryCommand(this.switches(), call.node, uuidKill(targetLeg))
    await this.returnToCustomer(call)
    await moveSurveyMark(this.switches(), call.node, call.partnerLeg, 'paused', 'pending')
    await this.commands.forgetConsultation(viewer)
    this.callChanged(viewer.tenantId)
    return { callId: call.callId }
  }

  // ── supervisors (X3) ────────────────────────────────────────────────────────────────────────────────

  /** Rings the supervisor's own phone and, once answered, joins them to the agent's call. */
  async monitor(viewer: Viewer, agentId: string, mode: MonitorMode): Promise<CallControlResult> {
    if (!hasRoleAtLeast(viewer.role, Role.GROUP_LEADER) || viewer.apiKeyId)
      throw new ForbiddenError(
        'Only group leaders and administrators listen to, whisper to or barge into calls.',
      )
    const { call, endpoint } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const agent = await em.findOne(User, { $and: [{ id: knownId(agentId, 'Agent') }, policy.userFilter()] })
      if (!agent || agent.id === viewer.userId) throw new NotFoundError('Agent')
      const presence = await readPresence(em, agentId)
      const supervisor = await readPresence(em, viewer.userId)
      return {
        call: presence && currentLeg(presence),
        endpoint: await this.destinations.endpointOf(em, viewer.userId, supervisor?.answeringMode ?? null),
      }
    })
    if (!call) throw new ConflictError('AGENT_NOT_ON_A_CALL', 'The agent is not on a call.')
    const callId =
      (await this.preconditions.uuidVariable(call.node, call.agentLeg, CALL_VARIABLES.callId)) ??
      call.agentLeg
    const variables = {
      origination_uuid: randomUUID(),
      [CALL_VARIABLES.tenantId]: viewer.tenantId,
      originate_timeout: ORIGINATE_TIMEOUT_SECONDS,
      origination_caller_id_name: `monitor-${mode.toLowerCase()}`,
      // The agent's leg is the target: what the switch writes to it (the b-leg direction) reaches the
      // agent alone; eavesdrop_whisper_aleg would mix the supervisor into what the customer hears.
      ...(mode === 'WHISPER' ? { eavesdrop_whisper_bleg: 'true' } : {}),
    }
    const app = mode === 'BARGE' ? 'three_way' : 'eavesdrop'
    const reply = await this.switches()
      .bgapi(call.node, originate(variables, endpoint, { name: app, arg: call.agentLeg }))
      .catch((error: Error) => `-ERR ${error.message}`)
    const outcome = commandOutcome(reply)
    if (!outcome.ok)
      throw new ConflictError('PHONE_DID_NOT_ANSWER', `Your phone did not answer (${outcome.cause}).`, {
        params: { cause: outcome.cause },
      })
    return { callId }
  }

  // ── sending calls on ──────────────────────────────────────────────────────────────────────────────────

  /** Sends a parked customer on: into a queue (also for one agent: reserved through the ACD), or out. */
  private async deliver(
    viewer: Viewer,
    call: LiveCall,
    customerLeg: string,
    destination: Destination,
  ): Promise<void> {
    if (destination.kind === 'number') {
      await this.connectToNumber(viewer.tenantId, { ...call, callerLeg: customerLeg }, destination.endpoint)
      return
    }
    const skillGroupId = destination.kind === 'queue' ? destination.skillGroupId : destination.skillGroupId
    if (!skillGroupId)
      throw new ConflictError(
        'AGENT_IN_NO_SKILL_GROUP',
        'That agent is in no skill group, so calls cannot be queued for them.',
      )
    await this.distributor.enqueue({
      tenantId: viewer.tenantId,
      skillGroupId,
      node: call.node,
      callerLegUuid: customerLeg,
      callerNumber: null,
      targetAgentId: destination.kind === 'agent' ? destination.agentId : null,
      callId: call.callId,
    })
  }

  /**
   * Calls a number through the trunk with the company's caller ID and bridges the parked caller to it
   * (transfers, IVR keys); the caller hears the cause and is hung up when no one answers.
   */
  async connectToNumber(
    tenantId: string,
    call: { node: string; callId: string; callerLeg: string },
    endpoint: Endpoint,
  ): Promise<boolean> {
    const leg = randomUUID()
    const callerId = await this.db.inTenant(tenantId, async (em) =>
      this.settings.outboundCallerIdOf(em, tenantId, await this.settings.read(em, tenantId)),
    )
    const answered = await this.originate(
      call.node,
      {
        origination_uuid: leg,
        [CALL_VARIABLES.tenantId]: tenantId,
        [CALL_VARIABLES.callId]: call.callId,
        originate_timeout: ORIGINATE_TIMEOUT_SECONDS,
        origination_caller_id_number: callerId ?? 'anonymous',
      },
      endpoint,
    )
    if (answered.ok) return (await tryCommand(this.switches(), call.node, uuidBridge(call.callerLeg, leg))).ok
    await this.switches().execute(call.node, call.callerLeg, 'hangup', answered.cause)
    return false
  }

  private async returnToCustomer(call: BridgedCall): Promise<void> {
    await this.command(call.node, uuidBridge(call.partnerLeg, call.agentLeg), 'return to the customer')
    await tryCommand(this.switches(), call.node, uuidSetVar(call.agentLeg, 'park_after_bridge', 'false'))
  }

  private async originate(node: string, variables: Record<string, string | number>, endpoint: Endpoint) {
    const reply = await this.switches()
      .bgapi(node, originate(variables, endpoint))
      .catch((error: Error) => `-ERR ${error.message}`)
    return commandOutcome(reply)
  }

  private async command(node: string, command: string, what: string): Promise<void> {
    const outcome = await tryCommand(this.switches(), node, command)
    if (!outcome.ok)
      throw new ConflictError('SWITCH_COMMAND_FAILED', `Could not ${what}: ${outcome.cause}.`, {
        params: { cause: outcome.cause },
      })
  }
}
