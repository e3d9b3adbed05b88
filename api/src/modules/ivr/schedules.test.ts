// Daily schedules, holidays and numbers that follow them (A7), seen through the admins' "what happens
// to a call to this number at this moment" check, which makes the same decision the switch does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAcdTestApi, type AcdFixture } from '../../../test/acd-fixtures.js'
import type { TestApi } from '../../../test/api.js'
import { loginToken, signupTenant, TEST_PASSWORD, uniqueEmail } from '../../../test/factories.js'
import {
  approvedPrompt,
  createFlow,
  menu,
  numberFollowing,
  publishedFlow,
  schedule,
} from './test-fixtures.js'

let api: TestApi
let acd: AcdFixture
let prompt: string
let group: string

const PREVIEW = `query ($number: String!, $at: DateTimeISO) { callRoutingPreview(number: $number, at: $at) {
  rule reason localTime timeZone
  schedule { id } holiday { name } flow { id } flowVersion { version } serviceHours { weekday range { start end } }
  skillGroupId closedPromptId } }`

interface Preview {
  rule: string
  reason: string | null
  localTime: string
  timeZone: string
  schedule: { id: string } | null
  holiday: { name: string } | null
  flow: { id: string } | null
  flowVersion: { version: number } | null
  serviceHours: { weekday: number; range: { start: string; end: string } } | null
  skillGroupId: string | null
  closedPromptId: string | null
}

beforeAll(async () => {
  ;({ api, acd } = await startAcdTestApi())
  prompt = await approvedPrompt(acd)
  group = await acd.skillGroup()
}, 60_000)
afterAll(async () => {
  await api?.stop()
})

async function preview(number: string, at: string, token = acd.tenant.token): Promise<Preview> {
  const result = await api.graphql<{ callRoutingPreview: Preview }>(PREVIEW, { number, at }, { token })
  if (result.errors) throw new Error(JSON.stringify(result.errors))
  return result.data!.callRoutingPreview
}

async function holiday(input: Record<string, unknown>): Promise<string> {
  const { createIvrHoliday } = await acd.gql<{ createIvrHoliday: { id: string } }>(
    `mutation ($input: IvrHolidayInput!) { createIvrHoliday(input: $input) { id } }`,
    { input },
  )
  return createIvrHoliday.id
}

const weekdaysOffice = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  ranges: [{ start: '09:00', end: '18:00' }],
}))
const queueMenu = () => [menu('root', prompt, [{ key: '1', action: 'SKILL_GROUP', skillGroupId: group }])]

describe('A7 what happens to a call now', () => {
  it('A7: in service hours the daily flow’s live version answers; outside them the after-hours prompt', async () => {
    const flow = await publishedFlow(acd, queueMenu())
    const scheduleId = await schedule(acd, flow, weekdaysOffice)
    const number = await numberFollowing(acd, scheduleId)
    // Monday 2026-07-06, 10:00 and 19:00 in Shanghai.
    expect(await preview(number, '2026-07-06T02:00:00Z')).toMatchObject({
      rule: 'DAILY_FLOW',
      localTime: '2026-07-06T10:00',
      timeZone: 'Asia/Shanghai',
      schedule: { id: scheduleId },
      flow: { id: flow },
      flowVersion: { version: 1 },
      serviceHours: { weekday: 1, range: { start: '09:00', end: '18:00' } },
    })
    expect(await preview(number, '2026-07-06T11:00:00Z')).toMatchObject({ rule: 'AFTER_HOURS', flow: null })
    // Saturday is not in the schedule.
    expect(await preview(number, '2026-07-11T02:00:00Z')).toMatchObject({ rule: 'AFTER_HOURS' })
  })

  it('A7: a holiday beats the daily IVR: its own flow, or closed; one of this schedule beats one of every schedule', async () => {
    const daily = await publishedFlow(acd, queueMenu())
    const festive = await publishedFlow(acd, queueMenu())
    const scheduleId = await schedule(acd, daily, weekdaysOffice)
    const number = await numberFollowing(acd, scheduleId)
    await holiday({
      name: '春节',
      startDate: '2027-02-05',
      endDate: '2027-02-11',
      action: 'FLOW',
      flowId: festive,
    })
    await holiday({
      name: '除夕值班',
      startDate: '2027-02-06',
      endDate: '2027-02-06',
      action: 'CLOSED',
      scheduleId,
    })
    // Friday 2027-02-05 10:00: in service hours, yet the holiday's flow answers.
    expect(await preview(number, '2027-02-05T02:00:00Z')).toMatchObject({
      rule: 'HOLIDAY_FLOW',
      holiday: { name: '春节' },
      flow: { id: festive },
      serviceHours: null,
    })
    // Saturday 2027-02-06: both apply; the schedule's own holiday wins, and it is closed.
    expect(await preview(number, '2027-02-06T02:00:00Z')).toMatchObject({
      rule: 'HOLIDAY_CLOSED',
      holiday: { name: '除夕值班' },
      closedPromptId: null,
    })
    // The day after the festival, the daily IVR is back.
    expect(await preview(number, '2027-02-12T02:00:00Z')).toMatchObject({
      rule: 'DAILY_FLOW',
      flow: { id: daily },
    })
  })

  it('A7: a range across midnight (22:00–06:00) answers late at night and early next morning', async () => {
    const flow = await publishedFlow(acd, queueMenu())
    const night = await numberFollowing(
      acd,
      await schedule(acd, flow, [{ weekday: 5, ranges: [{ start: '22:00', end: '06:00' }] }]),
    )
    // Friday 2026-07-10 23:30 and Saturday 05:30 in Shanghai; Saturday 06:30 is closed.
    expect(await preview(night, '2026-07-10T15:30:00Z')).toMatchObject({
      rule: 'DAILY_FLOW',
      serviceHours: { weekday: 5, range: { start: '22:00', end: '06:00' } },
    })
    expect(await preview(night, '2026-07-10T21:30:00Z')).toMatchObject({
      rule: 'DAILY_FLOW',
      localTime: '2026-07-11T05:30',
    })
    expect(await preview(night, '2026-07-10T22:30:00Z')).toMatchObject({ rule: 'AFTER_HOURS' })
  })

  it('A7: a company in Europe/Berlin keeps its 09:00 opening across the DST change (29 March 2026)', async () => {
    const email = uniqueEmail()
    const signup = await api.graphql<{ signup: { tenant: { id: string } } }>(
      `mutation ($input: SignupInput!) { signup(input: $input) { tenant { id } } }`,
      {
        input: {
          companyName: 'Berlin GmbH',
          name: 'Admin',
          email,
          password: TEST_PASSWORD,
          timeZone: 'Europe/Berlin',
        },
      },
    )
    expect(signup.errors).toBeUndefined()
    const token = await loginToken(api, email)
    const gql = async <T>(query: string, variables: Record<string, unknown>) => {
      const result = await api.graphql<T>(query, variables, { token })
      if (result.errors) throw new Error(JSON.stringify(result.errors))
      return result.data!
    }
    const berlinPrompt = await gql<{ synthesizePrompt: { id: string } }>(
      `mutation { synthesizePrompt(input: { name: "Menü", text: "Drücken Sie eins", voice: ENGLISH }) { id } }`,
      {},
    )
    await gql(`mutation ($id: ID!) { reviewVoicePrompt(id: $id, input: { decision: APPROVE }) { id } }`, {
      id: berlinPrompt.synthesizePrompt.id,
    })
    const { createIvrFlow } = await gql<{ createIvrFlow: { id: string } }>(
      `mutation { createIvrFlow(input: { name: "Hauptmenü" }) { id } }`,
      {},
    )
    await gql(
      `mutation ($id: ID!, $d: IvrFlowDefinitionInput!) { saveIvrFlowDraft(id: $id, definition: $d) { id } }`,
      {
        id: createIvrFlow.id,
        d: {
          rootMenuId: 'root',
          menus: [menu('root', berlinPrompt.synthesizePrompt.id, [{ key: '0', action: 'REPLAY' }])],
        },
      },
    )
    await gql(`mutation ($id: ID!) { publishIvrFlow(id: $id) { id } }`, { id: createIvrFlow.id })
    const { createIvrSchedule } = await gql<{ createIvrSchedule: { id: string } }>(
      `mutation ($input: IvrScheduleInput!) { createIvrSchedule(input: $input) { id } }`,
      {
        input: {
          name: 'Wochenende',
          flowId: createIvrFlow.id,
          days: [6, 7].map((weekday) => ({ weekday, ranges: [{ start: '09:00', end: '18:00' }] })),
        },
      },
    )
    await gql(`mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }`, {
      input: { number: '+4930901820', scheduleId: createIvrSchedule.id },
    })
    // 07:30Z is 08:30 CET on Saturday (closed) and 09:30 CEST on Sunday, the DST day (open).
    expect(await preview('+4930901820', '2026-03-28T07:30:00Z', token)).toMatchObject({
      rule: 'AFTER_HOURS',
      localTime: '2026-03-28T08:30',
      timeZone: 'Europe/Berlin',
    })
    expect(await preview('+4930901820', '2026-03-29T07:30:00Z', token)).toMatchObject({
      rule: 'DAILY_FLOW',
      localTime: '2026-03-29T09:30',
    })
  })

  it('A7: numbers straight to a skill group, with no route, on a flow never published, or of another company', async () => {
    const direct = await acd.numberFor(group)
    expect(await preview(direct, '2026-07-06T02:00:00Z')).toMatchObject({
      rule: 'SKILL_GROUP',
      skillGroupId: group,
    })
    await acd.ownNumber('+864001239999')
    expect(await preview('+864001239999', '2026-07-06T02:00:00Z')).toMatchObject({
      rule: 'NOT_IN_SERVICE',
      reason: 'NO_ROUTE',
    })
    const draftOnly = await createFlow(acd)
    const number = await numberFollowing(acd, await schedule(acd, draftOnly))
    expect(await preview(number, '2026-07-06T02:00:00Z')).toMatchObject({
      rule: 'NOT_IN_SERVICE',
      reason: 'FLOW_NOT_PUBLISHED',
      flow: { id: draftOnly },
      flowVersion: null,
    })
    const unknown = await api.graphql(PREVIEW, { number: '+864009999999' }, { token: acd.tenant.token })
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    // Another company's number is none of this company's business.
    const other = await signupTenant(api, 'Other Company')
    await api.graphql(
      'mutation { addPhoneNumber(input: { number: "+864009999998" }) { id } }',
      {},
      { token: other.token },
    )
    const foreign = await api.graphql(PREVIEW, { number: '+864009999998' }, { token: acd.tenant.token })
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})

describe('A7 schedules, holidays and numbers', () => {
  it('A7: the numbers list names where each number routes: its skill group, or its daily IVR, flow and today’s holiday', async () => {
    const daily = await publishedFlow(acd, queueMenu())
    const festive = await publishedFlow(acd, queueMenu())
    const scheduleId = await schedule(acd, daily)
    const number = await numberFollowing(acd, scheduleId)
    const direct = await acd.numberFor(group)
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
    await holiday({
      name: '店庆',
      startDate: today,
      endDate: today,
      action: 'FLOW',
      flowId: festive,
      scheduleId,
    })
    const LIST = `query { phoneNumbers(page: { limit: 100 }) { items { number skillGroup { id }
      schedule { id flow { id } holidayToday { name action flow { id } } } } } }`
    type Row = { number: string; skillGroup: unknown; schedule: unknown }
    const rows = async (token: string) =>
      (await api.graphql<{ phoneNumbers: { items: Row[] } }>(LIST, {}, { token })).data!.phoneNumbers.items
    const mine = await rows(acd.tenant.token)
    expect(mine.find((row) => row.number === number)).toEqual({
      number,
      skillGroup: null,
      schedule: {
        id: scheduleId,
        flow: { id: daily },
        holidayToday: { name: '店庆', action: 'FLOW', flow: { id: festive } },
      },
    })
    expect(mine.find((row) => row.number === direct)).toEqual({
      number: direct,
      skillGroup: { id: group },
      schedule: null,
    })
    // A row pointing at another company's schedule (it cannot be made through the API) names nothing.
    const other = await signupTenant(api, 'Numbers Elsewhere')
    await api.graphql(
      'mutation { addPhoneNumber(input: { number: "+864009999997" }) { id } }',
      {},
      { token: other.token },
    )
    await acd.sql(`update phone_number set schedule_id = ? where number = '+864009999997'`, [scheduleId])
    expect(await rows(other.token)).toEqual([{ number: '+864009999997', skillGroup: null, schedule: null }])
  })

  const problems = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
    (result.errors?.[0]?.extensions?.problems as Array<{ field: string; code: string; message: string }>).map(
      (problem) => `${problem.field}: ${problem.code} ${problem.message}`,
    )

  it('A7: schedules refuse overlapping ranges (naming the field) and flows that do not exist', async () => {
    const flow = await createFlow(acd)
    const overlapping = await api.graphql(
      `mutation ($input: IvrScheduleInput!) { createIvrSchedule(input: $input) { id } }`,
      {
        input: {
          name: 'Overlap',
          flowId: flow,
          days: [
            {
              weekday: 1,
              ranges: [
                { start: '09:00', end: '12:00' },
                { start: '11:30', end: '25:00' },
              ],
            },
          ],
        },
      },
      { token: acd.tenant.token },
    )
    expect(problems(overlapping)).toEqual([
      'days.0.ranges.1.end: INVALID_TIME must be a time HH:MM, 00:00 to 24:00',
      'days.0.ranges.1.start: OVERLAPPING_RANGES overlaps 09:00–12:00',
    ])
    const noFlow = await api.graphql(
      `mutation ($input: IvrScheduleInput!) { createIvrSchedule(input: $input) { id } }`,
      { input: { name: 'No flow', flowId: '00000000-0000-4000-8000-000000000000', days: [] } },
      { token: acd.tenant.token },
    )
    expect(noFlow.errors?.[0]).toMatchObject({
      message: 'IVR flow not found.',
      extensions: { code: 'NOT_FOUND' },
    })
  })

  it('A7: holidays need an end on or after the start, and a flow when they have one', async () => {
    const result = await api.graphql(
      `mutation ($input: IvrHolidayInput!) { createIvrHoliday(input: $input) { id } }`,
      { input: { name: '国庆', startDate: '2026-10-07', endDate: '2026-10-01', action: 'FLOW' } },
      { token: acd.tenant.token },
    )
    expect(problems(result)).toEqual([
      'endDate: END_BEFORE_START must not be before the start date',
      'flowId: CHOOSE_HOLIDAY_FLOW choose the flow callers follow on this holiday',
    ])
    await holiday({ name: '国庆', startDate: '2026-10-01', endDate: '2026-10-07', action: 'CLOSED' })
    const { ivrHolidays } = await acd.gql<{ ivrHolidays: { items: Array<{ name: string }> } }>(
      `query { ivrHolidays(filter: { year: 2026 }) { items { name } } }`,
    )
    expect(ivrHolidays.items.map((item) => item.name)).toContain('国庆')
  })

  it('A7: a number follows a schedule or goes to a skill group, never both; a schedule in use is not deleted', async () => {
    const flow = await publishedFlow(acd, queueMenu())
    const scheduleId = await schedule(acd, flow)
    const both = await api.graphql(
      `mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }`,
      { input: { number: '+864001238888', skillGroupId: group, scheduleId } },
      { token: acd.tenant.token },
    )
    expect(problems(both)).toEqual([
      'scheduleId: ONE_ROUTE_ONLY a number goes to a skill group or follows a schedule, not both: choose one',
    ])
    const direct = await acd.numberFor(group)
    const { phoneNumbers } = await acd.gql<{
      phoneNumbers: { items: Array<{ id: string; number: string }> }
    }>(`query { phoneNumbers(page: { limit: 100 }) { items { id number } } }`)
    const id = phoneNumbers.items.find((item) => item.number === direct)!.id
    const { updatePhoneNumber } = await acd.gql<{ updatePhoneNumber: unknown }>(
      `mutation ($id: ID!, $input: UpdatePhoneNumberInput!) { updatePhoneNumber(id: $id, input: $input) { skillGroupId scheduleId } }`,
      { id, input: { scheduleId } },
    )
    expect(updatePhoneNumber).toEqual({ skillGroupId: null, scheduleId })
    const refused = await api.graphql(
      `mutation ($id: ID!) { deleteIvrSchedule(id: $id) }`,
      { id: scheduleId },
      {
        token: acd.tenant.token,
      },
    )
    expect(refused.errors?.[0]?.message).toBe(
      `Numbers ${direct} follow this schedule; route them elsewhere first.`,
    )
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IN_USE',
      params: { users: direct },
    })
  })
})
