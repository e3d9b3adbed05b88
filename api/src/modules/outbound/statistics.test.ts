// A14: the outbound statistics over a small seeded set of task calls and results, with hand-counted
// figures: per task, per agent and day on the company's calendar (Shanghai, where two calls an hour apart
// fall on two days), what a group leader and other organisations see, the task's call records, and the
// exports holding the screen's figures.
import { randomUUID } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Clock } from '../../common/clock.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, addGroup, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'

const clock: Clock = { now: () => new Date('2027-01-06T04:00:00.000Z') }
/** Shanghai's 2027-01-04 and 2027-01-05. */
const PERIOD = { preset: 'CUSTOM', fromDate: '2027-01-04', toDate: '2027-01-05' }

const STATISTICS = `query ($i: OutboundStatisticsInput!) { outboundStatistics(input: $i) {
  from to timeZone
  tasks { taskId taskName itemCount dialledItems connectedItems calls connectedCalls talkSeconds successItems
          connectRate conversionRate results { value labelEn isSuccess itemCount } }
  workload { day agentId agentName calls connectedCalls talkSeconds results successes } } }`

interface Statistics {
  tasks: Array<Record<string, unknown> & { taskId: string; results: Array<Record<string, unknown>> }>
  workload: Array<Record<string, unknown>>
}

let api: TestApi
let tenant: TestTenant
let other: TestTenant
let spring: string
let winter: string
let numberId: string
const people: Record<string, { id: string; token: string }> = {}

type Result = { data?: Record<string, unknown> | null; errors?: { extensions?: Record<string, unknown> }[] }
const gql = (query: string, variables: Record<string, unknown>, token: string) =>
  api.graphql(query, variables, { token }) as Promise<Result>
const sql = (query: string, params: unknown[]) =>
  api.db.inTenant(tenant.tenantId, (em) => em.execute(query, params))

async function statistics(input: Record<string, unknown>, token = tenant.token): Promise<Statistics> {
  const result = await gql(STATISTICS, { i: { ...PERIOD, ...input } }, token)
  if (!result.data) throw new Error(JSON.stringify(result.errors))
  return result.data.outboundStatistics as Statistics
}

async function item(taskId: string, agent: string, phone: string) {
  const id = randomUUID()
  await sql(
    `insert into task_item (id, tenant_id, task_id, phone_number, assignee_agent_id) values (?, ?, ?, ?, ?)`,
    [id, tenant.tenantId, taskId, phone, people[agent]!.id],
  )
  return id
}

/** A call placed for an item; `talk` seconds when answered, none when not. */
async function call(itemId: string, agent: string, startedAt: string, talk: number | null, recorded = false) {
  const id = randomUUID()
  const start = new Date(startedAt)
  const answered = talk === null ? null : new Date(start.getTime() + 10_000)
  const ended = new Date((answered ?? start).getTime() + (talk ?? 20) * 1000)
  await sql(
    `insert into call_record (id, tenant_id, switch_node, direction, caller_number, callee_number, agent_id,
       started_at, answered_at, ended_at, recording_file)
     values (?, ?, 'fs1', 'OUTBOUND', '+862188880001', '+8613900000000', ?, ?, ?, ?, ?)`,
    [id, tenant.tenantId, people[agent]!.id, start, answered, ended, recorded ? `${id}.wav` : null],
  )
  await sql(`insert into task_item_call (tenant_id, task_item_id, call_id, created_at) values (?, ?, ?, ?)`, [
    tenant.tenantId,
    itemId,
    id,
    start,
  ])
  await sql(`update task_item set status = 'DIALLED' where id = ?`, [itemId])
  return id
}

async function result(itemId: string, agent: string, value: string, at: string) {
  await sql(
    `update task_item set status = 'RESULT_RECORDED', follow_up_result = ?, result_recorded_at = ?,
       result_recorded_by = ? where id = ?`,
    [value, new Date(at), people[agent]!.id, itemId],
  )
}

async function createTask(name: string, callerIdNumberId: string, followUpResults?: unknown[]) {
  const created = await gql(
    'mutation ($input: CreateOutboundTaskInput!) { createOutboundTask(input: $input) { id } }',
    {
      input: {
        name,
        startsOn: '2027-01-01',
        endsOn: '2027-01-31',
        callerIdNumberId,
        agentIds: [people.s1!.id, people.s2!.id],
        followUpResults,
      },
    },
    tenant.token,
  )
  if (!created.data) throw new Error(JSON.stringify(created.errors))
  return (created.data.createOutboundTask as { id: string }).id
}

beforeAll(async () => {
  api = await startTestApi({ clock })
  tenant = await signupTenant(api, 'Stats Co')
  other = await signupTenant(api, 'Other Co')
  const member = async (key: string, input: Record<string, unknown>) => {
    const added = await addAgent(api, tenant.token, { name: key, ...input })
    people[key] = { id: added.id, token: await signInInvited(api, added.email) }
  }
  await member('s1', { organization: 'TELESALES' })
  await member('s2', { organization: 'TELESALES' })
  await member('leader', { organization: 'TELESALES', role: 'GROUP_LEADER' })
  await member('inboundAdmin', { organization: 'INBOUND', role: 'ADMIN', agentNumber: null })
  await addGroup(api, tenant.token, {
    organization: 'TELESALES',
    leaderId: people.leader!.id,
    memberIds: [people.s1!.id],
  })
  const number = await gql(
    'mutation { addPhoneNumber(input: { number: "+862188880010" }) { id } }',
    {},
    tenant.token,
  )
  numberId = (number.data!.addPhoneNumber as { id: string }).id
  spring = await createTask('Spring', numberId, [
    { value: 'INTERESTED', labelZh: '有意向', labelEn: 'Interested', isSuccess: true },
    { value: 'BOUGHT', labelZh: '已购买', labelEn: 'Bought', isSuccess: true },
    { value: 'NO', labelZh: '无意向', labelEn: 'No' },
  ])
  winter = await createTask('Winter', numberId)

  // Spring: i1 answered, interested; i2 twice unanswered across Shanghai's midnight, no; i3 dialled and
  // bought before the period; i4 answered, bought; i5 never dialled.
  const i1 = await item(spring, 's1', '+8613900000001')
  await call(i1, 's1', '2027-01-04T02:00:00Z', 120, true)
  await result(i1, 's1', 'INTERESTED', '2027-01-04T02:05:00Z')
  const i2 = await item(spring, 's1', '+8613900000002')
  await call(i2, 's1', '2027-01-04T15:30:00Z', null) // 23:30 on the 4th in Shanghai
  await call(i2, 's1', '2027-01-04T16:30:00Z', null) // 00:30 on the 5th
  await result(i2, 's1', 'NO', '2027-01-04T16:35:00Z')
  const i3 = await item(spring, 's1', '+8613900000003')
  await call(i3, 's1', '2027-01-03T02:00:00Z', 50)
  await result(i3, 's1', 'BOUGHT', '2027-01-03T02:05:00Z')
  const i4 = await item(spring, 's2', '+8613900000004')
  await call(i4, 's2', '2027-01-05T01:00:00Z', 30)
  await result(i4, 's2', 'BOUGHT', '2027-01-05T01:05:00Z')
  await item(spring, 's2', '+8613900000005')
  // Winter (the default results): i6 answered, call back.
  const i6 = await item(winter, 's2', '+8613900000006')
  await call(i6, 's2', '2027-01-04T04:00:00Z', 45)
  await result(i6, 's2', 'CALL_BACK', '2027-01-04T04:05:00Z')
}, 120_000)

afterAll(() => api?.stop())

describe('A14: outbound statistics', () => {
  it('A14: per task: items, dialled and connected items in the period, calls, talk time, results, rates', async () => {
    const { tasks } = await statistics({})
    const springRow = tasks.find((task) => task.taskId === spring)!
    expect(springRow).toMatchObject({
      taskName: 'Spring',
      itemCount: 5,
      dialledItems: 3,
      connectedItems: 2,
      calls: 4,
      connectedCalls: 2,
      talkSeconds: 150,
      successItems: 2,
    })
    expect(springRow.connectRate).toBeCloseTo(2 / 3)
    expect(springRow.conversionRate).toBeCloseTo(2 / 3)
    expect(springRow.results).toEqual([
      { value: 'INTERESTED', labelEn: 'Interested', isSuccess: true, itemCount: 1 },
      { value: 'BOUGHT', labelEn: 'Bought', isSuccess: true, itemCount: 1 },
      { value: 'NO', labelEn: 'No', isSuccess: false, itemCount: 1 },
    ])
    const winterRow = tasks.find((task) => task.taskId === winter)!
    expect(winterRow).toMatchObject({ itemCount: 1, dialledItems: 1, connectedItems: 1, successItems: 0 })
    expect(winterRow.connectRate).toBe(1)
    expect(winterRow.conversionRate).toBe(0)
    // The default results count "interested" as the success.
    expect(winterRow.results.filter((row) => row.isSuccess).map((row) => row.value)).toEqual(['INTERESTED'])
  })

  it('A14: the agent workload counts calls, talk time and results per agent per day of the company’s calendar', async () => {
    const { workload } = await statistics({})
    expect(workload).toEqual([
      {
        day: '2027-01-04',
        agentId: people.s1!.id,
        agentName: 's1',
        calls: 2,
        connectedCalls: 1,
        talkSeconds: 120,
        results: 1,
        successes: 1,
      },
      {
        day: '2027-01-04',
        agentId: people.s2!.id,
        agentName: 's2',
        calls: 1,
        connectedCalls: 1,
        talkSeconds: 45,
        results: 1,
        successes: 0,
      },
      {
        day: '2027-01-05',
        agentId: people.s1!.id,
        agentName: 's1',
        calls: 1,
        connectedCalls: 0,
        talkSeconds: 0,
        results: 1,
        successes: 0,
      },
      {
        day: '2027-01-05',
        agentId: people.s2!.id,
        agentName: 's2',
        calls: 1,
        connectedCalls: 1,
        talkSeconds: 30,
        results: 1,
        successes: 1,
      },
    ])
  })

  it('A14: chosen tasks and agents narrow the figures; an empty period has none', async () => {
    const onlyWinter = await statistics({ taskIds: [winter] })
    expect(onlyWinter.tasks.map((task) => task.taskId)).toEqual([winter])
    expect(onlyWinter.workload.map((row) => row.calls)).toEqual([1])
    const s2 = await statistics({ agentIds: [people.s2!.id] })
    expect(s2.tasks.find((task) => task.taskId === spring)).toMatchObject({
      itemCount: 2,
      dialledItems: 1,
      connectedItems: 1,
      successItems: 1,
    })
    expect(new Set(s2.workload.map((row) => row.agentId))).toEqual(new Set([people.s2!.id]))
    const before = await statistics({ fromDate: '2026-12-01', toDate: '2026-12-02' })
    expect(before.tasks.find((task) => task.taskId === spring)).toMatchObject({
      itemCount: 5,
      dialledItems: 0,
      connectRate: null,
      conversionRate: null,
    })
    expect(before.workload).toEqual([])
  })

  it('A14 A11: a group leader sees their group’s agents only', async () => {
    const { tasks, workload } = await statistics({}, people.leader!.token)
    expect(tasks.find((task) => task.taskId === spring)).toMatchObject({
      itemCount: 3,
      dialledItems: 2,
      connectedItems: 1,
      successItems: 1,
    })
    expect(tasks.find((task) => task.taskId === winter)).toMatchObject({ itemCount: 0, dialledItems: 0 })
    expect(new Set(workload.map((row) => row.agentId))).toEqual(new Set([people.s1!.id]))
    const outside = await gql(
      STATISTICS,
      { i: { ...PERIOD, agentIds: [people.s2!.id] } },
      people.leader!.token,
    )
    expect(outside.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A14 A11: agents are refused; the inbound organisation and other companies find no tasks', async () => {
    const agent = await gql(STATISTICS, { i: PERIOD }, people.s1!.token)
    expect(agent.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const inbound = await gql(STATISTICS, { i: PERIOD }, people.inboundAdmin!.token)
    expect(inbound.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    const foreign = await gql(STATISTICS, { i: { ...PERIOD, taskIds: [spring] } }, other.token)
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    const own = await statistics({}, other.token)
    expect(own.tasks).toEqual([])
  })

  it('A14 A11: the task’s call records (recordings marked) through the call records’ task filter', async () => {
    const search = (token: string) =>
      gql(
        'query ($t: ID!) { callRecordSearch(filter: { taskId: $t }) { items { agentId hasRecording talkSeconds } } }',
        { t: spring },
        token,
      )
    const calls = (await search(tenant.token)).data!.callRecordSearch as {
      items: Array<{ agentId: string; hasRecording: boolean; talkSeconds: number | null }>
    }
    expect(calls.items).toHaveLength(5)
    expect(calls.items.filter((row) => row.hasRecording)).toEqual([
      { agentId: people.s1!.id, hasRecording: true, talkSeconds: 120 },
    ])
    const led = (await search(people.leader!.token)).data!.callRecordSearch as {
      items: { agentId: string }[]
    }
    expect(led.items.map((row) => row.agentId)).toEqual(Array(4).fill(people.s1!.id))
    expect((await search(people.inboundAdmin!.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A14: whether a result counts as a success is the company’s to say, per task', async () => {
    const updated = await gql(
      `mutation ($id: ID!, $input: UpdateOutboundTaskInput!) { updateOutboundTask(id: $id, input: $input) {
         followUpResults { value isSuccess } } }`,
      {
        id: winter,
        input: {
          name: 'Winter',
          startsOn: '2027-01-01',
          endsOn: '2027-01-31',
          callerIdNumberId: numberId,
          agentIds: [people.s1!.id, people.s2!.id],
          followUpResults: [
            { value: 'INTERESTED', labelZh: '有意向', labelEn: 'Interested', isSuccess: true },
            { value: 'CALL_BACK', labelZh: '再次联系', labelEn: 'Call back', isSuccess: true },
          ],
        },
      },
      tenant.token,
    )
    expect(updated.errors).toBeUndefined()
    const { tasks } = await statistics({ taskIds: [winter] })
    expect(tasks[0]).toMatchObject({ successItems: 1, conversionRate: 1 })
  })
})

describe('A14: exports', () => {
  const download = async (list: string, query: string, token = tenant.token) => {
    const response = await fetch(`${api.url}/export/${list}?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    return { response, body: Buffer.from(await response.arrayBuffer()) }
  }
  const period = 'preset=CUSTOM&fromDate=2027-01-04&toDate=2027-01-05'

  it('A14: the task table as CSV has the screen’s figures, a column per follow-up result', async () => {
    const { response, body } = await download('outbound-statistics', `format=csv&lang=en&${period}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-total-rows')).toBe('2')
    const rows = parse(body.toString('utf8').slice(1), { columns: true }) as Record<string, string>[]
    expect(rows.find((row) => row.Task === 'Spring')).toMatchObject({
      Items: '5',
      Dialled: '3',
      Connected: '2',
      'Connect rate': '0.6667',
      Successes: '2',
      Conversion: '0.6667',
      Calls: '4',
      'Talk (s)': '150',
      Interested: '1',
      Bought: '1',
      No: '1',
    })
    expect(rows.find((row) => row.Task === 'Winter')).toMatchObject({ Dialled: '1', 'Call back': '1' })
  })

  it('A14: the workload as XLSX (Chinese headers) has the same rows; the inbound organisation gets none', async () => {
    const { response, body } = await download(
      'outbound-workload',
      `format=xlsx&${period}&agentIds=${people.s1!.id}`,
    )
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(body as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['日期', '坐席', '外呼次数', '跟进结果']))
    expect(sheet.getRow(2).values).toEqual([undefined, '2027-01-04', 's1', 2, 1, 120, 1, 1])
    expect(sheet.getRow(3).values).toEqual([undefined, '2027-01-05', 's1', 1, 0, 0, 1, 0])
    const refused = await download('outbound-workload', `format=csv&${period}`, people.inboundAdmin!.token)
    expect(refused.response.status).toBe(404)
  })
})
