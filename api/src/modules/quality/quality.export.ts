// A10: the QA report as a CSV or XLSX file, with the page's own input in the query string (from, to,
// scorecardId, groupBy), percentages and rates as numbers.
import type { FastifyInstance } from 'fastify'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn } from '../../export/table-export.js'
import type { Services } from '../../services.js'
import { QaReportGrouping, type QaReportRow } from './quality.types.js'

const ROW_HEADER: Record<QaReportGrouping, Record<'zh' | 'en', string>> = {
  AGENT: { zh: '坐席', en: 'Agent' },
  GROUP: { zh: '班组', en: 'Group' },
  CRITERION: { zh: '评分项', en: 'Criterion' },
  DAY: { zh: '日期', en: 'Day' },
  WEEK: { zh: '周', en: 'Week' },
  MONTH: { zh: '月份', en: 'Month' },
}

export function qaReportColumns(groupBy: QaReportGrouping): ExportColumn<QaReportRow>[] {
  return [
    { header: ROW_HEADER[groupBy], kind: 'text', value: (row) => row.label, width: 20 },
    {
      header: { zh: '质检数', en: 'Inspections' },
      kind: 'number',
      value: (row) => row.inspections,
      width: 12,
    },
    {
      header: { zh: '平均得分(%)', en: 'Average score (%)' },
      kind: 'number',
      value: (row) => row.averagePercent,
      width: 14,
    },
    {
      header: { zh: '致命项不合格', en: 'Fatal failures' },
      kind: 'number',
      value: (row) => row.fatalFailures,
      width: 14,
    },
    { header: { zh: '申诉数', en: 'Appeals' }, kind: 'number', value: (row) => row.appeals, width: 10 },
    {
      header: { zh: '申诉率', en: 'Appeal rate' },
      kind: 'number',
      value: (row) => Math.round(row.appealRate * 10_000) / 10_000,
      width: 10,
    },
  ]
}

export function registerQaReportExport(app: FastifyInstance, services: Services): void {
  registerExportRoute<QaReportRow>(app, services, 'qa-report', async (viewer, query) => {
    const groupBy = (Object.values(QaReportGrouping) as string[]).includes(query.groupBy ?? '')
      ? (query.groupBy as QaReportGrouping)
      : QaReportGrouping.AGENT
    const from = new Date(query.from ?? '')
    const to = new Date(query.to ?? '')
    const report = await services.quality.report(viewer, {
      from,
      to,
      scorecardId: query.scorecardId || null,
      groupBy,
    })
    return {
      title: 'QA report',
      fileName: `qa-report-${Number.isNaN(from.getTime()) ? '' : from.toISOString().slice(0, 10)}`,
      columns: qaReportColumns(groupBy),
      total: report.rows.length,
      timeZone: report.timeZone,
      batches: (async function* () {
        yield report.rows
      })(),
    }
  })
}
