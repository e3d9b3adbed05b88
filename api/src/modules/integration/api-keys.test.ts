import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import WebSocket from 'ws'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  signInInvited,
  signupTenant,
  uniqueEmail,
  type TestTenant,
} from '../../../test/factories.js'

const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id name role organization keyPrefix lastUsedAt revokedAt } }
}`

interface CreatedKey {
  key: string
  apiKey: { id: string; keyPrefix: string; role: string; organization: string | null }
}

async function createKey(api: TestApi, token: string, input: Record<string, unknown>): Promise<CreatedKey> {
  const result = await api.graphql<{ createApiKey: CreatedKey }>(CREATE_KEY, { input }, { token })
  if (!result.data) throw new Error(JSON.stringify(result.errors))
  return result.data.createApiKey
}

describe('X5: API keys', () => {
  let api: TestApi
  let admin: TestTenant
  let inbound: string
  let telesales: string

  beforeAll(async () => {
    api = await startTestApi()
    admin = await signupTenant(api, 'Integration Co')
    inbound = (await addAgent(api, admin.token, { organization: 'INBOUND' })).id
    telesales = (await addAgent(api, admin.token, { organization: 'TELESALES' })).id
  })
  afterAll(() => api.stop())

  it('X5: the key is shown once, recognisable by its prefix, and stored only as a hash', async () => {
    const created = await createKey(api, admin.token, { name: 'CRM sync', role: 'ADMIN' })
    expect(created.key).toMatch(/^cck_[A-Za-z0-9_-]{43}$/)
    expect(created.key.startsWith(created.apiKey.keyPrefix)).toBe(true)
    const rows = await api.db.inTenant(admin.tenantId, (em) =>
      em.execute<{ key_hash: string }[]>('select * from api_key where id = ?', [created.apiKey.id]),
    )
    expect(JSON.stringify(rows)).not.toContain(created.key)
    expect(rows[0]!.key_hash).toBe(createHash('sha256').update(created.key).digest('base64url'))
    const list = await api.graphql<{ apiKeys: { items: Record<string, unknown>[] } }>(
      '{ apiKeys { items { id name keyPrefix } } }',
      {},
      { token: admin.token },
    )
    expect(list.data!.apiKeys.items).toContainEqual({
      id: created.apiKey.id,
      name: 'CRM sync',
      keyPrefix: created.apiKey.keyPrefix,
    })
  })

  it('X5: a key works as a bearer token with the isolation of its role and organisation; last use is recorded', async () => {
    const created = await createKey(api, admin.token, {
      name: 'Inbound CRM',
      role: 'ADMIN',
      organization: 'INBOUND',
    })
    const agents = await api.graphql<{ agents: { items: { id: string }[] } }>(
      '{ agents(page: { limit: 100 }) { items { id } } }',
      {},
      { token: created.key },
    )
    const ids = agents.data!.agents.items.map((item) => item.id)
    expect(ids).toContain(inbound)
    expect(ids).not.toContain(telesales)
    const foreign = await api.graphql(
      'query ($id: ID!) { agent(id: $id) { id } }',
      { id: telesales },
      {
        token: created.key,
      },
    )
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    // Mutations too, confined the same way, and audited as the key.
    const added = await api.graphql<{ createAgent: { agent: { id: string } } }>(
      'mutation ($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }',
      {
        input: {
          name: 'By key',
          email: uniqueEmail(),
          agentNumber: 'K1',
          role: 'AGENT',
          organization: 'INBOUND',
        },
      },
      { token: created.key },
    )
    expect(added.errors).toBeUndefined()
    const outside = await api.graphql(
      'mutation ($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }',
      {
        input: {
          name: 'X',
          email: uniqueEmail(),
          agentNumber: 'K2',
          role: 'AGENT',
          organization: 'TELESALES',
        },
      },
      { token: created.key },
    )
    expect(outside.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const audit = await api.graphql<{ auditLog: { items: Record<string, unknown>[] } }>(
      'query ($id: ID!) { auditLog(filter: { entityId: $id }) { items { action actorKind actorId actorName } } }',
      { id: added.data!.createAgent.agent.id },
      { token: admin.token },
    )
    expect(audit.data!.auditLog.items).toEqual([
      { action: 'AGENT_CREATED', actorKind: 'API_KEY', actorId: created.apiKey.id, actorName: 'Inbound CRM' },
    ])
    const keys = await api.graphql<{ apiKeys: { items: { id: string; lastUsedAt: string | null }[] } }>(
      '{ apiKeys { items { id lastUsedAt } } }',
      {},
      { token: admin.token },
    )
    expect(keys.data!.apiKeys.items.find((key) => key.id === created.apiKey.id)!.lastUsedAt).not.toBeNull()
  })

  it('X5: an AGENT key sees no member; a key cannot mint or revoke keys', async () => {
    const agentKey = await createKey(api, admin.token, {
      name: 'Wallboard',
      role: 'AGENT',
      organization: 'INBOUND',
    })
    const agents = await api.graphql<{ agents: { totalCount: number } }>(
      '{ agents { totalCount } }',
      {},
      {
        token: agentKey.key,
      },
    )
    expect(agents.data!.agents.totalCount).toBe(0)
    const adminKey = await createKey(api, admin.token, { name: 'Full', role: 'ADMIN' })
    const minted = await api.graphql(
      CREATE_KEY,
      { input: { name: 'Child', role: 'AGENT' } },
      { token: adminKey.key },
    )
    expect(minted.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('X5: a key never outranks its creator; an organisation-scoped admin’s keys stay in the organisation', async () => {
    const scoped = await addAgent(api, admin.token, { role: 'ADMIN', organization: 'TELESALES' })
    const token = await signInInvited(api, scoped.email)
    const other = await api.graphql(
      CREATE_KEY,
      { input: { name: 'X', role: 'ADMIN', organization: 'INBOUND' } },
      {
        token,
      },
    )
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const own = await createKey(api, token, { name: 'Mine', role: 'ADMIN' })
    expect(own.apiKey.organization).toBe('TELESALES')
    const superKey = await api.graphql(
      CREATE_KEY,
      { input: { name: 'X', role: 'SUPER_ADMIN' } },
      {
        token: admin.token,
      },
    )
    expect(superKey.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const list = await api.graphql<{ apiKeys: { items: { organization: string }[] } }>(
      '{ apiKeys(page: { limit: 100 }) { items { organization } } }',
      {},
      { token },
    )
    expect(new Set(list.data!.apiKeys.items.map((key) => key.organization))).toEqual(new Set(['TELESALES']))
  })

  it('X5: a key opens subscriptions; revoking it refuses the next request and closes its sockets at once', async () => {
    const created = await createKey(api, admin.token, { name: 'Realtime', role: 'ADMIN' })
    const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws')
    const messages: { type: string }[] = []
    const acked = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(String(data)) as { type: string }
        messages.push(message)
        if (message.type === 'connection_ack') resolve()
      }),
    )
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
    )
    await new Promise((resolve) => socket.once('open', resolve))
    onTestFinished(() => socket.terminate())
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authToken: created.key } }))
    await acked
    socket.send(
      JSON.stringify({
        id: '1',
        type: 'subscribe',
        payload: { query: 'subscription { viewerUpdated { id } }' },
      }),
    )
    expect(
      (await api.graphql('{ agents { totalCount } }', {}, { token: created.key })).errors,
    ).toBeUndefined()
    const revoked = await api.graphql<{ revokeApiKey: { revokedAt: string } }>(
      'mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: created.apiKey.id },
      { token: admin.token },
    )
    expect(revoked.data!.revokeApiKey.revokedAt).toBeTruthy()
    expect(await closed).toEqual({ code: 4401, reason: 'Session ended: API_KEY_REVOKED' })
    const after = await api.graphql('{ agents { totalCount } }', {}, { token: created.key })
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    expect(messages.filter((message) => message.type === 'error')).toEqual([])
  })

  it('X5: an unknown key is not a session token and authenticates nothing', async () => {
    const result = await api.graphql('{ agents { totalCount } }', {}, { token: `cck_${'x'.repeat(43)}` })
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })
})
