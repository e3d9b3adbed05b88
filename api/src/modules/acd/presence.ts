// G3: an agent's one authoritative status, derived from its inputs rather than set by whoever spoke
// last. Every input change recomputes it, so a stale input (a lost heartbeat, a gone registration, a
// reservation whose ringing leg vanished) can only make the status more cautious, never stick it.
import { registerEnumType } from 'type-graphql'

export enum AgentStatus {
  OFFLINE = 'OFFLINE',
  IDLE = 'IDLE',
  RINGING = 'RINGING',
  ON_CALL = 'ON_CALL',
  AFTER_CALL_WORK = 'AFTER_CALL_WORK',
  NOT_READY = 'NOT_READY',
}

registerEnumType(AgentStatus, {
  name: 'AgentStatus',
  description: 'An agent’s work status. Only IDLE agents receive routed calls; all but OFFLINE may dial out.',
  valuesConfig: {
    OFFLINE: { description: 'Not signed in to the workstation, or its heartbeat stopped.' },
    IDLE: { description: 'Free and ready: the next routed call may be offered.' },
    RINGING: { description: 'A routed call is being offered and the agent’s phone rings.' },
    ON_CALL: { description: 'The agent’s phone is on a call (routed, outbound or any other).' },
    AFTER_CALL_WORK: {
      description:
        'Wrapping up after a call, for the time the company set (and, when it requires one, until the call’s service summary is saved).',
    },
    NOT_READY: { description: 'Signed in but not taking routed calls, for the reason shown.' },
  },
})

/** Why a status changed; kept in the status log and shown to the agent. */
export enum StatusCause {
  SIGNED_IN = 'SIGNED_IN',
  SIGNED_OUT = 'SIGNED_OUT',
  FORCED_SIGN_OUT = 'FORCED_SIGN_OUT',
  CHOSEN = 'CHOSEN',
  OFFERED = 'OFFERED',
  OFFER_ANSWERED = 'OFFER_ANSWERED',
  OFFER_MISSED = 'OFFER_MISSED',
  OFFER_WITHDRAWN = 'OFFER_WITHDRAWN',
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  MISSED_OFFERS_LIMIT = 'MISSED_OFFERS_LIMIT',
  CALL_STARTED = 'CALL_STARTED',
  CALL_ENDED = 'CALL_ENDED',
  AFTER_CALL_WORK_ENDED = 'AFTER_CALL_WORK_ENDED',
  SERVICE_SUMMARY_SAVED = 'SERVICE_SUMMARY_SAVED',
  HEARTBEAT_LOST = 'HEARTBEAT_LOST',
  REGISTERED = 'REGISTERED',
  REGISTRATION_LOST = 'REGISTRATION_LOST',
  SWITCH_RESYNC = 'SWITCH_RESYNC',
}

registerEnumType(StatusCause, {
  name: 'StatusCause',
  description: 'Why an agent’s status changed.',
  valuesConfig: {
    SIGNED_IN: { description: 'The agent signed in to the workstation.' },
    SIGNED_OUT: { description: 'The agent signed out.' },
    FORCED_SIGN_OUT: { description: 'An administrator signed the agent out.' },
    CHOSEN: { description: 'The agent chose this status.' },
    OFFERED: { description: 'A routed call was offered to the agent.' },
    OFFER_ANSWERED: { description: 'The agent answered the offered call.' },
    OFFER_MISSED: { description: 'The offered call was not answered in time or was rejected.' },
    OFFER_WITHDRAWN: { description: 'The caller hung up (or the call moved on) while the offer rang.' },
    OFFER_EXPIRED: {
      description: 'An offer outlived its ring time with no outcome; the reservation was released.',
    },
    MISSED_OFFERS_LIMIT: {
      description: 'Too many offers in a row were missed; the agent was set not ready.',
    },
    CALL_STARTED: { description: 'The agent’s phone joined a call.' },
    CALL_ENDED: { description: 'The agent’s call ended.' },
    AFTER_CALL_WORK_ENDED: { description: 'After-call work time ran out.' },
    SERVICE_SUMMARY_SAVED: {
      description: 'The service summary the company requires was saved, ending the after-call work it held.',
    },
    HEARTBEAT_LOST: { description: 'The workstation stopped reporting; the agent was taken offline.' },
    REGISTERED: { description: 'The agent’s SIP phone registered.' },
    REGISTRATION_LOST: { description: 'The agent’s SIP phone is no longer registered.' },
    SWITCH_RESYNC: { description: 'The switch’s own view corrected a call the platform missed.' },
  },
})

/** Everything the status is derived from; one row of `agent_presence`. */
export interface PresenceInputs {
  readonly isSignedIn: boolean
  readonly heartbeatAt: Date | null
  readonly answeringMode: 'SIP' | 'MOBILE' | null
  readonly registeredUntil: Date | null
  /** Live legs of the agent's phone, by leg UUID (value: switch node). */
  readonly busyLegs: Readonly<Record<string, string>>
  readonly offerCallId: string | null
  readonly offerExpiresAt: Date | null
  readonly acwUntil: Date | null
  /** After-call work lasts past `acwUntil` until the call's service summary is saved (G4). */
  readonly isAwaitingSummary: boolean
  readonly chosenStatus: 'IDLE' | 'NOT_READY'
  readonly chosenReasonId: string | null
}

export interface DerivedStatus {
  readonly status: AgentStatus
  /** The not-ready reason shown with NOT_READY. */
  readonly reasonId: string | null
}

export interface DerivationContext {
  readonly now: Date
  readonly heartbeatTimeoutMs: number
  /** The tenant's PHONE_UNREGISTERED system reason, shown when a SIP agent's phone is gone. */
  readonly phoneUnregisteredReasonId: string
}

export function isRegistered(inputs: PresenceInputs, now: Date): boolean {
  return inputs.registeredUntil !== null && inputs.registeredUntil > now
}

export function isHeartbeatFresh(
  inputs: PresenceInputs,
  context: Pick<DerivationContext, 'now' | 'heartbeatTimeoutMs'>,
): boolean {
  return (
    inputs.heartbeatAt !== null &&
    context.now.getTime() - inputs.heartbeatAt.getTime() <= context.heartbeatTimeoutMs
  )
}

/** The order of the checks is the policy: presence, then the phone's real calls, then choices. */
export function deriveStatus(inputs: PresenceInputs, context: DerivationContext): DerivedStatus {
  const { now } = context
  if (!inputs.isSignedIn || !isHeartbeatFresh(inputs, context))
    return { status: AgentStatus.OFFLINE, reasonId: null }
  if (inputs.offerCallId !== null && inputs.offerExpiresAt !== null && inputs.offerExpiresAt > now)
    return { status: AgentStatus.RINGING, reasonId: null }
  if (Object.keys(inputs.busyLegs).length > 0) return { status: AgentStatus.ON_CALL, reasonId: null }
  if (inputs.isAwaitingSummary || (inputs.acwUntil !== null && inputs.acwUntil > now))
    return { status: AgentStatus.AFTER_CALL_WORK, reasonId: null }
  if (inputs.answeringMode === 'SIP' && !isRegistered(inputs, now))
    return { status: AgentStatus.NOT_READY, reasonId: context.phoneUnregisteredReasonId }
  if (inputs.chosenStatus === 'NOT_READY')
    return { status: AgentStatus.NOT_READY, reasonId: inputs.chosenReasonId }
  return { status: AgentStatus.IDLE, reasonId: null }
}
