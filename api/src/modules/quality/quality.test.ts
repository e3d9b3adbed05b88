import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { plus, saveCall } from '../../../test/calls.js'
import { addAgent, addGroup, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import { silentWav } from '../../../test/wav.js'

const CARD = 'id name version maxPoints sections { name criteria { id name maxPoints isFatal } }'
const DETAILS = `inspection { id callId agentId status points percent isFatalFailed scorecardVersion appeal { status reason resolution } }
  scorecard { version maxPoints sections { criteria { id name maxPoints isFatal } } }
  results { revision points percent isFatalFailed scores { criterionId points isFailed } comments { text atSeconds } }`

interface Card {
  id: string
  version: number
  maxPoints: number
  sections: { name: string; criteria: { id: string; name: string; maxPoints: number; isFatal: boolean }[] }[]
}
interface Details {
  inspection: {
    id: string
    callId: string
    agentId: string
    status: string
    points: number | null
    percent: number | null
    isFatalFailed: boolean
    scorecardVersion: number
    appeal: { status: string; reason: string; resolution: string | null } | null
  }
  scorecard: Card
  results: { revision: number; points: number; percent: number; isFatalFailed: boolean }[]
}
interface Member {
  id: string
  token: string
}

let api: TestApi
let tenant: TestTenant

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api?.stop())

async function gql<T>(query: string, variables: Record<string, unknown>, token: string) {
  const result = await api.graphql<T>(query, variables, { token })
  const error = result.errors?.[0]?.extensions
  const problems = error?.problems as { field: string; code: string }[] | undefined
  return {
    data: result.data,
    code: error?.code as string | undefined,
    reason: (error?.reason ?? problems?.map((p) => `${p.field}:${p.code}`).join(',')) as string | undefined,
  }
}

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await api.graphql<T>(query, variables, { token })
  if (!result.data) throw new Error(JSON.stringify(result.errors))
  return result.data
}

const member = async (input: Record<string, unknown>): Promise<Member> => {
  const added = await addAgent(api, tenant.token, input)
  return { id: added.id, token: await signInInvited(api, added.email) }
}

const createCard = (input: unknown, token = tenant.token) =>
  gql<{ createQaScorecard: Card }>(
    `mutation ($input: QaScorecardInput!) { createQaScorecard(input: $input) { ${CARD} } }`,
    { input },
    token,
  )

const sample = (token: string, input: Record<string, unknown>, filter: Record<string, unknown> = {}) =>
  gql<{ sampleQaCalls: { seed: string; callIds: string[]; inspectionIds: string[] } }>(
    `mutation ($filter: CallRecordSearchFilter, $input: QaSampleInput!) {
      sampleQaCalls(filter: $filter, input: $input) { seed callIds inspectionIds } }`,
    { filter, input },
    token,
  )

const inspection = (id: string, token: string) =>
  gql<{ qaInspection: Details }>(`query ($id: ID!) { qaInspection(id: $id) { ${DETAILS} } }`, { id }, token)

const submit = (id: string, input: unknown, token: string) =>
  gql<{ submitQaInspection: Details }>(
    `mutation ($id: ID!, $input: QaScoresInput!) { submitQaInspection(id: $id, input: $input) { ${DETAILS} } }`,
    { id, input },
    token,
  )

const appeal = (id: string, reason: string, token: string) =>
  gql<{ appealQaInspection: Details }>(
    `mutation ($id: ID!, $reason: String!) { appealQaInspection(id: $id, reason: $reason) { ${DETAILS} } }`,
    { id, reason },
    token,
  )

const resolve = (id: string, input: unknown, token: string) =>
  gql<{ resolveQaAppeal: Details }>(
    `mutation ($id: ID!, $input: QaAppealDecisionInput!) { resolveQaAppeal(id: $id, input: $input) { ${DETAILS} } }`,
    { id, input },
    token,
  )

describe('A10 quality inspection', () => {
  let leader: Member
  let agentA: Member
  let agentB: Member
  let outsider: Member
  let inspector: Member
  let salesLeader: Member
  let salesAgent: Member
  let card: Card
  const callsOf: Record<string, string[]> = {}
  const monday = new Date('2027-01-04T02:00:00Z')

  /** Scores for every criterion of the card: full points, unless told. */
  const scoresFor = (points: Record<string, number> = {}, failed: string[] = []) =>
    card.sections
      .flatMap((section) => section.criteria)
      .map((criterion) => ({
        criterionId: criterion.id,
        points: points[criterion.name] ?? criterion.maxPoints,
        isFailed: failed.includes(criterion.name),
      }))

  beforeAll(async () => {
    tenant = await signupTenant(api, 'Quality Co')
    leader = await member({ name: '组长', role: 'GROUP_LEADER' })
    agentA = await member({ name: 'Agent A' })
    agentB = await member({ name: 'Agent B' })
    outsider = await member({ name: 'Agent C' })
    inspector = await member({ name: '质检员' })
    salesLeader = await member({ name: 'Sales lead', role: 'GROUP_LEADER', organization: 'TELESALES' })
    salesAgent = await member({ name: 'Sales agent', organization: 'TELESALES' })
    await addGroup(api, tenant.token, { leaderId: leader.id, memberIds: [agentA.id, agentB.id] })
    await addGroup(api, tenant.token, {
      organization: 'TELESALES',
      leaderId: salesLeader.id,
      memberIds: [salesAgent.id],
    })
    // Two weeks of answered calls, three a week per agent, and one unanswered call nobody can inspect.
    for (const agent of [agentA, agentB, outsider, salesAgent]) {
      callsOf[agent.id] = []
      for (let week = 0; week < 2; week++)
        for (let n = 0; n < 3; n++)
          callsOf[agent.id]!.push(
            await saveCall(api, tenant, {
              at: plus(monday, week * 7 * 86_400 + n * 86_400),
              agentId: agent.id,
              answeredAfter: 5,
              endedAfter: 125,
              recordingFile: '/tmp/quality.wav',
            }),
          )
    }
    callsOf.unanswered = [await saveCall(api, tenant, { at: monday, agentId: agentA.id })]
    const created = await createCard({
      name: '服务质检',
      sections: [
        {
          name: '开场',
          criteria: [
            { name: '问候语', description: '使用标准问候语', maxPoints: 10 },
            { name: '核实身份', maxPoints: 30 },
          ],
        },
        { name: '合规', criteria: [{ name: '泄露客户信息', maxPoints: 0, isFatal: true }] },
      ],
    })
    card = created.data!.createQaScorecard
  }, 60_000)

  const ids = (agent: Member) => callsOf[agent.id]!

  describe('A10: scorecards', () => {
    it('A10: an administrator defines a scorecard; its problems name the section and criterion', async () => {
      expect(card).toMatchObject({ version: 1, maxPoints: 40 })
      const refused = await createCard({
        name: '服务质检',
        sections: [{ name: '开场', criteria: [{ name: '问候语', maxPoints: 0 }] }],
      })
      expect(refused.code).toBe('BAD_USER_INPUT')
      expect(refused.reason).toBe('sections.0.criteria.0.maxPoints:NO_POINTS_TO_SCORE')
      const taken = await createCard({ name: '服务质检', sections: card.sections.map(strip) })
      expect(taken.reason).toBe('name:SCORECARD_NAME_TAKEN')
    })

    it('A10: agents and group leaders do not define scorecards', async () => {
      expect((await createCard({ name: 'x', sections: [] }, leader.token)).code).toBe('FORBIDDEN')
      expect((await createCard({ name: 'x', sections: [] }, agentA.token)).code).toBe('FORBIDDEN')
    })
  })

  describe('A10, A11: sampling', () => {
    it('A10: the same seed picks the same calls; another seed others; only answered calls in reach', async () => {
      const draw = async (seed: string) =>
        (
          await sample(leader.token, {
            scorecardId: card.id,
            mode: 'PERCENT',
            percent: 50,
            seed,
            isDryRun: true,
          })
        ).data!.sampleQaCalls.callIds
      const first = await draw('week-1')
      expect(first).toHaveLength(6) // half of the 12 calls of the leader's two agents
      expect(await draw('week-1')).toEqual(first)
      expect(await draw('another')).not.toEqual(first)
      const reachable = [...ids(agentA), ...ids(agentB)]
      for (const seed of ['week-1', 'another', 'third'])
        for (const id of await draw(seed)) expect(reachable).toContain(id)
    })

    it('A10: N calls per agent per week', async () => {
      const { callIds } = (
        await sample(leader.token, {
          scorecardId: card.id,
          mode: 'PER_AGENT_WEEK',
          perAgentPerWeek: 1,
          seed: 's',
          isDryRun: true,
        })
      ).data!.sampleQaCalls
      expect(callIds).toHaveLength(4)
      for (const agent of [agentA, agentB])
        for (const week of [ids(agent).slice(0, 3), ids(agent).slice(3)])
          expect(callIds.filter((id) => week.includes(id))).toHaveLength(1)
    })

    it('A10, A11: a telesales leader never samples inbound calls; an agent who is no inspector samples nothing', async () => {
      const { callIds } = (
        await sample(salesLeader.token, { scorecardId: card.id, mode: 'FILTER', isDryRun: true })
      ).data!.sampleQaCalls
      expect(callIds.sort()).toEqual([...ids(salesAgent)].sort())
      const refused = await sample(agentA.token, { scorecardId: card.id, mode: 'FILTER', isDryRun: true })
      expect(refused.code).toBe('FORBIDDEN')
      const named = await sample(
        salesLeader.token,
        { scorecardId: card.id, mode: 'FILTER' },
        { agentId: agentA.id },
      )
      expect(named.code).toBe('NOT_FOUND')
    })

    it('A10: a random draw needs its size', async () => {
      const refused = await sample(leader.token, { scorecardId: card.id, mode: 'PERCENT' })
      expect(refused.reason).toBe('percent:NO_SAMPLE_SIZE')
    })

    it('A10: sampling creates pending inspections; no call is ever picked twice', async () => {
      const preview = (
        await sample(leader.token, {
          scorecardId: card.id,
          mode: 'PERCENT',
          percent: 50,
          seed: 'x',
          isDryRun: true,
        })
      ).data!.sampleQaCalls.callIds
      const first = (
        await sample(leader.token, { scorecardId: card.id, mode: 'PERCENT', percent: 50, seed: 'x' })
      ).data!.sampleQaCalls
      expect(first.callIds).toEqual(preview)
      expect(first.inspectionIds).toHaveLength(6)
      const second = (await sample(leader.token, { scorecardId: card.id, mode: 'FILTER' })).data!
        .sampleQaCalls
      expect(second.callIds).toHaveLength(6)
      expect(second.callIds.filter((id) => first.callIds.includes(id))).toEqual([])
      const third = (await sample(leader.token, { scorecardId: card.id, mode: 'FILTER' })).data!.sampleQaCalls
      expect(third.callIds).toEqual([])
      const pending = await ok<{ qaInspections: { totalCount: number } }>(
        '{ qaInspections(filter: { status: PENDING, isMine: true }) { totalCount } }',
        {},
        leader.token,
      )
      expect(pending.qaInspections.totalCount).toBe(12)
    })

    it('A10: a QA inspector an administrator appoints inspects their organisation’s calls', async () => {
      const grant = (userId: string, token = tenant.token) =>
        gql('mutation ($id: ID!) { setQaInspector(userId: $id, isInspector: true) }', { id: userId }, token)
      expect((await grant(inspector.id, leader.token)).code).toBe('FORBIDDEN')
      expect((await grant(inspector.id)).code).toBeUndefined()
      expect(
        (await ok<{ isQaInspector: boolean }>('{ isQaInspector }', {}, inspector.token)).isQaInspector,
      ).toBe(true)
      // The agents page shows who holds it, to administrators only.
      expect(
        (await ok<{ qaInspectorIds: string[] }>('{ qaInspectorIds }', {}, tenant.token)).qaInspectorIds,
      ).toEqual([inspector.id])
      expect((await gql('{ qaInspectorIds }', {}, leader.token)).code).toBe('FORBIDDEN')
      const { callIds } = (await sample(inspector.token, { scorecardId: card.id, mode: 'FILTER' })).data!
        .sampleQaCalls
      // The leader's agents' calls are taken already; the outsider's are left, and no telesales call.
      expect(callIds.sort()).toEqual([...ids(outsider)].sort())
    })
  })

  it('A10: a QA inspector hears the recordings of the calls they may inspect, and no others', async () => {
    const recorded = async (agent: Member) => {
      const file = path.join(api.dataDir, 'media', 'recordings', tenant.tenantId, `${randomUUID()}.wav`)
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, silentWav(0.25))
      return saveCall(api, tenant, {
        at: monday,
        agentId: agent.id,
        answeredAfter: 1,
        endedAfter: 20,
        recordingFile: file,
      })
    }
    const hear = async (callId: string, who: Member) =>
      (
        await fetch(`${api.url}/media/recordings/${callId}`, {
          headers: { authorization: `Bearer ${who.token}` },
        })
      ).status
    const inbound = await recorded(outsider)
    const telesales = await recorded(salesAgent)
    expect(await hear(inbound, inspector)).toBe(200)
    expect(await hear(telesales, inspector)).toBe(404)
    expect(await hear(inbound, agentB)).toBe(404)
  })

  describe('A10: inspections and appeals', () => {
    let inspectionId: string
    let otherInspectionId: string

    beforeAll(async () => {
      const page = await ok<{ qaInspections: { items: { id: string; agentId: string }[] } }>(
        '{ qaInspections(filter: { isMine: true, status: PENDING }, page: { limit: 100 }) { items { id agentId } } }',
        {},
        leader.token,
      )
      inspectionId = page.qaInspections.items.find((item) => item.agentId === agentA.id)!.id
      otherInspectionId = page.qaInspections.items.find((item) => item.agentId === agentB.id)!.id
    })

    it('A10: the inspector scores every criterion; a failed fatal item scores zero', async () => {
      const incomplete = await submit(inspectionId, { scores: scoresFor().slice(1) }, leader.token)
      expect(incomplete.reason).toBe('scores:CRITERION_NOT_SCORED')
      const fatal = await submit(otherInspectionId, { scores: scoresFor({}, ['泄露客户信息']) }, leader.token)
      expect(fatal.data!.submitQaInspection.inspection).toMatchObject({
        status: 'SUBMITTED',
        points: 0,
        percent: 0,
        isFatalFailed: true,
      })
      const submitted = await submit(
        inspectionId,
        { scores: scoresFor({ 核实身份: 15 }), comments: [{ text: '未核实身份证后四位', atSeconds: 42.5 }] },
        leader.token,
      )
      expect(submitted.data!.submitQaInspection.inspection).toMatchObject({ points: 25, percent: 62.5 })
      expect(submitted.data!.submitQaInspection.results[0]).toMatchObject({ revision: 1, points: 25 })
      expect((await submit(inspectionId, { scores: scoresFor() }, leader.token)).reason).toBe(
        'INSPECTION_NOT_PENDING',
      )
    })

    it('A10: a new scorecard version leaves past inspections as they were scored', async () => {
      const updated = await ok<{ updateQaScorecard: Card }>(
        `mutation ($id: ID!, $input: QaScorecardInput!) { updateQaScorecard(id: $id, input: $input) { ${CARD} } }`,
        {
          id: card.id,
          input: {
            name: '服务质检',
            sections: [{ name: '开场', criteria: [{ name: '结束语', maxPoints: 5 }] }],
          },
        },
        tenant.token,
      )
      expect(updated.updateQaScorecard).toMatchObject({ version: 2, maxPoints: 5 })
      const past = (await inspection(inspectionId, leader.token)).data!.qaInspection
      expect(past.inspection).toMatchObject({ scorecardVersion: 1, points: 25, percent: 62.5 })
      expect(past.scorecard).toMatchObject({ version: 1, maxPoints: 40 })
      expect(past.scorecard.sections.flatMap((s) => s.criteria.map((c) => c.name))).toEqual([
        '问候语',
        '核实身份',
        '泄露客户信息',
      ])
    })

    it('A10: agents see their own submitted inspections only', async () => {
      const mine = await ok<{ myQaInspections: { items: { id: string }[] } }>(
        '{ myQaInspections { items { id } } }',
        {},
        agentA.token,
      )
      expect(mine.myQaInspections.items.map((item) => item.id)).toEqual([inspectionId])
      expect((await inspection(inspectionId, agentA.token)).data!.qaInspection.inspection.points).toBe(25)
      expect((await inspection(inspectionId, agentB.token)).code).toBe('NOT_FOUND')
      expect((await inspection(inspectionId, salesLeader.token)).code).toBe('NOT_FOUND')
    })

    it('A10: only the inspected agent appeals, and only once', async () => {
      expect((await appeal(inspectionId, '我核实过身份', agentB.token)).code).toBe('NOT_FOUND')
      const appealed = await appeal(inspectionId, '我核实过身份', agentA.token)
      expect(appealed.data!.appealQaInspection.inspection.appeal).toMatchObject({
        status: 'PENDING',
        reason: '我核实过身份',
      })
      expect((await appeal(inspectionId, '再申诉', agentA.token)).reason).toBe('APPEAL_ALREADY_MADE')
    })

    it('A10: the inspector accepts an appeal by scoring again; the first result stays readable', async () => {
      expect((await resolve(inspectionId, { isAccepted: true, resolution: '复核' }, agentA.token)).code).toBe(
        'FORBIDDEN',
      )
      expect(
        (await resolve(inspectionId, { isAccepted: true, resolution: '复核' }, leader.token)).reason,
      ).toBe('scores:REQUIRED')
      const accepted = (
        await resolve(
          inspectionId,
          { isAccepted: true, resolution: '录音中已核实', scores: { scores: scoresFor() } },
          leader.token,
        )
      ).data!.resolveQaAppeal
      expect(accepted.inspection).toMatchObject({ points: 40, percent: 100, appeal: { status: 'ACCEPTED' } })
      expect(accepted.results.map((r) => [r.revision, r.points])).toEqual([
        [1, 25],
        [2, 40],
      ])
      expect(
        (await resolve(inspectionId, { isAccepted: false, resolution: '再次' }, leader.token)).reason,
      ).toBe('APPEAL_NOT_PENDING')
    })

    it('A10: an administrator rejects an appeal; the result stands', async () => {
      await appeal(otherInspectionId, '不是我说的', agentB.token)
      const rejected = (
        await resolve(otherInspectionId, { isAccepted: false, resolution: '录音为证' }, tenant.token)
      ).data!.resolveQaAppeal
      expect(rejected.inspection).toMatchObject({
        points: 0,
        appeal: { status: 'REJECTED', resolution: '录音为证' },
      })
      expect(rejected.results).toHaveLength(1)
    })

    it('A10: every step is in the audit log', async () => {
      const log = await ok<{ auditLog: { items: { action: string; actorName: string }[] } }>(
        '{ auditLog(filter: { entityType: "QA_INSPECTION" }, page: { limit: 100 }) { items { action actorName } } }',
        {},
        tenant.token,
      )
      const actions = log.auditLog.items.map((entry) => entry.action)
      for (const action of [
        'QA_CALLS_SAMPLED',
        'QA_INSPECTION_SUBMITTED',
        'QA_INSPECTION_APPEALED',
        'QA_APPEAL_ACCEPTED',
        'QA_APPEAL_REJECTED',
      ])
        expect(actions).toContain(action)
      const cards = await ok<{ auditLog: { items: { action: string }[] } }>(
        '{ auditLog(filter: { entityType: "QA_SCORECARD" }) { items { action } } }',
        {},
        tenant.token,
      )
      expect(cards.auditLog.items.map((entry) => entry.action).sort()).toEqual([
        'QA_SCORECARD_CREATED',
        'QA_SCORECARD_VERSION_PUBLISHED',
      ])
    })
  })

  describe('A10: the QA report', () => {
    const period = { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }
    const report = (groupBy: string, token = tenant.token) =>
      ok<{
        qaReport: {
          key: string
          label: string
          inspections: number
          averagePercent: number
          fatalFailures: number
          appeals: number
          appealRate: number
        }[]
      }>(
        'query ($input: QaReportInput!) { qaReport(input: $input) { key label inspections averagePercent fatalFailures appeals appealRate } }',
        { input: { ...period, groupBy } },
        token,
      )

    it('A10: average score, fatal failures and appeal rate by agent and by criterion', async () => {
      const byAgent = (await report('AGENT')).qaReport
      expect(byAgent).toEqual([
        {
          key: agentA.id,
          label: 'Agent A',
          inspections: 1,
          averagePercent: 100,
          fatalFailures: 0,
          appeals: 1,
          appealRate: 1,
        },
        {
          key: agentB.id,
          label: 'Agent B',
          inspections: 1,
          averagePercent: 0,
          fatalFailures: 1,
          appeals: 1,
          appealRate: 1,
        },
      ])
      const byCriterion = (await report('CRITERION')).qaReport
      expect(byCriterion.map((row) => [row.label, row.averagePercent, row.fatalFailures])).toEqual([
        ['核实身份', 100, 0],
        ['泄露客户信息', 50, 1],
        ['问候语', 100, 0],
      ])
      expect((await report('GROUP')).qaReport.map((row) => row.inspections)).toEqual([2])
      expect((await report('AGENT', salesLeader.token)).qaReport).toEqual([])
    })

    it('A10: the report exports as CSV', async () => {
      const response = await fetch(
        `${api.url}/export/qa-report?format=csv&lang=en&groupBy=AGENT&from=${period.from}&to=${period.to}`,
        { headers: { authorization: `Bearer ${tenant.token}` } },
      )
      expect(response.status).toBe(200)
      const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<
        string,
        string
      >[]
      expect(rows.map((row) => [row.Agent, row['Average score (%)'], row['Appeal rate']])).toEqual([
        ['Agent A', '100', '1'],
        ['Agent B', '0', '1'],
      ])
    })
  })

  it('A10: another tenant finds none of it', async () => {
    const other = await signupTenant(api, 'Other Quality Co')
    const anyId = card.id
    expect(
      (await gql('query ($id: ID!) { qaScorecard(id: $id) { id } }', { id: anyId }, other.token)).code,
    ).toBe('NOT_FOUND')
    const sampled = await sample(other.token, { scorecardId: card.id, mode: 'FILTER' })
    expect(sampled.code).toBe('NOT_FOUND')
  })

  // After the report, which counts every inspection of the agents.
  it('A10: the agent sees until when they may appeal (7 days after submission by default); after the company’s window an appeal is refused', async () => {
    const pending = await ok<{ qaInspections: { items: { id: string; agentId: string }[] } }>(
      '{ qaInspections(filter: { isMine: true, status: PENDING }, page: { limit: 100 }) { items { id agentId } } }',
      {},
      leader.token,
    )
    const id = pending.qaInspections.items.find((item) => item.agentId === agentA.id)!.id
    await submit(id, { scores: scoresFor() }, leader.token)
    const deadlineOf = async () => {
      const mine = await ok<{
        myQaInspections: { items: { id: string; submittedAt: string; appealDeadline: string }[] }
      }>(
        '{ myQaInspections(page: { limit: 100 }) { items { id submittedAt appealDeadline } } }',
        {},
        agentA.token,
      )
      const item = mine.myQaInspections.items.find((candidate) => candidate.id === id)!
      return (Date.parse(item.appealDeadline) - Date.parse(item.submittedAt)) / 86_400_000
    }
    expect(await deadlineOf()).toBe(7)
    const setWindow = (days: number) =>
      ok(
        'mutation ($days: Int!) { updateAcdSettings(input: { appealWindowDays: $days }) { appealWindowDays } }',
        { days },
        tenant.token,
      )
    try {
      // Submitted four days ago, in a company that gives three days to appeal.
      await api.db.inTenant(tenant.tenantId, (em) =>
        em.execute(`update qa_inspection set submitted_at = submitted_at - interval '4 days' where id = ?`, [
          id,
        ]),
      )
      await setWindow(3)
      expect(await deadlineOf()).toBe(3)
      const late = await appeal(id, '我当时在核实', agentA.token)
      expect([late.code, late.reason]).toEqual(['CONFLICT', 'APPEAL_WINDOW_CLOSED'])
      // A longer window lets the agent appeal again.
      await setWindow(5)
      const inTime = await appeal(id, '我当时在核实', agentA.token)
      expect(inTime.data!.appealQaInspection.inspection.appeal).toMatchObject({ status: 'PENDING' })
    } finally {
      await setWindow(7)
    }
  })
})

/** A scorecard as published, as input again (without IDs). */
function strip(section: Card['sections'][number]) {
  return {
    name: section.name,
    criteria: section.criteria.map(({ name, maxPoints, isFatal }) => ({ name, maxPoints, isFatal })),
  }
}
