// What waiting callers and watching people experience (X6, G3, X3): position announcements, the
// callback that keeps its place, and the subscriptions agents and supervisors follow.
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ExecutedApps, startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { openSocket, type OpenSocket } from '../../../test/graphql-ws.js'
import { ACCESS_CHANGED_CLOSE_CODE } from '../../http/subscriptions.js'
import { playList, positionAnnouncement } from './queue-audio.js'

let api: TestApi
let acd: AcdFixture
let apps: ExecutedApps

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  await acd.ownNumber('+864001230000')
  apps = new ExecutedApps(acd.sim)
}, 60_000)
afterAll(async () => {
  await apps?.close()
  await api?.stop()
})

beforeEach(async () => {
  apps.clear()
  await acd.reset()
  await acd.settings({
    afterCallWorkSeconds: 0,
    announcePosition: false,
    callbackEnabled: false,
    outboundCallerId: '+864001230000',
  })
})

describe('X6 waiting in the queue', () => {
  it("X6: with announcements on, a waiting caller hears their position one interval after joining, in the product's own audio", async () => {
    await acd.settings({ announcePosition: true, announceIntervalSeconds: 10 })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const first = await acd.sim.placeInboundCall({ from: '13600136001', to: number })
    await eventually(async () =>
      expect(await acd.sql('select id from queue_entry where id = ?', [first])).toHaveLength(1),
    )
    const second = await acd.sim.placeInboundCall({ from: '13600136002', to: number })
    await eventually(async () =>
      expect(await acd.sql('select id from queue_entry where id = ?', [second])).toHaveLength(1),
    )
    // Ten seconds in the queue, without waiting them out.
    await acd.sql(
      `update queue_entry set enqueued_at = enqueued_at - interval '11 seconds' where skill_group_id = ?`,
      [group],
    )
    const mediaDir = path.join(api.dataDir, 'media')
    await eventually(() =>
      expect(apps.dataOf(second, 'playback')).toContain(playList(positionAnnouncement(mediaDir, 2, 'zh'))),
    )
    expect(apps.dataOf(first, 'playback')).toContain(playList(positionAnnouncement(mediaDir, 1, 'zh')))
    // Said over the wait music, which goes on after it.
    expect(apps.dataOf(second, 'endless_playback')).toHaveLength(1)
  })

  it('X6: a caller who presses the callback key hangs up, keeps their place, and is called back before later callers', async () => {
    await acd.settings({ callbackEnabled: true, callbackKey: '1' })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const waiting = await acd.sim.placeInboundCall({ from: '13600136003', to: number })
    await eventually(async () =>
      expect(await acd.sql('select id from queue_entry where id = ?', [waiting])).toHaveLength(1),
    )
    acd.sim.pressDigits(waiting, '1')
    await eventually(() => expect(acd.channel(waiting)).toBeUndefined())
    const [entry] = await acd.sql<{ kind: string; callback_number: string }>(
      'select kind, callback_number from queue_entry where id = ?',
      [waiting],
    )
    expect(entry).toMatchObject({ kind: 'CALLBACK', callback_number: '13600136003' })
    const later = await acd.sim.placeInboundCall({ from: '13600136004', to: number })
    await eventually(async () =>
      expect(await acd.sql('select id from queue_entry where id = ?', [later])).toHaveLength(1),
    )

    const agent = await acd.readyAgent([group])
    // The agent's phone rings first, then the customer is dialled with the company's caller ID.
    await eventually(() => {
      const customer = acd.sim
        .channels()
        .find((channel) => channel.variables['origination_caller_id_number'] === '+864001230000')
      expect(customer?.bridgedTo).toBeTruthy()
      expect(acd.channel(customer!.bridgedTo!)?.variables['cc_agent_id']).toBe(agent.id)
    })
    expect(acd.channel(later)?.bridgedTo).toBeUndefined()
    await eventually(async () =>
      expect(await acd.sql('select id from queue_entry where id = ?', [waiting])).toHaveLength(0),
    )
  })
})

describe('G3 X3 subscriptions', () => {
  async function subscribe(token: string, query: string): Promise<OpenSocket> {
    const socket = await openSocket(api)
    socket.send({ type: 'connection_init', payload: { authToken: token } })
    await socket.nextMessage('connection_ack')
    socket.send({ id: randomUUID(), type: 'subscribe', payload: { query } })
    return socket
  }
  const payloads = (socket: OpenSocket) =>
    socket.messages
      .filter((message) => message.type === 'next')
      .map((message) => (message.payload as { data: Record<string, Record<string, unknown>> }).data)
  /** The queue states a socket received, batch after batch. */
  const queueStates = (socket: OpenSocket) =>
    socket.messages
      .filter((message) => message.type === 'next')
      .flatMap(
        (message) =>
          (message.payload as { data: { queueStatesChanged: Record<string, unknown>[] } }).data
            .queueStatesChanged,
      )

  it('G3: an agent hears their own offer with the caller’s number; a leader hears only the agents they lead', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group])
    const outsider = await acd.readyAgent([])
    const leader = await acd.readyAgent([], { role: 'GROUP_LEADER' })
    await acd.gql(`mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, {
      input: {
        name: `Team ${randomUUID().slice(0, 6)}`,
        organization: 'INBOUND',
        leaderId: leader.id,
        memberIds: [agent.id],
      },
    })
    const sockets: OpenSocket[] = []
    const track = async (socket: Promise<OpenSocket>) => {
      sockets.push(await socket)
      return sockets.at(-1)!
    }
    try {
      const own = await track(
        subscribe(
          agent.token,
          'subscription { myAgentStateChanged { status offer { callId callerNumber skillGroupId } } }',
        ),
      )
      const watched = await track(
        subscribe(leader.token, 'subscription { agentStateChanged { userId status } }'),
      )
      const queues = await track(
        subscribe(leader.token, 'subscription { queueStatesChanged { skillGroupId waiting offering } }'),
      )

      await acd.gql(`mutation { setMyStatus(status: IDLE) { status } }`, {}, outsider.token)
      const callId = await acd.sim.placeInboundCall({ from: '13600136005', to: number })
      await eventually(() =>
        expect(payloads(own).map((data) => data.myAgentStateChanged)).toContainEqual({
          status: 'RINGING',
          offer: { callId, callerNumber: '13600136005', skillGroupId: group },
        }),
      )
      await eventually(() =>
        expect(payloads(watched).map((data) => data.agentStateChanged)).toContainEqual({
          userId: agent.id,
          status: 'ON_CALL',
        }),
      )
      await eventually(() =>
        expect(queueStates(queues).length, JSON.stringify(queues.messages)).toBeGreaterThan(0),
      )
      expect(payloads(watched).every((data) => data.agentStateChanged!.userId !== outsider.id)).toBe(true)

      const denied = await track(
        subscribe(agent.token, 'subscription { agentStateChanged { userId status } }'),
      )
      // graphql-js reports a refused subscription as one result with the error, then completes it.
      await eventually(() => expect(denied.messages.map((message) => message.type)).toContain('complete'))
      expect(JSON.stringify(denied.messages)).toMatch(/Your role does not allow this/)
    } finally {
      for (const socket of sockets) socket.socket.close()
    }
  })

  it('A8 A11: an agent taken out of a leader’s group: the leader’s board subscription is closed, and one made again no longer hears that agent', async () => {
    const agent = await acd.readyAgent([])
    const leader = await acd.readyAgent([], { role: 'GROUP_LEADER' })
    // The company's not-ready reasons are made when its first agent signs in.
    const [rest] = await acd.sql<{ id: string }>(`select id from not_ready_reason where code = 'REST'`)
    const takeARest = (token: string) =>
      acd.gql(
        `mutation ($r: ID) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }`,
        { r: rest!.id },
        token,
      )
    const { createGroup } = await acd.gql<{ createGroup: { id: string } }>(
      `mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }`,
      {
        input: {
          name: `Team ${randomUUID().slice(0, 6)}`,
          organization: 'INBOUND',
          leaderId: leader.id,
          memberIds: [agent.id],
        },
      },
    )
    const statusesOf = (socket: OpenSocket) =>
      payloads(socket)
        .map((data) => data.agentStateChanged!)
        .filter((change) => change.userId === agent.id)
        .map((change) => change.status)
    const before = await subscribe(leader.token, 'subscription { agentStateChanged { userId status } }')
    await takeARest(agent.token)
    await eventually(() => expect(statusesOf(before)).toContain('NOT_READY'))

    await acd.gql(`mutation ($id: ID!, $ids: [ID!]!) { removeGroupMembers(id: $id, userIds: $ids) { id } }`, {
      id: createGroup.id,
      ids: [agent.id],
    })
    expect((await before.closed).code).toBe(ACCESS_CHANGED_CLOSE_CODE)

    const after = await subscribe(leader.token, 'subscription { agentStateChanged { userId status } }')
    const witness = await acd.readyAgent([])
    await acd.gql(`mutation ($id: ID!, $ids: [ID!]!) { addGroupMembers(id: $id, userIds: $ids) { id } }`, {
      id: createGroup.id,
      ids: [witness.id],
    })
    const again = await subscribe(leader.token, 'subscription { agentStateChanged { userId status } }')
    try {
      await acd.gql(`mutation { setMyStatus(status: IDLE) { status } }`, {}, agent.token)
      await takeARest(witness.token)
      // The witness's change arrives after the agent's: had the agent's been sent, it would be there.
      await eventually(() =>
        expect(payloads(again).map((data) => data.agentStateChanged!.userId)).toContain(witness.id),
      )
      expect(statusesOf(again)).toEqual([])
      expect((await after.closed).code).toBe(ACCESS_CHANGED_CLOSE_CODE)
    } finally {
      again.socket.close()
    }
  })

  it('A8: a skill group’s idle count follows the same status change as its agent, live', async () => {
    const group = await acd.skillGroup()
    const agent = await acd.readyAgent([group])
    const [rest] = await acd.sql<{ id: string }>(`select id from not_ready_reason where code = 'REST'`)
    const board = await subscribe(acd.tenant.token, 'subscription { agentStateChanged { userId status } }')
    const queues = await subscribe(
      acd.tenant.token,
      'subscription { queueStatesChanged { skillGroupId idleAgents } }',
    )
    try {
      const seen = () => ({
        agent: payloads(board)
          .map((data) => data.agentStateChanged!)
          .filter((state) => state.userId === agent.id)
          .at(-1)?.status,
        idleAgents: queueStates(queues)
          .filter((queue) => queue.skillGroupId === group)
          .at(-1)?.idleAgents,
      })
      await acd.gql(
        `mutation ($r: ID) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }`,
        { r: rest!.id },
        agent.token,
      )
      await eventually(() => expect(seen()).toEqual({ agent: 'NOT_READY', idleAgents: 0 }))
      await acd.gql(`mutation { setMyStatus(status: IDLE) { status } }`, {}, agent.token)
      await eventually(() => expect(seen()).toEqual({ agent: 'IDLE', idleAgents: 1 }))
    } finally {
      board.socket.close()
      queues.socket.close()
    }
  })

  it('A8: a skill group made after the board opened shows on its queue cards as soon as its queue changes', async () => {
    const queues = await subscribe(
      acd.tenant.token,
      'subscription { queueStatesChanged { skillGroupId idleAgents } }',
    )
    try {
      // The board has read the groups it may see by then: this one is new to it, and looked up.
      await new Promise((resolve) => setTimeout(resolve, 300))
      const group = await acd.skillGroup()
      await acd.readyAgent([group])
      await eventually(() =>
        expect(queueStates(queues).find((queue) => queue.skillGroupId === group)).toEqual({
          skillGroupId: group,
          idleAgents: 1,
        }),
      )
    } finally {
      queues.socket.close()
    }
  })
})
