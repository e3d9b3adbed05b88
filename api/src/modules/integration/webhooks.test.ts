// Webhooks (issue 16 item 8) against a real PostgreSQL, the switch simulator and a local HTTP receiver:
// events of a routed call reach the endpoint signed as docs/webhooks.md says, failures are retried with
// backoff, an endpoint failing for a day is disabled, and only the company's own administrators see it.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import type { MailMessage } from '../../common/mailer.js'
import { endsCall, waitForFlush } from '../../telephony/calls/wait.js'
import { SecretBox } from '../organization/secret-box.js'
import { isInternalAddress, webhookUrlProblem } from './webhook-address.js'
import { WebhookDispatcher } from './webhook-dispatcher.js'
import { sendWebhook } from './webhook-sender.js'

interface Received {
  headers: IncomingHttpHeaders
  body: string
}

/** A receiver on loopback that answers with the next of `answers` (then 200), keeping what it got. */
class Receiver {
  readonly received: Received[] = []
  answers: number[] = []
  private readonly server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') })
      const status = this.answers.shift() ?? 200
      response
        .writeHead(status, { 'content-type': 'text/plain' })
        .end(status === 200 ? 'ok' : 'receiver down')
    })
  })

  static async start(): Promise<Receiver> {
    const receiver = new Receiver()
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve))
    return receiver
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`
  }

  bodies(): Array<{ id: string; type: string; occurredAt: string; data: Record<string, unknown> }> {
    return this.received.map((request) => JSON.parse(request.body))
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()))
  }
}

/** The verification recipe of docs/webhooks.md, run as a receiver would copy it. */
async function documentedRecipe(): Promise<
  (secret: string, header: string, rawBody: string, nowSeconds?: number) => boolean
> {
  const doc = await readFile(new URL('../../../../docs/webhooks.md', import.meta.url), 'utf8')
  const code = /```js\n([\s\S]*?)```/.exec(doc)?.[1]
  if (!code) throw new Error('docs/webhooks.md has no js block')
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'webhook-recipe-')), 'recipe.mjs')
  await writeFile(file, code)
  return ((await import(file)) as { isGenuine: never }).isGenuine
}

const ENDPOINT_FIELDS = 'id url description events enabled disabledReason failingSince'
const CREATE = `mutation ($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { secret endpoint { ${ENDPOINT_FIELDS} } }
}`
const DELIVERIES = `query ($filter: WebhookDeliveryFilterInput!) {
  webhookDeliveries(filter: $filter, page: { limit: 50 }) {
    totalCount items { id eventType status attemptCount lastStatusCode nextAttemptDue body
      attempts { statusCode error durationMs } }
  }
}`

interface Delivery {
  id: string
  eventType: string
  status: string
  attemptCount: number
  lastStatusCode: number | null
  nextAttemptDue: string | null
  body: string
  attempts: Array<{ statusCode: number | null; error: string | null }>
}

let api: TestApi
let acd: AcdFixture
let receiver: Receiver

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  receiver = await Receiver.start()
}, 60_000)
afterAll(async () => {
  await receiver?.close()
  await api?.stop()
})

async function createEndpoint(events: string[], url = receiver.url, token = acd.tenant.token) {
  const data = await acd.gql<{ createWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
    CREATE,
    { input: { url, events, description: 'CRM' } },
    token,
  )
  return data.createWebhookEndpoint
}

async function deliveriesOf(endpointId: string, token = acd.tenant.token): Promise<Delivery[]> {
  const data = await acd.gql<{ webhookDeliveries: { items: Delivery[] } }>(
    DELIVERIES,
    { filter: { endpointId } },
    token,
  )
  return data.webhookDeliveries.items
}

describe('issue 16: webhooks of a routed call', () => {
  it('G3, A3: a routed call reaches the endpoint as call.offered, call.answered, call.ended and agent status changes, each signed as documented', async () => {
    const isGenuine = await documentedRecipe()
    const { secret, endpoint } = await createEndpoint([
      'CALL_OFFERED',
      'CALL_ANSWERED',
      'CALL_ENDED',
      'AGENT_STATUS_CHANGED',
    ])
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/)
    await acd.settings({ afterCallWorkSeconds: 0 })
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyAgent([group])
    const callId = await acd.sim.placeInboundCall({ from: '13800138000', to: number })
    await eventually(() => expect(acd.sim.channels().find((c) => c.uuid === callId)?.bridgedTo).toBeTruthy())
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
    const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
    acd.sim.hangup(callId)
    await ended

    const statusesOf = (agentId: string) =>
      receiver
        .bodies()
        .filter((body) => body.type === 'agent.status_changed' && body.data.agentId === agentId)
        .map((body) => `${body.data.status}:${body.data.cause}`)
    await eventually(() => {
      const types = receiver.bodies().map((body) => body.type)
      expect(types).toEqual(expect.arrayContaining(['call.offered', 'call.answered', 'call.ended']))
      expect(statusesOf(agent.id)).toEqual(
        expect.arrayContaining(['RINGING:OFFERED', 'ON_CALL:OFFER_ANSWERED', 'IDLE:CALL_ENDED']),
      )
    }, 10_000)
    const bodies = receiver.bodies()
    expect(bodies.find((body) => body.type === 'call.offered')?.data).toMatchObject({
      callId,
      agentId: agent.id,
      callerNumber: '13800138000',
      skillGroupId: group,
    })
    expect(bodies.find((body) => body.type === 'call.ended')?.data).toMatchObject({
      callId,
      direction: 'INBOUND',
      agentId: agent.id,
      skillGroupId: group,
      hangupSide: 'CALLER',
    })

    for (const request of receiver.received) {
      const signature = String(request.headers['x-cc-signature'])
      expect(isGenuine(secret, signature, request.body), request.body).toBe(true)
      expect(isGenuine('whsec_someone-else', signature, request.body)).toBe(false)
      expect(isGenuine(secret, signature, request.body.replace('}', ' }'))).toBe(false)
      expect(request.headers['x-cc-event']).toBe(JSON.parse(request.body).type)
    }
    // A captured request replayed later than five minutes is refused by the recipe.
    const first = receiver.received[0]!
    expect(
      isGenuine(secret, String(first.headers['x-cc-signature']), first.body, Date.now() / 1000 + 600),
    ).toBe(false)

    const log = await deliveriesOf(endpoint.id)
    expect(log.length).toBe(receiver.received.length)
    expect(log.every((delivery) => delivery.status === 'DELIVERED' && delivery.lastStatusCode === 200)).toBe(
      true,
    )
    expect(new Set(log.map((delivery) => delivery.id))).toEqual(
      new Set(receiver.received.map((request) => request.headers['x-cc-delivery'])),
    )
    await acd.gql(`mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpoint.id })
    receiver.received.length = 0
  })
})

describe('issue 16: retries, disabling and replay', () => {
  let now = Date.now()
  let dispatcher: WebhookDispatcher
  const mails: MailMessage[] = []

  beforeAll(async () => {
    // The app's own dispatcher runs on the real clock; this block drives one on a clock of its own.
    await api.services.webhookDispatcher.stop()
    dispatcher = new WebhookDispatcher({
      db: api.db,
      // The key file the API made in its data directory.
      secrets: new SecretBox(undefined, api.dataDir),
      clock: { now: () => new Date(now) },
      mailer: {
        send: async (message) => {
          mails.push(message)
          return { messageId: String(mails.length), delivery: 'SENT' }
        },
      },
      allowInternal: true,
      logger: console,
      random: () => 0.5,
    })
  })
  afterAll(() => api.services.webhookDispatcher.start())

  const ping = (id: string) =>
    acd.gql<{ pingWebhookEndpoint: { id: string } }>(
      `mutation ($id: ID!) { pingWebhookEndpoint(id: $id) { id } }`,
      {
        id,
      },
    )

  it('a receiver that fails, then answers, gets the same delivery again after the backoff', async () => {
    receiver.received.length = 0
    const { endpoint } = await createEndpoint(['CALL_ENDED'])
    const { pingWebhookEndpoint: sent } = await ping(endpoint.id)
    now = Date.now() + 1_000
    receiver.answers = [500]
    expect(await dispatcher.runOnce()).toBe(1)
    let [delivery] = await deliveriesOf(endpoint.id)
    expect(delivery).toMatchObject({ id: sent.id, status: 'PENDING', attemptCount: 1, lastStatusCode: 500 })
    expect(delivery!.attempts).toEqual([expect.objectContaining({ statusCode: 500, error: 'receiver down' })])
    // Due 30 s later (no jitter at random 0.5): not before.
    expect(new Date(delivery!.nextAttemptDue!).getTime() - now).toBe(30_000)
    now += 29_000
    expect(await dispatcher.runOnce()).toBe(0)
    now += 2_000
    expect(await dispatcher.runOnce()).toBe(1)
    ;[delivery] = await deliveriesOf(endpoint.id)
    expect(delivery).toMatchObject({
      status: 'DELIVERED',
      attemptCount: 2,
      lastStatusCode: 200,
      nextAttemptDue: null,
    })
    expect(receiver.received.map((request) => request.body)).toEqual([delivery!.body, delivery!.body])
    expect(receiver.received.map((request) => request.headers['x-cc-delivery'])).toEqual([sent.id, sent.id])

    // Replayed: the same ID and body once more.
    await acd.gql(`mutation ($id: ID!) { replayWebhookDelivery(id: $id) { status } }`, { id: sent.id })
    expect(await dispatcher.runOnce()).toBe(1)
    expect(receiver.received.at(-1)?.body).toBe(delivery!.body)
  })

  it('an endpoint whose deliveries fail for a day is disabled, its creator is told, and enabling it again starts afresh', async () => {
    const { endpoint } = await createEndpoint(['CALL_ENDED'])
    receiver.answers = Array(40).fill(503)
    await ping(endpoint.id)
    // The delivery is retried for a day, then fails; a later one is still failing a day after the first.
    for (let hour = 0; hour <= 26; hour += 1) {
      now += 3_600_000
      await dispatcher.runOnce()
      if (hour === 24) await ping(endpoint.id)
    }
    const { webhookEndpoints } = await acd.gql<{
      webhookEndpoints: Array<{ id: string; enabled: boolean; disabledReason: string | null }>
    }>(`{ webhookEndpoints { id enabled disabledReason } }`)
    expect(webhookEndpoints.find((found) => found.id === endpoint.id)).toMatchObject({
      enabled: false,
      disabledReason: 'FAILING',
    })
    const log = await deliveriesOf(endpoint.id)
    expect(log.map((delivery) => delivery.status)).toEqual(['FAILED', 'FAILED'])
    expect(mails).toEqual([
      expect.objectContaining({ to: acd.tenant.email, text: expect.stringContaining(receiver.url) }),
    ])

    receiver.answers = []
    await ping(endpoint.id)
    expect(await dispatcher.runOnce()).toBe(0)
    await acd.gql(
      `mutation ($id: ID!) { updateWebhookEndpoint(id: $id, input: { enabled: true }) { enabled } }`,
      {
        id: endpoint.id,
      },
    )
    expect(await dispatcher.runOnce()).toBe(1)
    expect((await deliveriesOf(endpoint.id))[0]?.status).toBe('DELIVERED')
  })
})

describe('issue 16: where webhooks may go', () => {
  it('refuses plain http: and malformed URLs with specific codes, and internal addresses in production', async () => {
    const attempt = await api.graphql(
      CREATE,
      { input: { url: 'http://crm.example.com/hook', events: ['CALL_ENDED'] } },
      {
        token: acd.tenant.token,
      },
    )
    expect(attempt.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'url', code: 'WEBHOOK_URL_NOT_HTTPS' }),
    ])
    const malformed = await api.graphql(
      CREATE,
      { input: { url: 'crm', events: [] } },
      { token: acd.tenant.token },
    )
    expect(malformed.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'url', code: 'INVALID_URL' }),
      expect.objectContaining({ field: 'events', code: 'TOO_FEW' }),
    ])
    expect(webhookUrlProblem('https://10.1.2.3/hook', false)).toBe('INTERNAL_ADDRESS')
    expect(webhookUrlProblem('https://[::1]/hook', false)).toBe('INTERNAL_ADDRESS')
    expect(webhookUrlProblem('https://localhost/hook', false)).toBe('INTERNAL_ADDRESS')
    expect(webhookUrlProblem('http://localhost:8080/hook', false)).toBe('NOT_HTTPS')
    expect(webhookUrlProblem('http://localhost:8080/hook', true)).toBeUndefined()
    expect(webhookUrlProblem('https://crm.example.com/hook', false)).toBeUndefined()
    for (const address of [
      '127.0.0.1',
      '10.0.0.8',
      '172.20.1.1',
      '192.168.1.1',
      '169.254.169.254',
      '::1',
      'fd00::1',
      '::ffff:10.0.0.1',
    ])
      expect(isInternalAddress(address), address).toBe(true)
    for (const address of ['8.8.8.8', '203.0.114.7', '2001:4860:4860::8888'])
      expect(isInternalAddress(address), address).toBe(false)
  })

  it('in production a request to a name that resolves to loopback, or to an internal address literal, never leaves', async () => {
    receiver.received.length = 0
    const port = new URL(receiver.url).port
    for (const url of [`http://localhost:${port}/hooks`, `http://127.0.0.1:${port}/hooks`]) {
      const response = await sendWebhook({
        url,
        secret: 'whsec_x',
        deliveryId: 'd',
        eventType: 'ping',
        body: '{}',
        timestamp: 1,
        allowInternal: false,
      })
      expect(response).toMatchObject({ delivered: false, statusCode: null })
      expect(response.error).toMatch(/private or loopback/)
    }
    expect(receiver.received).toEqual([])
  })
})

describe('issue 16: webhooks belong to the company’s administrators', () => {
  let other: TestTenant

  beforeAll(async () => {
    other = await signupTenant(api, 'Other Co')
  })

  it('another company finds neither the endpoints nor their deliveries, even by ID', async () => {
    const { endpoint } = await createEndpoint(['CALL_ENDED'])
    const list = await acd.gql<{ webhookEndpoints: Array<{ id: string }> }>(
      `{ webhookEndpoints { id } }`,
      {},
      other.token,
    )
    expect(list.webhookEndpoints).toEqual([])
    for (const [query, variables] of [
      [DELIVERIES, { filter: { endpointId: endpoint.id } }],
      [`mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }`, { id: endpoint.id }],
      [`mutation ($id: ID!) { pingWebhookEndpoint(id: $id) { id } }`, { id: endpoint.id }],
      [`mutation ($id: ID!) { rotateWebhookSecret(id: $id) { secret } }`, { id: endpoint.id }],
    ] as const) {
      const result = await api.graphql(query, variables, { token: other.token })
      expect(result.errors?.[0]?.extensions?.code, query).toBe('NOT_FOUND')
    }
  })

  it('agents, organisation-scoped admins and API keys may not manage webhooks', async () => {
    const agent = await addAgent(api, acd.tenant.token)
    const scoped = await addAgent(api, acd.tenant.token, {
      role: 'ADMIN',
      organization: 'INBOUND',
      agentNumber: null,
    })
    const key = await acd.gql<{ createApiKey: { key: string } }>(
      `mutation { createApiKey(input: { name: "CRM", role: ADMIN }) { key } }`,
    )
    for (const token of [
      await signInInvited(api, agent.email),
      await signInInvited(api, scoped.email),
      key.createApiKey.key,
    ]) {
      const result = await api.graphql(`{ webhookEndpoints { id } }`, {}, { token })
      expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
  })
})
