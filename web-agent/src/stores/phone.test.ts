// G2/G3: the phone store on its own, between a stand-in API (requests answered by operation name, the
// status feed fed by hand) and JsSIP's stand-in (fakeJsSIP): a reload in the middle of a call, a
// session the platform ended, signing out during a call.
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AgentStateFields } from '../graphql/workstation'
import { FakeUA, invite } from '../phone/fakeJsSIP'
import { SOFTPHONE_SETTINGS, T0, agent, inbound } from '../phone/fixtures'
import { AUTO_ANSWER_HEADER } from '../phone/softphone'

const api = vi.hoisted(() => ({
  requests: [] as string[],
  answers: new Map<string, () => unknown>(),
  feed: undefined as ((data: unknown) => void) | undefined,
  endSession: (() => {}) as () => void,
}))

vi.mock('jssip', () => import('../phone/fakeJsSIP'))
vi.mock('@cc/web-common', () => ({
  request: async (document: { toString(): string }) => {
    const operation = /(?:mutation|query) (\w+)/.exec(document.toString())![1]!
    api.requests.push(operation)
    const answer = api.answers.get(operation)
    if (!answer) throw new Error(`no answer for the operation ${operation}`)
    return answer()
  },
  hasReason: (error: unknown, reason: string) => (error as { reason?: string }).reason === reason,
  createSubscriptionClient: () => ({ dispose: async () => {} }),
  subscribe: (_client: unknown, _document: unknown, _variables: unknown, onData: (data: unknown) => void) => {
    api.feed = onData
    return () => (api.feed = undefined)
  },
  useSessionStore: () => ({ user: { id: 'agent-1' }, end: () => api.endSession() }),
}))

const { usePhoneStore } = await import('./phone')

const HEARTBEAT_MS = 10_000 // a third of the timeout below

/** What the API says the agent is: the start query, the heartbeat and the status changes all answer it. */
function apiSays(state: AgentStateFields | null): void {
  api.answers.set('WorkstationStart', () => ({
    myAgentState: state,
    notReadyReasons: [],
    acdSettings: { afterCallWorkSeconds: 0, heartbeatTimeoutSeconds: 30 },
    isPhoneSimulated: false,
  }))
  api.answers.set('WorkstationHeartbeat', () => ({ workstationHeartbeat: state }))
}

const sent = (operation: string) => api.requests.filter((name) => name === operation).length

beforeEach(() => {
  vi.useFakeTimers({ now: T0 })
  setActivePinia(createPinia())
  api.requests.length = 0
  api.answers.clear()
  api.feed = undefined
  api.answers.set('MySoftphone', () => ({ mySoftphone: SOFTPHONE_SETTINGS }))
  api.answers.set('ReconnectCall', () => ({ reconnectCall: true }))
  FakeUA.last = undefined
  localStorage.clear()
  const getUserMedia = vi.fn().mockResolvedValue({ getTracks: () => [] })
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true })
  vi.stubGlobal(
    'AudioContext',
    class {
      state = 'suspended'
      resume = async () => {}
    },
  )
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

/** The page reloaded while the agent was on a call in the softphone: the session is resumed. */
async function reloadedOnCall() {
  apiSays(agent('ON_CALL', { call: inbound }))
  const phone = usePhoneStore()
  await phone.load()
  return phone
}

/** The reconnected leg rings back (answered unasked) and connects. */
function legComesBack() {
  const leg = invite({ [AUTO_ANSWER_HEADER]: 'true' }, '0000000000')
  leg.fire('confirmed')
  return leg
}

describe('phone store', () => {
  it('G2: after a reload during a call the softphone registers, asks for its leg once, and the call goes on with whom it was', async () => {
    const phone = await reloadedOnCall()
    expect(phone.state.mode).toBe('SOFTPHONE')
    expect(phone.state.reconnect).toBe('PENDING')
    // Not before the softphone can take the leg.
    expect(sent('ReconnectCall')).toBe(0)

    FakeUA.last!.fire('registered')
    expect(sent('ReconnectCall')).toBe(1)
    expect(phone.state.reconnect).toBe('DONE')
    // Registering again (a refresh, a network blip) asks no second time.
    FakeUA.last!.fire('registered')
    expect(sent('ReconnectCall')).toBe(1)

    const leg = legComesBack()
    expect(leg.session.answer).toHaveBeenCalled()
    expect(phone.state.call).toMatchObject({
      phase: 'TALKING',
      direction: 'INBOUND',
      remoteNumber: '13900139000',
      callId: 'call-1',
      hasSession: true,
    })
    expect(phone.controls.hold.isEnabled).toBe(true)
  })

  it('G2: a reconnect the API refuses is said so, and asked again from the retry', async () => {
    api.answers.set('ReconnectCall', () => {
      throw Object.assign(new Error('no such call'), { reason: 'NOT_ON_A_CALL' })
    })
    const phone = await reloadedOnCall()
    FakeUA.last!.fire('registered')
    await vi.waitFor(() => expect(phone.state.problem).toBe('RECONNECT_FAILED'))
    expect(phone.controls.retry.isEnabled).toBe(true)

    api.answers.set('ReconnectCall', () => ({ reconnectCall: true }))
    await phone.retry()
    expect(sent('ReconnectCall')).toBe(2)
    expect(phone.state.problem).toBeNull()
  })

  it('G2: a heartbeat the platform refuses (the session ended) signs the page out and stops beating', async () => {
    const phone = await reloadedOnCall()
    FakeUA.last!.fire('registered')
    legComesBack()
    const ua = FakeUA.last!
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS)
    expect(sent('WorkstationHeartbeat')).toBe(2)
    expect(phone.state.mode).toBe('SOFTPHONE')

    // A network error is not a verdict: the page stays signed in.
    api.answers.set('WorkstationHeartbeat', () => {
      throw new Error('Failed to fetch')
    })
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS)
    expect(phone.state.mode).toBe('SOFTPHONE')

    api.answers.set('WorkstationHeartbeat', () => {
      throw Object.assign(new Error('session ended'), { reason: 'WORKSTATION_SESSION_ENDED' })
    })
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS)
    expect(phone.state.mode).toBeNull()
    expect(phone.state.agent?.status).toBe('OFFLINE')
    expect(ua.isStopped).toBe(true)
    expect(phone.state.call).toBeNull()
    expect(phone.controls.dial.isEnabled).toBe(false)
    const beats = sent('WorkstationHeartbeat')
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS)
    expect(sent('WorkstationHeartbeat')).toBe(beats)
  })

  it('G2: signing out during a call stops the softphone and the heartbeat', async () => {
    apiSays(agent('IDLE'))
    // Signed out as the page opens; the heartbeat answers for the session signed in below.
    const start = api.answers.get('WorkstationStart')!
    api.answers.set('WorkstationStart', () => ({ ...(start() as object), myAgentState: agent('OFFLINE') }))
    api.answers.set('SignInWorkstation', () => ({ signInWorkstation: agent('IDLE') }))
    const phone = usePhoneStore()
    await phone.load()
    expect(phone.state.mode).toBeNull()
    await phone.signIn('SOFTPHONE', { reasonId: null })
    const ua = FakeUA.last!
    ua.fire('registered')

    const offer = invite()
    await phone.answer()
    expect(offer.session.answer).toHaveBeenCalled()
    offer.fire('confirmed')
    api.feed!({
      myAgentStateChanged: agent('ON_CALL', { call: inbound, since: new Date(T0 + 1).toISOString() }),
    })
    expect(phone.state.call).toMatchObject({ phase: 'TALKING', callId: 'call-1' })

    const offline = agent('OFFLINE', { since: new Date(T0 + 2).toISOString() })
    api.answers.set('SignOutWorkstation', () => ({ signOutWorkstation: offline }))
    await phone.signOut()
    expect(ua.isStopped).toBe(true)
    expect(phone.state).toMatchObject({ mode: null, call: null, registration: 'UNREGISTERED' })
    expect(phone.state.agent?.status).toBe('OFFLINE')
    expect(Object.values(phone.controls).some((control) => control.isEnabled)).toBe(false)
    const beats = sent('WorkstationHeartbeat')
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_MS)
    expect(sent('WorkstationHeartbeat')).toBe(beats)
  })
  it('G2: an agent the API signed in elsewhere (a desk phone, not ready) is taken up as the API says, and signs out from here', async () => {
    apiSays(agent('NOT_READY', { reasonId: 'reason-rest', phoneKind: 'DESK_PHONE' }))
    const phone = usePhoneStore()
    await phone.load()
    expect(phone.state.mode).toBe('DESK_PHONE')
    expect(phone.state.agent).toMatchObject({ status: 'NOT_READY', reasonId: 'reason-rest' })
    // A desk phone rings on its own: no softphone starts in this browser.
    expect(FakeUA.last).toBeUndefined()
    expect(sent('WorkstationHeartbeat')).toBe(1)

    api.answers.set('SignOutWorkstation', () => ({
      signOutWorkstation: agent('OFFLINE', { since: new Date(T0 + 1).toISOString() }),
    }))
    await phone.signOut()
    expect(sent('SignOutWorkstation')).toBe(1)
    expect(phone.state.mode).toBeNull()
    expect(phone.state.agent?.status).toBe('OFFLINE')
  })
})
