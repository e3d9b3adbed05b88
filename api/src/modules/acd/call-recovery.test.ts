// G2: a page reload during a call. The customer stays on the switch; the workstation asks for its
// leg back, a new leg rings the agent's phone (marked for the softphone to answer by itself) and
// takes the customer over, and the stale leg goes — all without the agent's status leaving ON_CALL.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'

let api: TestApi
let acd: AcdFixture

const RECONNECT = `mutation ($key: String!) { reconnectCall(idempotencyKey: $key) { callId } }`

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
}, 60_000)
afterAll(() => api?.stop())

beforeEach(async () => {
  await acd.reset()
  await acd.settings({ afterCallWorkSeconds: 0 })
})

async function routedCall() {
  const group = await acd.skillGroup()
  const number = await acd.numberFor(group)
  const agent = await acd.readyAgent([group])
  const customerLeg = await acd.sim.placeInboundCall({ from: '13900139000', to: number })
  await eventually(() => expect(acd.channel(customerLeg)?.bridgedTo).toBeTruthy())
  await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
  return { agent, customerLeg, staleLeg: acd.channel(customerLeg)!.bridgedTo! }
}

describe('reconnectCall', () => {
  it('G2: after a reload the customer is joined to a new leg of the agent’s phone, and the stale leg ends', async () => {
    const { agent, customerLeg, staleLeg } = await routedCall()
    const callId = acd.channel(staleLeg)!.variables['cc_call_id']

    const result = await api.graphql<{ reconnectCall: { callId: string } }>(
      RECONNECT,
      { key: randomUUID() },
      { token: agent.token },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data!.reconnectCall.callId).toBe(callId)

    const newLeg = acd.channel(customerLeg)!.bridgedTo!
    expect(newLeg).not.toBe(staleLeg)
    expect(acd.channel(staleLeg)).toBeUndefined()
    expect(acd.channel(newLeg)!.variables).toMatchObject({
      cc_agent_id: agent.id,
      cc_call_id: callId,
      'sip_h_X-CC-Auto-Answer': 'true',
    })
    await eventually(async () =>
      expect(
        await acd.sql<{ legs: string[] }>(
          `select array(select jsonb_object_keys(busy_legs)) as legs from agent_presence where user_id = ?`,
          [agent.id],
        ),
      ).toEqual([{ legs: [newLeg] }]),
    )
    expect((await acd.stateOf(agent)).status).toBe('ON_CALL')

    // The reconnected call is an ordinary call: the customer hanging up frees the agent.
    acd.sim.hangup(customerLeg)
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
  })

  it('G2: when the agent’s phone does not answer, the customer stays on the stale leg and the agent may retry', async () => {
    const { agent, customerLeg, staleLeg } = await routedCall()
    acd.sim.setEndpointBehaviour(`${agent.sipUser}@${acd.sipDomain}`, { kind: 'reject', cause: 'USER_BUSY' })
    const result = await api.graphql(RECONNECT, { key: randomUUID() }, { token: agent.token })
    expect(result.errors![0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'CALL_BACK_FAILED',
      params: { cause: 'USER_BUSY' },
    })
    expect(result.errors![0]!.message).toMatch(/USER_BUSY.*still on the line/)
    expect(acd.channel(customerLeg)!.bridgedTo).toBe(staleLeg)
  })

  it('G2: an agent with no call has nothing to reconnect', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const result = await api.graphql(RECONNECT, { key: randomUUID() }, { token: agent.token })
    expect(result.errors![0]!.message).toBe('You are not on a call.')
  })
})
