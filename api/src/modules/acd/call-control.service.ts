// Call control for agents (G3) and supervisors (X3): dial out, answer, hold, mute, transfers (blind
// and consultative), hang up, listen, whisper, barge. Every request carries a client-chosen key; a
// retry with the same key returns the first result and never places a second call.
import { randomUUID } from 'node:crypto'
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { CountryCode } from 'libphonenumber-js/max'
import type { Clock } from '../../common/clock.js'
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
  ValidationError,
} from '../../common/errors.js'
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
import type { Distributor } from './distributor.js'
import { AgentStatus } from './presence.js'
import type { PresenceRow } from './presence.store.js'
import { presenceRow } from './presence.store.js'
import { isColleague } from './transfer-directory.js'
import { SystemPromptKind, type PromptCatalog } from '../voice/prompt-catalog.js'
import type { AcdSettingsService, AcdSettingsValues } from './settings.service.js'
import type { SwitchControl } from './switch-control.js'
import { recordCall, tryCommand } from './switch-control.js'

export type TransferTarget =
  | { kind: 'AGENT'; agentId: string }
  | { kind: 'SKILL_GROUP'; skillGroupId: string }
  | { kind: 'NUMBER'; number: string }

export type MonitorMode = 'LISTEN' | 'WHISPER' | 'BARGE'

/** What a call-control request answers: the call it acted on. */
export interface CallControlResult {
  callId: string
}

interface LiveCall {
  node: string
  agentLeg: string
  /** The leg the agent talks to (the customer), when bridged. */
  partnerLeg: string | null
  callId: string
}

const ORIGINATE_TIMEOUT_SECONDS = 45
/**
 * Set on legs that ring the agent at their own request (dialling out, reconnecting a call): the
 * workstation's softphone answers an INVITE carrying this header by itself.
 */
export const AUTO_ANSWER_VARIABLE = 'sip_h_X-CC-Auto-Answer'
/** Rows of open outbound calls older than this are not counted: a lost hang-up must not block dialling forever. */
const OUTBOUND_SLOT_HOURS = 12

/** Set on the agent's leg while the call is on hold: the customer's leg, waiting parked with music. */
const HELD_LEG_VARIABLE = 'cc_held_leg'

export class CallControlService {
  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly distributor: Distributor,
    private readonly switches: () => SwitchControl,
    private readonly clock: Clock,
    private readonly options: { trunkGateway: string; mediaDir: string; prompts: PromptCatalog },
  ) {}

  private get trunkGateway(): string {
    return this.options.trunkGateway
  }

  // ── dialling out ────────────────────────────────────────────────────────────────────────────────────

  /** Rings the agent's phone first, then the customer through the trunk with the company's caller ID. */
  async dialOut(
    viewer: Viewer,
    input: { number: string; idempotencyKey: string },
  ): Promise<CallControlResult> {
    const prepared = await this.db.inTenant(viewer.tenantId, async (em) => {
      const settings = await this.settings.read(em, viewer.tenantId)
      const number = this.allowedDestination(input.number, settings, 'number')
      const presence = await this.presenceOf(em, viewer.userId)
      if (!presence || presence.status === AgentStatus.OFFLINE)
        throw new ConflictError('NOT_SIGNED_IN', 'Sign in to the workstation before dialling out.')
      const callerId = await this.settings.outboundCallerIdOf(em, viewer.tenantId, settings)
      if (!callerId)
        throw new ConflictError(
          'NO_OUTBOUND_CALLER_ID',
          'Your company has no outbound caller ID yet, and more than one number to choose it from; an administrator sets it in call settings.',
        )
      const agentEndpoint = await this.endpointOf(em, viewer.userId, presence.answering_mode)
      const existing = await this.claimKey(em, viewer, input.idempotencyKey, 'DIAL_OUT')
      if (existing) return { replay: existing } as const
      await this.guardOutboundRate(em, viewer.tenantId, settings)
      const callId = randomUUID()
      await em.execute(
        `update call_command set call_id = ?, is_outbound_active = true, result = ?
          where tenant_id = ? and user_id = ? and idempotency_key = ?`,
        [callId, JSON.stringify({ callId }), viewer.tenantId, viewer.userId, input.idempotencyKey],
      )
      return { replay: undefined, callId, number, agentEndpoint, callerId }
    })
    if (prepared.replay) return prepared.replay
    const { callId, number, agentEndpoint, callerId } = prepared
    void this.placeOutbound(viewer, callId, number, agentEndpoint, callerId)
    return { callId }
  }

  private async placeOutbound(
    viewer: Viewer,
    callId: string,
    number: string,
    agent: Endpoint,
    callerId: string,
  ) {
    const control = this.switches()
    const node = control.pickNode()
    const agentLeg = randomUUID()
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
      },
      agent,
    )
    if (!agentAnswered.ok) return this.outboundEnded(viewer.tenantId, callId)
    const customerLeg = randomUUID()
    const customerAnswered = await this.originate(
      node,
      {
        ...common,
        origination_uuid: customerLeg,
        origination_caller_id_number: callerId,
      },
      { kind: 'gateway', gateway: this.trunkGateway, number },
    )
    if (!customerAnswered.ok) {
      await tryCommand(control, node, uuidKill(agentLeg, customerAnswered.cause))
      return this.outboundEnded(viewer.tenantId, callId)
    }
    const bridged = await tryCommand(control, node, uuidBridge(agentLeg, customerLeg))
    if (!bridged.ok) {
      await tryCommand(control, node, uuidKill(customerLeg))
      await tryCommand(control, node, uuidKill(agentLeg))
      return
    }
    const settings = await this.db.inTenant(viewer.tenantId, (em) => this.settings.read(em, viewer.tenantId))
    if (settings.recordingEnabled)
      await recordCall(control, {
        node,
        legUuid: customerLeg,
        tenantId: viewer.tenantId,
        callId,
        mediaDir: this.options.mediaDir,
        at: this.clock.now(),
      })
  }

  /** The agent's leg of an outbound call ended: its slot under the concurrency cap is free again. */
  async outboundEnded(tenantId: string, callId: string): Promise<void> {
    await this.db.inTenant(tenantId, (em) =>
      em.execute(
        `update call_command set is_outbound_active = false where call_id = ? and operation = 'DIAL_OUT'`,
        [callId],
      ),
    )
  }

  // ── the agent's current call ────────────────────────────────────────────────────────────────────────

  /** Desk phones answer on command (SIP NOTIFY talk); softphones answer in the browser, mobiles by hand. */
  async answer(viewer: Viewer): Promise<CallControlResult> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const presence = await this.presenceOf(em, viewer.userId)
      if (!presence?.offer_call_id || !presence.offer_leg_uuid)
        throw new ConflictError('NO_CALL_RINGING', 'No call is ringing for you.')
      if (presence.answering_mode === 'MOBILE')
        throw new ConflictError('ANSWER_ON_MOBILE', 'Calls ring your mobile phone: answer it there.')
      if (presence.phone_kind === 'SOFTPHONE')
        throw new ConflictError(
          'ANSWER_IN_SOFTPHONE',
          'Answer in the workstation’s softphone (it rings in the browser).',
        )
      const node = presence.busy_legs[presence.offer_leg_uuid] ?? this.switches().pickNode()
      const sent = await tryCommand(this.switches(), node, uuidPhoneTalk(presence.offer_leg_uuid))
      if (!sent.ok)
        throw new ConflictError(
          'DESK_PHONE_NOT_ANSWERING',
          `Your desk phone could not be told to answer (${sent.cause}); pick it up.`,
          { params: { cause: sent.cause } },
        )
      return { callId: presence.offer_call_id }
    })
  }

  /**
   * The customer leaves the bridge for the company's wait music, the agent's leg waits parked, and
   * taking the call off hold joins them again. FreeSWITCH's uuid_hold would only tell the agent's phone
   * it is held: the agent still hears the customer, and the music it sends the customer is drowned by the
   * bridge (both seen on 1.10.12).
   */
  async hold(viewer: Viewer, isOn: boolean): Promise<CallControlResult> {
    const call = await this.liveCall(viewer)
    const { node, agentLeg } = call
    if (isOn) {
      if (!call.partnerLeg) throw noOneOnTheCall('There is no one on the call to put on hold.')
      await this.command(node, uuidSetVar(agentLeg, 'park_after_bridge', 'true'), 'hold the call')
      await this.command(node, uuidSetVar(agentLeg, HELD_LEG_VARIABLE, call.partnerLeg), 'hold the call')
      await this.command(node, uuidPark(call.partnerLeg), 'hold the call')
      await this.switches().execute(
        node,
        call.partnerLeg,
        'endless_playback',
        await this.transferWait(viewer.tenantId),
      )
    } else {
      const heldLeg = await this.variableOf(node, agentLeg, HELD_LEG_VARIABLE)
      if (!heldLeg) throw new ConflictError('NOT_ON_HOLD', 'The call is not on hold.')
      await this.returnToCustomer({ ...call, partnerLeg: heldLeg })
      await tryCommand(this.switches(), node, uuidSetVar(agentLeg, HELD_LEG_VARIABLE, ''))
    }
    return { callId: call.callId }
  }

  /** What a caller hears while held or waiting for a consultation: the tenant's transfer wait (A5). */
  private transferWait(tenantId: string): Promise<string> {
    return this.db.inTenant(tenantId, (em) =>
      this.options.prompts.systemPrompt(em, SystemPromptKind.TRANSFER_WAIT),
    )
  }

  async mute(viewer: Viewer, isOn: boolean): Promise<CallControlResult> {
    const call = await this.liveCall(viewer)
    await this.command(call.node, uuidMute(call.agentLeg, isOn), isOn ? 'mute' : 'unmute')
    return { callId: call.callId }
  }

  async hangUp(viewer: Viewer): Promise<CallControlResult> {
    const call = await this.liveCall(viewer)
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
    const call = await this.liveCall(viewer)
    if (!call.partnerLeg) throw noOneOnTheCall('No one is left on your call to reconnect you to.')
    const endpoint = await this.db.inTenant(viewer.tenantId, async (em) =>
      this.endpointOf(em, viewer.userId, (await this.presenceOf(em, viewer.userId))?.answering_mode ?? null),
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

  /** Blind transfer: the customer goes to the target and the agent is free at once. */
  async transfer(viewer: Viewer, target: TransferTarget): Promise<CallControlResult> {
    const destination = await this.resolveTarget(viewer, target)
    const call = await this.liveCall(viewer)
    if (!call.partnerLeg) throw noOneOnTheCall('There is no one on the call to transfer.')
    const control = this.switches()
    await this.command(call.node, uuidPark(call.partnerLeg), 'take the customer off your line')
    await tryCommand(control, call.node, uuidKill(call.agentLeg))
    await this.deliver(viewer, call, call.partnerLeg, destination)
    return { callId: call.callId }
  }

  /**
   * Consultative transfer, step one: the customer waits with music while the agent talks to the
   * target. `completeConsultation` joins customer and target; `cancelConsultation` returns to the customer.
   */
  async consult(viewer: Viewer, target: TransferTarget): Promise<CallControlResult> {
    const destination = await this.resolveTarget(viewer, target)
    const call = await this.liveCall(viewer)
    if (!call.partnerLeg) throw noOneOnTheCall('There is no one on the call to put on hold.')
    if (destination.kind === 'queue')
      throw new ValidationError([
        {
          field: 'target',
          code: 'CANNOT_CONSULT_SKILL_GROUP',
          message: 'a skill group cannot be consulted; transfer to it instead',
        },
      ])
    const control = this.switches()
    // The agent's leg must survive losing its partner: it parks instead of hanging up.
    await this.command(
      call.node,
      uuidSetVar(call.agentLeg, 'park_after_bridge', 'true'),
      'start the consultation',
    )
    await this.command(call.node, uuidPark(call.partnerLeg), 'put the customer on hold')
    // endless_playback: a library music file loops like the stock music stream and the tone do.
    await control.execute(
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
    await this.rememberConsultation(viewer, call, targetLeg)
    return { callId: call.callId }
  }

  async completeConsultation(viewer: Viewer): Promise<CallControlResult> {
    const { call, targetLeg } = await this.openConsultation(viewer)
    const control = this.switches()
    await this.command(call.node, uuidPark(targetLeg), 'take the consulted party off your line')
    await this.command(
      call.node,
      uuidBridge(call.partnerLeg!, targetLeg),
      'join the customer and the consulted party',
    )
    await tryCommand(control, call.node, uuidKill(call.agentLeg))
    await this.forgetConsultation(viewer)
    return { callId: call.callId }
  }

  async cancelConsultation(viewer: Viewer): Promise<CallControlResult> {
    const { call, targetLeg } = await this.openConsultation(viewer)
    await tryCommand(this.switches(), call.node, uuidKill(targetLeg))
    await this.returnToCustomer(call)
    await this.forgetConsultation(viewer)
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
      const presence = await this.presenceOf(em, agentId)
      const supervisor = await this.presenceOf(em, viewer.userId)
      return {
        call: presence && this.currentLeg(presence),
        endpoint: await this.endpointOf(em, viewer.userId, supervisor?.answering_mode ?? null),
      }
    })
    if (!call) throw new ConflictError('AGENT_NOT_ON_A_CALL', 'The agent is not on a call.')
    const callId = (await this.variableOf(call.node, call.agentLeg, CALL_VARIABLES.callId)) ?? call.agentLeg
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

  // ── helpers ─────────────────────────────────────────────────────────────────────────────────────────

  /** Checks a destination against the company's allow-list; returns it in E.164. */
  allowedDestination(input: string, settings: AcdSettingsValues, field: string): string {
    const parsed = parsePhoneNumberFromString(input.trim(), settings.homeRegion as CountryCode)
    if (!parsed?.isValid())
      throw new ValidationError([
        { field, code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' },
      ])
    if (parsed.country !== settings.homeRegion && !settings.allowInternational)
      throw new ValidationError([
        {
          field,
          code: 'INTERNATIONAL_NOT_ALLOWED',
          message: 'is an international number; your company does not allow international calls',
        },
      ])
    if (parsed.getType() === 'PREMIUM_RATE' && !settings.allowPremiumRate)
      throw new ValidationError([
        {
          field,
          code: 'PREMIUM_RATE_NOT_ALLOWED',
          message: 'is a premium-rate number; your company does not allow calls to them',
        },
      ])
    return parsed.number
  }

  private async guardOutboundRate(
    em: EntityManager,
    tenantId: string,
    settings: AcdSettingsValues,
  ): Promise<void> {
    // One outbound decision at a time per tenant, so two requests cannot both take the last slot.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`outbound:${tenantId}`])
    const now = this.clock.now()
    const [usage] = await em.execute<Array<{ active: number; last_second: number }>>(
      `select count(*) filter (where is_outbound_active and created_at > cast(? as timestamptz) - make_interval(hours => ?))::int as active,
              count(*) filter (where created_at > cast(? as timestamptz) - interval '1 second')::int as last_second
         from call_command where operation = 'DIAL_OUT' and call_id is not null`,
      [now, OUTBOUND_SLOT_HOURS, now],
    )
    if ((usage?.active ?? 0) >= settings.maxConcurrentOutbound)
      throw new RateLimitedError(
        'OUTBOUND_CONCURRENCY_LIMIT',
        `Your company already has ${settings.maxConcurrentOutbound} outbound calls, its limit; try when one ends.`,
        5,
        { params: { maximum: settings.maxConcurrentOutbound } },
      )
    if ((usage?.last_second ?? 0) >= settings.maxOutboundPerSecond)
      throw new RateLimitedError(
        'OUTBOUND_RATE_LIMIT',
        `Your company may start ${settings.maxOutboundPerSecond} outbound calls per second; try again in a moment.`,
        1,
        { params: { maximum: settings.maxOutboundPerSecond } },
      )
  }

  /** Records the key; a key seen before returns its first result instead (undefined: first time). */
  private async claimKey(
    em: EntityManager,
    viewer: Viewer,
    key: string,
    operation: string,
  ): Promise<CallControlResult | undefined> {
    if (!/^[\w-]{8,100}$/.test(key))
      throw new ValidationError([
        {
          field: 'idempotencyKey',
          code: 'INVALID_IDEMPOTENCY_KEY',
          message: 'must be 8–100 letters, digits, - or _',
        },
      ])
    const inserted = await em.execute<Array<{ operation: string }>>(
      `insert into call_command (tenant_id, user_id, idempotency_key, operation, created_at) values (?, ?, ?, ?, ?)
       on conflict do nothing returning operation`,
      [viewer.tenantId, viewer.userId, key, operation, this.clock.now()],
    )
    if (inserted.length > 0) return undefined
    const [previous] = await em.execute<Array<{ operation: string; result: CallControlResult | null }>>(
      'select operation, result from call_command where tenant_id = ? and user_id = ? and idempotency_key = ?',
      [viewer.tenantId, viewer.userId, key],
    )
    if (previous?.operation !== operation || !previous.result)
      throw new ConflictError(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key was already used for another request.',
        { field: 'idempotencyKey' },
      )
    return previous.result
  }

  /** Runs a call-control request once per key: retries get the first answer. */
  async once(
    viewer: Viewer,
    key: string,
    operation: string,
    work: () => Promise<CallControlResult>,
  ): Promise<CallControlResult> {
    const replay = await this.db.inTenant(viewer.tenantId, (em) => this.claimKey(em, viewer, key, operation))
    if (replay) return replay
    try {
      const result = await work()
      await this.db.inTenant(viewer.tenantId, (em) =>
        em.execute(
          'update call_command set result = ?, call_id = ? where tenant_id = ? and user_id = ? and idempotency_key = ?',
          [JSON.stringify(result), result.callId, viewer.tenantId, viewer.userId, key],
        ),
      )
      return result
    } catch (error) {
      // A refused request may be retried with the same key once the problem is fixed.
      await this.db.inTenant(viewer.tenantId, (em) =>
        em.execute('delete from call_command where tenant_id = ? and user_id = ? and idempotency_key = ?', [
          viewer.tenantId,
          viewer.userId,
          key,
        ]),
      )
      throw error
    }
  }

  private async liveCall(viewer: Viewer): Promise<LiveCall> {
    const presence = await this.db.inTenant(viewer.tenantId, (em) => this.presenceOf(em, viewer.userId))
    const leg = presence && this.currentLeg(presence)
    if (!leg) throw new ConflictError('NOT_ON_A_CALL', 'You are not on a call.')
    const [partnerLeg, callId] = await Promise.all([
      this.variableOf(leg.node, leg.agentLeg, 'bridge_uuid'),
      this.variableOf(leg.node, leg.agentLeg, CALL_VARIABLES.callId),
    ])
    return { ...leg, partnerLeg, callId: callId ?? leg.agentLeg }
  }

  /** `uuid_getvar` answers the bare value (no +OK), or `_undef_`; only UUIDs are wanted here. */
  private async variableOf(node: string, uuid: string, name: string): Promise<string | null> {
    try {
      const value = (await this.switches().api(node, `uuid_getvar ${uuid} ${name}`)).trim()
      return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value : null
    } catch {
      return null
    }
  }

  private currentLeg(presence: PresenceRow): Omit<LiveCall, 'partnerLeg' | 'callId'> | undefined {
    const legs = Object.entries(presence.busy_legs)
    const [agentLeg, node] = legs[legs.length - 1] ?? []
    if (!agentLeg || !node) return undefined
    return { agentLeg, node }
  }

  private async presenceOf(em: EntityManager, userId: string): Promise<PresenceRow | undefined> {
    const [row] = await em.execute<Array<Record<string, unknown>>>(
      'select * from agent_presence where user_id = ?',
      [userId],
    )
    return row && presenceRow(row)
  }

  /** Where a person's phone is reached: their SIP user, or their mobile through the trunk. */
  private async endpointOf(
    em: EntityManager,
    userId: string,
    mode: 'SIP' | 'MOBILE' | null,
  ): Promise<Endpoint> {
    const [row] = await em.execute<
      Array<{ agent_number: string | null; mobile: string | null; sip_domain: string | null }>
    >(
      'select u.agent_number, u.mobile, t.sip_domain from app_user u join tenant t on t.id = u.tenant_id where u.id = ?',
      [userId],
    )
    if (mode === 'MOBILE' && row?.mobile)
      return { kind: 'gateway', gateway: this.trunkGateway, number: row.mobile }
    if (row?.agent_number && row.sip_domain)
      return { kind: 'user', user: row.agent_number.toLowerCase(), domain: row.sip_domain }
    if (row?.mobile) return { kind: 'gateway', gateway: this.trunkGateway, number: row.mobile }
    throw new ConflictError('NO_PHONE', 'You have neither a SIP phone nor a mobile number to be called on.')
  }

  private async resolveTarget(
    viewer: Viewer,
    target: TransferTarget,
  ): Promise<
    | { kind: 'agent'; agentId: string; endpoint: Endpoint; skillGroupId: string | null }
    | { kind: 'queue'; skillGroupId: string }
    | { kind: 'number'; endpoint: Endpoint }
  > {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      switch (target.kind) {
        case 'NUMBER': {
          const settings = await this.settings.read(em, viewer.tenantId)
          const number = this.allowedDestination(target.number, settings, 'target.number')
          return { kind: 'number' as const, endpoint: this.trunkEndpoint(number) }
        }
        case 'SKILL_GROUP': {
          const [group] = await em.execute<Array<{ id: string }>>('select id from skill_group where id = ?', [
            knownId(target.skillGroupId, 'Skill group'),
          ])
          if (!group) throw new NotFoundError('Skill group')
          return { kind: 'queue' as const, skillGroupId: group.id }
        }
        case 'AGENT': {
          const presence = await this.presenceOf(em, knownId(target.agentId, 'Agent'))
          if (!presence || !(await isColleague(em, viewer, target.agentId))) throw new NotFoundError('Agent')
          if (presence.status !== AgentStatus.IDLE)
            throw new ConflictError(
              'AGENT_NOT_FREE',
              'That agent is not free right now; transfer to their skill group instead.',
            )
          return {
            kind: 'agent' as const,
            agentId: target.agentId,
            endpoint: await this.endpointOf(em, target.agentId, presence.answering_mode),
            skillGroupId: await this.queueOfAgent(em, target.agentId),
          }
        }
      }
    })
  }

  /** Sends a parked customer on: into a queue (also for one agent: reserved through the ACD), or out. */
  private async deliver(
    viewer: Viewer,
    call: LiveCall,
    customerLeg: string,
    destination: Awaited<ReturnType<CallControlService['resolveTarget']>>,
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

  /** An outside number reached through the trunk gateway. */
  trunkEndpoint(number: string): Endpoint {
    return { kind: 'gateway', gateway: this.trunkGateway, number }
  }

  /** The skill group whose queue holds calls for one agent: their best-priority membership. */
  async queueOfAgent(em: EntityManager, agentId: string): Promise<string | null> {
    const [membership] = await em.execute<Array<{ skill_group_id: string }>>(
      'select skill_group_id from skill_group_member where user_id = ? order by priority limit 1',
      [agentId],
    )
    return membership?.skill_group_id ?? null
  }

  private async returnToCustomer(call: LiveCall): Promise<void> {
    await this.command(call.node, uuidBridge(call.partnerLeg!, call.agentLeg), 'return to the customer')
    await tryCommand(this.switches(), call.node, uuidSetVar(call.agentLeg, 'park_after_bridge', 'false'))
  }

  private async rememberConsultation(viewer: Viewer, call: LiveCall, targetLeg: string): Promise<void> {
    await this.db.inTenant(viewer.tenantId, (em) =>
      em.execute(
        `insert into call_command (tenant_id, user_id, idempotency_key, operation, call_id, result, created_at)
         values (?, ?, ?, 'CONSULTATION', ?, ?, ?)`,
        [
          viewer.tenantId,
          viewer.userId,
          `consultation-${targetLeg}`,
          call.callId,
          JSON.stringify({ ...call, targetLeg }),
          this.clock.now(),
        ],
      ),
    )
  }

  private async openConsultation(viewer: Viewer): Promise<{ call: LiveCall; targetLeg: string }> {
    const [row] = await this.db.inTenant(viewer.tenantId, (em) =>
      em.execute<Array<{ result: LiveCall & { targetLeg: string } }>>(
        `select result from call_command where user_id = ? and operation = 'CONSULTATION' order by created_at desc limit 1`,
        [viewer.userId],
      ),
    )
    if (!row) throw new ConflictError('NOT_CONSULTING', 'You are not consulting anyone.')
    const { targetLeg, ...call } = row.result
    return { call, targetLeg }
  }

  private async forgetConsultation(viewer: Viewer): Promise<void> {
    await this.db.inTenant(viewer.tenantId, (em) =>
      em.execute(`delete from call_command where user_id = ? and operation = 'CONSULTATION'`, [
        viewer.userId,
      ]),
    )
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

function noOneOnTheCall(message: string): ConflictError {
  return new ConflictError('NO_ONE_ON_THE_CALL', message)
}
