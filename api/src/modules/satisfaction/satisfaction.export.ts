// A9: the survey answers and the satisfaction report as CSV or XLSX files, with the screens' filters.
import type { FastifyInstance } from 'fastify'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn } from '../../export/table-export.js'
import type { Services } from '../../services.js'
import type { SurveyOutcome } from '../acd/post-call-survey.store.js'
import { DIRECTION_WORDS, numbersOf } from '../call-records/call-records.export.js'
import type {
  SatisfactionFigures,
  SatisfactionGrouping,
  SatisfactionPeriod,
  SatisfactionRecord,
} from './satisfaction.types.js'

const OUTCOME_WORDS: Record<SurveyOutcome, { zh: string; en: string }> = {
  SCORED: { zh: '已评价', en: 'Scored' },
  NO_ANSWER: { zh: '未评价', en: 'No answer' },
  ABANDONED: { zh: '挂机', en: 'Hung up' },
}

const recordColumns: ExportColumn<SatisfactionRecord>[] = [
  { header: { zh: '评价时间', en: 'Rated at' }, kind: 'time', value: (row) => row.answeredAt, width: 20 },
  {
    header: { zh: '结果', en: 'Outcome' },
    kind: 'text',
    value: (row, language) => OUTCOME_WORDS[row.outcome][language],
    width: 10,
  },
  { header: { zh: '评分', en: 'Score' }, kind: 'number', value: (row) => row.score, width: 8 },
  { header: { zh: '分制', en: 'Scale' }, kind: 'number', value: (row) => row.scale, width: 8 },
  {
    header: { zh: '评价', en: 'Rating' },
    kind: 'text',
    value: (row, language) => row.label?.[language] ?? null,
    width: 12,
  },
  { header: { zh: '坐席', en: 'Agent' }, kind: 'text', value: (row) => row.agentName, width: 14 },
  {
    header: { zh: '技能组', en: 'Skill group' },
    kind: 'text',
    value: (row) => row.skillGroupName,
    width: 14,
  },
  {
    header: { zh: '客户号码', en: 'Customer number' },
    kind: 'text',
    value: (row) => row.customerNumber,
    width: 18,
  },
  {
    header: { zh: '方向', en: 'Direction' },
    kind: 'text',
    value: (row, language) => DIRECTION_WORDS[row.direction]?.[language] ?? row.direction,
    width: 8,
  },
  {
    header: { zh: '通话开始', en: 'Call started' },
    kind: 'time',
    value: (row) => row.callStartedAt,
    width: 20,
  },
  { header: { zh: '通话 ID', en: 'Call ID' }, kind: 'text', value: (row) => row.callId, width: 38 },
]

/**
 * The report's columns: a count per score of every scale the report has answers on (a company that changed
 * its scale has two), so no count of one scale lands under another's score.
 */
const score = (index: number) => index + 1

const reportColumns = (scales: readonly number[]): ExportColumn<SatisfactionFigures>[] => [
  { header: { zh: '周期开始', en: 'Period' }, kind: 'time', value: (row) => row.periodStart, width: 20 },
  {
    header: { zh: '坐席 / 技能组', en: 'Agent / skill group' },
    kind: 'text',
    value: (row, language) => (row.periodStart ? row.name : { zh: '合计', en: 'Total' }[language]),
    width: 16,
  },
  { header: { zh: '评价数', en: 'Responses' }, kind: 'number', value: (row) => row.responses, width: 10 },
  { header: { zh: '平均分', en: 'Average' }, kind: 'number', value: (row) => row.averageScore, width: 10 },
  {
    header: { zh: '平均得分率', en: 'Average %' },
    kind: 'number',
    value: (row) => row.averagePercent,
    width: 10,
  },
  {
    header: { zh: '满意率', en: 'Satisfied rate' },
    kind: 'number',
    value: (row) => row.satisfiedRate,
    width: 10,
  },
  ...scales.flatMap((scale) =>
    Array.from({ length: scale }, (_, index): ExportColumn<SatisfactionFigures> => ({
      header: { zh: `${score(index)}/${scale} 分`, en: `Score ${score(index)}/${scale}` },
      kind: 'number',
      value: (row) => row.byScale.find((each) => each.scale === scale)?.scoreCounts[index] ?? 0,
      width: 9,
    })),
  ),
  {
    header: { zh: '已接来电', en: 'Answered calls' },
    kind: 'number',
    value: (row) => row.answeredCalls,
    width: 10,
  },
  {
    header: { zh: '其中已评价', en: 'Of those rated' },
    kind: 'number',
    value: (row) => row.answeredResponses,
    width: 10,
  },
  {
    header: { zh: '参评率', en: 'Response rate' },
    kind: 'number',
    value: (row) => row.responseRate,
    width: 10,
  },
  ...(
    [
      ['surveysOffered', { zh: '邀评数', en: 'Surveys offered' }],
      ['surveysNoAnswer', { zh: '未评价', en: 'No answer' }],
      ['surveysAbandoned', { zh: '挂机', en: 'Hung up' }],
      ['surveyResponseRate', { zh: '邀评回复率', en: 'Survey response rate' }],
    ] as const
  ).map(([key, header]): ExportColumn<SatisfactionFigures> => ({
    header,
    kind: 'number',
    value: (row) => row[key],
    width: 12,
  })),
]

export function registerSatisfactionExports(app: FastifyInstance, services: Services): void {
  registerExportRoute<SatisfactionRecord>(app, services, 'satisfaction-records', async (viewer, query) => {
    const { total, timeZone, batches } = await services.satisfaction.exportRecords(viewer, {
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      agentId: query.agentId || undefined,
      skillGroupId: query.skillGroupId || undefined,
      scores: numbersOf(query.scores),
      // The service checks the words as it checks the GraphQL filter's.
      outcomes: query.outcomes ? (query.outcomes.split(',') as SurveyOutcome[]) : undefined,
    })
    return {
      title: 'Satisfaction records',
      fileName: 'satisfaction-records',
      columns: recordColumns,
      total,
      timeZone,
      batches,
    }
  })
  registerExportRoute<SatisfactionFigures>(app, services, 'satisfaction-report', async (viewer, query) => {
    const report = await services.satisfaction.report(viewer, {
      from: new Date(query.from ?? ''),
      to: new Date(query.to ?? ''),
      period: (query.period || 'DAY') as SatisfactionPeriod,
      groupBy: (query.groupBy || 'TENANT') as SatisfactionGrouping,
      agentId: query.agentId || undefined,
      skillGroupId: query.skillGroupId || undefined,
    })
    const rows = [...report.rows, report.total]
    async function* batches() {
      yield rows
    }
    return {
      title: 'Satisfaction report',
      fileName: 'satisfaction-report',
      columns: reportColumns(report.total.byScale.map((each) => each.scale)),
      total: rows.length,
      timeZone: report.timeZone,
      batches: batches(),
    }
  })
}
