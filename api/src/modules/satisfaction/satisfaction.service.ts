// The satisfaction records and report (A9): every survey answer of the calls a supervisor sees
// (AccessPolicy.callReach, as the call records), and scores by period and agent or skill group with the
// response rate (defined in satisfaction.types.ts and docs/kpis.md). Exports read the same rows.
import { z } from 'zod'
import { ValidationError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import { decodeKeyset, encodeKeyset } from '../../graphql/keyset-cursor.js'
import { assertSupervisor, customerNumberOf, visibleScope } from '../call-records/call-records.service.js'
import { SurveyOutcome } from '../acd/post-call-survey.store.js'
import { isSatisfiedScore, scorePercent, scoresFilterSchema } from '../acd/survey-scale.js'
import { withOrderedRange } from '../calls/calls.service.js'
import type { Viewer } from '../identity/viewer.js'
import type { SurveyLabel } from '../acd/settings.entity.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import {
  countSatisfactionRecords,
  satisfactionRecordsAfter,
  satisfactionTallies,
  type ReportDimension,
  type ReportPeriod,
  type SatisfactionConditions,
  type SatisfactionCursor,
  type SatisfactionRecordRow,
  type SatisfactionTally,
} from './satisfaction.store.js'
import {
  SatisfactionGrouping,
  SatisfactionPeriod,
  type SatisfactionFigures,
  type SatisfactionRecord,
  type SatisfactionReport,
} from './satisfaction.types.js'

const MAX_PAGE_SIZE = 100
const EXPORT_BATCH = 1000
const MAX_REPORT_DAYS = 366

const recordFilterSchema = withOrderedRange(
  z.object({
    from: z.date().nullish(),
    to: z.date().nullish(),
    agentId: z.string().nullish(),
    skillGroupId: z.string().nullish(),
    scores: scoresFilterSchema,
    outcomes: z.array(z.enum(SurveyOutcome)).max(3, 'must be at most 3 outcomes').nullish(),
  }),
)

const reportSchema = withOrderedRange(
  z.object({
    from: z.date({ message: 'is required' }),
    to: z.date({ message: 'is required' }),
    period: z.enum(SatisfactionPeriod),
    groupBy: z.enum(SatisfactionGrouping),
    agentId: z.string().nullish(),
    skillGroupId: z.string().nullish(),
  }),
)

export type SatisfactionRecordFilterInput = z.input<typeof recordFilterSchema>
export type SatisfactionReportRequest = z.input<typeof reportSchema>

const PERIOD: Record<SatisfactionPeriod, ReportPeriod> = { DAY: 'day', WEEK: 'week', MONTH: 'month' }
const DIMENSION: Record<SatisfactionGrouping, ReportDimension> = {
  TENANT: 'none',
  AGENT: 'agent',
  SKILL_GROUP: 'skillGroup',
}

function recordOf({ labels, ...row }: SatisfactionRecordRow): SatisfactionRecord {
  const label = row.score === null ? null : (labels?.[row.score - 1] ?? null)
  return { ...row, label, customerNumber: customerNumberOf(row) } as SatisfactionRecord
}

/** The figures of summed tallies: the one place the report's formulas live (docs/kpis.md). */
export function figuresOf(
  tallies: readonly SatisfactionTally[],
  row: Pick<SatisfactionFigures, 'periodStart' | 'key' | 'name'>,
): SatisfactionFigures {
  const countsByScale = new Map<number, number[]>()
  // Tallies come oldest period first, so the labels left are the newest answers'.
  const labelsByScale = new Map<number, SurveyLabel[]>()
  const sums = {
    answeredCalls: 0,
    answeredResponses: 0,
    surveysOffered: 0,
    surveysScored: 0,
    surveysNoAnswer: 0,
    surveysAbandoned: 0,
  }
  for (const tally of tallies) {
    for (const [scale, counts] of tally.scoreCountsByScale) {
      const summed = countsByScale.get(scale) ?? counts.map(() => 0)
      counts.forEach((count, index) => (summed[index]! += count))
      countsByScale.set(scale, summed)
    }
    for (const [scale, labels] of tally.labelsByScale) labelsByScale.set(scale, labels)
    for (const key of Object.keys(sums) as (keyof typeof sums)[]) sums[key] += tally[key]
  }
  const byScale = [...countsByScale]
    .sort(([a], [b]) => a - b)
    .map(([scale, scoreCounts]) => {
      const responses = sum(scoreCounts)
      const scoreSum = sum(scoreCounts.map((count, index) => count * (index + 1)))
      return {
        scale,
        responses,
        scoreCounts,
        averageScore: responses ? scoreSum / responses : null,
        labels: labelsByScale.get(scale) ?? null,
      }
    })
    .filter((each) => each.responses > 0)
  const answers = byScale.flatMap(({ scale, scoreCounts }) =>
    scoreCounts.map((count, index) => ({ score: index + 1, scale, count })),
  )
  const responses = sum(byScale.map((each) => each.responses))
  const share = (weigh: (answer: { score: number; scale: number }) => number) =>
    responses ? sum(answers.map((answer) => answer.count * weigh(answer))) / responses : null
  return {
    ...row,
    responses,
    byScale,
    scoreCounts: byScale.find((each) => each.scale === 5)?.scoreCounts ?? [0, 0, 0, 0, 0],
    averageScore: byScale.length === 1 ? byScale[0]!.averageScore : null,
    averagePercent: share(({ score, scale }) => scorePercent(score, scale)),
    satisfiedRate: share(({ score, scale }) => (isSatisfiedScore(score, scale) ? 1 : 0)),
    ...sums,
    responseRate: sums.answeredCalls ? sums.answeredResponses / sums.answeredCalls : null,
    surveyResponseRate: sums.surveysOffered ? sums.surveysScored / sums.surveysOffered : null,
  }
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)

export class SatisfactionService {
  constructor(private readonly db: Database) {}

  async records(
    viewer: Viewer,
    filterInput: SatisfactionRecordFilterInput = {},
    after?: string | null,
    limit?: number | null,
  ): Promise<{ items: SatisfactionRecord[]; nextCursor: string | null; totalCount: number }> {
    assertSupervisor(viewer)
    const position = after ? decodeKeyset(after) : null
    const cursor = position && { answeredAt: position.at, callId: position.id }
    const size = Math.min(Math.max(limit ?? 20, 1), MAX_PAGE_SIZE)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await this.recordConditions(em, viewer, filterInput)
      const rows = await satisfactionRecordsAfter(em, conditions, cursor, size + 1)
      const page = rows.slice(0, size)
      const last = page[page.length - 1]
      return {
        items: page.map(recordOf),
        nextCursor:
          rows.length > size && last ? encodeKeyset({ at: last.answeredAt, id: last.callId }) : null,
        totalCount: await countSatisfactionRecords(em, conditions),
      }
    })
  }

  async exportRecords(
    viewer: Viewer,
    filterInput: SatisfactionRecordFilterInput,
  ): Promise<{ total: number; timeZone: string; batches: AsyncIterable<SatisfactionRecord[]> }> {
    assertSupervisor(viewer)
    const { conditions, total, timeZone } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await this.recordConditions(em, viewer, filterInput)
      return {
        conditions,
        total: await countSatisfactionRecords(em, conditions),
        timeZone: await timeZoneOf(em, viewer),
      }
    })
    const db = this.db
    async function* batches(): AsyncIterable<SatisfactionRecord[]> {
      let after: SatisfactionCursor | null = null
      for (;;) {
        const rows: SatisfactionRecordRow[] = await db.inTenant(viewer.tenantId, (em) =>
          satisfactionRecordsAfter(em, conditions, after, EXPORT_BATCH),
        )
        if (rows.length) yield rows.map(recordOf)
        if (rows.length < EXPORT_BATCH) return
        after = rows[rows.length - 1]!
      }
    }
    return { total, timeZone, batches: batches() }
  }

  async report(viewer: Viewer, input: SatisfactionReportRequest): Promise<SatisfactionReport> {
    assertSupervisor(viewer)
    const request = validateInput(reportSchema, input)
    if (request.to.getTime() - request.from.getTime() > MAX_REPORT_DAYS * 86_400_000)
      throw new ValidationError([
        {
          field: 'from',
          code: 'RANGE_TOO_LONG',
          params: { days: MAX_REPORT_DAYS },
          message: `must be at most ${MAX_REPORT_DAYS} days before to`,
        },
      ])
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { reach, agentId, skillGroupId } = await visibleScope(em, viewer, request)
      const timeZone = await timeZoneOf(em, viewer)
      const tallies = await satisfactionTallies(
        em,
        { reach, agentId, skillGroupId, from: request.from, to: request.to },
        PERIOD[request.period],
        DIMENSION[request.groupBy],
        timeZone,
      )
      return {
        rows: tallies.map((tally) => figuresOf([tally], tally)),
        total: figuresOf(tallies, { periodStart: null, key: null, name: null }),
        timeZone,
      }
    })
  }

  private async recordConditions(
    em: EntityManager,
    viewer: Viewer,
    filterInput: SatisfactionRecordFilterInput,
  ): Promise<SatisfactionConditions> {
    const filter = validateInput(recordFilterSchema, filterInput)
    const { reach, agentId, skillGroupId } = await visibleScope(em, viewer, filter)
    return { ...filter, reach, agentId, skillGroupId }
  }
}

async function timeZoneOf(em: EntityManager, viewer: Viewer): Promise<string> {
  return (await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })).timeZone
}
