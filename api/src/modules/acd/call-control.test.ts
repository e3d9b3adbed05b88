// G3 call control and X3 monitoring through GraphQL against the switch simulator: dial out with the
// toll-fraud guard and idempotency keys, hold, mute, transfers (blind and consultative), hang-up,
// and supervisors listening, whispering and barging.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type ReadyAgent, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'

let api: TestApi
let acd: AcdFixture

const DIAL = `mutation ($number: String!, $key: String!) { dialOut(number: $number, idempotencyKey: $key) { callId } }`
const key = () => randomUUID()

async function attempt(query: string, variables: Record<string, unknown>, agent: ReadyAgent) {
  return api.graphql<Record<string, { callId: string }>>(query, variables, { token: agent.token })
}

/** An agent on a routed inbound call, bridged to the caller. */
async function onInboundCall(agent?: ReadyAgent) {
  const group = await acd.skillGroup()
  const number = await acd.numberFor(group)
  const who = agent ?? (await acd.readyAgent([group]))
  if (agent)
    await acd.gql(
      `mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }`,
      {
        id: group,
        userId: agent.id,
      },
    )
  const callId = await acd.sim.placeInboundCall({ from: '13900139000', to: number })
  await eventually(() => expect(acd.channel(callId)?.bridgedTo).toBeTruthy())
  const agentLeg = acd.channel(callId)!.bridgedTo!
  await eventually(async () => expect((await acd.stateOf(who)).status).toBe('ON_CALL'))
  return { agent: who, callId, agentLeg, group }
}

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  await acd.ownNumber('+864001230000')
}, 60_000)
afterAll(() => api?.stop())

beforeEach(async () => {
  await acd.reset()
  await acd.settings({
    afterCallWorkSeconds: 0,
    outboundCallerId: '+864001230000',
    homeRegion: 'CN',
    allowInternational: false,
    allowPremiumRate: false,
    maxConcurrentOutbound: 20,
    maxOutboundPerSecond: 20,
    recordingEnabled: false,
  })
  await acd.sql(`delete from call_command`)
})

describe('G3 dial out', () => {
  it('G3: the agent’s phone rings first, then the customer with the company’s caller ID; a retried key places no second call', async () => {
    const agent = await acd.readyAgent([])
    const requestKey = key()
    const first = await acd.gql<{ dialOut: { callId: string } }>(
      DIAL,
      { number: '13812345678', key: requestKey },
      agent.token,
    )
    const callId = first.dialOut.callId
    await eventually(() => expect(acd.legsOf(callId).filter((leg) => leg.bridgedTo)).toHaveLength(2))
    const legs = acd.legsOf(callId)
    const agentLeg = legs.find((leg) => leg.variables['cc_agent_id'] === agent.id)!
    const customerLeg = legs.find((leg) => !leg.variables['cc_agent_id'])!
    expect(agentLeg.variables['origination_caller_id_number']).toBe('+8613812345678')
    expect(customerLeg.variables['origination_caller_id_number']).toBe('+864001230000')
    expect(customerLeg.bridgedTo).toBe(agentLeg.uuid)

    const retry = await acd.gql<{ dialOut: { callId: string } }>(
      DIAL,
      { number: '13812345678', key: requestKey },
      agent.token,
    )
    expect(retry.dialOut.callId).toBe(callId)
    expect(
      acd.sim.channels().filter((channel) => channel.variables['cc_direction'] === 'outbound'),
    ).toHaveLength(2)
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
  })

  it('G5: a call dialled for a contact plan is listed with the plan; a closed plan is not dialled for', async () => {
    const agent = await acd.readyAgent([])
    const { createCustomer } = await acd.gql<{ createCustomer: { id: string } }>(
      'mutation { createCustomer(input: { organization: INBOUND, phoneNumbers: ["13812345670"] }) { id } }',
    )
    const plan = (dueAt: string) =>
      acd.gql<{ createContactPlan: { id: string } }>(
        'mutation ($c: ID!, $at: DateTimeISO!) { createContactPlan(input: { customerId: $c, phoneNumber: "+8613812345670", dueAt: $at, purpose: "回访" }) { id } }',
        { c: createCustomer.id, at: dueAt },
        agent.token,
      )
    const { createContactPlan } = await plan(new Date(Date.now() + 3_600_000).toISOString())
    const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
      `mutation ($number: String!, $key: String!, $plan: ID) { dialOut(number: $number, idempotencyKey: $key, planId: $plan) { callId } }`,
      { number: '+8613812345670', key: key(), plan: createContactPlan.id },
      agent.token,
    )
    await eventually(async () => {
      const { contactPlan } = await acd.gql<{
        contactPlan: { calls: { callId: string; startedAt: string | null }[] }
      }>(
        'query ($id: ID!) { contactPlan(id: $id) { calls { callId startedAt } } }',
        { id: createContactPlan.id },
        agent.token,
      )
      expect(contactPlan.calls).toEqual([{ callId: dialOut.callId, startedAt: expect.any(String) }])
    })
    await acd.gql(
      'mutation ($id: ID!) { completeContactPlan(id: $id) { id } }',
      { id: createContactPlan.id },
      agent.token,
    )
    const refused = await attempt(
      `mutation ($number: String!, $key: String!, $plan: ID) { dialOut(number: $number, idempotencyKey: $key, planId: $plan) { callId } }`,
      { number: '+8613812345670', key: key(), plan: createContactPlan.id },
      agent,
    )
    expect(refused.errors?.[0]?.extensions?.reason).toBe('CONTACT_PLAN_CLOSED')
  })

  it('G3: a NOT_READY agent may dial out and stays NOT_READY after a call that was never answered', async () => {
    const agent = await acd.readyAgent([])
    const [reason] = await acd.sql<{ id: string }>(`select id from not_ready_reason where code = 'REST'`)
    await acd.gql(
      `mutation ($r: ID) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }`,
      { r: reason!.id },
      agent.token,
    )
    acd.sim.setEndpointBehaviour('+8613812340000', { kind: 'reject', cause: 'USER_BUSY' })
    const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
      DIAL,
      { number: '13812340000', key: key() },
      agent.token,
    )
    await eventually(() => expect(acd.legsOf(dialOut.callId)).toHaveLength(0))
    await eventually(async () =>
      expect(await acd.stateOf(agent)).toMatchObject({ status: 'NOT_READY', reasonId: reason!.id }),
    )
  })

  it('G3: international and premium-rate numbers are refused unless the company allows them', async () => {
    const agent = await acd.readyAgent([])
    const international = await attempt(DIAL, { number: '+14155552671', key: key() }, agent)
    expect(international.errors?.[0]?.message).toMatch(/international/)
    expect(international.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'number', code: 'INTERNATIONAL_NOT_ALLOWED' }),
    ])
    await acd.settings({ allowInternational: true })
    const premium = await attempt(DIAL, { number: '+19002000000', key: key() }, agent)
    expect(premium.errors?.[0]?.message).toMatch(/premium-rate/)
    expect(premium.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'number', code: 'PREMIUM_RATE_NOT_ALLOWED' }),
    ])
    const invalid = await attempt(DIAL, { number: '12', key: key() }, agent)
    expect(invalid.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'number', code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' }],
    })
    expect(acd.sim.channels()).toHaveLength(0)
  })

  it('G3: the caps on concurrent outbound calls and on calls per second refuse with a clear error', async () => {
    await acd.settings({ maxConcurrentOutbound: 1 })
    const agent = await acd.readyAgent([])
    const other = await acd.readyAgent([])
    await acd.gql(DIAL, { number: '13812345670', key: key() }, agent.token)
    const refused = await attempt(DIAL, { number: '13812345671', key: key() }, other)
    expect(refused.errors?.[0]).toMatchObject({
      extensions: { code: 'RATE_LIMITED', reason: 'OUTBOUND_CONCURRENCY_LIMIT', params: { maximum: 1 } },
    })
    expect(refused.errors?.[0]?.message).toMatch(/limit/)

    await acd.reset()
    await acd.sql(`delete from call_command`)
    await acd.settings({ maxConcurrentOutbound: 20, maxOutboundPerSecond: 1 })
    const third = await acd.readyAgent([])
    const fourth = await acd.readyAgent([])
    await acd.gql(DIAL, { number: '13812345672', key: key() }, third.token)
    const tooFast = await attempt(DIAL, { number: '13812345673', key: key() }, fourth)
    expect(tooFast.errors?.[0]?.message).toMatch(/per second/)
    expect(tooFast.errors?.[0]?.extensions).toMatchObject({
      reason: 'OUTBOUND_RATE_LIMIT',
      params: { maximum: 1 },
    })
  })

  it('G3: dialling out is refused before signing in to the workstation', async () => {
    const agent = await acd.readyAgent([])
    await acd.gql(`mutation { signOutWorkstation { status } }`, {}, agent.token)
    const refused = await attempt(DIAL, { number: '13812345674', key: key() }, agent)
    expect(refused.errors?.[0]?.message).toMatch(/Sign in to the workstation/)
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'NOT_SIGNED_IN' })
  })

  it('G3: without a caller ID set, calls show the company’s only number; with several numbers dialling out is refused', async () => {
    await acd.settings({ outboundCallerId: '' })
    expect(await acd.sql('select number from phone_number')).toEqual([{ number: '+864001230000' }])
    const agent = await acd.readyAgent([])
    const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
      DIAL,
      { number: '13812345675', key: key() },
      agent.token,
    )
    await eventually(() => expect(acd.legsOf(dialOut.callId).filter((leg) => leg.bridgedTo)).toHaveLength(2))
    const customerLeg = acd.legsOf(dialOut.callId).find((leg) => !leg.variables['cc_agent_id'])!
    expect(customerLeg.variables['origination_caller_id_number']).toBe('+864001230000')

    await acd.reset()
    await acd.ownNumber('+864001239999')
    try {
      const other = await acd.readyAgent([])
      const refused = await attempt(DIAL, { number: '13812345676', key: key() }, other)
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'NO_OUTBOUND_CALLER_ID',
      })
    } finally {
      await acd.sql(`delete from phone_number where number = '+864001239999'`)
    }
  })
})

describe('G3 whom the call is with', () => {
  const STATE = `query { myAgentState { status call { callId direction remoteNumber } } }`
  const callOf = async (agent: ReadyAgent) =>
    (await acd.gql<{ myAgentState: { status: string; call: unknown } }>(STATE, {}, agent.token)).myAgentState

  it('G3: on an outbound call the agent’s state names the number dialled, and forgets it when the call ends', async () => {
    const agent = await acd.readyAgent([])
    const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
      DIAL,
      { number: '13812345678', key: key() },
      agent.token,
    )
    await eventually(async () =>
      expect(await callOf(agent)).toEqual({
        status: 'ON_CALL',
        call: { callId: dialOut.callId, direction: 'OUTBOUND', remoteNumber: '+8613812345678' },
      }),
    )
    acd.sim.hangup(acd.legsOf(dialOut.callId).find((leg) => leg.variables['cc_agent_id'])!.uuid)
    await eventually(async () => expect(await callOf(agent)).toEqual({ status: 'IDLE', call: null }))
  })

  it('G3, A4: an agent answering on a mobile, who sees no ringing in the workstation, is told the caller’s number', async () => {
    const group = await acd.skillGroup()
    const number = await acd.numberFor(group)
    const agent = await acd.readyMobileAgent([group], '13612345678')
    const callId = await acd.sim.placeInboundCall({ from: '13900139000', to: number })
    await eventually(async () =>
      expect(await callOf(agent)).toEqual({
        status: 'ON_CALL',
        call: { callId, direction: 'INBOUND', remoteNumber: '13900139000' },
      }),
    )
  })
})

describe('G3 control of the current call', () => {
  it("G3: hold plays music to the customer out of the agent's hearing, mute silences the agent, both undo", async () => {
    const { agent, agentLeg, callId } = await onInboundCall()
    await acd.gql(
      `mutation ($k: String!) { holdCall(on: true, idempotencyKey: $k) { callId } }`,
      { k: key() },
      agent.token,
    )
    await eventually(() => expect(acd.sim.heard(callId).at(-1)?.heard).toBe('sound'))
    expect(acd.channel(agentLeg)?.bridgedTo).toBeUndefined()
    expect(acd.sim.heard(agentLeg).at(-1)?.heard).toBe('silence')
    await acd.gql(
      `mutation ($k: String!) { holdCall(on: false, idempotencyKey: $k) { callId } }`,
      { k: key() },
      agent.token,
    )
    await eventually(() => expect(acd.channel(agentLeg)?.bridgedTo).toBe(callId))
    // X2: the hold is kept for the KPIs, with who held and when it ended.
    expect(
      await acd.sql(
        `select kind, agent_id from call_fact where call_id = ? and kind in ('HELD', 'RESUMED') order by id`,
        [callId],
      ),
    ).toEqual([
      { kind: 'HELD', agent_id: agent.id },
      { kind: 'RESUMED', agent_id: agent.id },
    ])
    const again = await attempt(
      `mutation ($k: String!) { holdCall(on: false, idempotencyKey: $k) { callId } }`,
      { k: key() },
      agent,
    )
    expect(again.errors?.[0]?.message).toMatch(/not on hold/)
    await acd.gql(
      `mutation ($k: String!) { muteCall(on: true, idempotencyKey: $k) { callId } }`,
      { k: key() },
      agent.token,
    )
    expect(acd.channel(agentLeg)?.muted).toBe(true)
    await acd.gql(
      `mutation ($k: String!) { muteCall(on: false, idempotencyKey: $k) { callId } }`,
      { k: key() },
      agent.token,
    )
    expect(acd.channel(agentLeg)?.muted).toBe(false)
  })

  it('A5: only the caller of an inbound call can be transferred to the survey, and only by an agent on a call', async () => {
    const survey = `mutation ($k: String!) { transferToSurvey(idempotencyKey: $k) { callId } }`
    const agent = await acd.readyAgent([])
    const notOnCall = await attempt(survey, { k: key() }, agent)
    expect(notOnCall.errors?.[0]?.message).toMatch(/not on a call/)
    const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
      DIAL,
      { number: '13812345678', key: key() },
      agent.token,
    )
    await eventually(() => expect(acd.legsOf(dialOut.callId).filter((leg) => leg.bridgedTo)).toHaveLength(2))
    const outbound = await attempt(survey, { k: key() }, agent)
    expect(outbound.errors?.[0]?.extensions?.reason).toBe('SURVEY_INBOUND_ONLY')
    // The call goes on.
    expect(acd.legsOf(dialOut.callId).filter((leg) => leg.bridgedTo)).toHaveLength(2)
  })

  it('G3: hang-up ends the call; a second request with the same key does nothing more', async () => {
    const { agent, callId } = await onInboundCall()
    const requestKey = key()
    const hangUp = `mutation ($k: String!) { hangUpCall(idempotencyKey: $k) { callId } }`
    const first = await acd.gql<{ hangUpCall: { callId: string } }>(hangUp, { k: requestKey }, agent.token)
    expect(first.hangUpCall.callId).toBe(callId)
    await eventually(() => expect(acd.channel(callId)).toBeUndefined())
    const again = await acd.gql<{ hangUpCall: { callId: string } }>(hangUp, { k: requestKey }, agent.token)
    expect(again.hangUpCall.callId).toBe(callId)
    const notOnCall = await attempt(hangUp, { k: key() }, agent)
    expect(notOnCall.errors?.[0]?.message).toMatch(/not on a call/)
  })

  it('G3: a blind transfer to a skill group queues the caller for its agents and frees the first agent', async () => {
    const { agent, callId } = await onInboundCall()
    const target = await acd.skillGroup()
    const colleague = await acd.readyAgent([target])
    await acd.gql(
      `mutation ($t: TransferTargetInput!, $k: String!) { transferCall(target: $t, idempotencyKey: $k) { callId } }`,
      { t: { skillGroupId: target }, k: key() },
      agent.token,
    )
    await eventually(() =>
      expect(acd.channel(acd.channel(callId)?.bridgedTo ?? '')?.variables['cc_agent_id']).toBe(colleague.id),
    )
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
  })

  it('G3: a blind transfer to an outside number joins the caller to that number', async () => {
    const { agent, callId } = await onInboundCall()
    await acd.gql(
      `mutation ($t: TransferTargetInput!, $k: String!) { transferCall(target: $t, idempotencyKey: $k) { callId } }`,
      { t: { number: '13700137000' }, k: key() },
      agent.token,
    )
    await eventually(() =>
      expect(
        acd.channel(acd.channel(callId)?.bridgedTo ?? '')?.variables['origination_caller_id_number'],
      ).toBe('+864001230000'),
    )
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
  })

  it('G3: an agent transfers only within their organisation: free colleagues listed first, telesales agents neither listed nor reachable', async () => {
    const { agent } = await onInboundCall()
    const free = await acd.readyAgent([], { name: 'Zhou Free' })
    const away = await acd.readyAgent([], { name: 'Auntie Away' })
    const [rest] = await acd.sql<{ id: string }>(`select id from not_ready_reason where code = 'REST'`)
    await acd.gql(
      `mutation ($r: ID!) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }`,
      { r: rest!.id },
      away.token,
    )
    const telesales = await acd.readyAgent([], { name: 'Tele Sales', organization: 'TELESALES' })

    const { transferableAgents } = await acd.gql<{ transferableAgents: { id: string; status: string }[] }>(
      `query { transferableAgents { id name agentNumber status } }`,
      {},
      agent.token,
    )
    const ids = transferableAgents.map((colleague) => colleague.id)
    expect(ids).toEqual(expect.arrayContaining([free.id, away.id]))
    expect(ids).not.toContain(agent.id)
    expect(ids).not.toContain(telesales.id)
    expect(ids.indexOf(free.id)).toBeLessThan(ids.indexOf(away.id))

    const refused = await attempt(
      `mutation ($t: TransferTargetInput!, $k: String!) { transferCall(target: $t, idempotencyKey: $k) { callId } }`,
      { t: { agentId: telesales.id }, k: key() },
      agent,
    )
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('G3: a consultative transfer holds the caller, connects the agent to the target, then joins caller and target', async () => {
    const { agent, callId, agentLeg } = await onInboundCall()
    await acd.gql(
      `mutation ($t: TransferTargetInput!, $k: String!) { consultCall(target: $t, idempotencyKey: $k) { callId } }`,
      { t: { number: '13700137001' }, k: key() },
      agent.token,
    )
    const consulted = acd.channel(agentLeg)!.bridgedTo!
    expect(acd.channel(consulted)?.variables['cc_call_id']).toBe(callId)
    expect(acd.channel(callId)?.bridgedTo).toBeUndefined()

    await acd.gql(
      `mutation ($k: String!) { completeConsultation(idempotencyKey: $k) { callId } }`,
      { k: key() },
      agent.token,
    )
    await eventually(() => expect(acd.channel(callId)?.bridgedTo).toBe(consulted))
    await eventually(() => expect(acd.channel(agentLeg)).toBeUndefined())
    expect(
      await acd.sql(`select agent_id, outcome from call_fact where call_id = ? and kind = 'TRANSFERRED'`, [
        callId,
      ]),
    ).toEqual([{ agent_id: agent.id, outcome: 'CONSULTED' }])
  })

  it('G3: cancelling a consultation returns the agent to the caller', async () => {
    const { agent, callId, agentLeg } = await onInboundCall()
    await acd.gql(
      `mutation ($t: TransferTargetInput!, $k: String!) { consultCall(target: $t, idempotencyKey: $k) { callId } }`,
      { t: { number: '13700137002' }, k: key() },
      agent.token,
    )
    const consulted = acd.channel(agentLeg)!.bridgedTo!
    await acd.gql(
      `mutation ($k: String!) { cancelConsultation(idempotencyKey: $k) { callId } }`,
      { k: key() },
      agent.token,
    )
    await eventually(() => expect(acd.channel(callId)?.bridgedTo).toBe(agentLeg))
    expect(acd.channel(consulted)).toBeUndefined()
  })
})

describe('X3 supervisors', () => {
  it('X3: a group leader listens to, whispers to and barges into a call of an agent they lead', async () => {
    const { agent, agentLeg } = await onInboundCall()
    const leader = await acd.readyAgent([], { role: 'GROUP_LEADER' })
    await acd.gql(`mutation ($input: CreateGroupInput!) { createGroup(input: $input) { id } }`, {
      input: {
        name: `Team ${randomUUID().slice(0, 6)}`,
        organization: 'INBOUND',
        leaderId: leader.id,
        memberIds: [agent.id],
      },
    })
    const monitor = `mutation ($a: ID!, $m: MonitorMode!, $k: String!) { monitorCall(agentId: $a, mode: $m, idempotencyKey: $k) { callId } }`
    for (const [mode, expected] of [
      ['LISTEN', 'listen'],
      ['WHISPER', 'whisper'],
      ['BARGE', 'barge'],
    ] as const) {
      await acd.gql(monitor, { a: agent.id, m: mode, k: key() }, leader.token)
      const supervisorLeg = acd.sim.channels().find((channel) => channel.eavesdrop?.mode === expected)
      expect(supervisorLeg?.eavesdrop?.target).toBe(agentLeg)
    }
  })

  it('X3: an agent cannot monitor, and a leader cannot monitor agents outside their groups', async () => {
    const { agent } = await onInboundCall()
    const peer = await acd.readyAgent([])
    const monitor = `mutation ($a: ID!, $k: String!) { monitorCall(agentId: $a, mode: LISTEN, idempotencyKey: $k) { callId } }`
    const byAgent = await attempt(monitor, { a: agent.id, k: key() }, peer)
    expect(byAgent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const stranger = await acd.readyAgent([], { role: 'GROUP_LEADER' })
    const byStranger = await attempt(monitor, { a: agent.id, k: key() }, stranger)
    expect(byStranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})
