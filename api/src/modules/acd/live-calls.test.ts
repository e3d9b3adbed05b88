// A8 live calls against the switch simulator: each call in progress with its stage, what group leaders
// of each organisation see (A11) in the query and the subscription, and supervisors' force hang-up.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, addSkillGroup, signInInvited } from '../../../test/factories.js'
import { ACCESS_CHANGED_CLOSE_CODE } from '../../http/subscriptions.js'
import { openSocket, type OpenSocket } from '../../../test/graphql-ws.js'
import { approvedPrompt, menu, numberFollowing, publishedFlow, schedule } from '../ivr/test-fixtures.js'

let api: TestApi
let acd: AcdFixture

interface Row {
  callId: string
  stage: string
  callerNumber: string | null
  dialledNumber: string | null
  skillGroupId: string | null
  agentId: string | null
  organization: string | null
  stageSince: string
}

const LIVE_CALLS = `{ liveCalls { readAt calls { callId stage callerNumber dialledNumber skillGroupId agentId organization stageSince } } }`
const HANG_UP = `mutation ($id: ID!) { forceHangUpCall(callId: $id) { callId stage } }`

async function liveCalls(token?: string): Promise<Row[]> {
  return (await acd.gql<{ liveCalls: { calls: Row[] } }>(LIVE_CALLS, {}, token)).liveCalls.calls
}

async function stageOf(callId: string, token?: string): Promise<string | undefined> {
  return (await liveCalls(token)).find((call) => call.callId === callId)?.stage
}

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
}, 60_000)
afterAll(() => api?.stop())
beforeEach(async () => {
  await acd.reset()
  await acd.settings({ afterCallWorkSeconds: 0 })
})

describe('A8 live calls', () => {
  it('A8: a call in the IVR, one queued and one talking each show with their stage, number, skill group and agent', async () => {
    const prompt = await approvedPrompt(acd)
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [{ key: '1', action: 'REPLAY' }], { digitTimeoutSeconds: 30, maxRetries: 5 }),
    ])
    const ivrNumber = await numberFollowing(acd, await schedule(acd, flow))
    const inIvr = await acd.sim.placeInboundCall({ from: '13900000001', to: ivrNumber })

    const waitingGroup = await acd.skillGroup()
    const queued = await acd.sim.placeInboundCall({
      from: '13900000002',
      to: await acd.numberFor(waitingGroup),
    })

    const talkingGroup = await acd.skillGroup()
    const agent = await acd.readyAgent([talkingGroup])
    const talking = await acd.sim.placeInboundCall({
      from: '13900000003',
      to: await acd.numberFor(talkingGroup),
    })

    await eventually(async () => {
      const calls = await liveCalls()
      expect(calls.find((call) => call.callId === inIvr)).toMatchObject({
        stage: 'IVR',
        callerNumber: '13900000001',
        skillGroupId: null,
        agentId: null,
      })
      expect(calls.find((call) => call.callId === queued)).toMatchObject({
        stage: 'QUEUED',
        callerNumber: '13900000002',
        skillGroupId: waitingGroup,
        agentId: null,
        organization: 'INBOUND',
      })
      expect(calls.find((call) => call.callId === talking)).toMatchObject({
        stage: 'TALKING',
        skillGroupId: talkingGroup,
        agentId: agent.id,
      })
    }, 10_000)

    // Hold is only on the switch; the list reads it from the agent's leg.
    await acd.gql(
      `mutation ($k: String!) { holdCall(on: true, idempotencyKey: $k) { callId } }`,
      { k: randomUUID() },
      agent.token,
    )
    await eventually(async () => expect(await stageOf(talking)).toBe('ON_HOLD'))

    acd.sim.hangup(queued)
    await eventually(async () => expect(await stageOf(queued)).toBeUndefined())
  })

  it('A8 A11: a call still in the IVR is seen by the inbound organisation’s administrators, not by telesales nor by group leaders', async () => {
    const prompt = await approvedPrompt(acd)
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [{ key: '1', action: 'REPLAY' }], { digitTimeoutSeconds: 30, maxRetries: 5 }),
    ])
    const inIvr = await acd.sim.placeInboundCall({
      from: '13900000021',
      to: await numberFollowing(acd, await schedule(acd, flow)),
    })
    const organizationAdmin = async (organization: string) => {
      const admin = await addAgent(api, acd.tenant.token, { role: 'ADMIN', organization })
      return { token: await signInInvited(api, admin.email) }
    }
    const inboundAdmin = await organizationAdmin('INBOUND')
    const telesalesAdmin = await organizationAdmin('TELESALES')
    const inboundLeader = await acd.readyAgent([], { role: 'GROUP_LEADER' })

    await eventually(async () => expect(await stageOf(inIvr, inboundAdmin.token)).toBe('IVR'))
    expect(await stageOf(inIvr, telesalesAdmin.token)).toBeUndefined()
    expect(await stageOf(inIvr, inboundLeader.token)).toBeUndefined()
    const record = `query ($id: ID!) { callRecordDetails(id: $id) { id } }`
    acd.sim.hangup(inIvr)
    await eventually(async () =>
      expect((await api.graphql(record, { id: inIvr }, { token: inboundAdmin.token })).data).toEqual({
        callRecordDetails: { id: inIvr },
      }),
    )
    const refused = await api.graphql(record, { id: inIvr }, { token: telesalesAdmin.token })
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A8 A11: a group leader of one organisation sees its calls and not the other’s, in the query and in every subscription event', async () => {
    const inbound = await acd.skillGroup()
    const telesales = await addSkillGroup(api, acd.tenant.token, { organization: 'TELESALES' })
    const inboundLeader = await acd.readyAgent([], { role: 'GROUP_LEADER' })
    const socket = await subscribe(inboundLeader.token)
    try {
      const ours = await acd.sim.placeInboundCall({ from: '13900000011', to: await acd.numberFor(inbound) })
      const theirs = await acd.sim.placeInboundCall({
        from: '13900000012',
        to: await acd.numberFor(telesales),
      })
      await eventually(async () => expect(await stageOf(theirs)).toBe('QUEUED'))
      await eventually(async () => expect(await stageOf(ours, inboundLeader.token)).toBe('QUEUED'))
      expect(await stageOf(theirs, inboundLeader.token)).toBeUndefined()

      await eventually(() => expect(subscribedCallIds(socket)).toContain(ours))
      expect(subscribedCallIds(socket)).not.toContain(theirs)
    } finally {
      socket.socket.close()
    }

    const agent = await acd.readyAgent([])
    const byAgent = await api.graphql(LIVE_CALLS, {}, { token: agent.token })
    expect(byAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('A8 A11: a leader moved to the other organisation stops receiving its calls: the subscription is closed and one made again sees only the new organisation’s', async () => {
    const inbound = await acd.skillGroup()
    const telesales = await addSkillGroup(api, acd.tenant.token, { organization: 'TELESALES' })
    const leader = await acd.readyAgent([], { role: 'GROUP_LEADER' })
    const before = await subscribe(leader.token)
    const first = await acd.sim.placeInboundCall({ from: '13900000021', to: await acd.numberFor(inbound) })
    await eventually(() => expect(subscribedCallIds(before)).toContain(first))

    const moved = await api.graphql(
      'mutation ($id: ID!) { updateAgent(id: $id, input: { organization: TELESALES }) { id } }',
      { id: leader.id },
      { token: acd.tenant.token },
    )
    expect(moved.errors).toBeUndefined()
    expect((await before.closed).code).toBe(ACCESS_CHANGED_CLOSE_CODE)

    // The same session, subscribing again as its client does, is authorised under the new organisation.
    const after = await subscribe(leader.token)
    try {
      const theirs = await acd.sim.placeInboundCall({
        from: '13900000022',
        to: await acd.numberFor(telesales),
      })
      const ours = await acd.sim.placeInboundCall({ from: '13900000023', to: await acd.numberFor(inbound) })
      await eventually(async () => expect(await stageOf(ours)).toBe('QUEUED'))
      await eventually(() => expect(subscribedCallIds(after)).toContain(theirs))
      expect(subscribedCallIds(after)).not.toContain(ours)
      expect(subscribedCallIds(after)).not.toContain(first)
    } finally {
      after.socket.close()
    }
  })

  it('A8: a supervisor force-hangs-up a call: every leg ends on the switch and the audit log names who did it', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const callId = await acd.sim.placeInboundCall({ from: '13900000021', to: await acd.numberFor(group) })
    await eventually(async () => expect(await stageOf(callId)).toBe('TALKING'))
    const agentLeg = acd.channel(callId)!.bridgedTo!

    const { forceHangUpCall } = await acd.gql<{ forceHangUpCall: { callId: string; stage: string } }>(
      HANG_UP,
      {
        id: callId,
      },
    )
    expect(forceHangUpCall).toEqual({ callId, stage: 'TALKING' })
    await eventually(() => {
      expect(acd.channel(callId)).toBeUndefined()
      expect(acd.channel(agentLeg)).toBeUndefined()
    })
    await eventually(async () => expect(await stageOf(callId)).toBeUndefined())
    await eventually(async () => expect((await acd.stateOf(agent)).status).not.toBe('ON_CALL'))

    const [entry] = await acd.sql<{ action: string; entity_type: string; actor_id: string }>(
      `select action, entity_type, actor_id from audit_log where entity_id = ?`,
      [callId],
    )
    expect(entry).toEqual({
      action: 'CALL_FORCE_HUNG_UP',
      entity_type: 'CALL',
      actor_id: acd.tenant.userId,
    })

    const again = await api.graphql(HANG_UP, { id: callId }, { token: acd.tenant.token })
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A8: an agent cannot force-hang-up a call, and a leader cannot end a call of the other organisation', async () => {
    const group = await acd.skillGroup()
    const callId = await acd.sim.placeInboundCall({ from: '13900000031', to: await acd.numberFor(group) })
    await eventually(async () => expect(await stageOf(callId)).toBe('QUEUED'))

    const agent = await acd.readyAgent([group])
    const byAgent = await api.graphql(HANG_UP, { id: callId }, { token: agent.token })
    expect(byAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')

    const telesalesLeader = await acd.readyAgent([], { role: 'GROUP_LEADER', organization: 'TELESALES' })
    const byStranger = await api.graphql(HANG_UP, { id: callId }, { token: telesalesLeader.token })
    expect(byStranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect(acd.channel(callId)).toBeDefined()
  })
})

async function subscribe(token: string): Promise<OpenSocket> {
  const socket = await openSocket(api)
  socket.send({ type: 'connection_init', payload: { authToken: token } })
  await socket.nextMessage('connection_ack')
  socket.send({
    id: randomUUID(),
    type: 'subscribe',
    payload: { query: 'subscription { liveCallsChanged { calls { callId stage } } }' },
  })
  return socket
}

function subscribedCallIds(socket: OpenSocket): string[] {
  return socket.messages.flatMap((message) => {
    if (message.type !== 'next') return []
    const payload = message.payload as { data?: { liveCallsChanged: { calls: Array<{ callId: string }> } } }
    return payload.data?.liveCallsChanged.calls.map((call) => call.callId) ?? []
  })
}
