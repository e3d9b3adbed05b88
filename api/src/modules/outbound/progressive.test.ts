// X4 progressive dialing on the switch simulator: the dialer dials for idle agents only, respects calling
// hours, holidays, retries, the daily cap and the do-not-call list, stops with a pause, and two dialer
// instances never dial one item. The API's clock runs ahead of the wall clock by `ahead`, so a test moves
// time on to a retry instead of waiting for it; the dialer is driven round by round (PROGRESSIVE_DIAL_MS=0).
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture, type ReadyAgent } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { activeTask, customerLeg, hangUpWhenBridged } from '../../../test/outbound-fixtures.js'
import { addAgent, signInInvited, signupTenant } from '../../../test/factories.js'
import { localMoment } from '../ivr/schedule-rules.js'
import { calleeTimeZone, isCallingTime, startOfLocalDay } from './calling-hours.js'
import { ProgressiveDialer } from './progressive-dialer.js'

let api: TestApi
let acd: AcdFixture
let callerIdNumberId: string
let ahead = 0
const clock = { now: () => new Date(Date.now() + ahead) }

type Result = {
  data?: Record<string, ReturnType<typeof JSON.parse>> | null
  errors?: { extensions?: Record<string, unknown> }[]
}
const attempt = (query: string, variables: Record<string, unknown>, token = acd.tenant.token) =>
  api.graphql(query, variables, { token }) as Promise<Result>
const problemsOf = (result: Result) =>
  (result.errors?.[0]?.extensions?.problems as { field: string; code: string }[] | undefined) ?? []
const reasonOf = (result: Result) => {
  const extensions = result.errors?.[0]?.extensions
  return problemsOf(result)[0]?.code ?? extensions?.reason ?? extensions?.code
}

const CREATE = `mutation ($input: CreateOutboundTaskInput!) {
  createOutboundTask(input: $input) { id dialing { mode callingWindows { start end } holidays retryAfterMinutes maxRetries dailyAttemptCap } } }`
/** A task's start and end dates (the company's calendar); the default holds the tests' today. */
type Period = { startsOn: string; endsOn: string }
const NOW_RUNNING: Period = { startsOn: '2026-12-01', endsOn: '2027-12-31' }
const NOT_YET_STARTED: Period = { startsOn: '2099-01-01', endsOn: '2099-12-31' }

const taskInput = (agentIds: string[], dialing: Record<string, unknown> | null, period = NOW_RUNNING) => ({
  name: `Progressive ${randomUUID().slice(0, 8)}`,
  ...period,
  callerIdNumberId,
  agentIds,
  ...(dialing ? { dialing } : {}),
})

/** An active task of the agent (progressive unless `rules` say otherwise) with these numbers, in order. */
const progressiveTask = (
  agent: ReadyAgent,
  numbers: string[],
  rules: Record<string, unknown> = {},
  period = NOW_RUNNING,
) => activeTask(acd, taskInput([agent.id], { mode: 'PROGRESSIVE', ...rules }, period), agent.id, numbers)

const telesalesAgent = () => acd.readyAgent([], { organization: 'TELESALES' })
const dialRound = () => api.services.progressiveDialer.runOnce()
/** Another dialer on the same database (another API instance), driven by hand. */
const anotherDialer = (
  calls: ConstructorParameters<typeof ProgressiveDialer>[0]['calls'] = api.services.acd.calls,
) =>
  new ProgressiveDialer({
    db: api.db,
    calls,
    presence: api.services.acd.presence,
    clock,
    intervalMs: 0,
    logger: { error: () => undefined },
  })
/** What the admin sees of an item: its progress and whether the dialer gave up on it. */
const itemRow = async (itemId: string) =>
  (
    await acd.sql<{ status: string; locked_by: string | null; dial_refusal: string | null }>(
      'select status, locked_by, dial_refusal from task_item where id = ?',
      [itemId],
    )
  )[0]
const customerLegOf = (callId: string) => customerLeg(acd, callId)
const answeredAndHungUp = (callId: string) => hangUpWhenBridged(acd, callId)

/** Waits until a call the callee did not take has ended and is recorded so, and its agent is IDLE again. */
async function notConnected(callId: string, agent: ReadyAgent) {
  await eventually(async () =>
    expect(await acd.sql('select outcome from call_record where id = ?', [callId])).toEqual([
      { outcome: 'NOT_CONNECTED' },
    ]),
  )
  await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
}

const recordResult = (itemId: string, agent: ReadyAgent) =>
  acd.gql(
    'mutation ($id: ID!) { recordTaskItemResult(id: $id, input: { followUpResult: "INTERESTED" }) { id } }',
    { id: itemId },
    agent.token,
  )

/** Moves the API's clock on in steps shorter than the heartbeat timeout, the agent's workstation beating. */
async function moveOn(minutes: number, agent: ReadyAgent) {
  while (ahead < minutes * 60_000) {
    ahead = Math.min(ahead + 4 * 60_000, minutes * 60_000)
    await acd.gql('mutation { workstationHeartbeat { status } }', {}, agent.token)
  }
}

const attemptsOf = async (itemId: string) =>
  (await acd.sql('select 1 from task_item_call where task_item_id = ?', [itemId])).length

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi('Progressive Co', { clock, env: { PROGRESSIVE_DIAL_MS: '0' } }))
  const { addPhoneNumber } = await acd.gql<{ addPhoneNumber: { id: string } }>(
    'mutation { addPhoneNumber(input: { number: "+862188880077" }) { id } }',
  )
  callerIdNumberId = addPhoneNumber.id
}, 60_000)
afterAll(() => api?.stop())
beforeEach(async () => {
  ahead = 0
  await acd.reset()
  // Earlier tests' tasks must not take this test's rounds.
  await acd.sql(`update outbound_task set status = 'CLOSED'`)
  await acd.settings({
    afterCallWorkSeconds: 0,
    recordingEnabled: false,
    homeRegion: 'CN',
    allowInternational: true,
    heartbeatTimeoutSeconds: 600,
    // The file dials many calls within a second; the rate guard (tested with the outbound limits) would
    // refuse some and make a round's count depend on the test before it.
    maxOutboundPerSecond: 1000,
  })
})

describe('X4: calling hours in the callee’s local time', () => {
  it('X4: a number’s zone is its country’s; of several, the company’s own if it is one, else the most populous', () => {
    expect(calleeTimeZone('+8613800138000', 'Europe/Berlin')).toBe('Asia/Shanghai')
    expect(calleeTimeZone('+442079460000', 'Asia/Shanghai')).toBe('Europe/London')
    expect(calleeTimeZone('+12127365000', 'Asia/Shanghai')).toBe('America/New_York')
    expect(calleeTimeZone('+12127365000', 'America/Los_Angeles')).toBe('America/Los_Angeles')
    expect(calleeTimeZone('+74951234567', 'Asia/Shanghai')).toBe('Europe/Moscow')
    expect(calleeTimeZone('+999123', 'Asia/Shanghai')).toBe('Asia/Shanghai')
  })

  it('X4: windows and holidays are read on the callee’s clock and calendar (an injected instant)', () => {
    const rules = {
      callingWindows: [
        { start: '09:00', end: '12:00' },
        { start: '14:00', end: '20:00' },
      ],
      holidays: [],
    }
    // 2027-01-05 02:30 UTC: 10:30 in Shanghai, 21:30 the day before in New York.
    const at = new Date('2027-01-05T02:30:00Z')
    expect(isCallingTime(at, 'Asia/Shanghai', rules)).toBe(true)
    expect(isCallingTime(at, 'America/New_York', rules)).toBe(false)
    expect(isCallingTime(new Date('2027-01-05T05:00:00Z'), 'Asia/Shanghai', rules)).toBe(false) // 13:00
    expect(isCallingTime(at, 'Asia/Shanghai', { ...rules, holidays: ['2027-01-05'] })).toBe(false)
    expect(isCallingTime(at, 'America/New_York', { callingWindows: [], holidays: ['2027-01-05'] })).toBe(true)
    expect(startOfLocalDay(at, 'Asia/Shanghai').toISOString()).toBe('2027-01-04T16:00:00.000Z')
  })
})

describe('X4: task dialing settings', () => {
  it('X4: a task is preview unless made progressive; the rules are checked with clear problems', async () => {
    const agent = await telesalesAgent()
    const preview = await acd.gql<{ createOutboundTask: { dialing: Record<string, unknown> } }>(CREATE, {
      input: taskInput([agent.id], null),
    })
    expect(preview.createOutboundTask.dialing).toEqual({
      mode: 'PREVIEW',
      callingWindows: [],
      holidays: [],
      retryAfterMinutes: 30,
      maxRetries: 2,
      dailyAttemptCap: 3,
    })
    const refused = await attempt(CREATE, {
      input: taskInput([agent.id], {
        mode: 'PROGRESSIVE',
        callingWindows: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
          { start: '15:00', end: '14:00' },
          { start: '9am', end: '10:00' },
        ],
        holidays: ['2027-02-30', '2027-01-01', '2027-01-01'],
        retryAfterMinutes: 0,
        maxRetries: 21,
        dailyAttemptCap: 0,
      }),
    })
    expect(problemsOf(refused).map(({ field, code }) => `${field} ${code}`)).toEqual(
      expect.arrayContaining([
        'dialing.callingWindows.1.start OVERLAPPING_WINDOWS',
        'dialing.callingWindows.2.end WINDOW_END_BEFORE_START',
        'dialing.callingWindows.3.start INVALID_TIME',
        'dialing.holidays.0 INVALID_DATE',
        'dialing.holidays.2 DUPLICATE_HOLIDAY',
        'dialing.retryAfterMinutes TOO_SMALL',
        'dialing.maxRetries TOO_LARGE',
        'dialing.dailyAttemptCap TOO_SMALL',
      ]),
    )
  })

  it('X4: an update without dialing settings keeps them; agents, inbound admins and other companies cannot change them', async () => {
    const agent = await telesalesAgent()
    const { taskId } = await progressiveTask(agent, [], {
      callingWindows: [{ start: '09:00', end: '18:00' }],
    })
    const UPDATE = `mutation ($id: ID!, $input: UpdateOutboundTaskInput!) {
      updateOutboundTask(id: $id, input: $input) { dialing { mode callingWindows { start end } } } }`
    const kept = await attempt(UPDATE, { id: taskId, input: taskInput([agent.id], null) })
    expect(kept.data?.updateOutboundTask.dialing).toEqual({
      mode: 'PROGRESSIVE',
      callingWindows: [{ start: '09:00', end: '18:00' }],
    })
    const preview = { id: taskId, input: taskInput([agent.id], { mode: 'PREVIEW' }) }
    expect(reasonOf(await attempt(UPDATE, preview, agent.token))).toBe('FORBIDDEN')
    const inboundAdmin = await addAgent(api, acd.tenant.token, {
      organization: 'INBOUND',
      role: 'ADMIN',
      agentNumber: null,
    })
    expect(reasonOf(await attempt(UPDATE, preview, await signInInvited(api, inboundAdmin.email)))).toBe(
      'NOT_FOUND',
    )
    const other = await signupTenant(api, 'Other Co')
    expect(reasonOf(await attempt(UPDATE, preview, other.token))).toBe('NOT_FOUND')
    const read = await acd.gql<{ outboundTask: { dialing: { mode: string } } }>(
      'query ($id: ID!) { outboundTask(id: $id) { dialing { mode } } }',
      { id: taskId },
    )
    expect(read.outboundTask.dialing.mode).toBe('PROGRESSIVE')
  })
})

describe('X4: the progressive dialer', () => {
  it('X4: the next item is dialled for an idle agent, agent leg first with the task’s caller ID; not for a busy or not-ready agent', async () => {
    const agent = await telesalesAgent()
    const resting = await telesalesAgent()
    const { itemIds } = await progressiveTask(agent, ['+8613800770001', '+8613800770002'])
    await progressiveTask(resting, ['+8613800770003'])
    const [reason] = await acd.sql<{ id: string }>(`select id from not_ready_reason where code = 'REST'`)
    await acd.gql(
      'mutation ($r: ID) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }',
      { r: reason!.id },
      resting.token,
    )

    const [first, ...others] = await dialRound()
    expect(others).toEqual([])
    expect(first).toMatchObject({ agentId: agent.id, itemId: itemIds[0] })
    await eventually(() => expect(acd.legsOf(first!.callId)).not.toHaveLength(0))
    expect(acd.legsOf(first!.callId)[0]!.variables['cc_agent_id']).toBe(agent.id)
    await eventually(() => expect(customerLegOf(first!.callId)).toBeDefined())
    expect(customerLegOf(first!.callId)!.variables['origination_caller_id_number']).toBe('+862188880077')
    // The workstation shows the item as the call starts: it is the agent's open item.
    const { myTaskItems } = await acd.gql<{
      myTaskItems: { items: { id: string; status: string; lockedBy: string }[] }
    }>('{ myTaskItems { items { id status lockedBy } } }', {}, agent.token)
    expect(myTaskItems.items.find((item) => item.id === itemIds[0])).toMatchObject({ lockedBy: agent.id })

    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('ON_CALL'))
    expect(await dialRound()).toEqual([])
    await answeredAndHungUp(first!.callId)
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
    // Until the agent records the result, the item stays theirs and nothing new is dialled.
    expect(await dialRound()).toEqual([])
    await recordResult(itemIds[0]!, agent)
    expect((await dialRound()).map((dial) => dial.itemId)).toEqual([itemIds[1]])
  })

  it('X4: a callee whose local time is outside the windows is skipped, one inside is dialled; a holiday dials nobody', async () => {
    const agent = await telesalesAgent()
    // A window of the hours around now in Shanghai; New York is 12–13 hours behind, outside it.
    const shanghai = localMoment(clock.now(), 'Asia/Shanghai')
    const hour = Math.floor(shanghai.minute / 60)
    const clockTime = (value: number) => `${String(value).padStart(2, '0')}:00`
    const window = { start: clockTime(Math.max(hour - 1, 0)), end: clockTime(Math.min(hour + 2, 24)) }
    const holiday = await progressiveTask(agent, ['+8613800770011'], { holidays: [shanghai.date] })
    const { itemIds } = await progressiveTask(agent, ['+12127365011', '+8613800770012'], {
      callingWindows: [window],
    })

    const dialled = await dialRound()
    expect(dialled.map((dial) => dial.itemId)).toEqual([itemIds[1]])
    expect(dialled.map((dial) => dial.itemId)).not.toContain(holiday.itemIds[0])
    expect(await attemptsOf(itemIds[0]!)).toBe(0)
    expect(await attemptsOf(holiday.itemIds[0]!)).toBe(0)
  })

  it('X4: a busy number is dialled again after N minutes, at most M times', async () => {
    const agent = await telesalesAgent()
    acd.sim.setEndpointBehaviour('+8613800770021', { kind: 'reject', cause: 'USER_BUSY' })
    const { itemIds } = await progressiveTask(agent, ['+8613800770021'], {
      retryAfterMinutes: 5,
      maxRetries: 1,
      dailyAttemptCap: 5,
    })

    const [first] = await dialRound()
    await notConnected(first!.callId, agent)
    await moveOn(4, agent)
    expect(await dialRound()).toEqual([])
    await moveOn(6, agent)
    const [retry] = await dialRound()
    expect(retry).toMatchObject({ itemId: itemIds[0] })
    await notConnected(retry!.callId, agent)
    await moveOn(12, agent)
    expect(await dialRound()).toEqual([])
    expect(await attemptsOf(itemIds[0]!)).toBe(2)
  })

  it('X4: a number is dialled at most the daily cap times a day, over all tasks', async () => {
    const agent = await telesalesAgent()
    acd.sim.setEndpointBehaviour('+8613800770031', { kind: 'reject', cause: 'USER_BUSY' })
    const rules = { retryAfterMinutes: 1, maxRetries: 5, dailyAttemptCap: 2 }
    const { itemIds } = await progressiveTask(agent, ['+8613800770031'], rules)
    await notConnected((await dialRound())[0]!.callId, agent)
    await moveOn(2, agent)
    await notConnected((await dialRound())[0]!.callId, agent)
    const again = await progressiveTask(agent, ['+8613800770031'], rules)
    await moveOn(4, agent)
    expect(await dialRound()).toEqual([])
    expect(await attemptsOf(itemIds[0]!)).toBe(2)
    expect(await attemptsOf(again.itemIds[0]!)).toBe(0)
  })

  it('X4: a number put on the do-not-call list after it was added is skipped', async () => {
    const agent = await telesalesAgent()
    const { itemIds } = await progressiveTask(agent, ['+8613800770041', '+8613800770042'])
    await acd.gql(
      'mutation { addDoNotCall(input: { phoneNumber: "+8613800770041", reason: "投诉" }) { id } }',
    )

    expect((await dialRound()).map((dial) => dial.itemId)).toEqual([itemIds[1]])
    expect(await attemptsOf(itemIds[0]!)).toBe(0)
  })

  it('X4: pausing the task stops new dials at once; resuming dials again', async () => {
    const agent = await telesalesAgent()
    const { taskId, itemIds } = await progressiveTask(agent, ['+8613800770051'])
    await acd.gql('mutation ($id: ID!) { pauseOutboundTask(id: $id) { id } }', { id: taskId })
    expect(await dialRound()).toEqual([])
    expect(await attemptsOf(itemIds[0]!)).toBe(0)
    await acd.gql('mutation ($id: ID!) { resumeOutboundTask(id: $id) { id } }', { id: taskId })
    expect((await dialRound()).map((dial) => dial.itemId)).toEqual(itemIds)
  })

  it('X4: two dialer instances running at once never dial one item, nor give one agent two calls', async () => {
    const agents = [await telesalesAgent(), await telesalesAgent(), await telesalesAgent()]
    for (const [index, agent] of agents.entries())
      await progressiveTask(agent, [`+86138007706${index}1`, `+86138007706${index}2`])
    const [one, two] = await Promise.all([dialRound(), anotherDialer().runOnce()])
    const dialled = [...one, ...two]
    expect(dialled).toHaveLength(3)
    expect(new Set(dialled.map((dial) => dial.itemId)).size).toBe(3)
    expect(new Set(dialled.map((dial) => dial.agentId))).toEqual(new Set(agents.map((agent) => agent.id)))
  })

  it('X4: a refusal for the company’s outbound rate ends its round: no other agent is tried, the item stays due untouched', async () => {
    const agents = [await telesalesAgent(), await telesalesAgent(), await telesalesAgent()]
    const itemIds: string[] = []
    for (const [index, agent] of agents.entries())
      itemIds.push(...(await progressiveTask(agent, [`+86138007708${index}1`])).itemIds)
    await acd.settings({ maxOutboundPerSecond: 1 })
    let tried = 0
    const counting = anotherDialer({
      dialOut: (...args) => {
        tried += 1
        return api.services.acd.calls.dialOut(...args)
      },
    })

    const dialled = await counting.runOnce()
    // One call fits the second; the next dial is refused and ends the round: the third agent is not tried.
    expect(dialled.length).toBeLessThanOrEqual(1)
    expect(tried).toBe(dialled.length + 1)
    for (const itemId of itemIds.filter((id) => !dialled.some((dial) => dial.itemId === id))) {
      expect(await itemRow(itemId)).toEqual({ status: 'NEW', locked_by: null, dial_refusal: null })
      expect(await attemptsOf(itemId)).toBe(0)
    }
  })

  it('X4: a number the outbound guard never allows is not tried again, and the admin sees why; allowed later, it is tried again', async () => {
    const agent = await telesalesAgent()
    await acd.settings({ allowInternational: false })
    const { taskId, itemIds } = await progressiveTask(agent, ['+12127365081', '+8613800770081'])
    let tried = 0
    const counting = anotherDialer({
      dialOut: (...args) => {
        tried += 1
        return api.services.acd.calls.dialOut(...args)
      },
    })

    expect(await counting.runOnce()).toEqual([])
    expect(tried).toBe(1)
    const { taskItems } = await acd.gql<{
      taskItems: { items: { id: string; dialRefusal: string | null }[] }
    }>('query ($t: ID!) { taskItems(taskId: $t) { items { id dialRefusal } } }', { t: taskId })
    expect(taskItems.items).toEqual([
      { id: itemIds[0], dialRefusal: 'INTERNATIONAL_NOT_ALLOWED' },
      { id: itemIds[1], dialRefusal: null },
    ])
    // The next round goes past it to the next number, and never back to it.
    const [next] = await counting.runOnce()
    expect(next?.itemId).toBe(itemIds[1])
    expect(tried).toBe(2)
    expect(await attemptsOf(itemIds[0]!)).toBe(0)

    // The company allows international calls now: the number is tried again, under the new rules.
    await hangUpWhenBridged(acd, next!.callId)
    await acd.gql(
      'mutation ($id: ID!) { recordTaskItemResult(id: $id, input: { followUpResult: "INTERESTED" }) { id } }',
      { id: itemIds[1] },
      agent.token,
    )
    await acd.settings({ allowInternational: true })
    expect(await itemRow(itemIds[0]!)).toMatchObject({ dial_refusal: null })
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('IDLE'))
    expect((await counting.runOnce()).map((dial) => dial.itemId)).toEqual([itemIds[0]])
    expect(await attemptsOf(itemIds[0]!)).toBe(1)
  })

  it('X4: an agent leg not answered is no attempt on the number: the item goes back, the agent is set not ready', async () => {
    const agent = await telesalesAgent()
    acd.sim.setEndpointBehaviour(`${agent.sipUser}@${acd.sipDomain}`, {
      kind: 'reject',
      cause: 'CALL_REJECTED',
    })
    const { itemIds } = await progressiveTask(agent, ['+8613800770091'])

    expect((await dialRound()).map((dial) => dial.itemId)).toEqual(itemIds)
    await eventually(async () => expect((await acd.stateOf(agent)).status).toBe('NOT_READY'))
    await eventually(async () =>
      expect(await itemRow(itemIds[0]!)).toEqual({ status: 'NEW', locked_by: null, dial_refusal: null }),
    )
    expect(await attemptsOf(itemIds[0]!)).toBe(0)
    const [missed] = await acd.sql<{ id: string }>(
      `select id from not_ready_reason where code = 'MISSED_OFFERS'`,
    )
    expect(await acd.stateOf(agent)).toMatchObject({ reasonId: missed!.id, notice: 'MISSED_OFFERS_LIMIT' })
    // Not ready, the agent is not rung again; ready again, the same number is theirs to dial.
    expect(await dialRound()).toEqual([])
    acd.sim.setEndpointBehaviour(`${agent.sipUser}@${acd.sipDomain}`, { kind: 'auto-answer' })
    await acd.gql('mutation { setMyStatus(status: IDLE) { status } }', {}, agent.token)
    expect((await dialRound()).map((dial) => dial.itemId)).toEqual(itemIds)
  })

  it('X4: a task outside its period (start and end dates) is not dialled progressively', async () => {
    const agent = await telesalesAgent()
    const later = await progressiveTask(agent, ['+8613800770101'], {}, NOT_YET_STARTED)
    const ended = await progressiveTask(
      agent,
      ['+8613800770102'],
      {},
      { startsOn: '2026-01-01', endsOn: '2026-01-31' },
    )
    const running = await progressiveTask(agent, ['+8613800770103'])

    expect((await dialRound()).map((dial) => dial.itemId)).toEqual(running.itemIds)
    expect(await attemptsOf(later.itemIds[0]!)).toBe(0)
    expect(await attemptsOf(ended.itemIds[0]!)).toBe(0)
  })

  it('X4: a preview dial of an item whose task has not started is refused with TASK_OUTSIDE_PERIOD', async () => {
    const agent = await telesalesAgent()
    const { itemIds } = await progressiveTask(agent, ['+8613800770111'], { mode: 'PREVIEW' }, NOT_YET_STARTED)
    await acd.gql('mutation ($id: ID!) { openTaskItem(id: $id) { id } }', { id: itemIds[0] }, agent.token)

    const refused = await attempt(
      'mutation ($id: ID!, $k: String!) { dialTaskItem(id: $id, idempotencyKey: $k) { callId } }',
      { id: itemIds[0], k: randomUUID() },
      agent.token,
    )
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      reason: 'TASK_OUTSIDE_PERIOD',
      params: NOT_YET_STARTED,
    })
    expect(await attemptsOf(itemIds[0]!)).toBe(0)
  })
})
