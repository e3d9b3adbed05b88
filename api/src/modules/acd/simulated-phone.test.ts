// G2/G3 on the switch simulator: with no FreeSWITCH the workstation's phone is simulated. It registers
// the agent's SIP account, rings for routed calls, answers and hangs up through the API (only the
// agent's own phone), answers dial-outs by itself; mobiles answer at once.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, signInInvited } from '../../../test/factories.js'
import { openSocket, type OpenSocket } from '../../../test/graphql-ws.js'

const REGISTER = `mutation { registerSimulatedPhone { expiresSeconds ringing { legId state remoteNumber } } }`
const ANSWER = `mutation ($legId: ID) { answerSimulatedCall(legId: $legId) { legId state } }`
const HANG_UP = `mutation ($legId: ID) { hangUpSimulatedCall(legId: $legId) { legId state } }`
const SIGN_IN = `mutation ($input: WorkstationSignInInput!) { signInWorkstation(input: $input) { status } }`

interface PhoneCall {
  legId: string
  state: string
  remoteNumber: string | null
  isAutoAnswer: boolean
}

let api: TestApi
let acd: AcdFixture
const sockets: OpenSocket[] = []

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  await acd.ownNumber('+864001277000')
}, 60_000)
afterAll(async () => {
  for (const socket of sockets) socket.socket.close()
  await api?.stop()
})
beforeEach(async () => {
  await acd.reset()
  await acd.settings({ afterCallWorkSeconds: 0, ringTimeoutSeconds: 20, outboundCallerId: '+864001277000' })
})

/** An agent of the group signed in with the softphone, which registers on the simulator: IDLE. */
async function softphoneAgent(groups: string[], input: Record<string, unknown> = {}): Promise<ReadyAgent> {
  const created = await addAgent(api, acd.tenant.token, input)
  for (const id of groups)
    await acd.gql(
      `mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }`,
      { id, userId: created.id },
    )
  const token = await signInInvited(api, created.email)
  const agent = { id: created.id, token, sipUser: created.agentNumber!.toLowerCase() }
  await acd.gql(SIGN_IN, { input: { answeringMode: 'SIP', phoneKind: 'SOFTPHONE' } }, token)
  expect((await acd.stateOf(agent)).status).toBe('NOT_READY')
  const { registerSimulatedPhone } = await acd.gql<{ registerSimulatedPhone: { expiresSeconds: number } }>(
    REGISTER,
    {},
    token,
  )
  expect(registerSimulatedPhone.expiresSeconds).toBeGreaterThanOrEqual(60)
  await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
  return agent
}

/**
 * The agent's phone's calls, as the workstation hears of them: those ringing or on when it subscribes,
 * then each change. Resolves once the first has arrived, so the subscription is known to listen.
 */
async function phoneCalls(agent: ReadyAgent): Promise<PhoneCall[]> {
  const socket = await openSocket(api)
  sockets.push(socket)
  socket.send({ type: 'connection_init', payload: { authToken: agent.token } })
  await socket.nextMessage('connection_ack')
  socket.send({
    id: '1',
    type: 'subscribe',
    payload: { query: 'subscription { mySimulatedPhoneCalls { legId state remoteNumber isAutoAnswer } }' },
  })
  const calls: PhoneCall[] = []
  socket.socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as {
      type: string
      payload?: { data?: { mySimulatedPhoneCalls: PhoneCall } }
    }
    if (message.type === 'next' && message.payload?.data)
      calls.push(message.payload.data.mySimulatedPhoneCalls)
  })
  await eventually(() => expect(calls).not.toHaveLength(0))
  return calls
}

describe('G2: the simulated softphone', () => {
  it('G2 G3: a routed call rings the simulated softphone, the agent answers it, talks, and hangs up', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await softphoneAgent([group])

    const callId = await acd.sim.placeInboundCall({ from: '13700137001', to: number })
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('RINGING'))
    const calls = await phoneCalls(agent)
    const [ringing] = calls
    expect(ringing).toMatchObject({ state: 'RINGING', remoteNumber: '13700137001', isAutoAnswer: false })
    // A page reloaded while it rings finds the call again in the registration.
    const renewed = await acd.gql<{ registerSimulatedPhone: { ringing: PhoneCall[] } }>(
      REGISTER,
      {},
      agent.token,
    )
    expect(renewed.registerSimulatedPhone.ringing).toEqual([
      { legId: ringing!.legId, state: 'RINGING', remoteNumber: '13700137001' },
    ])

    await acd.gql(ANSWER, { legId: ringing!.legId }, agent.token)
    await eventually(() => expect(acd.channel(callId)?.bridgedTo).toBe(ringing!.legId))
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
    await eventually(() => expect(calls.map((call) => call.state)).toEqual(['RINGING', 'TALKING']))

    await acd.gql(HANG_UP, {}, agent.token)
    await eventually(() => expect(calls.map((call) => call.state)).toEqual(['RINGING', 'TALKING', 'ENDED']))
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
    expect(acd.channel(callId)).toBeUndefined()
  })

  it('G2: declining a ringing call is a missed offer, and the caller stays in the queue', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await softphoneAgent([group])
    const callId = await acd.sim.placeInboundCall({ from: '13700137002', to: number })
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('RINGING'))
    await acd.gql(HANG_UP, {}, agent.token)
    await eventually(async () =>
      expect(
        await acd.sql(
          `select 1 from agent_status_log where user_id = ? and previous_status = 'RINGING' and cause = 'OFFER_MISSED'`,
          [agent.id],
        ),
      ).not.toHaveLength(0),
    )
    expect(acd.channel(callId)?.answerState).toBe('answered')
    acd.sim.hangup(callId)
  })

  it('G3: dialling out rings the simulated softphone, which answers by itself, then the customer', async () => {
    const agent = await softphoneAgent([])
    const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
      'mutation { dialOut(number: "13900139000", idempotencyKey: "simulated-dial-out-1") { callId } }',
      {},
      agent.token,
    )
    const customer = await eventually(() => {
      const leg = acd.legsOf(dialOut.callId).find((channel) => !channel.variables['cc_agent_id'])
      expect(leg?.bridgedTo).toBeTruthy()
      return leg!
    })
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
    const calls = await phoneCalls(agent)
    expect(calls).toEqual([
      { legId: customer.bridgedTo, state: 'TALKING', remoteNumber: '+8613900139000', isAutoAnswer: true },
    ])
    acd.sim.hangup(customer.uuid)
    await eventually(() => expect(calls.at(-1)?.state).toBe('ENDED'))
  })

  it('G2: an agent answers and hangs up only their own phone; without an agent number there is no phone', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await softphoneAgent([group])
    const colleague = await softphoneAgent([])
    const callId = await acd.sim.placeInboundCall({ from: '13700137003', to: number })
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('RINGING'))
    // The offer is published as the agent is claimed; their phone's leg follows once it is placed.
    const leg = await eventually(() => {
      const [ringing] = acd.legsOf(callId).filter((channel) => channel.variables['cc_agent_id'] === agent.id)
      expect(ringing).toBeDefined()
      return ringing
    })
    for (const mutation of [ANSWER, HANG_UP]) {
      const refused = await api.graphql(mutation, { legId: leg!.uuid }, { token: colleague.token })
      expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
      const nothing = await api.graphql(mutation, {}, { token: colleague.token })
      expect(nothing.errors?.[0]?.extensions?.code).toBe('CONFLICT')
    }
    expect(acd.channel(leg!.uuid)?.answerState).toBe('ringing')
    const admin = await api.graphql(REGISTER, {}, { token: acd.tenant.token })
    expect(admin.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'NO_SIP_ACCOUNT' } })
    expect(admin.errors![0]!.message).toMatch(/no agent number/)
    acd.sim.hangup(callId)
  })

  it('G2: signing the phone out unregisters it: the agent is not ready, as with a real phone', async () => {
    const agent = await softphoneAgent([])
    await acd.gql('mutation { unregisterSimulatedPhone }', {}, agent.token)
    await eventually(async () =>
      expect(await acd.stateOf(agent)).toMatchObject({ status: 'NOT_READY', cause: 'REGISTRATION_LOST' }),
    )
  })
})

describe('G2: mobiles on the simulator', () => {
  it('G2: a mobile agent’s phone answers at once: the agent is offered the call, then on it', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyMobileAgent([group], '13612345678')
    const callId = await acd.sim.placeInboundCall({ from: '13700137004', to: number })
    await eventually(() => expect(acd.channel(callId)?.bridgedTo).toBeTruthy())
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
    const changes = await acd.sql<{ status: string; cause: string }>(
      `select status, cause from agent_status_log where user_id = ? and at > now() - interval '1 minute' order by at, id`,
      [agent.id],
    )
    expect(changes.slice(-2)).toEqual([
      { status: 'RINGING', cause: 'OFFERED' },
      { status: 'ON_CALL', cause: 'OFFER_ANSWERED' },
    ])
    acd.sim.hangup(callId)
  })
})
