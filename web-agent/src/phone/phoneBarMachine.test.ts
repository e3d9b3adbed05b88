import { describe, expect, it } from 'vitest'
import { T0, agent, inbound } from './fixtures'
import {
  afterCallWorkLeft,
  callSeconds,
  controlsOf,
  initialState,
  isRinging,
  isSignInDue,
  reduce,
  statusChoice,
  type PhoneBarEvent,
  type PhoneBarState,
} from './phoneBarMachine'

const offer = { callId: 'call-1', callerNumber: '13900139000', skillGroupId: 'group-1' }
const dialled = { callId: 'call-2', direction: 'OUTBOUND', remoteNumber: '+8613812345678' } as const

function run(events: PhoneBarEvent[], start = initialState()): PhoneBarState {
  return events.reduce(reduce, start)
}

function enabled(state: PhoneBarState): string[] {
  return Object.entries(controlsOf(state))
    .filter(([, control]) => control.isEnabled)
    .map(([name]) => name)
}

const signedIn = (mode: 'SOFTPHONE' | 'DESK_PHONE' | 'MOBILE'): PhoneBarEvent => ({
  type: 'SIGNED_IN',
  mode,
  agent: agent('IDLE'),
  now: T0,
})

describe('phone bar, softphone mode (G2)', () => {
  it('G2: a state older than the one shown (an OFFLINE from before the sign-in, delivered late) is ignored', () => {
    const before = new Date(T0 - 5000).toISOString()
    const state = run([
      signedIn('SOFTPHONE'),
      { type: 'API_STATE', agent: agent('OFFLINE', { since: before }), now: T0 + 10 },
    ])
    expect(state.mode).toBe('SOFTPHONE')
    expect(state.agent?.status).toBe('IDLE')
    // A newer OFFLINE (a forced sign-out) still signs the page out.
    const later = new Date(T0 + 5000).toISOString()
    expect(
      reduce(state, { type: 'API_STATE', agent: agent('OFFLINE', { since: later }), now: T0 + 5000 }).mode,
    ).toBe(null)
  })

  it('G2: a routed offer shows at once, rings, and can be answered once its INVITE arrives', () => {
    const offered = run([
      signedIn('SOFTPHONE'),
      { type: 'REGISTERED' },
      { type: 'API_STATE', agent: agent('RINGING', { offer }), now: T0 + 1000 },
    ])
    expect(offered.call).toMatchObject({ phase: 'RINGING', remoteNumber: '13900139000', hasSession: false })
    expect(isRinging(offered)).toBe(true)
    expect(enabled(offered)).not.toContain('answer')

    const invited = reduce(offered, {
      type: 'SESSION_RINGING',
      remoteNumber: null,
      direction: 'INBOUND',
      now: T0 + 1200,
    })
    expect(invited.call).toMatchObject({ callId: 'call-1', remoteNumber: '13900139000', hasSession: true })
    expect(enabled(invited)).toEqual(['answer', 'hangUp'])
  })

  it('G2: answering, holding and muting a call in the browser; the timer counts from the answer', () => {
    const talking = run([
      signedIn('SOFTPHONE'),
      { type: 'SESSION_RINGING', remoteNumber: '1001', direction: 'INBOUND', now: T0 },
      { type: 'SESSION_ANSWERING' },
      { type: 'SESSION_CONFIRMED', now: T0 + 5000 },
    ])
    expect(talking.call?.phase).toBe('TALKING')
    expect(isRinging(talking)).toBe(false)
    expect(callSeconds(talking.call!, T0 + 65_000)).toBe(60)
    expect(enabled(talking)).toEqual(['hangUp', 'hold', 'mute', 'keypad', 'transfer', 'consult', 'survey'])

    const held = run(
      [
        { type: 'HOLD_CHANGED', isOn: true },
        { type: 'MUTE_CHANGED', isOn: true },
      ],
      talking,
    )
    expect(held.call).toMatchObject({ isOnHold: true, isMuted: true })
    expect(run([{ type: 'HOLD_CHANGED', isOn: false }], held).call?.isOnHold).toBe(false)
  })

  it('G3: during a consultation the call is completed or cancelled, not held or transferred again', () => {
    const talking = run([
      signedIn('SOFTPHONE'),
      { type: 'SESSION_RINGING', remoteNumber: '1001', direction: 'INBOUND', now: T0 },
      { type: 'SESSION_CONFIRMED', now: T0 },
    ])
    expect(controlsOf(talking).completeConsultation.isShown).toBe(false)
    const consulting = reduce(talking, { type: 'CONSULT_CHANGED', isOn: true })
    expect(enabled(consulting)).toEqual([
      'hangUp',
      'mute',
      'keypad',
      'completeConsultation',
      'cancelConsultation',
    ])
    const controls = controlsOf(consulting)
    expect(controls.hold.isShown).toBe(true)
    expect(controls.transfer.isShown).toBe(false)
    expect(enabled(reduce(consulting, { type: 'CONSULT_CHANGED', isOn: false }))).toEqual(enabled(talking))
  })

  it('G2: the bar offers a retry for the agent’s own problems; an unreachable server heals by itself', () => {
    const signed = run([signedIn('SOFTPHONE')])
    expect(enabled(reduce(signed, { type: 'PROBLEM', problem: 'MICROPHONE_DENIED' }))).toContain('retry')
    expect(controlsOf(reduce(signed, { type: 'PROBLEM', problem: 'SERVER_UNREACHABLE' })).retry.isShown).toBe(
      false,
    )
  })

  it('G2: the caller hanging up ends the call and the bar returns to the agent’s status', () => {
    const ended = run([
      signedIn('SOFTPHONE'),
      { type: 'SESSION_RINGING', remoteNumber: '1001', direction: 'INBOUND', now: T0 },
      { type: 'SESSION_CONFIRMED', now: T0 },
      { type: 'SESSION_ENDED' },
    ])
    expect(ended.call).toBeNull()
    expect(statusChoice(ended)).toBe('IDLE')
    expect(enabled(ended)).toEqual(['dial'])
  })

  it('G2: the API’s status changes never drop a call the browser still holds', () => {
    const state = run([
      signedIn('SOFTPHONE'),
      { type: 'SESSION_RINGING', remoteNumber: '1001', direction: 'INBOUND', now: T0 },
      { type: 'API_STATE', agent: agent('IDLE'), now: T0 + 10 },
    ])
    expect(state.call?.hasSession).toBe(true)
  })

  it('G2: a page reloaded during a call asks for its leg back once, and retries when told to', () => {
    const reloaded = run([
      { type: 'SIGNED_IN', mode: 'SOFTPHONE', agent: agent('ON_CALL'), now: T0 + 120_000 },
    ])
    expect(reloaded.reconnect).toBe('PENDING')
    const asked = reduce(reloaded, { type: 'RECONNECT_STARTED' })
    expect(asked.reconnect).toBe('DONE')
    expect(reduce(asked, { type: 'API_STATE', agent: agent('ON_CALL'), now: T0 + 121_000 }).reconnect).toBe(
      'DONE',
    )
    const failed = reduce(asked, { type: 'PROBLEM', problem: 'RECONNECT_FAILED' })
    expect(reduce(failed, { type: 'RECONNECT_RETRY' })).toMatchObject({ reconnect: 'PENDING', problem: null })

    // A call placed from this page (its leg rings the browser a moment later) is no reload.
    const dialling = run([
      signedIn('SOFTPHONE'),
      {
        type: 'API_STATE',
        agent: agent('ON_CALL', { since: new Date(T0 + 5000).toISOString() }),
        now: T0 + 5000,
      },
    ])
    expect(dialling.reconnect).toBe('NONE')

    // A desk phone or a mobile keeps its own call through a reload.
    expect(run([{ type: 'SIGNED_IN', mode: 'DESK_PHONE', agent: agent('ON_CALL'), now: T0 }]).reconnect).toBe(
      'NONE',
    )
  })

  it('G2: a dial-out’s own leg does not ring like an offer', () => {
    const state = run([
      signedIn('SOFTPHONE'),
      { type: 'SESSION_RINGING', remoteNumber: '+8613800138000', direction: 'OUTBOUND', now: T0 },
    ])
    expect(isRinging(state)).toBe(false)
  })
})

describe('phone bar, desk phone and mobile (G2, G3)', () => {
  it('G3: with a desk phone the API’s statuses are the call: offer, answer on command, talk, after-call work', () => {
    const ringing = run([
      signedIn('DESK_PHONE'),
      { type: 'SETTINGS', afterCallWorkSeconds: 30, isSimulated: false },
      { type: 'API_STATE', agent: agent('RINGING', { offer }), now: T0 },
    ])
    expect(enabled(ringing)).toEqual(['answer', 'hangUp'])

    const talking = reduce(ringing, {
      type: 'API_STATE',
      agent: agent('ON_CALL', { since: new Date(T0 + 4000).toISOString() }),
      now: T0 + 4000,
    })
    expect(talking.call).toMatchObject({
      phase: 'TALKING',
      remoteNumber: '13900139000',
      answeredAt: T0 + 4000,
    })
    expect(enabled(talking)).toEqual(['hangUp', 'hold', 'mute', 'transfer', 'consult', 'survey'])

    const wrapUp = reduce(talking, {
      type: 'API_STATE',
      agent: agent('AFTER_CALL_WORK', { since: new Date(T0 + 60_000).toISOString() }),
      now: T0 + 60_000,
    })
    expect(wrapUp.call).toBeNull()
    expect(afterCallWorkLeft(wrapUp, T0 + 70_000)).toBe(20)
    expect(statusChoice(wrapUp)).toBe('AFTER_CALL_WORK')
  })

  it('G2: on a mobile there is no answer, mute or keypad, but hang-up and transfer work', () => {
    const talking = run([signedIn('MOBILE'), { type: 'API_STATE', agent: agent('ON_CALL'), now: T0 }])
    const controls = controlsOf(talking)
    expect(controls.answer.isShown).toBe(false)
    expect(controls.mute.isShown).toBe(false)
    expect(controls.keypad.isShown).toBe(false)
    expect(enabled(talking)).toEqual(['hangUp', 'hold', 'transfer', 'consult'])
    expect(talking.reconnect).toBe('NONE')
  })

  it('A5: a call the agent placed (outbound) offers no transfer to the satisfaction survey', () => {
    const talking = run([signedIn('MOBILE'), { type: 'API_STATE', agent: agent('ON_CALL'), now: T0 }])
    expect(talking.call?.direction).toBe('OUTBOUND')
    expect(controlsOf(talking).survey.isShown).toBe(false)
  })

  it('G2: on the switch simulator a mobile answers at once: the offer, then the call with the caller’s number', () => {
    const ringing = run([
      { type: 'SETTINGS', afterCallWorkSeconds: 0, isSimulated: true },
      signedIn('MOBILE'),
      { type: 'API_STATE', agent: agent('RINGING', { offer }), now: T0 },
    ])
    expect(ringing.call).toMatchObject({ phase: 'RINGING', remoteNumber: '13900139000' })
    const talking = reduce(ringing, { type: 'API_STATE', agent: agent('ON_CALL'), now: T0 + 200 })
    expect(talking.call).toMatchObject({
      phase: 'TALKING',
      direction: 'INBOUND',
      remoteNumber: '13900139000',
    })
    // Signing out keeps knowing the phone is simulated, for the next sign-in.
    expect(reduce(talking, { type: 'SIGNED_OUT' }).isSimulated).toBe(true)
  })

  it('G3: a desk phone’s outbound call shows the number dialled, not “unknown number”', () => {
    const talking = run([
      signedIn('DESK_PHONE'),
      { type: 'API_STATE', agent: agent('ON_CALL', { call: dialled }), now: T0 },
    ])
    expect(talking.call).toMatchObject({
      phase: 'TALKING',
      direction: 'OUTBOUND',
      remoteNumber: '+8613812345678',
      callId: 'call-2',
    })
  })

  it('G2, A4: a mobile call whose ringing the page never saw (RINGING skipped) shows the caller’s number', () => {
    const talking = run([
      signedIn('MOBILE'),
      { type: 'API_STATE', agent: agent('ON_CALL', { call: inbound }), now: T0 },
    ])
    expect(talking.call).toMatchObject({
      direction: 'INBOUND',
      remoteNumber: '13900139000',
      callId: 'call-1',
    })
    expect(isRinging(talking)).toBe(false)
  })

  it('G2: after a reload in the middle of a call the bar shows whom the call is with', () => {
    for (const mode of ['DESK_PHONE', 'MOBILE'] as const) {
      const resumed = run([{ type: 'SIGNED_IN', mode, agent: agent('ON_CALL', { call: dialled }), now: T0 }])
      expect(resumed.call).toMatchObject({ phase: 'TALKING', remoteNumber: '+8613812345678' })
    }
    // The softphone asks its leg back; the new leg's caller ID is the switch's, the number is the API's.
    const lost = run([
      { type: 'SIGNED_IN', mode: 'SOFTPHONE', agent: agent('ON_CALL', { call: inbound }), now: T0 },
    ])
    expect(lost.reconnect).toBe('PENDING')
    const back = run(
      [
        { type: 'RECONNECT_STARTED' },
        { type: 'SESSION_RINGING', remoteNumber: '0000000000', direction: 'OUTBOUND', now: T0 + 500 },
        { type: 'SESSION_CONFIRMED', now: T0 + 600 },
      ],
      lost,
    )
    expect(back.call).toMatchObject({
      phase: 'TALKING',
      direction: 'INBOUND',
      remoteNumber: '13900139000',
      callId: 'call-1',
    })
  })

  it('G3: a not-ready reason shows in the selector; a lost session signs the bar out and dialling stops', () => {
    const notReady = run([
      signedIn('DESK_PHONE'),
      { type: 'API_STATE', agent: agent('NOT_READY', { reasonId: 'rest' }), now: T0 },
    ])
    expect(statusChoice(notReady)).toBe('NOT_READY:rest')
    expect(enabled(notReady)).toContain('dial')

    const lost = reduce(notReady, {
      type: 'API_STATE',
      agent: agent('OFFLINE', { notice: 'HEARTBEAT_LOST' }),
      now: T0,
    })
    expect(lost.mode).toBeNull()
    expect(statusChoice(lost)).toBe('OFFLINE')
    expect(enabled(lost)).toEqual([])
  })
})

describe('phone bar, the sign-in offer on opening (G2)', () => {
  it('G2: offered to an agent the API has signed out or never saw, not to one signed in elsewhere', () => {
    const neverSeen = run([{ type: 'API_STATE', agent: null, now: T0 }])
    expect(isSignInDue(neverSeen)).toBe(true)
    expect(isSignInDue(run([{ type: 'API_STATE', agent: agent('OFFLINE'), now: T0 }]))).toBe(true)
    // Signed in through the API (another browser, a desk phone): this browser does not know the mode.
    const elsewhere = run([{ type: 'API_STATE', agent: agent('IDLE'), now: T0 }])
    expect(elsewhere.mode).toBeNull()
    expect(isSignInDue(elsewhere)).toBe(false)
    expect(isSignInDue(run([signedIn('SOFTPHONE')]))).toBe(false)
  })
})
