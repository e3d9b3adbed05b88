// A3, G2, G3, X6 against the switch simulator and a real PostgreSQL: routed inbound calls, every
// strategy, ring timeout, queue limits and overflow, the miss limit, and stuck states healing.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { TestApi } from '../../../test/api.js'
import { startAcdTestApi, type ReadyAgent as Agent, type AcdFixture } from '../../../test/acd-fixtures.js'
import { endsCall, waitForFlush } from '../../telephony/calls/wait.js'
import type { SwitchSimulator } from '../../telephony/sim/switch.js'
import { eventually } from '../../../test/eventually.js'
import { loginToken } from '../../../test/factories.js'

let api: TestApi
let acd: AcdFixture
let sim: SwitchSimulator
let sipDomain: string

const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) => acd.sql<T>(query, params)
const gql = <T>(query: string, variables: Record<string, unknown> = {}, token?: string) =>
  acd.gql<T>(query, variables, token)
const skillGroup = (routing: Record<string, unknown> = {}) => acd.skillGroup(routing)
const numberFor = (skillGroupId: string) => acd.numberFor(skillGroupId)
const readyAgent = (skillGroupIds: string[]) => acd.readyAgent(skillGroupIds)
const stateOf = (agent: Agent) => acd.stateOf(agent)
const settings = (input: Record<string, unknown>) => acd.settings(input)
const agentLegs = (callId: string) => acd.legsOf(callId).filter((leg) => leg.variables['cc_agent_id'])

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  sim = acd.sim
  sipDomain = acd.sipDomain
}, 60_000)
afterAll(() => api?.stop())

beforeEach(async () => {
  await acd.reset()
  await settings({ afterCallWorkSeconds: 0, ringTimeoutSeconds: 20, maxMissedOffers: 3 })
})

describe('A3 routing: a call from the queue to an agent', () => {
  it('A3 G3: an inbound call rings the IDLE agent, is bridged, recorded with agent and skill group, then after-call work', async () => {
    await settings({ afterCallWorkSeconds: 1 })
    const group = await skillGroup()
    const number = await numberFor(group)
    const agent = await readyAgent([group])

    const callId = await sim.placeInboundCall({ from: '13800138000', to: number })
    await eventually(() => expect(sim.channels().find((c) => c.uuid === callId)?.bridgedTo).toBeTruthy())
    const [agentLeg] = agentLegs(callId)
    expect(agentLeg?.variables['cc_agent_id']).toBe(agent.id)
    await eventually(async () => expect((await stateOf(agent)).status).toBe('ON_CALL'))

    const ended = waitForFlush(api.telephony.cluster.queue, endsCall(callId))
    sim.hangup(callId)
    await ended
    await eventually(async () => expect((await stateOf(agent)).status).toBe('AFTER_CALL_WORK'))
    await eventually(async () => expect((await stateOf(agent)).status).toBe('IDLE'), 5000)

    const record = await gql<{ callRecord: Record<string, unknown> }>(
      `query ($id: ID!) { callRecord(id: $id) { agentId skillGroupId answeredAt bridgedAt hangupSide } }`,
      { id: callId },
    )
    expect(record.callRecord).toMatchObject({ agentId: agent.id, skillGroupId: group, hangupSide: 'CALLER' })
    expect(record.callRecord.answeredAt).not.toBeNull()
    // The administrator reads the agent's history, newest first.
    const { agentStatusHistory } = await gql<{
      agentStatusHistory: {
        totalCount: number
        items: Array<{ status: string; cause: string; detail: string | null }>
      }
    }>(
      `query ($a: ID!) { agentStatusHistory(agentId: $a, page: { limit: 10 }) { totalCount items { status cause detail } } }`,
      { a: agent.id },
    )
    expect(agentStatusHistory.items.map((entry) => `${entry.status}:${entry.cause}`).reverse()).toEqual([
      'IDLE:SIGNED_IN',
      'RINGING:OFFERED',
      'ON_CALL:OFFER_ANSWERED',
      'AFTER_CALL_WORK:CALL_ENDED',
      'IDLE:AFTER_CALL_WORK_ENDED',
    ])
    expect(agentStatusHistory.items.find((entry) => entry.cause === 'OFFERED')?.detail).toBe(callId)
  })

  it('A3: with no IDLE agent the caller waits in the queue, and the first agent to become IDLE gets the call', async () => {
    const group = await skillGroup()
    const number = await numberFor(group)
    const callId = await sim.placeInboundCall({ from: '13800138001', to: number })
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(1),
    )
    const agent = await readyAgent([group])
    await eventually(() =>
      expect(agentLegs(callId).map((leg) => leg.variables['cc_agent_id'])).toEqual([agent.id]),
    )
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(0),
    )
  })
})

describe('A3 strategies', () => {
  /** Two agents in one group; `prefer` sets up the inputs so that the strategy must pick `expected`. */
  async function picks(strategy: string, arrange: (a: Agent, b: Agent, group: string) => Promise<void>) {
    const group = await skillGroup({ strategy })
    const number = await numberFor(group)
    const a = await readyAgent([group])
    const b = await readyAgent([group])
    await arrange(a, b, group)
    const callId = await sim.placeInboundCall({ from: '13800138002', to: number })
    await eventually(() => expect(agentLegs(callId)).toHaveLength(1))
    const picked = agentLegs(callId)[0]!.variables['cc_agent_id']
    sim.hangup(callId)
    return { picked, a, b }
  }

  it('A3: LONGEST_IDLE offers the agent idle the longest', async () => {
    const { picked, b } = await picks('LONGEST_IDLE', async (a, b) => {
      await sql(`update agent_presence set idle_since = now() - interval '1 minute' where user_id = ?`, [
        a.id,
      ])
      await sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
        b.id,
      ])
    })
    expect(picked).toBe(b.id)
  })

  it('A3: ROUND_ROBIN offers the member offered a call from the group the longest ago', async () => {
    const { picked, a } = await picks('ROUND_ROBIN', async (a, b, group) => {
      // b idled longer, but a's turn in this group is older.
      await sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
        b.id,
      ])
      await sql(
        `update skill_group_member set last_offered_at = now() - interval '1 hour' where user_id = ? and skill_group_id = ?`,
        [a.id, group],
      )
      await sql(
        `update skill_group_member set last_offered_at = now() - interval '1 minute' where user_id = ? and skill_group_id = ?`,
        [b.id, group],
      )
    })
    expect(picked).toBe(a.id)
  })

  it('A3: FEWEST_CALLS offers the agent with the fewest calls today', async () => {
    const { picked, a } = await picks('FEWEST_CALLS', async (a, b) => {
      await sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
        b.id,
      ])
      const today = (
        await sql<{ d: string }>(
          `select to_char((now() at time zone 'Asia/Shanghai')::date, 'YYYY-MM-DD') as d`,
        )
      )[0]!.d
      await sql(`update agent_presence set calls_today = 1, calls_today_on = ? where user_id = ?`, [
        today,
        a.id,
      ])
      await sql(`update agent_presence set calls_today = 7, calls_today_on = ? where user_id = ?`, [
        today,
        b.id,
      ])
    })
    expect(picked).toBe(a.id)
  })

  it('A3: PRIORITY offers the member with the best priority first', async () => {
    const { picked, a } = await picks('PRIORITY', async (a, b, group) => {
      await sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
        b.id,
      ])
      await sql(`update skill_group_member set priority = 2 where user_id = ? and skill_group_id = ?`, [
        a.id,
        group,
      ])
      await sql(`update skill_group_member set priority = 5 where user_id = ? and skill_group_id = ?`, [
        b.id,
        group,
      ])
    })
    expect(picked).toBe(a.id)
  })
})

describe('A3 offers that fail', () => {
  it('A3 G3: a rejected offer goes to the next agent, and the miss counts against the first', async () => {
    const group = await skillGroup()
    const number = await numberFor(group)
    const first = await readyAgent([group])
    const second = await readyAgent([group])
    await sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
      first.id,
    ])
    sim.setEndpointBehaviour(`${first.sipUser}@${sipDomain}`, { kind: 'reject' })
    const callId = await sim.placeInboundCall({ from: '13800138003', to: number })
    await eventually(() =>
      expect(agentLegs(callId).find((leg) => leg.bridgedTo)?.variables['cc_agent_id']).toBe(second.id),
    )
    const [presence] = await sql<{ missed_in_row: number; status: string }>(
      'select missed_in_row, status from agent_presence where user_id = ?',
      [first.id],
    )
    expect(presence).toMatchObject({ missed_in_row: 1, status: 'IDLE' })
  })

  it('A3: a ring timeout moves the call to the next agent', async () => {
    await settings({ ringTimeoutSeconds: 5 })
    const group = await skillGroup()
    const number = await numberFor(group)
    const slow = await readyAgent([group])
    const other = await readyAgent([group])
    await sql(`update agent_presence set idle_since = now() - interval '5 minutes' where user_id = ?`, [
      slow.id,
    ])
    sim.setEndpointBehaviour(`${slow.sipUser}@${sipDomain}`, { kind: 'no-answer' })
    const callId = await sim.placeInboundCall({ from: '13800138004', to: number })
    await eventually(() =>
      expect(agentLegs(callId).map((leg) => leg.variables['cc_agent_id'])).toEqual([slow.id]),
    )
    await eventually(
      () => expect(agentLegs(callId).find((leg) => leg.bridgedTo)?.variables['cc_agent_id']).toBe(other.id),
      10_000,
    )
    expect(
      (
        await sql('select cause, detail from agent_status_log where user_id = ? and cause = ?', [
          slow.id,
          'OFFER_MISSED',
        ])
      )[0],
    ).toMatchObject({ detail: 'NO_ANSWER' })
  }, 20_000)

  it('G3: too many missed offers in a row set the agent not ready, and the agent is told why', async () => {
    await settings({ maxMissedOffers: 2 })
    const group = await skillGroup()
    const number = await numberFor(group)
    const agent = await readyAgent([group])
    sim.setEndpointBehaviour(`${agent.sipUser}@${sipDomain}`, { kind: 'reject' })
    await sim.placeInboundCall({ from: '13800138005', to: number })
    await eventually(async () => expect((await stateOf(agent)).notice).toBe('MISSED_OFFERS_LIMIT'), 5000)
    const state = await stateOf(agent)
    expect(state.status).toBe('NOT_READY')
    const [reason] = await sql<{ code: string }>('select code from not_ready_reason where id = ?', [
      state.reasonId,
    ])
    expect(reason?.code).toBe('MISSED_OFFERS')
  })
})

describe('A3 reachability', () => {
  it('A3: an agent whose phone registered with another switch node is not offered calls parked on this one', async () => {
    const group = await skillGroup()
    const number = await numberFor(group)
    const elsewhere = await readyAgent([group])
    const here = await readyAgent([group])
    await sql(
      `update agent_presence set registered_node = 'another-node', idle_since = now() - interval '1 hour' where user_id = ?`,
      [elsewhere.id],
    )
    const callId = await sim.placeInboundCall({ from: '13800138012', to: number })
    await eventually(() =>
      expect(agentLegs(callId).map((leg) => leg.variables['cc_agent_id'])).toEqual([here.id]),
    )
    expect((await stateOf(elsewhere)).status).toBe('IDLE')
  })
})

describe('A3 queue limits and overflow', () => {
  it('A3: a full queue overflows to the overflow skill group', async () => {
    const spill = await skillGroup()
    const group = await skillGroup({
      maxQueueLength: 1,
      overflowAction: 'SKILL_GROUP',
      overflowSkillGroupId: spill,
    })
    const number = await numberFor(group)
    const first = await sim.placeInboundCall({ from: '13800138006', to: number })
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [first])).toHaveLength(1),
    )
    const second = await sim.placeInboundCall({ from: '13800138007', to: number })
    await eventually(async () =>
      expect(
        (
          await sql<{ skill_group_id: string }>('select skill_group_id from queue_entry where id = ?', [
            second,
          ])
        )[0]?.skill_group_id,
      ).toBe(spill),
    )
    const helper = await readyAgent([spill])
    await eventually(() =>
      expect(agentLegs(second).map((leg) => leg.variables['cc_agent_id'])).toEqual([helper.id]),
    )
    expect(agentLegs(first)).toHaveLength(0)
  })

  it('A3: past the maximum wait, a caller with nowhere to go hears the message and is hung up', async () => {
    const group = await skillGroup({ maxWaitSeconds: 10, overflowAction: 'MESSAGE_HANGUP' })
    const number = await numberFor(group)
    const callId = await sim.placeInboundCall({ from: '13800138008', to: number })
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(1),
    )
    // Ten seconds pass for the queue.
    await sql(`update queue_entry set skill_group_entered_at = now() - interval '11 seconds' where id = ?`, [
      callId,
    ])
    await eventually(() => expect(sim.channels().find((channel) => channel.uuid === callId)).toBeUndefined())
    expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(0)
  })

  it('A3: a caller who overflows while a dispatch pass holds their entry is still let go, once the pass is done', async () => {
    const group = await skillGroup({ overflowAction: 'MESSAGE_HANGUP' })
    const number = await numberFor(group)
    const callId = await sim.placeInboundCall({ from: '13800138015', to: number })
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(1),
    )
    // A dispatch pass locks every waiting entry of the company while it picks agents.
    let endPass!: () => void
    const passDone = new Promise<void>((resolve) => (endPass = resolve))
    let passHoldsEntry!: () => void
    const entryLocked = new Promise<void>((resolve) => (passHoldsEntry = resolve))
    const pass = api.db.inTenant(acd.tenant.tenantId, async (em) => {
      await em.execute('select id from queue_entry where id = ? for update', [callId])
      passHoldsEntry()
      await passDone
    })
    await entryLocked
    const overflow = api.services.acd.distributor.maintenance.overflow(acd.tenant.tenantId, callId)
    setTimeout(endPass, 200)
    await Promise.all([pass, overflow])
    expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(0)
    await eventually(() => expect(sim.channels().find((channel) => channel.uuid === callId)).toBeUndefined())
  })
})

describe('G2 workstation sessions', () => {
  it('G2: an administrator signs an agent out; the agent is told why, gets no offers, and must sign in again', async () => {
    const group = await skillGroup()
    const number = await numberFor(group)
    const agent = await readyAgent([group])
    // Any page of the agent's learns how the session answers, whoever signed it in.
    const sessionOf = async () =>
      (await api.graphql('query { myAgentState { answeringMode phoneKind } }', {}, { token: agent.token }))
        .data?.myAgentState
    expect(await sessionOf()).toEqual({ answeringMode: 'SIP', phoneKind: 'SOFTPHONE' })
    const byPeer = await api.graphql(
      'mutation ($a: ID!) { forceSignOut(agentId: $a) { status } }',
      { a: agent.id },
      { token: (await readyAgent([])).token },
    )
    expect(byPeer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    await gql('mutation ($a: ID!) { forceSignOut(agentId: $a) { status } }', { a: agent.id })
    expect(await stateOf(agent)).toMatchObject({
      status: 'OFFLINE',
      cause: 'FORCED_SIGN_OUT',
      notice: 'FORCED_SIGN_OUT',
    })
    expect(await sessionOf()).toEqual({ answeringMode: null, phoneKind: null })
    const heartbeat = await api.graphql(
      'mutation { workstationHeartbeat { status } }',
      {},
      { token: agent.token },
    )
    expect(heartbeat.errors?.[0]?.message).toMatch(/sign in to the workstation again/)
    const callId = await sim.placeInboundCall({ from: '13800138011', to: number })
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(1),
    )
    expect(agentLegs(callId)).toHaveLength(0)
  })

  it('G2: a page opened in another login (a browser over a sign-in through the API) keeps the session alive; once it ends, no beat revives it', async () => {
    const agent = await readyAgent([])
    const [user] = await sql<{ email: string }>('select email from app_user where id = ?', [agent.id])
    const browser = await loginToken(api, user!.email)
    const beat = async () =>
      await api.graphql<{ workstationHeartbeat: { status: string; answeringMode: string } }>(
        'mutation { workstationHeartbeat { status answeringMode } }',
        {},
        { token: browser },
      )
    const beatenAt = async () =>
      Number(
        (
          await sql<{ at: string }>(
            'select extract(epoch from heartbeat_at) * 1000 as at from agent_presence where user_id = ?',
            [agent.id],
          )
        )[0]!.at,
      )
    const signedInAt = await beatenAt()
    // The session signed in through the API's own login; the browser's login beats it.
    expect((await beat()).data?.workstationHeartbeat).toEqual({ status: 'IDLE', answeringMode: 'SIP' })
    expect(await beatenAt()).toBeGreaterThan(signedInAt)

    await gql('mutation { signOutWorkstation { status } }', {}, browser)
    expect((await beat()).errors?.[0]?.extensions?.reason).toBe('WORKSTATION_SESSION_ENDED')
    expect((await stateOf(agent)).status).toBe('OFFLINE')
  })

  it('G2: signing in needs what the answering mode needs, and a company’s own not-ready reason', async () => {
    const agent = await readyAgent([])
    const mobile = await api.graphql(
      'mutation { signInWorkstation(input: { answeringMode: MOBILE }) { status } }',
      {},
      { token: agent.token },
    )
    expect(mobile.errors?.[0]?.message).toMatch(/no mobile number/)
    const systemReason = (
      await sql<{ id: string }>(`select id from not_ready_reason where code = 'MISSED_OFFERS'`)
    )[0]!
    const chosen = await api.graphql(
      'mutation ($r: ID!) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }',
      { r: systemReason.id },
      { token: agent.token },
    )
    expect(chosen.errors?.[0]?.message).toMatch(/set by the platform/)
  })
})

describe('G3 the agent’s own choice', () => {
  const SET_STATUS = 'mutation ($r: ID) { setMyStatus(status: NOT_READY, reasonId: $r) { status reasonId } }'

  it('G3: an agent goes not ready with one of the company’s reasons; a deleted or unknown reason is refused and changes nothing', async () => {
    const agent = await readyAgent([])
    const reasonCalled = (code: string) =>
      sql<{ id: string }>(
        `select id from not_ready_reason where code = ? and tenant_id = (select tenant_id from app_user where id = ?)`,
        [code, agent.id],
      ).then((rows) => rows[0]!.id)
    const rest = await reasonCalled('REST')
    const choose = (reasonId: string | null) =>
      api.graphql(SET_STATUS, { r: reasonId }, { token: agent.token })

    expect((await choose(rest)).data).toEqual({ setMyStatus: { status: 'NOT_READY', reasonId: rest } })
    expect(await stateOf(agent)).toMatchObject({ status: 'NOT_READY', reasonId: rest, cause: 'CHOSEN' })

    await api.graphql('mutation { setMyStatus(status: IDLE) { status } }', {}, { token: agent.token })
    await sql('update not_ready_reason set deleted_at = now() where id = ?', [rest])
    expect((await choose(rest)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await choose('00000000-0000-4000-8000-000000000000')).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    )
    expect(JSON.stringify((await choose(null)).errors?.[0]?.extensions)).toContain('CHOOSE_NOT_READY_REASON')
    expect(await stateOf(agent)).toMatchObject({ status: 'IDLE', reasonId: null })
  })
})

describe('G3 stuck states heal', () => {
  it('G3: a lost workstation heartbeat takes the agent OFFLINE, and offers stop', async () => {
    const group = await skillGroup()
    const number = await numberFor(group)
    const agent = await readyAgent([group])
    await sql(`update agent_presence set heartbeat_at = now() - interval '1 hour' where user_id = ?`, [
      agent.id,
    ])
    await eventually(async () => expect((await stateOf(agent)).status).toBe('OFFLINE'))
    expect((await stateOf(agent)).notice).toBe('HEARTBEAT_LOST')
    const callId = await sim.placeInboundCall({ from: '13800138009', to: number })
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(1),
    )
    expect(agentLegs(callId)).toHaveLength(0)
    const heartbeat = await api.graphql(
      `mutation { workstationHeartbeat { status } }`,
      {},
      { token: agent.token },
    )
    expect(heartbeat.errors?.[0]?.message).toMatch(/sign in to the workstation again/)
  })

  it('G3: a reservation whose ringing leg is gone is released', async () => {
    const group = await skillGroup()
    const agent = await readyAgent([group])
    await sql(
      `update agent_presence set status = 'RINGING', offer_call_id = gen_random_uuid(), offer_leg_uuid = gen_random_uuid(),
         offer_expires_at = now() - interval '1 second' where user_id = ?`,
      [agent.id],
    )
    await eventually(async () => expect((await stateOf(agent)).status).toBe('IDLE'))
    expect((await stateOf(agent)).cause).toBe('OFFER_EXPIRED')
  })

  it('G3: an unregistered SIP phone makes the agent not ready, and registering again makes them IDLE', async () => {
    const group = await skillGroup()
    const number = await numberFor(group)
    const agent = await readyAgent([group])
    sim.unregisterUser(agent.sipUser, sipDomain)
    await eventually(async () => expect((await stateOf(agent)).status).toBe('NOT_READY'))
    const [reason] = await sql<{ code: string }>('select code from not_ready_reason where id = ?', [
      (await stateOf(agent)).reasonId,
    ])
    expect(reason?.code).toBe('PHONE_UNREGISTERED')
    const callId = await sim.placeInboundCall({ from: '13800138010', to: number })
    await eventually(async () =>
      expect(await sql('select id from queue_entry where id = ?', [callId])).toHaveLength(1),
    )
    sim.registerUser(agent.sipUser, sipDomain)
    await eventually(() =>
      expect(agentLegs(callId).map((leg) => leg.variables['cc_agent_id'])).toEqual([agent.id]),
    )
  })

  it('G3: a call the platform missed the end of is corrected by the switch after a reconnect', async () => {
    const group = await skillGroup()
    const agent = await readyAgent([group])
    await sql(
      `update agent_presence set busy_legs = jsonb_build_object(gen_random_uuid()::text, ?) where user_id = ?`,
      [api.telephony.cluster.health()[0]!.name, agent.id],
    )
    await sql(`update agent_presence set status = 'ON_CALL' where user_id = ?`, [agent.id])
    sim.dropConnections()
    await eventually(async () => expect((await stateOf(agent)).status).toBe('IDLE'), 10_000)
    expect((await stateOf(agent)).cause).toBe('SWITCH_RESYNC')
  }, 20_000)
})
