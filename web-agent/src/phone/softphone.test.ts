// G2: what the softphone tells the phone bar, with JsSIP replaced by a stand-in the test drives (fakeJsSIP).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FakeUA, invite } from './fakeJsSIP'
import { SOFTPHONE_SETTINGS } from './fixtures'
import type { PhoneBarEvent } from './phoneBarMachine'

vi.mock('jssip', () => import('./fakeJsSIP'))

const { Softphone } = await import('./softphone')

let events: PhoneBarEvent[]
let getUserMedia: ReturnType<typeof vi.fn>

beforeEach(() => {
  events = []
  FakeUA.last = undefined
  getUserMedia = vi.fn().mockResolvedValue({ getTracks: () => [] })
  Object.defineProperty(navigator, 'mediaDevices', { value: { getUserMedia }, configurable: true })
})

afterEach(() => vi.restoreAllMocks())

async function started() {
  const softphone = new Softphone(SOFTPHONE_SETTINGS, (event) => events.push(event))
  await softphone.start()
  return softphone
}

function problems() {
  return events.flatMap((event) => (event.type === 'PROBLEM' && event.problem ? [event.problem] : []))
}

describe('softphone', () => {
  it('G2: registers with the account and WebSocket address the API named', async () => {
    await started()
    expect(FakeUA.last!.config).toMatchObject({
      uri: SOFTPHONE_SETTINGS.sipUri,
      authorization_user: '1001',
      password: 'secret',
      register: true,
    })
    expect(FakeUA.last!.isStarted).toBe(true)
    FakeUA.last!.fire('registered')
    expect(events.at(-1)).toEqual({ type: 'REGISTERED' })
  })

  it('G2: a blocked microphone and a missing one are told apart, and nothing registers', async () => {
    getUserMedia.mockRejectedValueOnce(Object.assign(new Error('denied'), { name: 'NotAllowedError' }))
    await started()
    expect(problems()).toEqual(['MICROPHONE_DENIED'])
    expect(FakeUA.last).toBeUndefined()

    events = []
    getUserMedia.mockRejectedValueOnce(Object.assign(new Error('none'), { name: 'NotFoundError' }))
    await started()
    expect(problems()).toEqual(['NO_MICROPHONE'])
  })

  it('G2: wrong credentials and an unreachable server are reported as such', async () => {
    await started()
    FakeUA.last!.fire('registrationFailed', { cause: 'Authentication Error' })
    expect(problems()).toEqual(['WRONG_CREDENTIALS'])
    FakeUA.last!.fire('disconnected')
    expect(problems()).toEqual(['WRONG_CREDENTIALS', 'SERVER_UNREACHABLE'])
    FakeUA.last!.fire('connected')
    expect(events.at(-1)).toEqual({ type: 'PROBLEM', problem: null })
  })

  it('G2: an offer rings; a leg the agent asked for (dial-out, reconnect) is answered unasked', async () => {
    await started()
    const offer = invite()
    expect(events.at(-1)).toMatchObject({
      type: 'SESSION_RINGING',
      remoteNumber: '13900139000',
      direction: 'INBOUND',
    })
    expect(offer.session.answer).not.toHaveBeenCalled()
    offer.fire('ended')
    expect(events.at(-1)).toEqual({ type: 'SESSION_ENDED' })

    const own = invite({ 'X-CC-Auto-Answer': 'true' })
    expect(events.at(-2)).toMatchObject({ type: 'SESSION_RINGING', direction: 'OUTBOUND' })
    expect(own.session.answer).toHaveBeenCalled()
  })

  it('G2: a second INVITE during a call meets a busy agent', async () => {
    await started()
    invite()
    const second = invite()
    expect(second.session.terminate).toHaveBeenCalledWith({ status_code: 486, reason_phrase: 'Busy Here' })
  })
})
