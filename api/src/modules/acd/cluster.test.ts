// A3 with two API instances, each owning its own switch node, routing 200 simultaneous calls from one
// pool of agents: every call reaches exactly one agent and no agent gets two calls.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addSkillGroup, signupTenant, type TestTenant } from '../../../test/factories.js'
import { inboundDialplanVariables } from '../../telephony/calls/variables.js'
import { SwitchSimulator } from '../../telephony/sim/switch.js'

const CALLS = Number(process.env.ACD_CALLS ?? 200)
const AGENTS = 200

let first: TestApi
let second: TestApi | undefined
let tenant: TestTenant
const switches: SwitchSimulator[] = []

beforeAll(async () => {
  for (let index = 0; index < 2; index++) {
    const sim = new SwitchSimulator({
      dialplan: async (call) => {
        // Both switches ask the platform's directory, as each node's mod_xml_curl would.
        const route = await first?.services.telephonyDirectory.findNumber(call.to)
        return route && inboundDialplanVariables(route)
      },
    })
    await sim.start()
    switches.push(sim)
  }
  const env = (sim: SwitchSimulator) => ({
    FREESWITCH_NODES: `127.0.0.1:${sim.port}:${sim.password}`,
    SWITCH_OWNERSHIP_POLL_MS: '200',
    CALL_RECORD_FLUSH_MS: '50',
    ACD_SWEEP_MS: '250',
    LOG_LEVEL: process.env.ACD_LOG ?? 'silent',
  })
  first = await startTestApi({ env: env(switches[0]!) })
  second = await startTestApi({ env: env(switches[1]!), ownerUrl: first.ownerUrl })
  for (const api of [first, second])
    await eventually(() => expect(api.telephony.cluster.health()[0]?.isOwnedHere).toBe(true), 10_000)
  tenant = await signupTenant(first)
}, 60_000)

afterAll(async () => {
  await second?.stop()
  await first?.stop()
  for (const sim of switches) await sim.stop()
})

it('A3: two API instances, each owning a switch node, route 200 simultaneous calls; each call is answered by exactly one agent reachable from its node, no agent gets two', async () => {
  const group = await addSkillGroup(first, tenant.token)
  const number = '+864009990000'
  const added = await first.graphql(
    `mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }`,
    { input: { number, skillGroupId: group } },
    { token: tenant.token },
  )
  expect(added.errors).toBeUndefined()
  // All 200 callers may wait at once (the default limit of 50 would send the rest to the overflow).
  const routing = await first.graphql(
    `mutation ($id: ID!) { updateSkillGroupRouting(id: $id, input: { maxQueueLength: 1000 }) { id } }`,
    { id: group },
    { token: tenant.token },
  )
  expect(routing.errors).toBeUndefined()
  // The agents are rows, not invitations: what is under test is routing, not 200 sign-ups.
  const sipDomain = 'cluster.test.example'
  const agentIds = Array.from({ length: AGENTS }, () => randomUUID())
  await first.db.inTenant(tenant.tenantId, async (em) => {
    await em.execute('update tenant set sip_domain = ?', [sipDomain])
    for (const [index, id] of agentIds.entries()) {
      await em.execute(
        `insert into app_user (id, tenant_id, email, name, password_hash, role, organization, agent_number)
         values (?, ?, ?, ?, 'x', 'AGENT', 'INBOUND', ?)`,
        [
          id,
          tenant.tenantId,
          `load-${index}-${id.slice(0, 8)}@example.com`,
          `Agent ${index}`,
          `9${String(index).padStart(4, '0')}`,
        ],
      )
      await em.execute(
        'insert into skill_group_member (skill_group_id, user_id, tenant_id) values (?, ?, ?)',
        [group, id, tenant.tenantId],
      )
      await em.execute(
        `insert into agent_presence (user_id, tenant_id, answering_mode, phone_kind, signed_in_at, heartbeat_at,
           registered_until, status, idle_since)
         values (?, ?, 'SIP', 'DESK_PHONE', now(), now() + interval '1 hour', now() + interval '1 hour', 'IDLE',
           now() - make_interval(secs => ?))`,
        [id, tenant.tenantId, index],
      )
    }
  })
  // Each phone registers with one of the two nodes; calls parked on a node go to agents reachable there.
  for (let index = 0; index < AGENTS; index++)
    switches[index % 2]!.registerUser(`9${String(index).padStart(4, '0')}`, sipDomain, {
      kind: 'answer-after',
      ms: 50,
    })
  await eventually(async () => {
    const [registered] = await first.db.inTenant(tenant.tenantId, (em) =>
      em.execute<Array<{ count: number }>>(
        'select count(*)::int as count from agent_presence where registered_node is not null',
      ),
    )
    expect(registered?.count).toBe(AGENTS)
  }, 30_000)

  const callers = await Promise.all(
    Array.from({ length: CALLS }, (_, index) =>
      switches[index % 2]!.placeInboundCall({ from: `1380000${String(index).padStart(4, '0')}`, to: number }),
    ),
  )
  const channels = () => switches.flatMap((sim) => sim.channels())
  await eventually(
    () => expect(channels().filter((c) => callers.includes(c.uuid) && c.bridgedTo)).toHaveLength(CALLS),
    60_000,
    200,
  )

  const agentLegs = channels().filter((channel) => channel.variables['cc_agent_id'])
  const answeringAgents = agentLegs.map((leg) => leg.variables['cc_agent_id'])
  expect(agentLegs).toHaveLength(CALLS)
  expect(new Set(answeringAgents).size).toBe(CALLS)
  expect(new Set(agentLegs.map((leg) => leg.variables['cc_call_id'])).size).toBe(CALLS)
  for (const [index, caller] of callers.entries()) {
    // The caller and the agent's leg are on the same switch: the agent's phone registered there.
    const sim = switches[index % 2]!
    const bridgedTo = sim.channels().find((channel) => channel.uuid === caller)!.bridgedTo
    expect(sim.channels().find((leg) => leg.uuid === bridgedTo)?.variables['cc_call_id']).toBe(caller)
  }
  const offers = await first.db.inTenant(tenant.tenantId, (em) =>
    em.execute<Array<{ user_id: string; offers: number }>>(
      `select user_id, count(*)::int as offers from agent_status_log where cause = 'OFFERED' group by user_id`,
    ),
  )
  expect(offers.every((row) => row.offers === 1)).toBe(true)
  expect(offers).toHaveLength(CALLS)
}, 120_000)
