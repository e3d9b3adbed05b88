// Telephony scenarios, one test code for both switches: the simulator and a real FreeSWITCH 1.10.12 run
// from the project's own configuration. What each party hears is asserted from the switch's side
// (the simulator's model, the real switch's recordings of each party's leg).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../eventually.js'
import { CallCenter, switchKinds } from './call-center.js'
import { expectMostly, talkAndHangUp as talkAndHangUpOn, type Answered } from './conversation.js'
import { AGENT_VOICE, CUSTOMER_VOICE, Hearing, SUPERVISOR_VOICE, wavChannels } from './hearing.js'
import { together } from '../../src/telephony/sim/hearing.js'
import { addGroup } from '../factories.js'
import type { CustomerCall } from './test-switch.js'
import type { ReadyAgent } from '../acd-fixtures.js'
import {
  approvedPrompt,
  menu,
  numberFollowing,
  publishedFlow,
  schedule,
} from '../../src/modules/ivr/test-fixtures.js'
import { SwitchWatcher, type ChannelEventOf } from './watcher.js'
import { DEFAULT_SURVEY_LABELS } from '../../src/modules/acd/survey-scale.js'

const LIVENESS_MS = 25_000

let phoneNumbers = 0
const customerNumber = () => `1380013${String(++phoneNumbers).padStart(4, '0')}`
/** In E.164, as the product stores it and the trunk dials it. */
const mobileNumber = () => `+861390013${String(++phoneNumbers).padStart(4, '0')}`

describe.each(switchKinds())('telephony scenarios on the %s', (kind) => {
  let center: CallCenter

  beforeAll(async () => {
    // HEARTBEAT comes every 20 s on both switches; a quiet event stream is dropped after this.
    center = await CallCenter.start(kind, { ESL_LIVENESS_TIMEOUT_MS: String(LIVENESS_MS) })
  }, 120_000)

  afterAll(async () => {
    await center?.stop()
  })

  /** Waits for the customer's call to be bridged to the agent's mobile. */
  async function bridged(call: CustomerCall, mobile: string): Promise<Answered> {
    const bridge = await center.sw.watcher.waitFor(
      'bridge of the caller',
      (event) => event.eventName === 'CHANNEL_BRIDGE' && event.uniqueId === call.platformLeg,
      20_000,
    )
    return { call, bridgedAt: SwitchWatcher.at(bridge), agentLeg: await center.sw.answeredMobile(mobile) }
  }

  /** Calls a number routed to the skill group and waits for the bridge to an agent's mobile. */
  async function answeredCall(to: string, mobile: string): Promise<Answered> {
    return bridged(await center.sw.call(customerNumber(), to), mobile)
  }

  const talkAndHangUp = (answered: Answered) => talkAndHangUpOn(center.sw, answered)

  /** A skill group with a number and one IDLE agent answering on a mobile that picks up. */
  async function staffedNumber(
    groupSettings?: Record<string, unknown>,
  ): Promise<{ number: string; mobile: string; agent: ReadyAgent }> {
    const { acd, sw } = center
    const group = await acd.skillGroup(groupSettings)
    const number = await acd.numberFor(group)
    const mobile = mobileNumber()
    await sw.mobile(mobile, 'answer')
    return { number, mobile, agent: await acd.readyMobileAgent([group], mobile) }
  }

  /**
   * A staffed call that its agent blind-transfers to another skill group, whose IDLE agent answers on a
   * mobile; resolves once the customer has talked to that colleague and hung up.
   */
  async function blindTransferredToAColleague(groupSettings?: Record<string, unknown>) {
    const { acd, sw } = center
    const { number, mobile, agent } = await staffedNumber(groupSettings)
    const colleagueGroup = await acd.skillGroup()
    const colleagueMobile = mobileNumber()
    await sw.mobile(colleagueMobile, 'answer')
    await acd.readyMobileAgent([colleagueGroup], colleagueMobile)
    const answered = await answeredCall(number, mobile)
    const bridgesOfCaller = () =>
      sw.watcher.seen(
        (event) => event.eventName === 'CHANNEL_BRIDGE' && event.uniqueId === answered.call.platformLeg,
      )
    await asAgent(
      agent,
      `mutation ($t: TransferTargetInput!, $k: String!) { transferCall(target: $t, idempotencyKey: $k) { callId } }`,
      { t: { skillGroupId: colleagueGroup } },
    )
    await sw.watcher.waitFor('the bridge to the colleague', () => bridgesOfCaller().length >= 2, 20_000)
    await talkAndHangUp({
      call: answered.call,
      bridgedAt: SwitchWatcher.at(bridgesOfCaller().at(-1)!),
      agentLeg: await sw.answeredMobile(colleagueMobile),
    })
    return { agent, answered }
  }

  /**
   * A staffed call whose agent has asked a colleague (IDLE on a mobile that picks up) for a consultation;
   * resolves once the colleague answers, `consultingFrom` being when the agent asked.
   */
  async function consultingAColleague() {
    const { acd, sw } = center
    const { number, mobile, agent } = await staffedNumber()
    const colleagueMobile = mobileNumber()
    await sw.mobile(colleagueMobile, 'answer')
    const colleague = await acd.readyMobileAgent([await acd.skillGroup()], colleagueMobile)
    const answered = await answeredCall(number, mobile)
    await asAgent(
      agent,
      `mutation ($t: TransferTargetInput!, $k: String!) { consultCall(target: $t, idempotencyKey: $k) { callId } }`,
      { t: { agentId: colleague.id } },
    )
    const consultingFrom = Date.now()
    const colleagueLeg = await sw.answeredMobile(colleagueMobile)
    return { agent, colleague, answered, consultingFrom, colleagueLeg }
  }

  it('A3, G3: the customer hears the agent and the agent the customer, though the agent answers during the queue prompt', async () => {
    const { number, mobile } = await staffedNumber()
    const answered = await answeredCall(number, mobile)
    await talkAndHangUp(answered)
    await eventually(async () => {
      const [record] = await center.acd.sql<{
        agent_id: string | null
        bridged_at: Date | null
        ended_at: Date | null
      }>('select agent_id, bridged_at, ended_at from call_record where id = ?', [answered.call.platformLeg])
      expect(record?.bridged_at).not.toBeNull()
      expect(record?.ended_at).not.toBeNull()
    }, 10_000)
  })

  it('A3: a number the trunk delivers in national form reaches its queue and an agent', async () => {
    const { number, mobile } = await staffedNumber()
    const national = number.replace(/^\+86/, '')
    await talkAndHangUp(await answeredCall(national, mobile))
  })

  // Two minutes on the real switch, where media and session timers could end a quiet call; the
  // simulator has none of those, and its event stream is proven past the liveness timeout alone.
  const quietCallMs = kind === 'freeswitch' ? 125_000 : LIVENESS_MS + 5000

  it(
    `G3: a quiet call of ${quietCallMs / 1000} s, longer than the event stream's liveness, keeps the stream (HEARTBEAT) and the call`,
    async () => {
      const { number, mobile } = await staffedNumber()
      const answered = await answeredCall(number, mobile)
      const connectedAt = center.api.telephony.cluster.health()[0]?.eventsConnectedAt
      expect(connectedAt).toBeInstanceOf(Date)
      await new Promise((resolve) => setTimeout(resolve, quietCallMs))
      expect(center.api.telephony.cluster.health()[0]?.eventsConnectedAt).toEqual(connectedAt)
      await talkAndHangUp(answered)
    },
    quietCallMs + 60_000,
  )

  it("X1: the API's event socket drops as the call is bridged and the customer hangs up meanwhile: once reconnected, the record shows it bridged and ended, and the agent is freed", async () => {
    const { acd, sw } = center
    const { number, mobile, agent } = await staffedNumber()
    const answered = await answeredCall(number, mobile)
    const connectedAt = center.api.telephony.cluster.health()[0]?.eventsConnectedAt
    // Cut as soon as the watcher sees the bridge: the API's own CHANNEL_BRIDGE is often still on its way.
    await center.cutEventSocket(() => sw.hangUp(answered.call))
    await eventually(async () => {
      const [record] = await acd.sql<{ agent_id: string; bridged_at: Date | null; ended_at: Date | null }>(
        'select agent_id, bridged_at, ended_at from call_record where id = ?',
        [answered.call.platformLeg],
      )
      expect(record).toMatchObject({ agent_id: agent.id })
      expect(record?.bridged_at).not.toBeNull()
      expect(record?.ended_at).not.toBeNull()
      expect((await acd.stateOf(agent)).status).not.toBe('ON_CALL')
    }, 15_000)
    expect(center.api.telephony.cluster.health()[0]?.eventsConnectedAt).not.toEqual(connectedAt)
  }, 60_000)

  it('A3: a call that arrives while no API instance answers is parked by the fallback dialplan, then served', async () => {
    const { number, mobile } = await staffedNumber()
    const national = number.replace(/^\+86/, '')
    const call = await center.callWhileApiDown(customerNumber(), national)
    const answered = await bridged(call, mobile)
    await talkAndHangUp(answered)
    await eventually(async () => {
      const [record] = await center.acd.sql<{ dialled_number: string; ended_at: Date | null }>(
        'select dialled_number, ended_at from call_record where id = ?',
        [call.platformLeg],
      )
      expect(record).toMatchObject({ dialled_number: number })
      expect(record?.ended_at).not.toBeNull()
    }, 10_000)
  }, 90_000)

  /** The channel events of one leg the watcher saw, in order. */
  const eventsOf = (leg: string) => center.sw.watcher.seen((event) => event.uniqueId === leg)

  it("X6: the position is announced after one interval, in the product's own audio, never cutting the queue prompt", async () => {
    const { acd, sw } = center
    await acd.settings({ announcePosition: true, announceIntervalSeconds: 10 })
    try {
      const number = await acd.numberFor(await acd.skillGroup())
      const call = await sw.call(customerNumber(), number)
      const parkedAt = SwitchWatcher.at(eventsOf(call.platformLeg)[0]!)
      const isAnnouncement = (event: ChannelEventOf) =>
        event.uniqueId === call.platformLeg &&
        event.eventName === 'PLAYBACK_START' &&
        event.headers['Playback-File-Path']?.includes('/prompts/queue/') === true
      // The second one shows the wait music survived the first.
      await sw.watcher.waitFor(
        'two position announcements',
        () => sw.watcher.seen(isAnnouncement).length >= 2,
        45_000,
      )
      const [first, second] = sw.watcher.seen(isAnnouncement).map((event) => SwitchWatcher.at(event))
      expect(first! - parkedAt).toBeGreaterThanOrEqual(10_000)
      expect(second! - first!).toBeGreaterThanOrEqual(10_000)
      await sw.hangUp(call)
      const played = eventsOf(call.platformLeg)
      const queuePromptStop = played.find(
        (event) =>
          event.eventName === 'PLAYBACK_STOP' && event.headers['Playback-File-Path']?.endsWith('queue.wav'),
      )
      expect(queuePromptStop?.headers['Playback-Status']).toBe('done')
      // Every file the queue played was there to play (no stock sound the installation lacks).
      const responses = played
        .filter((event) => event.eventName === 'CHANNEL_EXECUTE_COMPLETE' && event.application === 'playback')
        .map((event) => ('applicationResponse' in event ? event.applicationResponse : undefined))
      expect(responses.length).toBeGreaterThanOrEqual(2)
      expect(
        responses.every((response) => response === 'FILE PLAYED'),
        responses.join(', '),
      ).toBe(true)
    } finally {
      await acd.settings({ announcePosition: false })
    }
  }, 90_000)

  it('A3: an agent whose mobile does not answer in the ring timeout is passed over for the next', async () => {
    const { acd, sw } = center
    await acd.settings({ ringTimeoutSeconds: 5 })
    try {
      const group = await acd.skillGroup()
      const number = await acd.numberFor(group)
      const [silent, answering] = [mobileNumber(), mobileNumber()]
      await sw.mobile(silent, 'no-answer')
      await sw.mobile(answering, 'answer')
      await acd.readyMobileAgent([group], silent)
      await acd.readyMobileAgent([group], answering)
      await talkAndHangUp(await answeredCall(number, answering))
    } finally {
      await acd.settings({ ringTimeoutSeconds: 30 })
    }
  }, 60_000)

  it('A3: a caller who hangs up while queued leaves the queue and an ended, unanswered call record', async () => {
    const { acd, sw } = center
    const group = await acd.skillGroup()
    const call = await sw.call(customerNumber(), await acd.numberFor(group))
    await sw.watcher.waitFor(
      'queue prompt',
      (event) => event.uniqueId === call.platformLeg && event.eventName === 'PLAYBACK_START',
    )
    await sw.hangUp(call)
    await eventually(async () => {
      expect(await acd.sql('select id from queue_entry where skill_group_id = ?', [group])).toEqual([])
      const [record] = await acd.sql<{
        answered_at: Date | null
        ended_at: Date | null
        hangup_side: string
      }>('select answered_at, ended_at, hangup_side from call_record where id = ?', [call.platformLeg])
      expect(record).toMatchObject({ answered_at: null, hangup_side: 'CALLER' })
      expect(record?.ended_at).not.toBeNull()
    }, 10_000)
  })

  /** Runs a call-control mutation as the agent, with a fresh idempotency key. */
  async function asAgent(agent: ReadyAgent, mutation: string, variables: Record<string, unknown> = {}) {
    await center.acd.gql(mutation, { ...variables, k: crypto.randomUUID() }, agent.token)
  }

  it("A7: a caller presses a key in the IVR menu and is queued to that key's skill group and answered", async () => {
    const { acd, sw } = center
    const group = await acd.skillGroup()
    const flow = await publishedFlow(acd, [
      menu('root', await approvedPrompt(acd), [{ key: '1', action: 'SKILL_GROUP', skillGroupId: group }]),
    ])
    const number = await numberFollowing(acd, await schedule(acd, flow))
    const mobile = mobileNumber()
    await sw.mobile(mobile, 'answer')
    await acd.readyMobileAgent([group], mobile)
    const call = await sw.call(customerNumber(), number)
    await sw.watcher.waitFor(
      'the IVR menu',
      (event) => event.uniqueId === call.platformLeg && event.eventName === 'PLAYBACK_START',
    )
    await sw.press(call, '1')
    await talkAndHangUp(await bridged(call, mobile))
  }, 60_000)

  it("G3: a held customer hears the company's wait music, and the agent again once taken off hold", async () => {
    const { number, mobile, agent } = await staffedNumber()
    const answered = await answeredCall(number, mobile)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await asAgent(agent, `mutation ($k: String!) { holdCall(on: true, idempotencyKey: $k) { callId } }`)
    const heldAt = Date.now()
    await new Promise((resolve) => setTimeout(resolve, 2500))
    await asAgent(agent, `mutation ($k: String!) { holdCall(on: false, idempotencyKey: $k) { callId } }`)
    const resumedAt = Date.now()
    await talkAndHangUp({ ...answered, bridgedAt: resumedAt })
    const customer = await center.sw.heardByCustomer(answered.call)
    expectMostly(customer.between(heldAt + 500, resumedAt), 'sound', 0.8)
    // Nor does the agent hear the customer meanwhile.
    const agentHeard = await center.sw.heardOnMobile(answered.agentLeg)
    expect(Hearing.share(agentHeard.between(heldAt + 500, resumedAt), CUSTOMER_VOICE).share).toBeLessThan(0.1)
  }, 60_000)

  it('A8: a held call is listed ON_HOLD, and a supervisor’s force hang-up (uuid_kill on each leg) ends the customer’s and the agent’s legs', async () => {
    const { acd } = center
    const { number, mobile, agent } = await staffedNumber()
    const answered = await answeredCall(number, mobile)
    const callId = answered.call.platformLeg
    const stageOf = async () =>
      (
        await acd.gql<{ liveCalls: { calls: Array<{ callId: string; stage: string }> } }>(
          '{ liveCalls { calls { callId stage } } }',
        )
      ).liveCalls.calls.find((call) => call.callId === callId)?.stage
    await eventually(async () => expect(await stageOf()).toBe('TALKING'), 10_000)
    // Held, the customer waits parked and the agent's leg stays parked on its own: both must be ended.
    await asAgent(agent, `mutation ($k: String!) { holdCall(on: true, idempotencyKey: $k) { callId } }`)
    await eventually(async () => expect(await stageOf()).toBe('ON_HOLD'), 10_000)
    await acd.gql('mutation ($id: ID!) { forceHangUpCall(callId: $id) { callId } }', { id: callId })
    await eventually(async () => {
      const [record] = await acd.sql<{ ended_at: Date | null }>(
        'select ended_at from call_record where id = ?',
        [callId],
      )
      expect(record?.ended_at).not.toBeNull()
      // Nothing of it is left on the switch; the agent may still wrap it up.
      expect([undefined, 'AFTER_CALL_WORK']).toContain(await stageOf())
      expect((await acd.stateOf(agent)).status).not.toBe('ON_CALL')
    }, 15_000)
  }, 60_000)

  it('G3: a blind transfer to another skill group connects the customer to its agent, and frees the first', async () => {
    const { agent } = await blindTransferredToAColleague()
    await eventually(async () => expect((await center.acd.stateOf(agent)).status).not.toBe('ON_CALL'), 10_000)
  }, 60_000)

  it('G3: a consultative transfer: the customer waits with music while the agent asks a colleague, then talks to the colleague', async () => {
    const { acd, sw } = center
    const { agent, answered, consultingFrom, colleagueLeg } = await consultingAColleague()
    await new Promise((resolve) => setTimeout(resolve, 2500))
    await asAgent(agent, `mutation ($k: String!) { completeConsultation(idempotencyKey: $k) { callId } }`)
    const joinedAt = Date.now()
    await talkAndHangUp({ call: answered.call, bridgedAt: joinedAt, agentLeg: colleagueLeg })
    const consulting = [consultingFrom + 500, joinedAt - 500] as const
    expectMostly((await sw.heardByCustomer(answered.call)).between(...consulting), 'sound', 0.8)
    // Both agents speak in the agents' voice: each hears the other, not the customer.
    expectMostly((await sw.heardOnMobile(answered.agentLeg)).between(...consulting), AGENT_VOICE)
    expectMostly((await sw.heardOnMobile(colleagueLeg)).between(...consulting), AGENT_VOICE, 0.8)
    await sw.watcher.waitFor(
      'the first agent let go',
      (event) => event.eventName === 'CHANNEL_HANGUP_COMPLETE' && event.uniqueId === answered.agentLeg,
    )
    await eventually(async () => expect((await acd.stateOf(agent)).status).not.toBe('ON_CALL'), 10_000)
  }, 60_000)

  it('G3: a consultation cancelled brings the agent back to the customer, and lets the colleague go', async () => {
    const { acd, sw } = center
    const { agent, colleague, answered, colleagueLeg } = await consultingAColleague()
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await asAgent(agent, `mutation ($k: String!) { cancelConsultation(idempotencyKey: $k) { callId } }`)
    const backAt = Date.now()
    await sw.watcher.waitFor(
      'the colleague let go',
      (event) => event.eventName === 'CHANNEL_HANGUP_COMPLETE' && event.uniqueId === colleagueLeg,
    )
    await talkAndHangUp({ ...answered, bridgedAt: backAt })
    await eventually(async () => expect((await acd.stateOf(colleague)).status).not.toBe('ON_CALL'), 10_000)
  }, 60_000)

  // What FreeSWITCH's eavesdrop and three_way let each party hear; the supervisor speaks in a third voice.
  const monitorHearing = {
    LISTEN: {
      supervisor: together([CUSTOMER_VOICE, AGENT_VOICE]),
      agent: CUSTOMER_VOICE,
      customer: AGENT_VOICE,
    },
    WHISPER: {
      supervisor: together([CUSTOMER_VOICE, AGENT_VOICE]),
      agent: together([CUSTOMER_VOICE, SUPERVISOR_VOICE]),
      customer: AGENT_VOICE,
    },
    BARGE: {
      supervisor: together([CUSTOMER_VOICE, AGENT_VOICE]),
      agent: together([CUSTOMER_VOICE, SUPERVISOR_VOICE]),
      customer: together([AGENT_VOICE, SUPERVISOR_VOICE]),
    },
  } as const

  it.each(Object.keys(monitorHearing) as Array<keyof typeof monitorHearing>)(
    'X3: a group leader monitors a call (%s) on their phone, and each party hears what that mode lets them',
    async (mode) => {
      const { acd, api, sw, tenant } = center
      const { number, mobile, agent } = await staffedNumber()
      const leaderMobile = mobileNumber()
      await sw.mobile(leaderMobile, 'supervisor')
      const leader = await acd.readyMobileAgent([], leaderMobile, { role: 'GROUP_LEADER' })
      await addGroup(api, tenant.token, { leaderId: leader.id, memberIds: [agent.id] })
      const answered = await answeredCall(number, mobile)
      await asAgent(
        leader,
        `mutation ($a: ID!, $m: MonitorMode!, $k: String!) { monitorCall(agentId: $a, mode: $m, idempotencyKey: $k) { callId } }`,
        { a: agent.id, m: mode },
      )
      const leaderLeg = await sw.answeredMobile(leaderMobile)
      const monitoringFrom = SwitchWatcher.at(
        await sw.watcher.waitFor(
          'the leader listening in',
          (event) => event.eventName === 'CHANNEL_ANSWER' && event.uniqueId === leaderLeg,
        ),
      )
      await new Promise((resolve) => setTimeout(resolve, 3000))
      const hungUpAt = Date.now()
      await sw.hangUp(answered.call)
      for (const leg of [answered.call.customerLeg, answered.agentLeg, leaderLeg])
        await sw.watcher.waitFor(
          `end of ${leg}`,
          (event) => event.eventName === 'CHANNEL_HANGUP_COMPLETE' && event.uniqueId === leg,
        )
      const monitoring = [monitoringFrom + 1000, hungUpAt] as const
      const expected = monitorHearing[mode]
      expectMostly((await sw.heardOnMobile(leaderLeg)).between(...monitoring), expected.supervisor, 0.8)
      expectMostly((await sw.heardOnMobile(answered.agentLeg)).between(...monitoring), expected.agent, 0.8)
      expectMostly((await sw.heardByCustomer(answered.call)).between(...monitoring), expected.customer, 0.8)
    },
    60_000,
  )

  it.skipIf(kind === 'simulator')(
    'G3: a call outlives a restart of the API: the parties still hear each other and the record is completed',
    async () => {
      // The simulator lives inside the API, so only the real switch can keep calls across its restart.
      const { number, mobile } = await staffedNumber()
      const answered = await answeredCall(number, mobile)
      await center.restartApi()
      await talkAndHangUp({ ...answered, bridgedAt: Date.now() })
      await eventually(async () => {
        const [record] = await center.acd.sql<{ bridged_at: Date | null; ended_at: Date | null }>(
          'select bridged_at, ended_at from call_record where id = ?',
          [answered.call.platformLeg],
        )
        expect(record?.bridged_at).not.toBeNull()
        expect(record?.ended_at).not.toBeNull()
      }, 10_000)
    },
    60_000,
  )

  it("A3: a caller who finds the queue full hears the all-busy message, in the product's own audio, and is let go", async () => {
    const { acd, sw } = center
    const group = await acd.skillGroup({ maxQueueLength: 1, overflowAction: 'MESSAGE_HANGUP' })
    const number = await acd.numberFor(group)
    const first = await sw.call(customerNumber(), number)
    await sw.watcher.waitFor(
      'the first caller queued',
      (event) => event.uniqueId === first.platformLeg && event.eventName === 'PLAYBACK_START',
    )
    const second = await sw.call(customerNumber(), number)
    await sw.watcher.waitFor(
      'the second caller let go',
      (event) => event.uniqueId === second.platformLeg && event.eventName === 'CHANNEL_HANGUP_COMPLETE',
      20_000,
    )
    const played = eventsOf(second.platformLeg).flatMap((event) =>
      event.eventName === 'CHANNEL_EXECUTE_COMPLETE' && event.application === 'playback'
        ? [`${event.applicationData} ${event.applicationResponse}`]
        : [],
    )
    expect(played).toEqual([expect.stringMatching(/\/prompts\/queue\/zh\/all-agents-busy\.wav FILE PLAYED$/)])
    await sw.hangUp(first)
  })

  it('G3: an agent dials out from their mobile: it rings first, then the customer, and each hears the other', async () => {
    const { acd, sw } = center
    const callerId = `+8640099${String(++phoneNumbers).padStart(5, '0')}`
    await acd.ownNumber(callerId)
    await acd.settings({ outboundCallerId: callerId })
    const mobile = mobileNumber()
    await sw.mobile(mobile, 'answer')
    const agent = await acd.readyMobileAgent([await acd.skillGroup()], mobile)
    const customer = mobileNumber()
    await sw.mobile(customer, 'customer')
    await asAgent(
      agent,
      `mutation ($number: String!, $k: String!) { dialOut(number: $number, idempotencyKey: $k) { callId } }`,
      {
        number: customer,
      },
    )
    const agentLeg = await sw.answeredMobile(mobile)
    const customerLeg = await sw.answeredMobile(customer)
    const answeredAt = SwitchWatcher.at(
      await sw.watcher.waitFor(
        "the customer's answer",
        (event) => event.eventName === 'CHANNEL_ANSWER' && event.uniqueId === customerLeg,
      ),
    )
    const call: CustomerCall = { from: callerId, to: customer, customerLeg, platformLeg: customerLeg }
    await talkAndHangUp({ call, bridgedAt: answeredAt, agentLeg })
  }, 60_000)

  it('X6: a waiting caller presses the callback key, hears it accepted, and is called back once an agent is free', async () => {
    const { acd, sw } = center
    await acd.settings({ callbackEnabled: true, callbackKey: '1' })
    try {
      const group = await acd.skillGroup()
      const number = await acd.numberFor(group)
      const customer = customerNumber()
      await sw.mobile(customer, 'customer')
      const call = await sw.call(customer, number)
      await sw.watcher.waitFor(
        'the callback offer',
        (event) =>
          event.uniqueId === call.platformLeg &&
          event.eventName === 'PLAYBACK_START' &&
          event.headers['Playback-File-Path']?.includes('callback-offer') === true,
        20_000,
      )
      await sw.press(call, '1')
      await sw.watcher.waitFor(
        'the caller let go after the callback is accepted',
        (event) => event.uniqueId === call.platformLeg && event.eventName === 'CHANNEL_HANGUP_COMPLETE',
        20_000,
      )
      const accepted = eventsOf(call.platformLeg).flatMap((event) =>
        event.eventName === 'CHANNEL_EXECUTE_COMPLETE' && event.application === 'playback'
          ? [`${event.applicationData} ${event.applicationResponse}`]
          : [],
      )
      expect(accepted.at(-1)).toMatch(/\/prompts\/queue\/zh\/callback-accepted\.wav FILE PLAYED$/)

      const mobile = mobileNumber()
      await sw.mobile(mobile, 'answer')
      await acd.readyMobileAgent([group], mobile)
      const agentLeg = await sw.answeredMobile(mobile)
      const customerLeg = await sw.answeredMobile(customer)
      const answeredAt = SwitchWatcher.at(
        await sw.watcher.waitFor(
          'the customer answering the callback',
          (event) => event.eventName === 'CHANNEL_ANSWER' && event.uniqueId === customerLeg,
        ),
      )
      const callback: CustomerCall = { from: number, to: customer, customerLeg, platformLeg: customerLeg }
      await talkAndHangUp({ call: callback, bridgedAt: answeredAt, agentLeg })
    } finally {
      await acd.settings({ callbackEnabled: false })
    }
  }, 90_000)

  /** The post-call survey prompt (A5's satisfaction system prompt, the shipped default) starting on a leg. */
  const isSurveyPrompt = (leg: string) => (event: ChannelEventOf) =>
    event.uniqueId === leg &&
    event.eventName === 'PLAYBACK_START' &&
    event.headers['Playback-File-Path']?.endsWith('/survey.wav') === true

  /**
   * A call to a skill group with the post-call survey (or, with `isSurveyed` false, without), which the
   * agent ends after a moment of talk (by default hanging up their phone); resolves once the caller, kept
   * on the line, starts hearing the survey prompt.
   */
  async function agentHangsUpOnSurveyedCall(
    end: (answered: Answered, agent: ReadyAgent) => Promise<void> = (answered) =>
      center.sw.hangUpMobile(answered.agentLeg),
    isSurveyed = true,
  ): Promise<{ call: CustomerCall; promptAt: number }> {
    const { acd, sw } = center
    const group = await acd.skillGroup({ isPostCallSurveyEnabled: isSurveyed })
    const number = await acd.numberFor(group)
    const mobile = mobileNumber()
    await sw.mobile(mobile, 'answer')
    const agent = await acd.readyMobileAgent([group], mobile)
    const answered = await answeredCall(number, mobile)
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await end(answered, agent)
    const prompt = await sw.watcher.waitFor(
      'the survey prompt',
      isSurveyPrompt(answered.call.platformLeg),
      15_000,
    )
    return { call: answered.call, promptAt: SwitchWatcher.at(prompt) }
  }

  /** Waits for the platform to let the caller go after the survey. */
  const surveyEnded = (call: CustomerCall) =>
    center.sw.watcher.waitFor(
      'the caller let go after the survey',
      (event) => event.uniqueId === call.platformLeg && event.eventName === 'CHANNEL_HANGUP_COMPLETE',
      30_000,
    )

  /** The survey's outcome on the call, and the score the satisfaction records read. */
  const surveyOf = (call: CustomerCall) =>
    eventually(async () => {
      const [survey] = await center.acd.sql<{
        outcome: string
        score: number | null
        satisfactionScore: number | null
      }>(
        `select s.outcome, s.score, sc.score as "satisfactionScore"
           from post_call_survey s left join satisfaction_score sc on sc.call_id = s.call_id
          where s.call_id = ?`,
        [call.platformLeg],
      )
      expect(survey).toBeDefined()
      return survey!
    }, 10_000)

  it('A5, A9: the agent hangs up, the caller stays on the line, hears the survey prompt and presses 4: the score is on the call and in the satisfaction records', async () => {
    const { sw } = center
    const { call, promptAt } = await agentHangsUpOnSurveyedCall()
    await new Promise((resolve) => setTimeout(resolve, 2000))
    expectMostly((await sw.heardByCustomer(call)).between(promptAt + 300, promptAt + 1800), 'sound', 0.8)
    await sw.press(call, '4')
    await surveyEnded(call)
    expect(await surveyOf(call)).toEqual({ outcome: 'SCORED', score: 4, satisfactionScore: 4 })
    // The call's details show it, as the call records and the satisfaction report read it.
    await eventually(async () => {
      const { callRecord } = await center.acd.gql<{
        callRecord: { postCallSurvey: string | null; satisfactionScore: number | null }
      }>('query ($id: ID!) { callRecord(id: $id) { postCallSurvey satisfactionScore } }', {
        id: call.platformLeg,
      })
      expect(callRecord).toEqual({ postCallSurvey: 'SCORED', satisfactionScore: 4 })
    }, 10_000)
    const thanks = eventsOf(call.platformLeg).flatMap((event) =>
      event.eventName === 'CHANNEL_EXECUTE_COMPLETE' && event.application === 'playback'
        ? [`${event.applicationData} ${event.applicationResponse}`]
        : [],
    )
    expect(thanks.at(-1)).toMatch(/\/prompts\/queue\/zh\/[^/]+\.wav FILE PLAYED$/)
  }, 60_000)

  it('A5: a caller who presses no key in time is let go, and the survey is stored as no answer (no score)', async () => {
    const { call } = await agentHangsUpOnSurveyedCall()
    await surveyEnded(call)
    expect(center.sw.watcher.seen(isSurveyPrompt(call.platformLeg))).toHaveLength(1)
    expect(await surveyOf(call)).toEqual({ outcome: 'NO_ANSWER', score: null, satisfactionScore: null })
  }, 60_000)

  it('A5: a wrong key replays the survey prompt once, and a good key then gives the score', async () => {
    const { sw } = center
    const { call } = await agentHangsUpOnSurveyedCall()
    await sw.press(call, '9')
    await sw.watcher.waitFor(
      'the survey prompt replayed',
      () => sw.watcher.seen(isSurveyPrompt(call.platformLeg)).length >= 2,
      15_000,
    )
    await sw.press(call, '2')
    await surveyEnded(call)
    expect(await surveyOf(call)).toEqual({ outcome: 'SCORED', score: 2, satisfactionScore: 2 })
  }, 60_000)

  /**
   * On the company's `labels.length`-point scale, `wrongKey` (outside the scale) replays the survey prompt and
   * `key` is the score, kept with its scale and its label.
   */
  const scoredOnScale = async (labels: { zh: string; en: string }[], wrongKey: string, key: string) => {
    const { acd, sw } = center
    const scale = labels.length
    await acd.settings({ surveyScale: scale, surveyLabels: labels })
    try {
      const { call } = await agentHangsUpOnSurveyedCall()
      await sw.press(call, wrongKey)
      await sw.watcher.waitFor(
        'the survey prompt replayed',
        () => sw.watcher.seen(isSurveyPrompt(call.platformLeg)).length >= 2,
        15_000,
      )
      await sw.press(call, key)
      await surveyEnded(call)
      const score = Number(key)
      expect(await surveyOf(call)).toEqual({ outcome: 'SCORED', score, satisfactionScore: score })
      expect(
        await acd.sql(
          `select s.scale, sc.scale as "satisfactionScale", sc.labels -> (sc.score - 1) as label
             from post_call_survey s join satisfaction_score sc on sc.call_id = s.call_id where s.call_id = ?`,
          [call.platformLeg],
        ),
      ).toEqual([{ scale, satisfactionScale: scale, label: labels[score - 1] }])
    } finally {
      await acd.settings({ surveyScale: 5, surveyLabels: DEFAULT_SURVEY_LABELS })
    }
  }

  it('A5: on the company’s 3-point scale, key 4 replays the survey prompt and key 3 is the score, kept with its scale', async () => {
    await scoredOnScale(
      [
        { zh: '不满意', en: 'Unhappy' },
        { zh: '一般', en: 'Okay' },
        { zh: '满意', en: 'Happy' },
      ],
      '4',
      '3',
    )
  }, 60_000)

  it('A5: on the company’s 9-point scale, key 0 replays the survey prompt and key 9 is the score, kept with its scale', async () => {
    await scoredOnScale(
      Array.from({ length: 9 }, (_, index) => ({ zh: `${index + 1} 星`, en: `${index + 1} stars` })),
      '0',
      '9',
    )
  }, 60_000)

  it('A5: from the phone bar, the agent of a skill group without the survey transfers the caller to it, and their key is the score', async () => {
    const { sw } = center
    const { call } = await agentHangsUpOnSurveyedCall(
      (_, agent) =>
        asAgent(agent, `mutation ($k: String!) { transferToSurvey(idempotencyKey: $k) { callId } }`),
      false,
    )
    await sw.press(call, '5')
    await surveyEnded(call)
    expect(await surveyOf(call)).toEqual({ outcome: 'SCORED', score: 5, satisfactionScore: 5 })
  }, 60_000)

  it('A5: a caller transferred away from a surveyed skill group hears no survey as the first agent lets go', async () => {
    const { acd, sw } = center
    const { answered } = await blindTransferredToAColleague({ isPostCallSurveyEnabled: true })
    expect(sw.watcher.seen(isSurveyPrompt(answered.call.platformLeg))).toEqual([])
    expect(
      await acd.sql('select call_id from post_call_survey where call_id = ?', [answered.call.platformLeg]),
    ).toEqual([])
  }, 60_000)

  it('A5: with the outbound survey on, the customer an agent dialled stays on the line when the agent hangs up, hears the survey and scores the call', async () => {
    const { acd, sw } = center
    const callerId = `+8640099${String(++phoneNumbers).padStart(5, '0')}`
    await acd.ownNumber(callerId)
    await acd.settings({ outboundCallerId: callerId, outboundSurveyEnabled: true })
    try {
      const mobile = mobileNumber()
      await sw.mobile(mobile, 'answer')
      const agent = await acd.readyMobileAgent([await acd.skillGroup()], mobile)
      const customer = mobileNumber()
      await sw.mobile(customer, 'customer')
      const { dialOut } = await acd.gql<{ dialOut: { callId: string } }>(
        `mutation ($number: String!, $k: String!) { dialOut(number: $number, idempotencyKey: $k) { callId } }`,
        { number: customer, k: crypto.randomUUID() },
        agent.token,
      )
      const agentLeg = await sw.answeredMobile(mobile)
      const customerLeg = await sw.answeredMobile(customer)
      const call: CustomerCall = { from: callerId, to: customer, customerLeg, platformLeg: customerLeg }
      await sw.watcher.waitFor(
        'the customer and agent bridged',
        (event) => event.eventName === 'CHANNEL_BRIDGE' && event.variables['cc_call_id'] === dialOut.callId,
        20_000,
      )
      await new Promise((resolve) => setTimeout(resolve, 1000))
      await sw.hangUpMobile(agentLeg)
      const isOutboundSurveyPrompt = (event: ChannelEventOf) =>
        event.eventName === 'PLAYBACK_START' &&
        event.variables['cc_call_id'] === dialOut.callId &&
        event.headers['Playback-File-Path']?.endsWith('/survey.wav') === true
      const prompt = await sw.watcher.waitFor('the survey prompt', isOutboundSurveyPrompt, 15_000)
      const promptAt = SwitchWatcher.at(prompt)
      await new Promise((resolve) => setTimeout(resolve, 2000))
      await sw.press(call, '3')
      await eventually(async () => {
        const [survey] = await acd.sql<{ outcome: string; score: number | null }>(
          'select outcome, score from post_call_survey where call_id = ?',
          [dialOut.callId],
        )
        expect(survey).toEqual({ outcome: 'SCORED', score: 3 })
      }, 20_000)
      // What the customer heard is read once their leg ended: the real switch's recording is then whole.
      await sw.watcher.waitFor(
        'the customer let go after the survey',
        (event) => event.uniqueId === customerLeg && event.eventName === 'CHANNEL_HANGUP_COMPLETE',
        30_000,
      )
      expectMostly((await sw.heardByCustomer(call)).between(promptAt + 300, promptAt + 1800), 'sound', 0.8)
    } finally {
      await acd.settings({ outboundSurveyEnabled: false })
    }
  }, 90_000)

  it('A5: a caller who hangs up during the survey prompt leaves an abandoned survey and no score', async () => {
    const { sw } = center
    const { call } = await agentHangsUpOnSurveyedCall()
    await new Promise((resolve) => setTimeout(resolve, 1000))
    await sw.hangUp(call)
    await surveyEnded(call)
    expect(await surveyOf(call)).toEqual({ outcome: 'ABANDONED', score: null, satisfactionScore: null })
  }, 60_000)

  /** The recording of a call, once the switch has closed it and the call record names it. */
  const recordingOf = (callId: string) =>
    eventually(async () => {
      const [record] = await center.acd.sql<{ recording_file: string | null }>(
        'select recording_file from call_record where id = ?',
        [callId],
      )
      expect(record?.recording_file).toBeTruthy()
      return record!.recording_file!
    }, 10_000)

  it.each([
    { isStereo: true, layout: 'stereo: two channels, the customer on the left and the agent on the right' },
    { isStereo: false, layout: 'mono: one channel with both voices mixed' },
  ])(
    'issue 19: the company chooses how calls are recorded — $layout',
    async ({ isStereo }) => {
      const { acd } = center
      await acd.settings({ recordingEnabled: true, isRecordingStereo: isStereo })
      try {
        const { number, mobile } = await staffedNumber()
        const answered = await answeredCall(number, mobile)
        await talkAndHangUp(answered)
        const file = await recordingOf(answered.call.platformLeg)
        expect(await wavChannels(file)).toBe(isStereo ? 2 : 1)
        // The recording starts just after the bridge and ends with the call: its middle is the talk.
        const talk = async (channel: number) => {
          const { windows } = await Hearing.fromRecording(file, 0, channel)
          return windows.slice(10, -5)
        }
        if (isStereo) {
          expectMostly(await talk(0), CUSTOMER_VOICE, 0.8)
          expectMostly(await talk(1), AGENT_VOICE, 0.8)
        } else expectMostly(await talk(0), together([CUSTOMER_VOICE, AGENT_VOICE]), 0.8)
      } finally {
        await acd.settings({ recordingEnabled: false, isRecordingStereo: false })
      }
    },
    60_000,
  )
})
