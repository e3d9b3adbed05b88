// G4 + G3: "a service summary before after-call work can end", driven through the switch simulator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { endsCall, waitForFlush } from '../../telephony/calls/wait.js'

let api: TestApi
let acd: AcdFixture

interface SummaryState {
  status: string
  cause: string
  notice: string | null
  afterCallWorkCallId: string | null
  isAwaitingSummary: boolean
}

const stateOf = async (agent: ReadyAgent) =>
  (
    await acd.gql<{ myAgentState: SummaryState }>(
      'query { myAgentState { status cause notice afterCallWorkCallId isAwaitingSummary } }',
      {},
      agent.token,
    )
  ).myAgentState
const goIdle = (agent: ReadyAgent) =>
  api.graphql('mutation { setMyStatus(status: IDLE) { status } }', {}, { token: agent.token })
const save = (agent: ReadyAgent, callId: string, notes = 'Asked about the invoice') =>
  api.graphql<{ saveServiceSummary: { customerId: string | null; notes: string } }>(
    'mutation ($input: SaveServiceSummaryInput!) { saveServiceSummary(input: $input) { customerId notes } }',
    { input: { callId, notes } },
    { token: agent.token },
  )

/** An inbound call the agent answers, then the caller hangs up; resolves once the record is flushed. */
async function answeredCall(agent: ReadyAgent, number: string, from: string): Promise<string> {
  const callId = await acd.sim.placeInboundCall({ from, to: number })
  await eventually(async () => expect((await stateOf(agent)).status).toBe('ON_CALL'))
  const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
  acd.sim.hangup(callId)
  await ended
  return callId
}

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
}, 60_000)
afterAll(() => api?.stop())
beforeEach(async () => {
  await acd.reset()
  await acd.settings({ afterCallWorkSeconds: 1, ringTimeoutSeconds: 20, requireSummaryBeforeReady: true })
})

describe('G4: the service summary before the next call', () => {
  it('G4 G3: after an answered call the agent stays in after-call work past its time until the summary is saved; choosing IDLE is refused meanwhile', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group])
    const callId = await answeredCall(agent, number, '13800138050')

    await eventually(async () =>
      expect(await stateOf(agent)).toMatchObject({
        status: 'AFTER_CALL_WORK',
        afterCallWorkCallId: callId,
        isAwaitingSummary: true,
      }),
    )
    const refused = await goIdle(agent)
    expect(refused.errors?.[0]?.extensions).toMatchObject({ reason: 'SERVICE_SUMMARY_REQUIRED' })
    // The wrap-up time runs out; the agent is told why they are still in after-call work.
    await eventually(
      async () =>
        expect(await stateOf(agent)).toMatchObject({
          status: 'AFTER_CALL_WORK',
          notice: 'SERVICE_SUMMARY_REQUIRED',
        }),
      5000,
    )

    const saved = await save(agent, callId)
    expect(saved.errors).toBeUndefined()
    // The customer is resolved from the caller's number, as the screen pop does.
    expect(saved.data?.saveServiceSummary.customerId).toBeTruthy()
    expect(await stateOf(agent)).toMatchObject({
      status: 'IDLE',
      cause: 'SERVICE_SUMMARY_SAVED',
      notice: null,
      isAwaitingSummary: false,
    })
  })

  it('G4: with the summary saved during the call, after-call work ends on time; the agent may also end it early', async () => {
    await acd.settings({ afterCallWorkSeconds: 600 })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group])
    const callId = await acd.sim.placeInboundCall({ from: '13800138051', to: number })
    await eventually(async () => expect((await stateOf(agent)).status).toBe('ON_CALL'))
    expect((await save(agent, callId, 'Written while talking')).errors).toBeUndefined()
    const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
    acd.sim.hangup(callId)
    await ended
    await eventually(async () =>
      expect(await stateOf(agent)).toMatchObject({ status: 'AFTER_CALL_WORK', isAwaitingSummary: false }),
    )
    expect((await goIdle(agent)).errors).toBeUndefined()
    expect((await stateOf(agent)).status).toBe('IDLE')
  })

  it('G4: even without wrap-up time a required summary holds the agent; signing out always works and ends the wait', async () => {
    await acd.settings({ afterCallWorkSeconds: 0 })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group])
    await answeredCall(agent, number, '13800138052')
    await eventually(async () =>
      expect(await stateOf(agent)).toMatchObject({ status: 'AFTER_CALL_WORK', isAwaitingSummary: true }),
    )
    const signedOut = await api.graphql(
      'mutation { signOutWorkstation { status } }',
      {},
      { token: agent.token },
    )
    expect(signedOut.errors).toBeUndefined()
    expect(await stateOf(agent)).toMatchObject({ status: 'OFFLINE', isAwaitingSummary: false })
  })

  it('G4: a call the agent did not answer needs no summary, and with the rule off nobody waits', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group])
    const phone = `${agent.sipUser}@${acd.sipDomain}`
    acd.sim.setEndpointBehaviour(phone, { kind: 'no-answer' })
    const missed = await acd.sim.placeInboundCall({ from: '13800138053', to: number })
    await eventually(async () => expect((await stateOf(agent)).status).toBe('RINGING'))
    acd.sim.hangup(missed)
    await eventually(async () =>
      expect(await stateOf(agent)).toMatchObject({ status: 'IDLE', isAwaitingSummary: false }),
    )

    acd.sim.setEndpointBehaviour(phone, { kind: 'auto-answer' })
    await acd.settings({ requireSummaryBeforeReady: false })
    await answeredCall(agent, number, '13800138054')
    await eventually(async () => expect((await stateOf(agent)).status).toBe('IDLE'), 5000)
  })
})
