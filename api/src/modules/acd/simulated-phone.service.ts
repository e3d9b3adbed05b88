// G2 without FreeSWITCH: when the API runs the switch simulator, no SIP phone can reach it, so the
// workstation's phone is simulated. The workstation registers the agent's SIP user on the simulator
// (and renews it, as a phone does), is told of the calls ringing it, and answers, declines, presses
// keys and hangs up through here; each only on the agent's own phone. Calls the platform places at the
// agent's own request (dialling out, taking a call back) are answered at once, as the softphone does.
import { z } from 'zod'
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database } from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { CALL_VARIABLES } from '../../telephony/calls/variables.js'
import type { EslEvent } from '../../telephony/esl/event.js'
import type { ChannelSnapshot } from '../../telephony/sim/switch.js'
import type { SimulatorEvents } from '../../telephony/simulator-events.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import type { AgentSipService } from '../organization/agent-sip.service.js'
import { sipUserOf } from '../organization/phone.js'
import { AUTO_ANSWER_VARIABLE } from './call-control.service.js'
import {
  SimulatedCallState,
  type SimulatedPhoneCall,
  type SimulatedPhoneRegistration,
} from './simulated-phone.types.js'

export const SIMULATED_PHONE_CHANGED = 'acd.simulated-phone'

/** How long a registration lasts: long enough for a background tab's slowed timers to renew it. */
export const SIMULATED_REGISTRATION_SECONDS = 300

/** The simulator names the leg it places to a registered user `sofia/internal/<user>`. */
const PHONE_LEG_PREFIX = 'sofia/internal/'

interface PhoneCallChanged {
  tenantId: string
  sipUser: string
  call: SimulatedPhoneCall
}

interface Phone {
  tenantId: string
  user: string
  domain: string
}

const keysSchema = z
  .string({ message: 'is required' })
  .refine(
    (keys) => /^[0-9*#]{1,20}$/.test(keys),
    problem('INVALID_KEYS', 'must be 1–20 of the keys 0–9, * and #'),
  )

export class SimulatedPhoneService {
  private events: SimulatorEvents | undefined
  /** Phones registered through here, `<tenant>:<sip user>`: only theirs are answered by themselves. */
  private readonly phones = new Set<string>()

  constructor(
    private readonly db: Database,
    private readonly agentSip: AgentSipService,
    private readonly pubsub: PubSub,
    private readonly options: { hasSipServer: boolean } = { hasSipServer: false },
  ) {}

  /**
   * The workstation's phone is simulated when calls run on the simulator and no SIP server was named
   * for softphones (SIP_WEBSOCKET_URLS, e.g. a test's Kamailio): there is nothing to register with.
   */
  get isPhoneSimulated(): boolean {
    return this.events !== undefined && !this.options.hasSipServer
  }

  attach(events: SimulatorEvents): void {
    this.events = events
    events.onEvent((event) => this.received(event))
  }

  /** The phone REGISTERs (or renews); the agent's status follows the registration as for a real phone. */
  async register(viewer: Viewer): Promise<SimulatedPhoneRegistration> {
    const simulator = this.simulator()
    const phone = await this.phoneOf(viewer)
    simulator.registerUser(
      phone.user,
      phone.domain,
      { kind: 'no-answer' },
      { expiresSeconds: SIMULATED_REGISTRATION_SECONDS, userAgent: 'cc-workstation (simulated)' },
    )
    this.phones.add(`${phone.tenantId}:${phone.user}`)
    return {
      expiresSeconds: SIMULATED_REGISTRATION_SECONDS,
      ringing: this.legsOf(phone)
        .filter((leg) => leg.answerState === 'ringing')
        .map((leg) => callOf(leg, SimulatedCallState.RINGING)),
    }
  }

  async unregister(viewer: Viewer): Promise<boolean> {
    const simulator = this.simulator()
    const phone = await this.phoneOf(viewer)
    simulator.unregisterUser(phone.user, phone.domain)
    this.phones.delete(`${phone.tenantId}:${phone.user}`)
    return true
  }

  /** Picks up the phone: the given ringing call, or the one ringing. */
  async answer(viewer: Viewer, legId?: string | null): Promise<SimulatedPhoneCall> {
    const leg = await this.legOf(viewer, legId, 'ringing')
    this.simulator().answerRinging(leg.uuid)
    return callOf(leg, SimulatedCallState.TALKING)
  }

  /** Hangs up the call, or declines it while it rings. */
  async hangUp(viewer: Viewer, legId?: string | null): Promise<SimulatedPhoneCall> {
    const leg = await this.legOf(viewer, legId)
    // A phone declining a call answers 603 Decline, which the switch reports as CALL_REJECTED.
    this.simulator().hangup(leg.uuid, leg.answerState === 'ringing' ? 'CALL_REJECTED' : 'NORMAL_CLEARING')
    return callOf(leg, SimulatedCallState.ENDED)
  }

  /** Keys pressed on the phone during the call (the other side's IVR, say). */
  async pressKeys(viewer: Viewer, keys: string, legId?: string | null): Promise<SimulatedPhoneCall> {
    const digits = validateInput(keysSchema, keys)
    const leg = await this.legOf(viewer, legId, 'answered')
    this.simulator().pressDigits(leg.uuid, digits)
    return callOf(leg, SimulatedCallState.TALKING)
  }

  /**
   * The viewer's phone's calls ringing or on now, then each change as they ring, are answered and end.
   * Resolves once listening, so nothing between the two is missed (a change may come twice; same state).
   */
  async changes(viewer: Viewer, signal?: AbortSignal): Promise<AsyncIterableIterator<SimulatedPhoneCall>> {
    this.simulator()
    const phone = await this.phoneOf(viewer)
    const updates = this.pubsub.subscribe<PhoneCallChanged>(SIMULATED_PHONE_CHANGED, signal)
    // Asking for the first update starts the listening; the calls of now are read after that.
    const first = updates.next()
    const now = this.legsOf(phone).map((leg) =>
      callOf(leg, leg.answerState === 'ringing' ? SimulatedCallState.RINGING : SimulatedCallState.TALKING),
    )
    return (async function* () {
      try {
        yield* now
        for (let next = await first; !next.done; next = await updates.next())
          if (next.value.tenantId === phone.tenantId && next.value.sipUser === phone.user)
            yield next.value.call
      } finally {
        void updates.return?.(undefined)
      }
    })()
  }

  private simulator() {
    if (!this.events)
      throw new ConflictError(
        'REAL_PHONES_ONLY',
        'Phones are real here: the platform runs on FreeSWITCH, so register your softphone or desk phone.',
      )
    return this.events.simulator
  }

  private async phoneOf(viewer: Viewer): Promise<Phone> {
    if (viewer.apiKeyId) throw new ForbiddenError('A phone belongs to a person; API keys have none.')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const user = await em.findOne(User, { id: viewer.userId, deletedAt: null })
      if (!user) throw new NotFoundError('Agent')
      const sipUser = sipUserOf(user.agentNumber)
      if (!sipUser)
        throw new ConflictError(
          'NO_SIP_ACCOUNT',
          'You have no agent number, so no SIP account; ask an administrator.',
          { field: 'agentNumber' },
        )
      return {
        tenantId: viewer.tenantId,
        user: sipUser,
        domain: await this.agentSip.sipDomainOf(em, viewer.tenantId),
      }
    })
  }

  /** The legs ringing or up on the phone now, as the simulator has them. */
  private legsOf(phone: Phone): ChannelSnapshot[] {
    return this.simulator()
      .channels()
      .filter(
        (leg) =>
          leg.variables['channel_name'] === `${PHONE_LEG_PREFIX}${phone.user}` &&
          leg.variables[CALL_VARIABLES.tenantId] === phone.tenantId &&
          leg.answerState !== 'hangup',
      )
  }

  /**
   * The viewer's call: the one named (anyone else's, another company's included, does not exist for
   * them), else the one in `answerState` on their phone.
   */
  private async legOf(
    viewer: Viewer,
    legId: string | null | undefined,
    answerState?: ChannelSnapshot['answerState'],
  ): Promise<ChannelSnapshot> {
    this.simulator()
    if (legId) {
      const phone = await this.phoneOf(viewer).catch((error: unknown) => {
        if (error instanceof ConflictError) return undefined
        throw error
      })
      const leg = phone && this.legsOf(phone).find((candidate) => candidate.uuid === legId)
      if (!leg) throw new NotFoundError('Call')
      if (answerState && leg.answerState !== answerState)
        throw answerState === 'ringing'
          ? new ConflictError('CALL_NOT_RINGING', 'That call is no longer ringing.')
          : new ConflictError('CALL_NOT_ANSWERED', 'That call is not answered yet.')
      return leg
    }
    const leg = this.legsOf(await this.phoneOf(viewer)).find(
      (candidate) => !answerState || candidate.answerState === answerState,
    )
    if (!leg)
      throw answerState === 'ringing'
        ? new ConflictError('NO_CALL_RINGING', 'No call is ringing on your phone.')
        : new ConflictError('NOT_ON_A_CALL', 'You are not on a call.')
    return leg
  }

  // ── the switch's events ─────────────────────────────────────────────────────────────────────────────

  private received(event: EslEvent): void {
    if (!('uniqueId' in event) || event.callDirection !== 'outbound') return
    const name = event.channelName ?? ''
    const tenantId = event.variables[CALL_VARIABLES.tenantId]
    if (!name.startsWith(PHONE_LEG_PREFIX) || !tenantId) return
    const sipUser = name.slice(PHONE_LEG_PREFIX.length)
    const state =
      event.eventName === 'CHANNEL_CREATE'
        ? SimulatedCallState.RINGING
        : event.eventName === 'CHANNEL_ANSWER'
          ? SimulatedCallState.TALKING
          : event.eventName === 'CHANNEL_HANGUP'
            ? SimulatedCallState.ENDED
            : undefined
    if (!state) return
    const call: SimulatedPhoneCall = {
      legId: event.uniqueId,
      state,
      remoteNumber: event.callerIdNumber ?? null,
      isAutoAnswer: event.variables[AUTO_ANSWER_VARIABLE] === 'true',
    }
    void this.pubsub.publish(SIMULATED_PHONE_CHANGED, { tenantId, sipUser, call } satisfies PhoneCallChanged)
    if (
      state === SimulatedCallState.RINGING &&
      call.isAutoAnswer &&
      this.phones.has(`${tenantId}:${sipUser}`)
    )
      try {
        this.simulator().answerRinging(event.uniqueId)
      } catch {
        // Gone before it could be answered: its hang-up tells the workstation.
      }
  }
}

function callOf(leg: ChannelSnapshot, state: SimulatedCallState): SimulatedPhoneCall {
  return {
    legId: leg.uuid,
    state,
    remoteNumber: leg.variables['origination_caller_id_number'] ?? null,
    isAutoAnswer: leg.variables[AUTO_ANSWER_VARIABLE] === 'true',
  }
}
