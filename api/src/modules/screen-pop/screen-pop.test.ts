// G4 screen pop through the switch simulator: the customer found or created by number, the call's details
// (IVR path, skill group, wait, transfers), the embedded page, the history and its live changes, and who
// may see what (another agent, another tenant, the other organisation, an integration's key).
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { AcdFixture as Fixture } from '../../../test/acd-fixtures.js'
import { signupTenant } from '../../../test/factories.js'
import { openSocket, type OpenSocket } from '../../../test/graphql-ws.js'
import { approvedPrompt, menu, numberFollowing, publishedFlow, schedule } from '../ivr/test-fixtures.js'

let api: TestApi
let acd: AcdFixture

const POP = `query ($id: ID!) { screenPop(callId: $id) {
  callId direction callerNumber dialledNumber customerNumber skillGroupName queueWaitSeconds transfers
  ivrPath { menuName key } embedUrl customer { id name phoneNumbers organization } } }`

interface Pop {
  callId: string
  direction: string
  callerNumber: string | null
  dialledNumber: string | null
  customerNumber: string | null
  skillGroupName: string | null
  queueWaitSeconds: number | null
  transfers: number
  ivrPath: Array<{ menuName: string; key: string | null }>
  embedUrl: string | null
  customer: { id: string; name: string; phoneNumbers: string[]; organization: string } | null
}

const HISTORY = `query ($id: ID!, $after: String, $limit: Int) { customerHistory(customerId: $id, after: $after, limit: $limit) {
  entries { id kind title body source link authorName call { direction isAnswered agentName } } nextCursor } }`

interface HistoryPage {
  entries: Array<{
    id: string
    kind: string
    title: string
    body: string
    source: string
    link: string | null
    authorName: string | null
    call: { direction: string; isAnswered: boolean; agentName: string | null } | null
  }>
  nextCursor: string | null
}

const popOf = async (callId: string, token: string) =>
  (await acd.gql<{ screenPop: Pop }>(POP, { id: callId }, token)).screenPop

const historyOf = async (customerId: string, token?: string, after?: string, limit?: number) =>
  (await acd.gql<{ customerHistory: HistoryPage }>(HISTORY, { id: customerId, after, limit }, token))
    .customerHistory

const uniqueCaller = () => `137${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  await acd.ownNumber('+864001230000')
}, 60_000)
afterAll(() => api?.stop())
beforeEach(async () => {
  await acd.reset()
  await acd.settings({ afterCallWorkSeconds: 0, outboundCallerId: '+864001230000', recordingEnabled: false })
})

/** An agent whose phone rings until the test lets the call go: offers stay offers. */
async function ringingAgent(skillGroupIds: string[]): Promise<ReadyAgent> {
  const agent = await acd.readyAgent(skillGroupIds)
  acd.sim.setEndpointBehaviour(`${agent.sipUser}@${acd.sipDomain}`, { kind: 'no-answer' })
  return agent
}

/** An inbound call rung to the agent: waits until it is offered to them. */
async function offeredTo(agent: ReadyAgent, from: string, to: string): Promise<string> {
  const callId = await acd.sim.placeInboundCall({ from, to })
  await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('RINGING'))
  return callId
}

describe('G4 screen pop', () => {
  it('G4: an offer pops the caller’s new customer, the IVR path, the skill group, the wait and the embedded page; the next call finds the same customer', async () => {
    const prompt = await approvedPrompt(acd)
    const group = await acd.skillGroup()
    const agent = await ringingAgent([group])
    const flow = await publishedFlow(acd, [
      menu('root', prompt, [{ key: '2', action: 'SUB_MENU', subMenuId: 'billing' }]),
      menu('billing', prompt, [{ key: '1', action: 'SKILL_GROUP', skillGroupId: group }]),
    ])
    const number = await numberFollowing(acd, await schedule(acd, flow))
    await acd.gql(
      `mutation ($input: ScreenPopSettingsInput!) { updateScreenPopSettings(input: $input) { urlTemplate } }`,
      {
        input: {
          urlTemplate: 'https://crm.example.com/pop?from={callerNumber}&agent={agentNumber}&g={skillGroup}',
        },
      },
    )
    const caller = uniqueCaller()
    const callId = await acd.sim.placeInboundCall({ from: caller, to: number })
    const pressWhenAsked = async (menuId: string, key: string) => {
      await eventually(async () =>
        expect(
          await acd.sql(`select 1 from ivr_step where call_id = ? and kind = 'IVR_MENU' and menu_id = ?`, [
            callId,
            menuId,
          ]),
        ).toHaveLength(1),
      )
      acd.sim.pressDigits(callId, key)
    }
    await pressWhenAsked('root', '2')
    await pressWhenAsked('billing', '1')
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('RINGING'), 5000)

    const pop = await popOf(callId, agent.token)
    expect(pop).toMatchObject({
      callId,
      direction: 'INBOUND',
      callerNumber: caller,
      customerNumber: caller,
      transfers: 0,
      ivrPath: [
        { menuName: 'Menu root', key: '2' },
        { menuName: 'Menu billing', key: '1' },
      ],
      customer: { name: '', phoneNumbers: [`+86${caller}`], organization: 'INBOUND' },
    })
    expect(pop.skillGroupName).toBeTruthy()
    expect(pop.queueWaitSeconds).toBeGreaterThanOrEqual(0)
    const [me] = await acd.sql<{ agent_number: string }>('select agent_number from app_user where id = ?', [
      agent.id,
    ])
    expect(pop.embedUrl).toBe(
      `https://crm.example.com/pop?from=${caller}&agent=${encodeURIComponent(me!.agent_number)}&g=${encodeURIComponent(pop.skillGroupName!)}`,
    )
    // Asked again (a reload, after-call work) it is the same pop and the same customer.
    expect(await popOf(callId, agent.token)).toEqual(pop)

    acd.sim.hangup(callId)
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'), 5000)
    const direct = await acd.numberFor(group)
    const second = await offeredTo(agent, caller, direct)
    expect((await popOf(second, agent.token)).customer?.id).toBe(pop.customer!.id)
    const history = await eventually(async () => {
      const page = await historyOf(pop.customer!.id, agent.token)
      expect(page.entries.filter((entry) => entry.kind === 'CALL')).toHaveLength(2)
      return page
    })
    expect(history.entries.map((entry) => entry.id)).toEqual([second, callId])
    expect(history.entries[1]).toMatchObject({ kind: 'CALL', title: caller, call: { direction: 'INBOUND' } })
  })

  it('G4: two calls from the same new number at once make one customer', async () => {
    const group = await acd.skillGroup()
    const [first, second] = [await ringingAgent([group]), await ringingAgent([group])]
    const number = await acd.numberFor(group)
    const caller = uniqueCaller()
    await acd.sim.placeInboundCall({ from: caller, to: number })
    await acd.sim.placeInboundCall({ from: caller, to: number })
    await eventually(async () => {
      for (const agent of [first, second]) expect((await acd.stateOf(agent)).status).toBe('RINGING')
    })
    const offers = await acd.sql<{ user_id: string; offer_call_id: string }>(
      'select user_id, offer_call_id from agent_presence where user_id in (?, ?)',
      [first.id, second.id],
    )
    const tokenOf = (userId: string) => [first, second].find((agent) => agent.id === userId)!.token
    expect(offers.filter((offer) => offer.offer_call_id)).toHaveLength(2)
    const pops = await Promise.all(offers.map((offer) => popOf(offer.offer_call_id, tokenOf(offer.user_id))))
    expect(pops.map((pop) => pop.customer?.id)).toEqual([pops[0]!.customer!.id, pops[0]!.customer!.id])
    expect(
      await acd.sql(`select id from customer where organization = 'INBOUND' and id = ?`, [
        pops[0]!.customer!.id,
      ]),
    ).toHaveLength(1)
    expect(
      await acd.sql(`select customer_id from customer_phone where e164 = ?`, [`+86${caller}`]),
    ).toHaveLength(1)
  })

  it('G4: a caller who gives up in the queue becomes a customer, and the agent who takes their next call sees the attempt', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const caller = uniqueCaller()
    const linked = async (callId: string) => {
      await api.services.callCustomerLinker.runOnce()
      return acd.sql<{ customer_id: string | null }>(
        `select customer_id from call_customer where call_id = ? and not is_pending`,
        [callId],
      )
    }
    const givenUp = await acd.sim.placeInboundCall({ from: caller, to: number })
    await eventually(async () =>
      expect(await acd.sql(`select 1 from queue_entry where id = ?`, [givenUp])).toHaveLength(1),
    )
    acd.sim.hangup(givenUp)
    await eventually(async () => expect((await linked(givenUp))[0]?.customer_id).toBeTruthy())
    // Nobody to file an anonymous caller under.
    const anonymous = await acd.sim.placeInboundCall({ from: 'anonymous', to: number })
    await eventually(async () =>
      expect(await acd.sql(`select 1 from queue_entry where id = ?`, [anonymous])).toHaveLength(1),
    )
    acd.sim.hangup(anonymous)
    await eventually(async () => expect(await linked(anonymous)).toEqual([{ customer_id: null }]))

    const agent = await ringingAgent([group])
    const pop = await popOf(await offeredTo(agent, caller, number), agent.token)
    expect(pop.customer).toMatchObject({ phoneNumbers: [`+86${caller}`], organization: 'INBOUND' })
    expect((await linked(givenUp))[0]?.customer_id).toBe(pop.customer!.id)
    expect((await historyOf(pop.customer!.id, agent.token)).entries).toContainEqual(
      expect.objectContaining({
        id: givenUp,
        kind: 'CALL',
        call: { direction: 'INBOUND', isAnswered: false, agentName: null },
      }),
    )
  })

  it('G4: a dial pops the dialled customer at once, before the switch reports a leg', async () => {
    const agent = await acd.readyAgent([])
    const {
      dialOut: { callId },
    } = await acd.gql<{ dialOut: { callId: string } }>(
      `mutation ($n: String!, $k: String!) { dialOut(number: $n, idempotencyKey: $k) { callId } }`,
      { n: '13912345678', k: randomUUID() },
      agent.token,
    )
    const pop = await popOf(callId, agent.token)
    expect(pop).toMatchObject({
      direction: 'OUTBOUND',
      dialledNumber: '+8613912345678',
      customerNumber: '+8613912345678',
      customer: { phoneNumbers: ['+8613912345678'] },
      transfers: 0,
      ivrPath: [],
    })
  })

  it('G4: another agent, another company and a guessed ID get no screen pop', async () => {
    const group = await acd.skillGroup()
    const agent = await ringingAgent([group])
    const other = await acd.readyAgent([])
    const callId = await offeredTo(agent, uniqueCaller(), await acd.numberFor(group))
    const refusal = async (id: string, token: string) =>
      (await api.graphql(POP, { id }, { token })).errors?.[0]?.extensions?.code
    expect(await refusal(callId, other.token)).toBe('NOT_FOUND')
    expect(await refusal(randomUUID(), agent.token)).toBe('NOT_FOUND')
    const stranger = await signupTenant(api)
    expect(await refusal(callId, stranger.token)).toBe('NOT_FOUND')
    expect(await acd.sql('select 1 from screen_pop where call_id = ?', [callId])).toHaveLength(0)
  })
})

describe('G4 embedded page settings', () => {
  const SAVE = `mutation ($input: ScreenPopSettingsInput!) { updateScreenPopSettings(input: $input) { urlTemplate allowedOrigins } }`
  const problemsOf = async (input: Record<string, unknown>) =>
    (await api.graphql(SAVE, { input }, { token: acd.tenant.token })).errors?.[0]?.extensions?.['problems']

  it('G4: the template is https: or from an allowed origin, with known variables outside the site part', async () => {
    expect(await problemsOf({ urlTemplate: 'http://crm.intra/pop?n={callerNumber}' })).toEqual([
      expect.objectContaining({ field: 'urlTemplate', code: 'EMBED_URL_NOT_ALLOWED' }),
    ])
    expect(await problemsOf({ urlTemplate: 'https://crm.example.com/{caller}' })).toEqual([
      expect.objectContaining({
        field: 'urlTemplate',
        code: 'UNKNOWN_EMBED_VARIABLE',
        params: { name: 'caller' },
      }),
    ])
    expect(await problemsOf({ urlTemplate: 'https://{callerNumber}.example.com/' })).toEqual([
      expect.objectContaining({ field: 'urlTemplate', code: 'EMBED_VARIABLE_IN_ORIGIN' }),
    ])
    expect(await problemsOf({ urlTemplate: 'javascript:alert(1)' })).toEqual([
      expect.objectContaining({ field: 'urlTemplate', code: 'INVALID_URL' }),
    ])
    expect(await problemsOf({ urlTemplate: 'https://x/', allowedOrigins: ['crm.intra'] })).toEqual([
      expect.objectContaining({ field: 'allowedOrigins.0', code: 'INVALID_ORIGIN' }),
    ])
    const saved = await acd.gql<{
      updateScreenPopSettings: { urlTemplate: string; allowedOrigins: string[] }
    }>(SAVE, {
      input: {
        urlTemplate: 'http://crm.intra:8080/pop#{callId}',
        allowedOrigins: ['http://crm.intra:8080/'],
      },
    })
    expect(saved.updateScreenPopSettings).toEqual({
      urlTemplate: 'http://crm.intra:8080/pop#{callId}',
      allowedOrigins: ['http://crm.intra:8080'],
    })
    const agent = await acd.readyAgent([])
    const refused = await api.graphql(SAVE, { input: { urlTemplate: null } }, { token: agent.token })
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    await acd.gql(SAVE, { input: { urlTemplate: null } })
  })
})

describe('G4 customer history', () => {
  async function customerOf(number: string, organization = 'INBOUND'): Promise<string> {
    const { createCustomer } = await acd.gql<{ createCustomer: { id: string } }>(
      `mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }`,
      { input: { phoneNumbers: [number], organization } },
    )
    return createCustomer.id
  }

  async function subscribe(token: string, customerId: string): Promise<OpenSocket> {
    const socket = await openSocket(api)
    socket.send({ type: 'connection_init', payload: { authToken: token } })
    await socket.nextMessage('connection_ack')
    socket.send({
      id: randomUUID(),
      type: 'subscribe',
      payload: {
        query: `subscription { customerChanged(customerId: "${customerId}") { customerId part mergedInto } }`,
      },
    })
    return socket
  }

  const changes = (socket: OpenSocket) =>
    socket.messages
      .filter((message) => message.type === 'next')
      .map((message) => (message.payload as { data: { customerChanged: unknown } }).data.customerChanged)

  it('G4 X5: an integration adds a chat by phone number, once per external ID; agents add notes; open screen pops hear both', async () => {
    const agent = await acd.readyAgent([])
    const { createApiKey } = await acd.gql<{ createApiKey: { key: string } }>(
      `mutation { createApiKey(input: { name: "Chat system", role: ADMIN, organization: INBOUND }) { key } }`,
    )
    const number = `+86${uniqueCaller()}`
    const customerId = await customerOf(number)
    const socket = await subscribe(agent.token, customerId)
    try {
      const ADD = `mutation ($input: CustomerHistoryEntryInput!) { addCustomerHistoryEntry(input: $input) }`
      const entry = {
        phoneNumber: number,
        kind: 'CHAT',
        source: 'Live chat',
        externalId: 'chat-1',
        title: 'Asked about the invoice',
        link: 'https://chat.example.com/c/1',
      }
      const added = await api.graphql<{ addCustomerHistoryEntry: string }>(
        ADD,
        { input: entry },
        { token: createApiKey.key },
      )
      expect(added.data?.addCustomerHistoryEntry).toBe(customerId)
      await api.graphql(
        ADD,
        { input: { ...entry, title: 'Asked about the invoice (closed)' } },
        { token: createApiKey.key },
      )
      await acd.gql(
        `mutation ($id: ID!) { addCustomerNote(customerId: $id, text: "Prefers mornings") }`,
        { id: customerId },
        agent.token,
      )

      const { entries } = await historyOf(customerId, agent.token)
      expect(
        entries.map(({ kind, title, body, source, link }) => ({ kind, title, body, source, link })),
      ).toEqual([
        { kind: 'NOTE', title: '', body: 'Prefers mornings', source: 'agent', link: null },
        {
          kind: 'CHAT',
          title: 'Asked about the invoice (closed)',
          body: '',
          source: 'Live chat',
          link: 'https://chat.example.com/c/1',
        },
      ])
      await eventually(() =>
        expect(changes(socket)).toEqual([
          { customerId, part: 'HISTORY', mergedInto: null },
          { customerId, part: 'HISTORY', mergedInto: null },
          { customerId, part: 'HISTORY', mergedInto: null },
        ]),
      )
      await acd.gql(
        `mutation ($id: ID!) { updateCustomer(id: $id, input: { name: "Wang Fang" }) { id } }`,
        { id: customerId },
        agent.token,
      )
      await eventually(() =>
        expect(changes(socket).at(-1)).toEqual({ customerId, part: 'CARD', mergedInto: null }),
      )
    } finally {
      socket.socket.close()
    }
  })

  it('G4: the history pages by cursor, newest first, without losing or repeating an entry', async () => {
    const customerId = await customerOf(`+86${uniqueCaller()}`)
    for (let i = 0; i < 5; i++)
      await acd.gql(`mutation ($id: ID!, $t: String!) { addCustomerNote(customerId: $id, text: $t) }`, {
        id: customerId,
        t: `note ${i}`,
      })
    const first = await historyOf(customerId, undefined, undefined, 2)
    const second = await historyOf(customerId, undefined, first.nextCursor!, 2)
    const third = await historyOf(customerId, undefined, second.nextCursor!, 2)
    expect([...first.entries, ...second.entries, ...third.entries].map((entry) => entry.body)).toEqual([
      'note 4',
      'note 3',
      'note 2',
      'note 1',
      'note 0',
    ])
    expect(third.nextCursor).toBeNull()
  })

  it('A11 X5: the other organisation, another company and a key of another company find neither history nor customer', async () => {
    const telesalesCustomer = await customerOf(`+86${uniqueCaller()}`, 'TELESALES')
    const inboundAgent = await acd.readyAgent([])
    const code = async (query: string, variables: Record<string, unknown>, token: string) =>
      (await api.graphql(query, variables, { token })).errors?.[0]?.extensions?.code
    expect(await code(HISTORY, { id: telesalesCustomer }, inboundAgent.token)).toBe('NOT_FOUND')
    expect(
      await code(
        `mutation ($id: ID!) { addCustomerNote(customerId: $id, text: "x") }`,
        { id: telesalesCustomer },
        inboundAgent.token,
      ),
    ).toBe('NOT_FOUND')
    const stranger = await signupTenant(api)
    const strangerAcd = await Fixture.of(api, stranger)
    const { createApiKey } = await strangerAcd.gql<{ createApiKey: { key: string } }>(
      `mutation { createApiKey(input: { name: "Theirs", role: ADMIN }) { key } }`,
    )
    expect(
      await code(
        `mutation ($input: CustomerHistoryEntryInput!) { addCustomerHistoryEntry(input: $input) }`,
        { input: { customerId: telesalesCustomer, kind: 'TICKET', source: 'Desk', title: 'Hi' } },
        createApiKey.key,
      ),
    ).toBe('NOT_FOUND')
    expect(await code(HISTORY, { id: telesalesCustomer }, stranger.token)).toBe('NOT_FOUND')
  })
})
