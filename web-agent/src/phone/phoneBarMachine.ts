// G2/G3: the phone bar's behaviour as one pure reducer. Two sources drive it: the API (the agent's
// status and the call it offers) and, in softphone mode, the browser's SIP session. The view (which
// call to show, which controls work, the timers) is derived from the state, never stored beside it.
import type { AgentStateFields } from '../graphql/workstation'

export type AgentStatus = AgentStateFields['status']

/** How the agent answers: the browser's softphone, a desk phone (both SIP), or their mobile. */
export type AnsweringChoice = 'SOFTPHONE' | 'DESK_PHONE' | 'MOBILE'

/** What stops the softphone, each shown with what to do about it. */
export type SoftphoneProblem =
  | 'MICROPHONE_DENIED'
  | 'NO_MICROPHONE'
  | 'WRONG_CREDENTIALS'
  | 'SERVER_UNREACHABLE'
  | 'NO_SIP_ACCOUNT'
  | 'RECONNECT_FAILED'

export type Registration = 'UNREGISTERED' | 'REGISTERING' | 'REGISTERED'

export interface Call {
  phase: 'RINGING' | 'CONNECTING' | 'TALKING'
  direction: 'INBOUND' | 'OUTBOUND'
  remoteNumber: string | null
  /** The platform's call ID, once the API named it (routed offers, dial-outs). */
  callId: string | null
  /** The browser holds a SIP session for it (softphone mode); otherwise the API controls the phone. */
  hasSession: boolean
  /** Epoch ms: when it started ringing, and when it was answered (the timer counts from there). */
  ringingSince: number
  answeredAt: number | null
  isOnHold: boolean
  isMuted: boolean
  isConsulting: boolean
}

export interface PhoneBarState {
  /** Null while not signed in to the workstation. */
  mode: AnsweringChoice | null
  /** The agent's state as the API last told it. */
  agent: AgentStateFields | null
  registration: Registration
  problem: SoftphoneProblem | null
  call: Call | null
  /** The company's after-call work time, for the countdown. */
  afterCallWorkSeconds: number
  /** The API runs the switch simulator (no FreeSWITCH): the phone is simulated and carries no audio. */
  isSimulated: boolean
  /**
   * The page started (a reload, a fresh sign-in) while the agent was ON_CALL without a session in this
   * browser: the call's leg was lost and is asked back, once.
   */
  reconnect: 'NONE' | 'PENDING' | 'DONE'
}

export type PhoneBarEvent =
  | { type: 'API_STATE'; agent: AgentStateFields | null; now: number }
  | { type: 'SIGNED_IN'; mode: AnsweringChoice; agent: AgentStateFields; now: number }
  | { type: 'SIGNED_OUT' }
  | { type: 'SETTINGS'; afterCallWorkSeconds: number; isSimulated: boolean }
  | { type: 'REGISTERING' }
  | { type: 'REGISTERED' }
  | { type: 'UNREGISTERED' }
  | { type: 'PROBLEM'; problem: SoftphoneProblem | null }
  | { type: 'SESSION_RINGING'; remoteNumber: string | null; direction: Call['direction']; now: number }
  | { type: 'SESSION_ANSWERING' }
  | { type: 'SESSION_CONFIRMED'; now: number }
  | { type: 'SESSION_ENDED' }
  | { type: 'HOLD_CHANGED'; isOn: boolean }
  | { type: 'MUTE_CHANGED'; isOn: boolean }
  | { type: 'CONSULT_CHANGED'; isOn: boolean }
  | { type: 'RECONNECT_STARTED' }
  | { type: 'RECONNECT_RETRY' }

/** The answering mode of the agent's workstation session as the API knows it; null while signed out. */
export function answeringChoiceOf(agent: AgentStateFields): AnsweringChoice | null {
  if (agent.status === 'OFFLINE' || !agent.answeringMode) return null
  if (agent.answeringMode === 'MOBILE') return 'MOBILE'
  return agent.phoneKind === 'DESK_PHONE' ? 'DESK_PHONE' : 'SOFTPHONE'
}

export function initialState(): PhoneBarState {
  return {
    mode: null,
    agent: null,
    registration: 'UNREGISTERED',
    problem: null,
    call: null,
    afterCallWorkSeconds: 0,
    isSimulated: false,
    reconnect: 'NONE',
  }
}

export function reduce(state: PhoneBarState, event: PhoneBarEvent): PhoneBarState {
  switch (event.type) {
    case 'SIGNED_IN': {
      // Only here, as the page takes up the session: a call that starts later rings this page itself.
      const hasLostLeg =
        event.mode === 'SOFTPHONE' && event.agent.status === 'ON_CALL' && !state.call?.hasSession
      return withAgent(
        { ...state, mode: event.mode, problem: null, reconnect: hasLostLeg ? 'PENDING' : 'NONE' },
        event.agent,
        event.now,
      )
    }
    case 'SIGNED_OUT':
      return {
        ...initialState(),
        afterCallWorkSeconds: state.afterCallWorkSeconds,
        isSimulated: state.isSimulated,
        agent: state.agent && { ...state.agent, status: 'OFFLINE', offer: null },
      }
    case 'API_STATE': {
      // The feed and the heartbeat race each other and the sign-in's answer: a state older than the one
      // shown is news of the past (an OFFLINE from before the sign-in would sign the page out again).
      if (event.agent && state.agent && Date.parse(event.agent.since) < Date.parse(state.agent.since))
        return state
      const next = withAgent(state, event.agent, event.now)
      // The session ended elsewhere (heartbeat lost, forced sign-out): the workstation is signed out.
      return event.agent?.status === 'OFFLINE'
        ? { ...next, mode: null, call: next.call?.hasSession ? next.call : null }
        : next
    }
    case 'SETTINGS':
      return { ...state, afterCallWorkSeconds: event.afterCallWorkSeconds, isSimulated: event.isSimulated }
    case 'REGISTERING':
      return { ...state, registration: 'REGISTERING' }
    case 'REGISTERED':
      return {
        ...state,
        registration: 'REGISTERED',
        problem: state.problem === 'RECONNECT_FAILED' ? state.problem : null,
      }
    case 'UNREGISTERED':
      return { ...state, registration: 'UNREGISTERED' }
    case 'PROBLEM':
      return { ...state, problem: event.problem }
    case 'SESSION_RINGING': {
      const offer = state.agent?.status === 'RINGING' ? state.agent.offer : null
      // A leg ringing while the API already has the agent on a call takes that call up (a reconnect):
      // the API knows whom it is with; the leg's own caller ID does not.
      const party = partyOf(state.agent)
      return {
        ...state,
        call: {
          phase: 'RINGING',
          direction: party?.direction ?? event.direction,
          remoteNumber: party?.remoteNumber ?? event.remoteNumber ?? offer?.callerNumber ?? null,
          callId: offer?.callId ?? state.call?.callId ?? party?.callId ?? null,
          hasSession: true,
          ringingSince: state.call?.ringingSince ?? event.now,
          answeredAt: null,
          isOnHold: false,
          isMuted: false,
          isConsulting: false,
        },
      }
    }
    case 'SESSION_ANSWERING':
      return state.call ? { ...state, call: { ...state.call, phase: 'CONNECTING' } } : state
    case 'SESSION_CONFIRMED':
      return state.call
        ? {
            ...state,
            call: { ...state.call, phase: 'TALKING', answeredAt: state.call.answeredAt ?? event.now },
          }
        : state
    case 'SESSION_ENDED':
      return { ...state, call: null }
    case 'HOLD_CHANGED':
      return state.call ? { ...state, call: { ...state.call, isOnHold: event.isOn } } : state
    case 'MUTE_CHANGED':
      return state.call ? { ...state, call: { ...state.call, isMuted: event.isOn } } : state
    case 'CONSULT_CHANGED':
      return state.call ? { ...state, call: { ...state.call, isConsulting: event.isOn } } : state
    case 'RECONNECT_STARTED':
      return { ...state, reconnect: 'DONE' }
    case 'RECONNECT_RETRY':
      return { ...state, reconnect: 'PENDING', problem: null }
  }
}

/** With ON_CALL, whom the API says the call is with (the caller, or the number dialled). */
function partyOf(agent: AgentStateFields | null): AgentStateFields['call'] {
  return agent?.status === 'ON_CALL' ? (agent.call ?? null) : null
}

/**
 * Applies the API's view. In softphone mode the browser's session is the call and the API only names
 * it (offer, caller number); a routed offer shows at once, before its INVITE arrives. With a desk
 * phone or a mobile the API's status is all there is: RINGING is an offer, ON_CALL a call, and the
 * number shown is the one the API names, since the page may never have seen the call ring (a mobile
 * answering at once, an outbound call, a reload).
 */
function withAgent(state: PhoneBarState, agent: AgentStateFields | null, now: number): PhoneBarState {
  const status = agent?.status ?? 'OFFLINE'
  const offer = status === 'RINGING' ? (agent?.offer ?? null) : null
  const party = partyOf(agent)
  const since = agent ? Date.parse(agent.since) : now
  const current = state.call
  let call: Call | null = current
  if (current?.hasSession) {
    call =
      offer && !current.callId
        ? { ...current, callId: offer.callId, remoteNumber: current.remoteNumber ?? offer.callerNumber }
        : current
    if (party)
      call = {
        ...call,
        callId: call.callId ?? party.callId ?? null,
        remoteNumber: call.remoteNumber ?? party.remoteNumber ?? null,
      }
  } else if (status === 'RINGING') {
    call = ringingCall(offer?.callId ?? null, offer?.callerNumber ?? null, current?.ringingSince ?? since)
  } else if (status === 'ON_CALL' && state.mode !== 'SOFTPHONE') {
    const base = current ?? ringingCall(null, null, since)
    call = {
      ...base,
      direction: party?.direction ?? current?.direction ?? 'OUTBOUND',
      callId: base.callId ?? party?.callId ?? null,
      remoteNumber: base.remoteNumber ?? party?.remoteNumber ?? null,
      phase: 'TALKING',
      answeredAt: current?.answeredAt ?? since,
    }
  } else {
    call = null
  }
  // Once the call is over there is nothing left to take back.
  return { ...state, agent, call, reconnect: status === 'ON_CALL' ? state.reconnect : 'NONE' }
}

/** A reload left a call without its leg: once the softphone is registered, the leg is asked back, once. */
export function isReconnectDue(state: PhoneBarState): boolean {
  return state.reconnect === 'PENDING' && state.registration === 'REGISTERED'
}

function ringingCall(callId: string | null, remoteNumber: string | null, since: number): Call {
  return {
    phase: 'RINGING',
    direction: 'INBOUND',
    remoteNumber,
    callId,
    hasSession: false,
    ringingSince: since,
    answeredAt: null,
    isOnHold: false,
    isMuted: false,
    isConsulting: false,
  }
}

// ── the view ──────────────────────────────────────────────────────────────────────────────────────────

export type Control =
  | 'answer'
  | 'hangUp'
  | 'hold'
  | 'mute'
  | 'keypad'
  | 'transfer'
  | 'consult'
  | 'survey'
  | 'completeConsultation'
  | 'cancelConsultation'
  | 'dial'
  | 'retry'

export interface ControlView {
  /**
   * Shown now: in this answering mode (a mobile is answered on the mobile, so no answer button) and at
   * this point of the call (answer while it rings, hold and transfer once talking).
   */
  isShown: boolean
  isEnabled: boolean
}

/** Which controls the bar shows, and which work right now: the bar itself checks nothing else. */
export function controlsOf(state: PhoneBarState): Record<Control, ControlView> {
  const { mode, call } = state
  const isSignedIn = mode !== null && state.agent?.status !== 'OFFLINE'
  const isTalking = call?.phase === 'TALKING'
  const isConsulting = isTalking && call.isConsulting
  const isSoftphone = mode === 'SOFTPHONE'
  const view = (isShown: boolean, isEnabled: boolean): ControlView => ({
    isShown,
    isEnabled: isShown && isEnabled,
  })
  return {
    answer: view(
      mode !== 'MOBILE' && call?.phase === 'RINGING',
      isSoftphone ? call?.hasSession === true : mode === 'DESK_PHONE',
    ),
    // Declines while the call rings, hangs up once it is answered.
    hangUp: view(call !== null, call?.hasSession || call?.phase !== 'RINGING' || mode !== 'SOFTPHONE'),
    hold: view(isTalking, !isConsulting),
    // A mobile has its own mute button; the browser's microphone and a desk phone's are muted from here.
    mute: view(mode !== 'MOBILE' && isTalking, true),
    keypad: view(isSoftphone && isTalking, call?.hasSession === true),
    // During a consultation the call is handed over (or taken back) with the two controls below.
    transfer: view(isTalking && !isConsulting, true),
    consult: view(isTalking && !isConsulting, true),
    // A5: only an inbound caller is kept on the line for the satisfaction survey.
    survey: view(isTalking && !isConsulting && call.direction === 'INBOUND', true),
    completeConsultation: view(isConsulting, true),
    cancelConsultation: view(isConsulting, true),
    dial: view(true, isSignedIn && call === null),
    // A busy or unreachable server heals by itself; the agent's own problems are retried from here.
    retry: view(isSoftphone && state.problem !== null && state.problem !== 'SERVER_UNREACHABLE', true),
  }
}

/** Seconds the call has been answered (or ringing), for the timer. */
export function callSeconds(call: Call, now: number): number {
  return Math.max(0, Math.floor((now - (call.answeredAt ?? call.ringingSince)) / 1000))
}

/** Seconds of after-call work left, or null outside it. */
export function afterCallWorkLeft(state: PhoneBarState, now: number): number | null {
  if (state.agent?.status !== 'AFTER_CALL_WORK' || state.afterCallWorkSeconds <= 0) return null
  const endsAt = Date.parse(state.agent.since) + state.afterCallWorkSeconds * 1000
  return Math.max(0, Math.ceil((endsAt - now) / 1000))
}

/** The status selector's value: IDLE, `NOT_READY:<reason>`, OFFLINE, or the call-driven status itself. */
export function statusChoice(state: PhoneBarState): string {
  const agent = state.agent
  if (!state.mode || !agent || agent.status === 'OFFLINE') return 'OFFLINE'
  if (agent.status === 'NOT_READY') return `NOT_READY:${agent.reasonId ?? ''}`
  return agent.status
}

/**
 * The workstation offers to sign in when it opens only to an agent the API has signed out: one signed in
 * elsewhere (another browser, a desk phone through the API) is not asked again over every page.
 */
export function isSignInDue(state: PhoneBarState): boolean {
  return !state.mode && (state.agent?.status ?? 'OFFLINE') === 'OFFLINE'
}

/** An offer rings the agent: the moment for the ringtone and the desktop notification. */
export function isRinging(state: PhoneBarState): boolean {
  return state.call?.phase === 'RINGING' && state.call.direction === 'INBOUND'
}
