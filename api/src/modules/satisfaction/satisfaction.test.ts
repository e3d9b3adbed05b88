import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { recordSurveyOutcome, SurveyOutcome } from '../acd/post-call-survey.store.js'
import { plus, saveCall, score } from '../../../test/calls.js'
import { DEFAULT_SURVEY_LABELS } from '../acd/survey-scale.js'
import {
  addAgent,
  addGroup,
  addSkillGroup,
  signInInvited,
  signupTenant,
  type TestTenant,
} from '../../../test/factories.js'

let api: TestApi
let tenant: TestTenant
let wang: string
let li: string
let group: string
let leaderOfLi: string

const REPORT = `query ($input: SatisfactionReportInput!) {
  satisfactionReport(input: $input) {
    timeZone
    rows { periodStart key name responses scoreCounts averageScore satisfiedRate answeredCalls answeredResponses responseRate }
    total { responses scoreCounts averageScore satisfiedRate answeredCalls answeredResponses responseRate }
  }
}`

// Days in Asia/Shanghai (the company's zone): 5 January starts at 4 January 16:00 UTC.
const JAN5 = new Date('2027-01-04T16:00:00Z')
const JAN6 = new Date('2027-01-05T16:00:00Z')
const JAN7 = new Date('2027-01-06T16:00:00Z')

beforeAll(async () => {
  api = await startTestApi()
  tenant = await signupTenant(api, 'Survey Co')
  wang = (await addAgent(api, tenant.token, { name: 'Wang Fang' })).id
  li = (await addAgent(api, tenant.token, { name: 'Li Lei' })).id
  group = await addSkillGroup(api, tenant.token, { name: 'Hotline' })
  const leader = await addAgent(api, tenant.token, { role: 'GROUP_LEADER' })
  await addGroup(api, tenant.token, { leaderId: leader.id, memberIds: [li] })
  leaderOfLi = await signInInvited(api, leader.email)

  const answered = async (at: Date, agentId: string, rating?: number) => {
    const id = await saveCall(api, tenant, {
      at,
      agentId,
      skillGroupId: group,
      answeredAfter: 5,
      endedAfter: 65,
    })
    if (rating) await score(api, tenant, id, rating, plus(at, 70))
    return id
  }
  // 5 January: Wang answers three calls (rated 5, 4, unrated), Li one (rated 1); a caller rates in the IVR
  // without reaching an agent (3).
  await answered(plus(JAN5, 3600 * 9), wang, 5)
  await answered(plus(JAN5, 3600 * 10), wang, 4)
  await answered(plus(JAN5, 3600 * 11), wang)
  await answered(plus(JAN5, 3600 * 12), li, 1)
  const ivrOnly = await saveCall(api, tenant, { at: plus(JAN5, 3600 * 13) })
  await score(api, tenant, ivrOnly, 3, plus(JAN5, 3600 * 13 + 30))
  // 01:30 on 6 January in Shanghai, still 5 January in UTC: Wang, rated 2; Li unrated later that day.
  await answered(plus(JAN6, 5400), wang, 2)
  await answered(plus(JAN6, 3600 * 8), li)
  // An outbound call and a call outside the period count nowhere.
  await saveCall(api, tenant, {
    at: plus(JAN6, 3600 * 9),
    direction: 'OUTBOUND',
    agentId: wang,
    answeredAfter: 3,
  })
  await answered(plus(JAN7, 60), wang, 5)
}, 60_000)
afterAll(() => api?.stop())

const report = async (token: string, input: Record<string, unknown>) => {
  const result = await api.graphql<{ satisfactionReport: Record<string, unknown> }>(
    REPORT,
    { input },
    { token },
  )
  if (!result.data) throw new Error(JSON.stringify(result.errors))
  return result.data.satisfactionReport as {
    timeZone: string
    rows: Array<Record<string, unknown>>
    total: Record<string, unknown>
  }
}

describe('A9 satisfaction report', () => {
  it('A9: scores by day and agent in the company’s time zone, with the response rate of answered calls', async () => {
    const { timeZone, rows, total } = await report(tenant.token, {
      from: JAN5.toISOString(),
      to: JAN7.toISOString(),
      period: 'DAY',
      groupBy: 'AGENT',
    })
    expect(timeZone).toBe('Asia/Shanghai')
    expect(rows).toEqual([
      {
        periodStart: JAN5.toISOString(),
        key: li,
        name: 'Li Lei',
        responses: 1,
        scoreCounts: [1, 0, 0, 0, 0],
        averageScore: 1,
        satisfiedRate: 0,
        answeredCalls: 1,
        answeredResponses: 1,
        responseRate: 1,
      },
      {
        periodStart: JAN5.toISOString(),
        key: wang,
        name: 'Wang Fang',
        responses: 2,
        scoreCounts: [0, 0, 0, 1, 1],
        averageScore: 4.5,
        satisfiedRate: 1,
        answeredCalls: 3,
        answeredResponses: 2,
        responseRate: 2 / 3,
      },
      {
        periodStart: JAN5.toISOString(),
        key: null,
        name: null,
        responses: 1,
        scoreCounts: [0, 0, 1, 0, 0],
        averageScore: 3,
        satisfiedRate: 0,
        answeredCalls: 0,
        answeredResponses: 0,
        responseRate: null,
      },
      expect.objectContaining({
        periodStart: JAN6.toISOString(),
        name: 'Li Lei',
        responses: 0,
        answeredCalls: 1,
        responseRate: 0,
      }),
      expect.objectContaining({
        periodStart: JAN6.toISOString(),
        name: 'Wang Fang',
        responses: 1,
        averageScore: 2,
        responseRate: 1,
      }),
    ])
    expect(total).toEqual({
      responses: 5,
      scoreCounts: [1, 1, 1, 1, 1],
      averageScore: 3,
      satisfiedRate: 0.4,
      answeredCalls: 6,
      answeredResponses: 4,
      responseRate: 4 / 6,
    })
  })

  it('A9: by month and skill group, and for a group leader only their agents’ calls (A11)', async () => {
    const byGroup = await report(tenant.token, {
      from: JAN5.toISOString(),
      to: JAN7.toISOString(),
      period: 'MONTH',
      groupBy: 'SKILL_GROUP',
    })
    // January starts on 31 December 16:00 UTC in Shanghai.
    expect(byGroup.rows.map((row) => [row.periodStart, row.name, row.responses, row.answeredCalls])).toEqual([
      ['2026-12-31T16:00:00.000Z', 'Hotline', 4, 6],
      ['2026-12-31T16:00:00.000Z', null, 1, 0],
    ])
    const leaders = await report(leaderOfLi, {
      from: JAN5.toISOString(),
      to: JAN7.toISOString(),
      period: 'WEEK',
      groupBy: 'TENANT',
    })
    expect(leaders.total).toMatchObject({
      responses: 1,
      answeredCalls: 2,
      answeredResponses: 1,
      responseRate: 0.5,
    })
  })

  it('A9: a period over 366 days is refused', async () => {
    const result = await api.graphql(
      REPORT,
      {
        input: { from: '2025-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z', period: 'DAY', groupBy: 'TENANT' },
      },
      { token: tenant.token },
    )
    expect(result.errors?.[0]?.extensions).toMatchObject({
      problems: [{ field: 'from', code: 'RANGE_TOO_LONG' }],
    })
  })
})

describe('A9 satisfaction records', () => {
  const RECORDS = `query ($filter: SatisfactionRecordFilter, $after: String, $limit: Int) {
    satisfactionRecords(filter: $filter, after: $after, limit: $limit) { totalCount nextCursor items { score agentName skillGroupName customerNumber } }
  }`
  type Page = {
    totalCount: number
    nextCursor: string | null
    items: Array<{ score: number; agentName: string | null }>
  }
  const records = async (
    token: string,
    filter: Record<string, unknown> = {},
    after?: string | null,
    limit = 20,
  ) =>
    (await api.graphql<{ satisfactionRecords: Page }>(RECORDS, { filter, after, limit }, { token })).data!
      .satisfactionRecords

  it('A9: every survey answer, newest first, in pages, filtered by score and agent', async () => {
    const first = await records(tenant.token, {}, null, 4)
    expect(first.totalCount).toBe(6)
    expect(first.items.map((item) => item.score)).toEqual([5, 2, 3, 1])
    const second = await records(tenant.token, {}, first.nextCursor, 4)
    expect(second.items.map((item) => item.score)).toEqual([4, 5])
    expect(second.nextCursor).toBeNull()
    expect((await records(tenant.token, { scores: [1, 2] })).items.map((item) => item.agentName)).toEqual([
      'Wang Fang',
      'Li Lei',
    ])
    expect((await records(tenant.token, { agentId: li })).items).toEqual([
      { score: 1, agentName: 'Li Lei', skillGroupName: 'Hotline', customerNumber: '13700000000' },
    ])
    expect((await records(leaderOfLi)).totalCount).toBe(1)
  })

  it('A9: the report exports as CSV with its numbers as numbers and its total', async () => {
    const query = new URLSearchParams({
      format: 'csv',
      lang: 'en',
      from: JAN5.toISOString(),
      to: JAN7.toISOString(),
      period: 'DAY',
      groupBy: 'TENANT',
    })
    const response = await fetch(`${api.url}/export/satisfaction-report?${query}`, {
      headers: { authorization: `Bearer ${tenant.token}` },
    })
    expect(response.status).toBe(200)
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines).toEqual([
      'Period,Agent / skill group,Responses,Average,Average %,Satisfied rate,Score 1/5,Score 2/5,Score 3/5,Score 4/5,Score 5/5,Answered calls,Of those rated,Response rate,Surveys offered,No answer,Hung up,Survey response rate',
      '2027-01-05 00:00:00,,4,3.25,56.25,0.5,1,0,1,1,1,4,3,0.75,0,0,0,',
      '2027-01-06 00:00:00,,1,2,25,0,0,1,0,0,0,2,1,0.5,0,0,0,',
      ',Total,5,3,50,0.4,1,1,1,1,1,6,4,0.6666666666666666,0,0,0,',
    ])
  })
})

describe('A5 A9 post-call survey outcomes on the satisfaction records and report', () => {
  let other: TestTenant
  let zhao: string
  let qian: string
  let leaderOfQian: string

  beforeAll(async () => {
    other = await signupTenant(api, 'Outcome Co')
    zhao = (await addAgent(api, other.token, { name: 'Zhao Min' })).id
    qian = (await addAgent(api, other.token, { name: 'Qian Yu' })).id
    const hotline = await addSkillGroup(api, other.token, { name: 'Care' })
    const leader = await addAgent(api, other.token, { role: 'GROUP_LEADER' })
    await addGroup(api, other.token, { leaderId: leader.id, memberIds: [qian] })
    leaderOfQian = await signInInvited(api, leader.email)
    // 5 January: Zhao's callers score 4, stay silent, hang up; Qian's scores 5; Qian's second call had no
    // survey (its skill group had none then).
    const surveyed = async (
      hour: number,
      agentId: string,
      outcome: SurveyOutcome | null,
      rating?: number,
    ) => {
      const at = plus(JAN5, 3600 * hour)
      const callId = await saveCall(api, other, { at, agentId, skillGroupId: hotline, answeredAfter: 5 })
      if (outcome)
        await api.db.inTenant(other.tenantId, (em) =>
          recordSurveyOutcome(em, {
            tenantId: other.tenantId,
            callId,
            outcome,
            answer: rating ? { score: rating, scale: 5, labels: DEFAULT_SURVEY_LABELS } : null,
            at: plus(at, 70),
          }),
        )
    }
    await surveyed(9, zhao, SurveyOutcome.SCORED, 4)
    await surveyed(10, zhao, SurveyOutcome.NO_ANSWER)
    await surveyed(11, zhao, SurveyOutcome.ABANDONED)
    await surveyed(12, qian, SurveyOutcome.SCORED, 5)
    await surveyed(13, qian, null)
  }, 60_000)

  const RECORDS = `query ($filter: SatisfactionRecordFilter) {
    satisfactionRecords(filter: $filter) { totalCount items { outcome score agentName } }
  }`
  const records = async (token: string, filter: Record<string, unknown> = {}) => {
    const result = await api.graphql<{
      satisfactionRecords: { totalCount: number; items: Array<Record<string, unknown>> }
    }>(RECORDS, { filter }, { token })
    if (!result.data) throw new Error(JSON.stringify(result.errors))
    return result.data.satisfactionRecords
  }

  it('A5 A9: the records list every survey with its outcome, no answer and hung up included, filtered by outcome', async () => {
    const all = await records(other.token)
    expect(all.totalCount).toBe(4)
    expect(all.items).toEqual([
      { outcome: 'SCORED', score: 5, agentName: 'Qian Yu' },
      { outcome: 'ABANDONED', score: null, agentName: 'Zhao Min' },
      { outcome: 'NO_ANSWER', score: null, agentName: 'Zhao Min' },
      { outcome: 'SCORED', score: 4, agentName: 'Zhao Min' },
    ])
    expect((await records(other.token, { outcomes: ['NO_ANSWER', 'ABANDONED'] })).totalCount).toBe(2)
    // A score alone keeps to scored surveys; with outcomes it narrows only the scored ones.
    expect((await records(other.token, { scores: [4] })).items).toEqual([
      { outcome: 'SCORED', score: 4, agentName: 'Zhao Min' },
    ])
    expect(
      (await records(other.token, { scores: [5], outcomes: ['SCORED', 'NO_ANSWER'] })).items.map(
        (item) => item.outcome,
      ),
    ).toEqual(['SCORED', 'NO_ANSWER'])
    // A11: a group leader sees their agents' surveys only; the other company sees none of these.
    expect((await records(leaderOfQian)).items).toEqual([
      { outcome: 'SCORED', score: 5, agentName: 'Qian Yu' },
    ])
    expect((await records(tenant.token, { outcomes: ['NO_ANSWER', 'ABANDONED'] })).totalCount).toBe(0)
  })

  it('A5 A9: the report counts the surveys offered by outcome and their response rate per agent', async () => {
    const figures =
      'key surveysOffered surveysScored surveysNoAnswer surveysAbandoned surveyResponseRate responseRate'
    const query = `query ($input: SatisfactionReportInput!) {
      satisfactionReport(input: $input) { rows { ${figures} } total { ${figures} } }
    }`
    const run = async (token: string) => {
      const result = await api.graphql<{ satisfactionReport: { rows: unknown[]; total: unknown } }>(
        query,
        { input: { from: JAN5.toISOString(), to: JAN6.toISOString(), period: 'DAY', groupBy: 'AGENT' } },
        { token },
      )
      if (!result.data) throw new Error(JSON.stringify(result.errors))
      return result.data.satisfactionReport
    }
    const { rows, total } = await run(other.token)
    expect(rows).toEqual([
      {
        key: qian,
        surveysOffered: 1,
        surveysScored: 1,
        surveysNoAnswer: 0,
        surveysAbandoned: 0,
        surveyResponseRate: 1,
        responseRate: 0.5,
      },
      {
        key: zhao,
        surveysOffered: 3,
        surveysScored: 1,
        surveysNoAnswer: 1,
        surveysAbandoned: 1,
        surveyResponseRate: 1 / 3,
        responseRate: 1 / 3,
      },
    ])
    expect(total).toMatchObject({ surveysOffered: 4, surveysScored: 2, surveyResponseRate: 0.5 })
    expect((await run(leaderOfQian)).total).toMatchObject({ surveysOffered: 1, surveyResponseRate: 1 })
  })
})

describe('A5 A9 a company that changed its survey scale from 1–5 to 1–3', () => {
  let scaled: TestTenant
  let chen: string
  let oldCall: string
  // The labels each answer was given with (recordSatisfactionScore keeps them): the company's own 1–5 words,
  // then those of its 1–3 scale.
  const FIVE_LABELS = [
    { zh: '很差', en: 'Awful' },
    { zh: '较差', en: 'Poor' },
    { zh: '还行', en: 'Okay' },
    { zh: '不错', en: 'Good' },
    { zh: '很棒', en: 'Great' },
  ]
  const THREE_LABELS = [
    { zh: '差评', en: 'Bad' },
    { zh: '中评', en: 'Fair' },
    { zh: '好评', en: 'Good' },
  ]

  beforeAll(async () => {
    scaled = await signupTenant(api, 'Scale Co')
    chen = (await addAgent(api, scaled.token, { name: 'Chen Jing' })).id
    const hotline = await addSkillGroup(api, scaled.token, { name: 'Help' })
    const rated = async (at: Date, rating: number, scale: number) => {
      const id = await saveCall(api, scaled, { at, agentId: chen, skillGroupId: hotline, answeredAfter: 5 })
      await score(api, scaled, id, rating, plus(at, 70), scale, scale === 5 ? FIVE_LABELS : THREE_LABELS)
      return id
    }
    // 5 January, on the old 1–5 scale: 5 and 2. 6 January, on the new 1–3 scale: 3 and 1.
    await rated(plus(JAN5, 3600 * 9), 5, 5)
    oldCall = await rated(plus(JAN5, 3600 * 10), 2, 5)
    await rated(plus(JAN6, 3600 * 9), 3, 3)
    await rated(plus(JAN6, 3600 * 10), 1, 3)
  }, 60_000)

  const FIGURES =
    'responses byScale { scale responses scoreCounts averageScore } averageScore averagePercent satisfiedRate scoreCounts'
  const scaledReport = async (token: string) => {
    const result = await api.graphql<{ satisfactionReport: { rows: unknown[]; total: unknown } }>(
      `query ($input: SatisfactionReportInput!) {
        satisfactionReport(input: $input) { rows { ${FIGURES} } total { ${FIGURES} } }
      }`,
      { input: { from: JAN5.toISOString(), to: JAN7.toISOString(), period: 'DAY', groupBy: 'TENANT' } },
      { token },
    )
    if (!result.data) throw new Error(JSON.stringify(result.errors))
    return result.data.satisfactionReport
  }

  it('A5 A9: past 1–5 scores keep their scale; the report counts per scale and averages them normalised to 0–100 %', async () => {
    const { rows, total } = await scaledReport(scaled.token)
    expect(rows).toEqual([
      {
        responses: 2,
        byScale: [{ scale: 5, responses: 2, scoreCounts: [0, 1, 0, 0, 1], averageScore: 3.5 }],
        averageScore: 3.5,
        averagePercent: (25 + 100) / 2,
        satisfiedRate: 0.5,
        scoreCounts: [0, 1, 0, 0, 1],
      },
      {
        responses: 2,
        byScale: [{ scale: 3, responses: 2, scoreCounts: [1, 0, 1], averageScore: 2 }],
        averageScore: 2,
        averagePercent: 50,
        satisfiedRate: 0.5,
        scoreCounts: [0, 0, 0, 0, 0],
      },
    ])
    // Raw scores of different scales do not average: 3 of 3 is as good as 5 of 5.
    expect(total).toEqual({
      responses: 4,
      byScale: [
        { scale: 3, responses: 2, scoreCounts: [1, 0, 1], averageScore: 2 },
        { scale: 5, responses: 2, scoreCounts: [0, 1, 0, 0, 1], averageScore: 3.5 },
      ],
      averageScore: null,
      averagePercent: (25 + 100 + 100 + 0) / 4,
      satisfiedRate: 0.5,
      scoreCounts: [0, 1, 0, 0, 1],
    })
    // The other company's report holds none of these answers.
    expect((await scaledReport(tenant.token)).total).toMatchObject({
      byScale: [{ scale: 5, responses: 5, scoreCounts: [1, 1, 1, 1, 1], averageScore: 3 }],
    })
  })

  it('A5 A9: a score keeps the label it was given with on the records, the call records, the call and the report', async () => {
    const records = await api.graphql<{ satisfactionRecords: { items: unknown[] } }>(
      '{ satisfactionRecords { items { score scale label { zh en } } } }',
      {},
      { token: scaled.token },
    )
    expect(records.data!.satisfactionRecords.items).toEqual([
      { score: 1, scale: 3, label: { zh: '差评', en: 'Bad' } },
      { score: 3, scale: 3, label: { zh: '好评', en: 'Good' } },
      { score: 2, scale: 5, label: { zh: '较差', en: 'Poor' } },
      { score: 5, scale: 5, label: { zh: '很棒', en: 'Great' } },
    ])
    const calls = await api.graphql<{ callRecordSearch: { items: unknown[] } }>(
      '{ callRecordSearch { items { satisfactionScore satisfactionScale satisfactionLabel { zh } } } }',
      {},
      { token: scaled.token },
    )
    expect(calls.data!.callRecordSearch.items).toContainEqual({
      satisfactionScore: 2,
      satisfactionScale: 5,
      satisfactionLabel: { zh: '较差' },
    })
    const call = await api.graphql<{ callRecord: unknown }>(
      'query ($id: ID!) { callRecord(id: $id) { satisfactionLabel { zh en } } }',
      { id: oldCall },
      { token: scaled.token },
    )
    expect(call.data!.callRecord).toEqual({ satisfactionLabel: { zh: '较差', en: 'Poor' } })
    const report = await api.graphql<{ satisfactionReport: { total: unknown } }>(
      `query ($input: SatisfactionReportInput!) {
        satisfactionReport(input: $input) { total { byScale { scale labels { zh } } } }
      }`,
      { input: { from: JAN5.toISOString(), to: JAN7.toISOString(), period: 'DAY', groupBy: 'TENANT' } },
      { token: scaled.token },
    )
    expect(report.data!.satisfactionReport.total).toEqual({
      byScale: [
        { scale: 3, labels: THREE_LABELS.map(({ zh }) => ({ zh })) },
        { scale: 5, labels: FIVE_LABELS.map(({ zh }) => ({ zh })) },
      ],
    })
  })

  it('A5 A9: each record carries the scale its score was given on, and the export names the scores per scale', async () => {
    const result = await api.graphql<{ satisfactionRecords: { items: unknown[] } }>(
      '{ satisfactionRecords { items { score scale } } }',
      {},
      { token: scaled.token },
    )
    expect(result.data!.satisfactionRecords.items).toEqual([
      { score: 1, scale: 3 },
      { score: 3, scale: 3 },
      { score: 2, scale: 5 },
      { score: 5, scale: 5 },
    ])
    const query = new URLSearchParams({
      format: 'csv',
      lang: 'en',
      from: JAN5.toISOString(),
      to: JAN7.toISOString(),
      period: 'DAY',
      groupBy: 'TENANT',
    })
    const response = await fetch(`${api.url}/export/satisfaction-report?${query}`, {
      headers: { authorization: `Bearer ${scaled.token}` },
    })
    const [header, , , total] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(header).toContain(
      'Score 1/3,Score 2/3,Score 3/3,Score 1/5,Score 2/5,Score 3/5,Score 4/5,Score 5/5',
    )
    expect(total).toBe(',Total,4,,56.25,0.5,1,0,1,0,1,0,0,1,4,4,1,0,0,0,')
  })
})
