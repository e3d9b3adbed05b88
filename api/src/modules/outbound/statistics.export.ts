// A14: the outbound statistics as CSV or XLSX files, one per table of the page (per task; per agent and
// day), with the page's own filter in the query string (lists comma-separated) and the same figures.
import type { FastifyInstance } from 'fastify'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn, ExportLanguage } from '../../export/table-export.js'
import type { Viewer } from '../identity/viewer.js'
import type { Services } from '../../services.js'
import { oneOf } from '../reports/call-report.export.js'
import { ReportPeriodPreset } from '../reports/reports.types.js'
import type { AgentWorkloadDay, OutboundStatistics, OutboundTaskStatistics } from './statistics.types.js'

type Words = Record<ExportLanguage, string>

const count = <Row>(header: Words, value: (row: Row) => number | null) =>
  ({ header, kind: 'number', value, width: 12 }) satisfies ExportColumn<Row>

const rate = (value: number | null) => (value === null ? null : Math.round(value * 10_000) / 10_000)

/** The task table; each of the tasks' follow-up results gets a column of its own, in the tasks' order. */
export function taskStatisticsColumns(
  tasks: OutboundTaskStatistics[],
): ExportColumn<OutboundTaskStatistics>[] {
  const results = new Map<string, Words>()
  for (const task of tasks)
    for (const result of task.results)
      if (!results.has(result.value)) results.set(result.value, { zh: result.labelZh, en: result.labelEn })
  return [
    { header: { zh: '任务', en: 'Task' }, kind: 'text', value: (row) => row.taskName, width: 24 },
    count({ zh: '号码数', en: 'Items' }, (row) => row.itemCount),
    count({ zh: '已拨打', en: 'Dialled' }, (row) => row.dialledItems),
    count({ zh: '已接通', en: 'Connected' }, (row) => row.connectedItems),
    count({ zh: '接通率', en: 'Connect rate' }, (row) => rate(row.connectRate)),
    count({ zh: '成功', en: 'Successes' }, (row) => row.successItems),
    count({ zh: '转化率', en: 'Conversion' }, (row) => rate(row.conversionRate)),
    count({ zh: '通话次数', en: 'Calls' }, (row) => row.calls),
    count({ zh: '接通次数', en: 'Connected calls' }, (row) => row.connectedCalls),
    count({ zh: '通话时长(秒)', en: 'Talk (s)' }, (row) => row.talkSeconds),
    ...[...results].map(([value, header]) =>
      count<OutboundTaskStatistics>(
        header,
        (row) => row.results.find((result) => result.value === value)?.itemCount ?? 0,
      ),
    ),
  ]
}

export const workloadColumns: ExportColumn<AgentWorkloadDay>[] = [
  { header: { zh: '日期', en: 'Day' }, kind: 'text', value: (row) => row.day, width: 12 },
  { header: { zh: '坐席', en: 'Agent' }, kind: 'text', value: (row) => row.agentName, width: 16 },
  count({ zh: '外呼次数', en: 'Calls' }, (row) => row.calls),
  count({ zh: '接通次数', en: 'Connected calls' }, (row) => row.connectedCalls),
  count({ zh: '通话时长(秒)', en: 'Talk (s)' }, (row) => row.talkSeconds),
  count({ zh: '跟进结果', en: 'Results' }, (row) => row.results),
  count({ zh: '成功', en: 'Successes' }, (row) => row.successes),
]

const listOf = (text: string | undefined) => (text ? text.split(',').filter(Boolean) : null)

function statisticsOf(services: Services, viewer: Viewer, query: Record<string, string>) {
  return services.outboundStatistics.statistics(viewer, {
    preset: oneOf(ReportPeriodPreset, query.preset, ReportPeriodPreset.TODAY),
    fromDate: query.fromDate || null,
    toDate: query.toDate || null,
    taskIds: listOf(query.taskIds),
    agentIds: listOf(query.agentIds),
  })
}

const fileDay = (statistics: OutboundStatistics) => statistics.from.toISOString().slice(0, 10)

export function registerOutboundStatisticsExports(app: FastifyInstance, services: Services): void {
  registerExportRoute<OutboundTaskStatistics>(app, services, 'outbound-statistics', async (viewer, query) => {
    const statistics = await statisticsOf(services, viewer, query)
    return {
      title: 'Outbound tasks',
      fileName: `outbound-statistics-${fileDay(statistics)}`,
      columns: taskStatisticsColumns(statistics.tasks),
      total: statistics.tasks.length,
      timeZone: statistics.timeZone,
      batches: (async function* () {
        yield statistics.tasks
      })(),
    }
  })
  registerExportRoute<AgentWorkloadDay>(app, services, 'outbound-workload', async (viewer, query) => {
    const statistics = await statisticsOf(services, viewer, query)
    return {
      title: 'Agent workload',
      fileName: `outbound-workload-${fileDay(statistics)}`,
      columns: workloadColumns,
      total: statistics.workload.length,
      timeZone: statistics.timeZone,
      batches: (async function* () {
        yield statistics.workload
      })(),
    }
  })
}
