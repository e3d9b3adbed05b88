// G2: the softphone settings the workstation registers with — the agent's own SIP account and the
// WebSocket address of a switch node from configuration, never anyone else's password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'

const MY_SOFTPHONE = `{ mySoftphone { sipUri authUser password domain displayName websocketUrl node iceServers { urls username credential } } }`

interface SoftphoneData {
  sipUri: string
  authUser: string
  password: string
  domain: string
  displayName: string
  websocketUrl: string
  node: string | null
  iceServers: { urls: string[]; username: string | null; credential: string | null }[]
}

let api: TestApi
let tenant: TestTenant

const NODES = 'fs1:8021=wss://cc.example.com/sip/fs1/,fs2:8021=wss://cc.example.com/sip/fs2/'
const ICE =
  '[{"urls":"stun:stun.example.com:3478"},{"urls":["turn:turn.example.com"],"username":"u","credential":"p"}]'

beforeAll(async () => {
  api = await startTestApi({ env: { SIP_WEBSOCKET_URLS: NODES, WEBRTC_ICE_SERVERS: ICE } })
  tenant = await signupTenant(api)
})

afterAll(async () => {
  await api?.stop()
})

async function agentWithToken(admin: TestTenant, input: Record<string, unknown> = {}) {
  const agent = await addAgent(api, admin.token, { name: '李坐席', ...input })
  return { ...agent, token: await signInInvited(api, agent.email) }
}

async function softphoneOf(token: string) {
  return api.graphql<{ mySoftphone: SoftphoneData }>(MY_SOFTPHONE, {}, { token })
}

describe('mySoftphone', () => {
  it('G2: an agent gets their own SIP account, a configured node’s WebSocket address and the ICE servers', async () => {
    const agent = await agentWithToken(tenant)
    const result = await softphoneOf(agent.token)
    expect(result.errors).toBeUndefined()
    const softphone = result.data!.mySoftphone
    const admin = await api.graphql<{
      agentSipCredentials: { user: string; password: string; domain: string }
    }>(
      'query ($id: ID!) { agentSipCredentials(id: $id) { user password domain } }',
      { id: agent.id },
      { token: tenant.token },
    )
    const credentials = admin.data!.agentSipCredentials
    expect(softphone).toMatchObject({
      sipUri: `sip:${credentials.user}@${credentials.domain}`,
      authUser: agent.agentNumber!.toLowerCase(),
      password: credentials.password,
      domain: credentials.domain,
      displayName: '李坐席',
    })
    expect(['fs1:8021', 'fs2:8021']).toContain(softphone.node)
    expect(softphone.websocketUrl).toBe(`wss://cc.example.com/sip/${softphone.node!.slice(0, 3)}/`)
    expect(softphone.iceServers).toEqual([
      { urls: ['stun:stun.example.com:3478'], username: null, credential: null },
      { urls: ['turn:turn.example.com'], username: 'u', credential: 'p' },
    ])
    // The same agent lands on the same node every time, so a reload keeps the registration's node.
    expect((await softphoneOf(agent.token)).data!.mySoftphone.node).toBe(softphone.node)
  })

  it('G2: an agent registered on a node is sent back to that node', async () => {
    const agent = await agentWithToken(tenant)
    const first = (await softphoneOf(agent.token)).data!.mySoftphone
    const other = first.node === 'fs1:8021' ? 'fs2:8021' : 'fs1:8021'
    await api.db.inTenant(tenant.tenantId, (em) =>
      em.execute(
        `insert into agent_presence (tenant_id, user_id, registered_node, registered_until)
         values (?, ?, ?, now() + interval '1 minute')`,
        [tenant.tenantId, agent.id, other],
      ),
    )
    expect((await softphoneOf(agent.token)).data!.mySoftphone.node).toBe(other)
  })

  it('G2: a member without an agent number is told they have no SIP account', async () => {
    const result = await softphoneOf(tenant.token)
    expect(result.data).toBeNull()
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NO_SIP_ACCOUNT' })
    expect(result.errors![0]!.message).toMatch(/no agent number/)
  })

  it('G2: an API key gets no softphone, and anonymous callers are refused', async () => {
    const created = await api.graphql<{ createApiKey: { key: string } }>(
      'mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
      { input: { name: 'CRM', role: 'ADMIN' } },
      { token: tenant.token },
    )
    const byKey = await softphoneOf(created.data!.createApiKey.key)
    expect(byKey.errors![0]!.extensions!.code).toBe('FORBIDDEN')
    const anonymous = await api.graphql(MY_SOFTPHONE)
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED')
  })

  it('G2: agents of two companies each get their own company’s account', async () => {
    const other = await signupTenant(api, 'Other Company')
    const mine = (await softphoneOf((await agentWithToken(tenant)).token)).data!.mySoftphone
    const theirs = (await softphoneOf((await agentWithToken(other)).token)).data!.mySoftphone
    expect(mine.domain).not.toBe(theirs.domain)
    expect(theirs.sipUri.endsWith(`@${theirs.domain}`)).toBe(true)
  })
})
