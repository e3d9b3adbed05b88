// What the ACD reads from the events of the nodes this instance owns: a tagged caller parked by the
// dialplan (route it), the legs of agents' phones (busy or free), a waiting caller's keys (X6
// callback), a caller leaving the queue, and SIP registrations. Events of one channel or one agent are
// handled in arrival order; different ones run side by side.
import type { Database } from '../../db/database.js'
import type { EslEvent, RegistrationEvent } from '../../telephony/esl/event.js'
import { CALL_VARIABLES } from '../../telephony/calls/variables.js'
import type { CallControlService } from './call-control.service.js'
import type { Distributor } from './distributor.js'
import type { PostCallSurvey } from './post-call-survey.js'
import type { CallParty, PresenceService } from './presence.service.js'
import type { SwitchControl } from './switch-control.js'
import { channelVariable, tryCommand } from './switch-control.js'
import { uuidSetVar } from '../../telephony/control/commands.js'
import type { ChannelRow } from '../../telephony/calls/tracker.js'
import { findNumberRoute } from './number-route.js'
import { notInService } from './queue-audio.js'
import { agentBySipUser, ownerOfNumber } from './platform.store.js'

/** Set on a caller's channel once the ACD took it, so a later park (a transfer) is not routed again. */
export const ACD_HANDLED_VARIABLE = 'cc_acd'

/**
 * Set by the static fallback dialplan (docker/freeswitch/dialplan/public.xml) on a call that arrived while
 * no API instance answered xml_curl: parked with the dialled number but no tenant, for the owner to adopt.
 */
const FALLBACK_DIALPLAN = { variable: 'cc_dialplan', value: 'fallback' } as const

interface AgentRef {
  tenantId: string
  userId: string
}

interface SwitchLogger {
  error(context: object, message: string): void
}

/** How long a SIP user → agent lookup is trusted; agents renumbered meanwhile are rare. */
const AGENT_LOOKUP_TTL_MS = 60_000

/** Takes callers of numbers that follow an IVR schedule (A7); the ACD routes the others itself. */
export interface ScheduledCallHandler {
  take(call: {
    node: string
    tenantId: string
    callerLegUuid: string
    callerNumber: string | null
    scheduleId: string
  }): void
}

export class AcdSwitchEvents {
  private readonly chains = new Map<string, Promise<void>>()
  private readonly agentsBySip = new Map<string, { ref: AgentRef | undefined; at: number }>()
  private ivr: ScheduledCallHandler | undefined

  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly distributor: Distributor,
    private readonly calls: CallControlService,
    private readonly control: () => SwitchControl,
    private readonly survey: PostCallSurvey,
    private readonly logger: SwitchLogger,
  ) {}

  routeScheduledCallsTo(ivr: ScheduledCallHandler): void {
    this.ivr = ivr
  }

  /** Resolves once every event handed in so far is handled (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.allSettled([...this.chains.values()])
  }

  handle(node: string, event: EslEvent): void {
    const vars = event.variables
    if (event.eventName === 'CUSTOM') return this.registration(node, event)
    if (!('uniqueId' in event)) return
    const uuid = event.uniqueId
    const tenantId = vars[CALL_VARIABLES.tenantId]
    const agentId = vars[CALL_VARIABLES.agentId]
    if (tenantId && agentId) return this.agentLeg(node, event, { tenantId, userId: agentId })
    if (tenantId && !vars[CALL_VARIABLES.callId] && event.callDirection === 'inbound') {
      switch (event.eventName) {
        case 'CHANNEL_PARK':
          if (vars[ACD_HANDLED_VARIABLE]) return
          return this.serially(uuid, () =>
            this.route(
              node,
              tenantId,
              uuid,
              vars[CALL_VARIABLES.dialledNumber] ?? '',
              event.callerIdNumber ?? null,
            ),
          )
        case 'DTMF':
          // Keys pressed in the IVR are its own; only a queued caller's keys are the queue's.
          if (vars[ACD_HANDLED_VARIABLE] !== 'queued') return
          return this.serially(uuid, () => this.distributor.digitPressed(tenantId, uuid, event.dtmfDigit))
        case 'CHANNEL_HANGUP':
          return this.serially(uuid, () => this.distributor.callerLeft(tenantId, uuid))
      }
      return
    }
    if (
      !tenantId &&
      event.eventName === 'CHANNEL_PARK' &&
      event.callDirection === 'inbound' &&
      vars[FALLBACK_DIALPLAN.variable] === FALLBACK_DIALPLAN.value
    )
      return this.serially(uuid, () =>
        this.adopt(node, uuid, vars[CALL_VARIABLES.dialledNumber] ?? '', event.callerIdNumber ?? null),
      )
    // A leg the agent's own phone placed (a desk phone dialling directly) carries its SIP identity.
    const sipUser = vars['sip_auth_username']
    const realm = vars['sip_auth_realm']
    if (
      sipUser &&
      realm &&
      (event.eventName === 'CHANNEL_CREATE' || event.eventName === 'CHANNEL_HANGUP_COMPLETE')
    )
      void this.agentBySip(sipUser, realm).then((ref) => ref && this.agentLeg(node, event, ref))
  }

  /**
   * After a resync: the switch's own lists of channels and registrations correct what events missed,
   * and calls the fallback dialplan parked while no instance answered are adopted.
   */
  async synced(
    node: string,
    liveLegs: ReadonlySet<string>,
    registrations: ReadonlyArray<{ user: string; realm: string }>,
    channels: readonly ChannelRow[] = [],
  ) {
    for (const channel of channels)
      if (channel.direction === 'inbound' && channel.application === 'park')
        this.serially(channel.uuid, () => this.adoptIfFallback(node, channel))
    const registered = new Set<string>()
    for (const { user, realm } of registrations) {
      const ref = await this.agentBySip(user, realm)
      if (ref) registered.add(`${ref.tenantId}:${ref.userId}`)
    }
    await this.presence.reconcileNode(node, liveLegs, registered)
  }

  private agentLeg(node: string, event: EslEvent, ref: AgentRef): void {
    if (!('uniqueId' in event)) return
    const leg = event.uniqueId
    if (event.eventName === 'CHANNEL_CREATE')
      this.serially(`agent:${ref.userId}`, () =>
        this.presence.legStarted(ref.tenantId, ref.userId, leg, node, partyOf(event)),
      )
    else if (event.eventName === 'CHANNEL_HANGUP_COMPLETE') {
      const wasAnswered = (event.headers['Caller-Channel-Answered-Time'] ?? '0') !== '0'
      const callId = event.variables[CALL_VARIABLES.callId]
      if (event.variables[CALL_VARIABLES.direction] === 'outbound' && callId)
        this.serially(`call:${callId}`, () => this.calls.commands.outboundEnded(ref.tenantId, callId))
      // An inbound call's ID is its caller's leg, which may be kept on the line for the survey.
      if (event.variables[CALL_VARIABLES.direction] === 'inbound' && callId && wasAnswered)
        this.survey.agentLeft(node, ref.tenantId, callId)
      // An outbound call's customer is on a leg of their own, named on the agent's when the survey is on.
      const surveyLeg = event.variables[CALL_VARIABLES.surveyLeg]
      if (event.variables[CALL_VARIABLES.direction] === 'outbound' && callId && surveyLeg && wasAnswered)
        this.survey.agentLeft(node, ref.tenantId, surveyLeg, callId)
      this.serially(`agent:${ref.userId}`, () =>
        this.presence.legEnded(ref.tenantId, ref.userId, leg, wasAnswered),
      )
    }
  }

  private registration(node: string, event: RegistrationEvent): void {
    const domain = event.domain ?? event.realm
    if (!domain) return
    const expires = event.subclass === 'sofia::register' ? (event.expires ?? 0) : 0
    this.serially(`sip:${event.user}@${domain}`, async () => {
      const ref = await this.agentBySip(event.user, domain)
      if (ref) await this.presence.registrationChanged(ref.tenantId, ref.userId, node, expires)
    })
  }

  /** A parked channel found in a resync: adopted if the fallback dialplan parked it and no one took it since. */
  private async adoptIfFallback(node: string, channel: ChannelRow): Promise<void> {
    const variable = (name: string) => channelVariable(this.control(), node, channel.uuid, name)
    if ((await variable(CALL_VARIABLES.tenantId)) !== undefined) return
    if ((await variable(FALLBACK_DIALPLAN.variable)) !== FALLBACK_DIALPLAN.value) return
    const dialled = (await variable(CALL_VARIABLES.dialledNumber)) ?? channel.destinationNumber
    await this.adopt(node, channel.uuid, dialled, channel.callerNumber || null)
  }

  /**
   * Gives a fallback-parked call its tenant, as the xml_curl dialplan would have, then routes it. A number
   * no company has stays parked until the fallback's park_timeout, as the static dialplan decided.
   */
  private async adopt(node: string, uuid: string, delivered: string, callerNumber: string | null) {
    const route = delivered === '' ? undefined : await findNumberRoute(this.db, delivered)
    if (!route) return
    const control = this.control()
    // The tenant goes last: once it is set, the call tracker starts the call with the number in place.
    await tryCommand(control, node, uuidSetVar(uuid, CALL_VARIABLES.dialledNumber, route.number))
    await tryCommand(control, node, uuidSetVar(uuid, CALL_VARIABLES.tenantId, route.tenantId))
    await this.route(node, route.tenantId, uuid, route.number, callerNumber)
  }

  private async route(
    node: string,
    tenantId: string,
    uuid: string,
    dialled: string,
    callerNumber: string | null,
  ): Promise<void> {
    const route = await ownerOfNumber(this.db, dialled)
    // Numbers the platform does not manage (a test's, a static dialplan's) are left to whoever parked them.
    if (route?.tenantId !== tenantId) return
    const control = this.control()
    if (route.scheduleId && this.ivr) {
      // The IVR runs for as long as the caller is in it: not on this channel's event chain.
      await tryCommand(control, node, uuidSetVar(uuid, ACD_HANDLED_VARIABLE, 'ivr'))
      return this.ivr.take({
        node,
        tenantId,
        callerLegUuid: uuid,
        callerNumber,
        scheduleId: route.scheduleId,
      })
    }
    await tryCommand(control, node, uuidSetVar(uuid, ACD_HANDLED_VARIABLE, 'queued'))
    const skillGroupId = route.skillGroupId
    const outcome = skillGroupId
      ? await this.distributor.enqueue({ tenantId, skillGroupId, node, callerLegUuid: uuid, callerNumber })
      : 'REFUSED'
    if (outcome === 'REFUSED') {
      await control.execute(node, uuid, 'answer')
      await control.execute(
        node,
        uuid,
        'playback',
        await this.distributor.shippedAudio(tenantId, notInService),
      )
      await control.execute(node, uuid, 'hangup', 'UNALLOCATED_NUMBER')
    }
  }

  private async agentBySip(user: string, realm: string): Promise<AgentRef | undefined> {
    const key = `${user.toLowerCase()}@${realm.toLowerCase()}`
    const cached = this.agentsBySip.get(key)
    if (cached && Date.now() - cached.at < AGENT_LOOKUP_TTL_MS) return cached.ref
    const ref = await agentBySipUser(this.db, user, realm)
    this.agentsBySip.set(key, { ref, at: Date.now() })
    return ref
  }

  /** Runs `work` after the earlier work of the same key; failures are logged, never thrown at the switch. */
  private serially(key: string, work: () => Promise<void>): void {
    const previous = this.chains.get(key) ?? Promise.resolve()
    const next = previous
      .then(work)
      .catch((error: unknown) =>
        this.logger.error({ err: error, key }, 'ACD could not handle a switch event'),
      )
    this.chains.set(key, next)
    void next.then(() => {
      if (this.chains.get(key) === next) this.chains.delete(key)
    })
  }
}

/**
 * Whom an agent's new leg connects them to. The platform's own legs carry the call's direction and show
 * the other party as their caller ID (the caller, or the number dialled); a leg the agent's desk phone
 * places itself goes to the number dialled on it. Other legs (a reconnect, a consultation) say nothing.
 */
export function partyOf(event: EslEvent): CallParty | undefined {
  if (!('uniqueId' in event)) return undefined
  const direction = event.variables[CALL_VARIABLES.direction]
  const callId = event.variables[CALL_VARIABLES.callId] ?? null
  if (direction === 'inbound' || direction === 'outbound')
    return {
      callId,
      direction: direction === 'inbound' ? 'INBOUND' : 'OUTBOUND',
      remoteNumber: shownNumber(event.callerIdNumber),
    }
  if (event.callDirection === 'inbound')
    return { callId, direction: 'OUTBOUND', remoteNumber: shownNumber(event.destinationNumber) }
  return undefined
}

function shownNumber(number: string | undefined): string | null {
  return number && number !== 'anonymous' ? number : null
}
