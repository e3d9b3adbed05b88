// G2 on the switch simulator: what the simulated phone tells the phone bar, with the API replaced by a
// stand-in the test drives (its requests recorded, its subscription fed by hand).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { SimulatedPhoneCall } from '../graphql/workstation'
import type { PhoneBarEvent } from './phoneBarMachine'

const api = vi.hoisted(() => ({
  requests: [] as Array<{ operation: string; variables: unknown }>,
  answers: new Map<string, () => unknown>(),
  feed: undefined as ((data: unknown) => void) | undefined,
}))

vi.mock('@cc/web-common', () => ({
  request: async (document: { toString(): string }, variables?: unknown) => {
    const operation = /(?:mutation|query) (\w+)/.exec(document.toString())![1]!
    api.requests.push({ operation, variables })
    const answer = api.answers.get(operation)
    return answer ? answer() : {}
  },
  hasReason: (error: unknown, reason: string) => (error as { reason?: string }).reason === reason,
  createSubscriptionClient: () => ({ dispose: async () => {} }),
  subscribe: (_client: unknown, _document: unknown, _variables: unknown, onData: (data: unknown) => void) => {
    api.feed = onData
    return () => (api.feed = undefined)
  },
}))

const { SimulatedPhone } = await import('./simulatedPhone')

let events: PhoneBarEvent[]

beforeEach(() => {
  events = []
  api.requests.length = 0
  api.answers.clear()
  api.feed = undefined
  api.answers.set('RegisterSimulatedPhone', () => ({
    registerSimulatedPhone: { expiresSeconds: 300, ringing: [] },
  }))
  vi.useFakeTimers()
})

afterEach(() => vi.useRealTimers())

const phoneCall = (
  legId: string,
  state: SimulatedPhoneCall['state'],
  extra: Partial<SimulatedPhoneCall> = {},
) =>
  api.feed!({
    mySimulatedPhoneCalls: { legId, state, remoteNumber: '13900139000', isAutoAnswer: false, ...extra },
  })

const types = () => events.map((event) => event.type)

async function started(kind: 'SOFTPHONE' | 'DESK_PHONE' = 'SOFTPHONE') {
  const phone = new SimulatedPhone(
    kind,
    (event) => events.push(event),
    () => {},
  )
  await phone.start()
  return phone
}

describe('simulated phone (G2 without FreeSWITCH)', () => {
  it('G2: registers through the API, renews before the registration runs out, and unregisters when stopped', async () => {
    const phone = await started()
    expect(types()).toEqual(['PROBLEM', 'REGISTERING', 'REGISTERED'])
    await vi.advanceTimersByTimeAsync(100_000)
    expect(api.requests.filter((sent) => sent.operation === 'RegisterSimulatedPhone')).toHaveLength(2)
    phone.stop()
    expect(api.requests.at(-1)?.operation).toBe('UnregisterSimulatedPhone')
  })

  it('G2: a routed call rings, is answered from the phone bar, talks and ends', async () => {
    const phone = await started()
    phoneCall('leg-1', 'RINGING')
    expect(events.at(-1)).toMatchObject({
      type: 'SESSION_RINGING',
      remoteNumber: '13900139000',
      direction: 'INBOUND',
    })
    await phone.answer()
    expect(api.requests.at(-1)).toEqual({ operation: 'AnswerSimulatedCall', variables: { legId: 'leg-1' } })
    phoneCall('leg-1', 'TALKING')
    await phone.sendDigit('5')
    expect(api.requests.at(-1)).toEqual({
      operation: 'PressSimulatedCallKeys',
      variables: { keys: '5', legId: 'leg-1' },
    })
    await phone.hangUp()
    expect(api.requests.at(-1)).toEqual({ operation: 'HangUpSimulatedCall', variables: { legId: 'leg-1' } })
    phoneCall('leg-1', 'ENDED')
    expect(types().slice(3)).toEqual([
      'SESSION_RINGING',
      'SESSION_ANSWERING',
      'SESSION_CONFIRMED',
      'SESSION_ENDED',
    ])
  })

  it('G3: a dial-out’s own leg is outbound and answers by itself; a second call meets a busy phone', async () => {
    await started()
    phoneCall('leg-out', 'RINGING', { isAutoAnswer: true })
    expect(events.at(-1)).toMatchObject({ type: 'SESSION_RINGING', direction: 'OUTBOUND' })
    phoneCall('leg-out', 'TALKING', { isAutoAnswer: true })
    phoneCall('leg-2', 'RINGING')
    expect(api.requests.at(-1)).toEqual({ operation: 'HangUpSimulatedCall', variables: { legId: 'leg-2' } })
    expect(types().filter((type) => type === 'SESSION_RINGING')).toHaveLength(1)
  })

  it('G2: a member without an agent number is told so, and the phone stops trying', async () => {
    api.answers.set('RegisterSimulatedPhone', () => {
      throw Object.assign(new Error('no agent number'), { code: 'CONFLICT', reason: 'NO_SIP_ACCOUNT' })
    })
    await started()
    expect(events).toContainEqual({ type: 'PROBLEM', problem: 'NO_SIP_ACCOUNT' })
    await vi.advanceTimersByTimeAsync(60_000)
    expect(api.requests.filter((sent) => sent.operation === 'RegisterSimulatedPhone')).toHaveLength(1)
  })

  it('G2: as a desk phone it only registers: the phone bar answers through call control', async () => {
    await started('DESK_PHONE')
    expect(api.feed).toBeUndefined()
    expect(types()).toEqual(['PROBLEM', 'REGISTERING', 'REGISTERED'])
  })
})
