// Test calls on the switch simulator against a real PostgreSQL (A3, A5, A7, X6): an administrator dials a
// company number, follows what the caller hears named as the product knows it, presses keys, hangs up;
// only their own company's numbers and calls, and only as an administrator.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import { openSocket } from '../../../test/graphql-ws.js'
import { approvedPrompt, menu, numberFollowing, publishedFlow, schedule } from '../ivr/test-fixtures.js'
import { MAX_LIVE_TEST_CALLS } from './test-call.service.js'

const CALL_FIELDS = `id number callerNumber isLive endedBy connectedAgent { id name }
  timeline { kind key cause endedAt isInterrupted number
    agent { id name agentNumber }
    prompt { kind systemPrompt name position key menu media } }`
const PLACE = `mutation ($input: PlaceTestCallInput!) { placeTestCall(input: $input) { ${CALL_FIELDS} } }`
const CALL = `query ($id: ID!) { testCall(id: $id) { ${CALL_FIELDS} } }`
const PRESS = `mutation ($id: ID!, $keys: String!) { pressTestCallKeys(id: $id, keys: $keys) { id } }`
const HANG_UP = `mutation ($id: ID!) { hangUpTestCall(id: $id) { id } }`

interface Prompt {
  kind: string
  systemPrompt: string | null
  name: string | null
  position: number | null
  key: string | null
  menu: string | null
  media: string
}
interface Entry {
  kind: string
  key: string | null
  cause: string | null
  endedAt: string | null
  isInterrupted: boolean
  agent: { id: string; name: string; agentNumber: string | null } | null
  prompt: Prompt | null
}
interface Call {
  id: string
  number: string
  callerNumber: string
  isLive: boolean
  endedBy: string | null
  connectedAgent: { id: string; name: string } | null
  timeline: Entry[]
}

let api: TestApi
let acd: AcdFixture

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
}, 60_000)
afterAll(() => api?.stop())

beforeEach(async () => {
  await acd.reset()
  await acd.settings({ afterCallWorkSeconds: 0, callbackEnabled: false, announcePosition: false })
})

async function phoneNumberId(number: string): Promise<string> {
  const [row] = await acd.sql<{ id: string }>('select id from phone_number where number = ?', [number])
  return row!.id
}

async function place(number: string, callerNumber = '13800138000', token = acd.tenant.token): Promise<Call> {
  const { placeTestCall } = await acd.gql<{ placeTestCall: Call }>(
    PLACE,
    { input: { phoneNumberId: await phoneNumberId(number), callerNumber } },
    token,
  )
  return placeTestCall
}

async function callOf(id: string): Promise<Call> {
  return (await acd.gql<{ testCall: Call }>(CALL, { id })).testCall
}

/** Waits until the timeline has an entry with these fields (or matching this matcher), and returns the call then. */
function heard(id: string, entry: Record<string, unknown>, timeoutMs = 5000): Promise<Call> {
  const matcher = isMatcher(entry) ? entry : expect.objectContaining(entry)
  return eventually(async () => {
    const call = await callOf(id)
    expect(call.timeline).toContainEqual(matcher)
    return call
  }, timeoutMs)
}

const isMatcher = (value: object) => 'asymmetricMatch' in value

const prompt = (fields: Partial<Prompt>) =>
  expect.objectContaining({ kind: 'PROMPT', prompt: expect.objectContaining(fields) })

describe('A3 A5: a test call into a queue', () => {
  it('A3 A5: the caller hears the queue prompt, then the transfer wait, is connected to the agent by name, and hangs up', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const placed = await place(number, '13800138001')
    expect(placed).toMatchObject({ number, callerNumber: '13800138001', isLive: true })
    expect(placed.timeline.map((entry) => entry.kind)).toEqual(['DIALLED'])

    const waiting = await heard(placed.id, {
      kind: 'PROMPT',
      endedAt: null,
      prompt: expect.objectContaining({ kind: 'SYSTEM_PROMPT', systemPrompt: 'TRANSFER_WAIT' }),
    })
    expect(waiting.timeline).toContainEqual(
      expect.objectContaining({
        kind: 'PROMPT',
        isInterrupted: false,
        prompt: expect.objectContaining({
          kind: 'SYSTEM_PROMPT',
          systemPrompt: 'QUEUE',
          media: 'prompts/default/queue.wav',
        }),
      }),
    )
    expect(waiting.timeline.map((entry) => entry.kind).slice(0, 2)).toEqual(['DIALLED', 'ANSWERED'])

    // An agent becomes free: the queue rings them and connects the caller.
    const agent = await acd.readyAgent([group], { name: '钱坐席' })
    const connected = await heard(placed.id, { kind: 'AGENT_CONNECTED' })
    expect(connected.connectedAgent).toEqual({ id: agent.id, name: '钱坐席' })
    const kinds = connected.timeline.map((entry) => entry.kind)
    expect(kinds.indexOf('AGENT_RINGING')).toBeLessThan(kinds.indexOf('AGENT_CONNECTED'))
    // The wait music stopped when the agent answered.
    const music = connected.timeline.find((entry) => entry.prompt?.systemPrompt === 'TRANSFER_WAIT')!
    expect(music).toMatchObject({ isInterrupted: true })
    expect(music.endedAt).not.toBeNull()

    await acd.gql(HANG_UP, { id: placed.id })
    const ended = await heard(placed.id, { kind: 'ENDED', cause: 'NORMAL_CLEARING' })
    expect(ended).toMatchObject({ isLive: false, endedBy: 'CALLER', connectedAgent: null })
    await expect(acd.gql(PRESS, { id: placed.id, keys: '1' })).rejects.toThrow(/has ended/)
  })

  it('A5 G3: held by the agent, the caller hears the transfer wait; then the agent is back, then hangs up', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group], { name: '郑坐席' })
    const call = await place(number)
    await heard(call.id, { kind: 'AGENT_CONNECTED' })
    await acd.gql(
      'mutation { holdCall(on: true, idempotencyKey: "test-call-hold-1") { callId } }',
      {},
      agent.token,
    )
    const held = await heard(call.id, { kind: 'HELD', agent: expect.objectContaining({ name: '郑坐席' }) })
    expect(held.connectedAgent).toBeNull()
    await heard(call.id, {
      kind: 'PROMPT',
      endedAt: null,
      prompt: expect.objectContaining({ systemPrompt: 'TRANSFER_WAIT' }),
    })
    await acd.gql(
      'mutation { holdCall(on: false, idempotencyKey: "test-call-hold-2") { callId } }',
      {},
      agent.token,
    )
    const back = await heard(call.id, { kind: 'RESUMED' })
    expect(back.connectedAgent).toMatchObject({ id: agent.id, name: '郑坐席' })
    await acd.gql(
      'mutation { hangUpCall(idempotencyKey: "test-call-hang-up-1") { callId } }',
      {},
      agent.token,
    )
    const ended = await heard(call.id, { kind: 'ENDED' })
    expect(ended).toMatchObject({ isLive: false, endedBy: 'CALL_CENTER' })
    expect(ended.timeline.map((entry) => entry.kind)).toContain('DISCONNECTED')
  })

  it('X6: the queue’s own messages are named: the callback offer with its key, the caller’s position', async () => {
    await acd.settings({ callbackEnabled: true, callbackKey: '#' })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const first = await place(number, '13800138002')
    await heard(first.id, prompt({ kind: 'CALLBACK_OFFER', key: '#' }))
    await acd.settings({ announcePosition: true, announceIntervalSeconds: 10 })
    await acd.sql(`update queue_entry set enqueued_at = enqueued_at - interval '11 seconds' where id = ?`, [
      first.id,
    ])
    await heard(first.id, prompt({ kind: 'QUEUE_POSITION', position: 1 }))
    await acd.gql(HANG_UP, { id: first.id })
  })

  it('A3: a number routed nowhere says it is not in service, and the call center hangs up', async () => {
    await acd.ownNumber('+864001299001')
    const call = await place('+864001299001')
    const ended = await heard(call.id, { kind: 'ENDED' })
    expect(ended.timeline).toContainEqual(prompt({ kind: 'NOT_IN_SERVICE' }))
    expect(ended).toMatchObject({ isLive: false, endedBy: 'CALL_CENTER' })
  })
})

describe('A7: a test call through an IVR', () => {
  it('A7: the menu’s prompt is named by the voice library and its menu; the keys pressed are in the timeline', async () => {
    const group = await acd.skillGroup()
    const promptId = await approvedPrompt(acd, '欢迎致电')
    const [{ name: promptName }] = (await acd.sql<{ name: string }>(
      'select name from voice_prompt where id = ?',
      [promptId],
    )) as [{ name: string }]
    const flow = await publishedFlow(acd, [
      menu('root', promptId, [{ key: '2', action: 'SKILL_GROUP', skillGroupId: group }], {
        name: '主菜单',
        digitTimeoutSeconds: 5,
      }),
    ])
    const number = await numberFollowing(acd, await schedule(acd, flow))
    const call = await place(number)
    await heard(call.id, prompt({ kind: 'VOICE_PROMPT', name: promptName, menu: '主菜单' }))
    await acd.gql(PRESS, { id: call.id, keys: '2' })
    const queued = await heard(call.id, prompt({ kind: 'SYSTEM_PROMPT', systemPrompt: 'QUEUE' }))
    expect(queued.timeline).toContainEqual(expect.objectContaining({ kind: 'KEY_PRESSED', key: '2' }))
    await acd.gql(HANG_UP, { id: call.id })
  })
})

describe('A3: who may place test calls, and on what', () => {
  let other: TestTenant

  beforeAll(async () => {
    other = await signupTenant(api, 'Other Company')
  })

  it('A3: a company calls only its own numbers, and sees, follows and controls only its own test calls', async () => {
    const number = await acd.numberFor(await acd.skillGroup())
    const mine = await place(number)
    const foreign = await api.graphql(
      PLACE,
      { input: { phoneNumberId: await phoneNumberId(number), callerNumber: '13800138000' } },
      { token: other.token },
    )
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    for (const [query, variables] of [
      [CALL, { id: mine.id }],
      [PRESS, { id: mine.id, keys: '1' }],
      [HANG_UP, { id: mine.id }],
    ] as const) {
      const result = await api.graphql(query, variables, { token: other.token })
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    }
    const theirs = await api.graphql<{ testCalls: Array<{ id: string }> }>(
      '{ testCalls { id } }',
      {},
      { token: other.token },
    )
    expect(theirs.data!.testCalls).toEqual([])
    const ours = await acd.gql<{ testCalls: Array<{ id: string }> }>('{ testCalls { id } }')
    expect(ours.testCalls.map((call) => call.id)).toContain(mine.id)

    // The other company cannot follow it either.
    const socket = await openSocket(api)
    try {
      socket.send({ type: 'connection_init', payload: { authToken: other.token } })
      await socket.nextMessage('connection_ack')
      socket.send({
        id: '1',
        type: 'subscribe',
        payload: {
          query: `subscription ($id: ID!) { testCallChanged(id: $id) { id } }`,
          variables: { id: mine.id },
        },
      })
      const refused = await socket.nextMessage('next')
      expect(refused.payload).toMatchObject({ errors: [{ message: 'Test call not found.' }] })
    } finally {
      socket.socket.close()
    }
    // Nothing the other company did reached the call: it is still on.
    expect((await callOf(mine.id)).isLive).toBe(true)
    await acd.gql(HANG_UP, { id: mine.id })
  })

  it('A3: the subscription gives the call at once, then each change, and completes once it ended', async () => {
    const number = await acd.numberFor(await acd.skillGroup())
    const call = await place(number)
    const socket = await openSocket(api)
    socket.send({ type: 'connection_init', payload: { authToken: acd.tenant.token } })
    await socket.nextMessage('connection_ack')
    socket.send({
      id: '1',
      type: 'subscribe',
      payload: {
        query: `subscription ($id: ID!) { testCallChanged(id: $id) { id isLive } }`,
        variables: { id: call.id },
      },
    })
    const first = await socket.nextMessage('next')
    expect(first.payload).toEqual({ data: { testCallChanged: { id: call.id, isLive: true } } })
    await acd.gql(HANG_UP, { id: call.id })
    await socket.nextMessage('complete')
    const updates = socket.messages.filter((message) => message.type === 'next')
    expect(updates.at(-1)!.payload).toEqual({ data: { testCallChanged: { id: call.id, isLive: false } } })
    socket.socket.close()
  })

  it('A3: agents and group leaders may not place test calls, but may ask whether the switch is simulated', async () => {
    const number = await acd.numberFor(await acd.skillGroup())
    const id = await phoneNumberId(number)
    for (const role of ['AGENT', 'GROUP_LEADER']) {
      const member = await addAgent(api, acd.tenant.token, { role })
      const token = await signInInvited(api, member.email)
      const placed = await api.graphql(
        PLACE,
        { input: { phoneNumberId: id, callerNumber: '13800138000' } },
        { token },
      )
      expect(placed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      const listed = await api.graphql('{ testCalls { id } }', {}, { token })
      expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      const simulated = await api.graphql<{ isSwitchSimulated: boolean }>(
        '{ isSwitchSimulated }',
        {},
        { token },
      )
      expect(simulated.data).toEqual({ isSwitchSimulated: true })
    }
  })

  it('A3: inputs are checked: the caller’s number, the keys, the number’s ID; and a company has at most a few test calls at once', async () => {
    const number = await acd.numberFor(await acd.skillGroup())
    const id = await phoneNumberId(number)
    const badCaller = await api.graphql(
      PLACE,
      { input: { phoneNumberId: id, callerNumber: 'call me' } },
      { token: acd.tenant.token },
    )
    expect(badCaller.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        {
          field: 'callerNumber',
          code: 'INVALID_CALLER_NUMBER',
          message: 'must be 3–20 digits, optionally after a +',
        },
      ],
    })
    const unknown = await api.graphql(
      PLACE,
      { input: { phoneNumberId: 'no-such-id', callerNumber: '13800138000' } },
      { token: acd.tenant.token },
    )
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')

    const calls: Call[] = []
    for (let n = 0; n < MAX_LIVE_TEST_CALLS; n++) calls.push(await place(number, `1380013810${n}`))
    const badKeys = await api.graphql(PRESS, { id: calls[0]!.id, keys: '12a' }, { token: acd.tenant.token })
    expect(badKeys.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'input', code: 'INVALID_KEYS', message: 'must be 1–20 of the keys 0–9, * and #' }],
    })
    const tooMany = await api.graphql(
      PLACE,
      { input: { phoneNumberId: id, callerNumber: '13800138000' } },
      { token: acd.tenant.token },
    )
    expect(tooMany.errors?.[0]).toMatchObject({
      extensions: {
        code: 'CONFLICT',
        reason: 'TOO_MANY_TEST_CALLS',
        params: { maximum: MAX_LIVE_TEST_CALLS },
      },
    })
    expect(tooMany.errors![0]!.message).toMatch(/hang one up/)
    for (const call of calls) await acd.gql(HANG_UP, { id: call.id })
  })
})

describe('A3 G2: on FreeSWITCH', () => {
  let freeswitch: TestApi | undefined
  afterAll(() => freeswitch?.stop())

  it('A3 G2: without the simulator there are no test calls and no simulated phones, and the switch is said to be real', async () => {
    // A node nobody listens on: the API keeps trying it, which is all this test needs.
    freeswitch = await startTestApi({ env: { FREESWITCH_NODES: '127.0.0.1:9:ClueCon' } })
    const tenant = await signupTenant(freeswitch)
    const simulated = await freeswitch.graphql<{ isSwitchSimulated: boolean }>(
      '{ isSwitchSimulated }',
      {},
      { token: tenant.token },
    )
    expect(simulated.data).toEqual({ isSwitchSimulated: false })
    const added = await freeswitch.graphql<{ addPhoneNumber: { id: string } }>(
      'mutation { addPhoneNumber(input: { number: "+864001299002" }) { id } }',
      {},
      { token: tenant.token },
    )
    const placed = await freeswitch.graphql(
      PLACE,
      { input: { phoneNumberId: added.data!.addPhoneNumber.id, callerNumber: '13800138000' } },
      { token: tenant.token },
    )
    expect(placed.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'TEST_CALLS_SIMULATED_ONLY',
    })
    expect(placed.errors![0]!.message).toMatch(/FreeSWITCH/)
    const agent = await addAgent(freeswitch, tenant.token)
    const registered = await freeswitch.graphql(
      'mutation { registerSimulatedPhone { expiresSeconds } }',
      {},
      { token: await signInInvited(freeswitch, agent.email) },
    )
    expect(registered.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REAL_PHONES_ONLY' })
  })
})
