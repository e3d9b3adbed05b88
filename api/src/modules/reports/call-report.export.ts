// A9: the call report as a CSV or XLSX file, with the page's own filter (same names as CallReportInput in
// the query string), numbers as numbers and bucket times in the company's time zone.
import type { FastifyInstance } from 'fastify'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn } from '../../export/table-export.js'
import type { Services } from '../../services.js'
import { CallDirection } from '../calls/call-record.entity.js'
import {
  CallReportGrouping,
  CallReportInterval,
  ReportPeriodPreset,
  type CallReportRow,
} from './reports.types.js'

type Words = Record<'zh' | 'en', string>

const number = (header: Words, value: (row: CallReportRow) => number | null, width = 12) =>
  ({ header, kind: 'number', value, width }) satisfies ExportColumn<CallReportRow>

const rounded = (value: number | null, digits = 1) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits

const NO_KEY: Record<CallReportGrouping, Words> = {
  TENANT: { zh: '全部', en: 'All' },
  SKILL_GROUP: { zh: '无技能组', en: 'No skill group' },
  AGENT: { zh: '无坐席', en: 'No agent' },
  NUMBER: { zh: '无号码', en: 'No number' },
}

/** The key of the export's last row, the whole period. */
const TOTAL = '__total__'

export function callReportColumns(groupBy: CallReportGrouping): ExportColumn<CallReportRow>[] {
  return [
    { header: { zh: '时间', en: 'Time' }, kind: 'time', value: (row) => row.bucket, width: 20 },
    {
      header: { zh: '对象', en: 'Row' },
      kind: 'text',
      value: (row, language) =>
        row.key === TOTAL ? { zh: '合计', en: 'Total' }[language] : (row.name ?? NO_KEY[groupBy][language]),
      width: 18,
    },
    number({ zh: '呼入量', en: 'Inbound calls' }, (row) => row.inboundCalls),
    number({ zh: '呼入接听', en: 'Inbound answered' }, (row) => row.inboundAnswered),
    number({ zh: '呼入未接', en: 'Inbound missed' }, (row) => row.inboundMissed),
    number({ zh: '呼出量', en: 'Outbound calls' }, (row) => row.outboundCalls),
    number({ zh: '呼出接通', en: 'Outbound answered' }, (row) => row.outboundAnswered),
    number({ zh: '呼出未接通', en: 'Outbound missed' }, (row) => row.outboundMissed),
    number({ zh: '进线排队', en: 'Queue arrivals' }, (row) => row.kpis.arrivals),
    number({ zh: '排队接听', en: 'Answered' }, (row) => row.kpis.answered),
    number({ zh: '放弃', en: 'Abandoned' }, (row) => row.kpis.abandoned),
    number({ zh: '短时放弃', en: 'Short abandons' }, (row) => row.kpis.shortAbandoned),
    number({ zh: '请求回呼', en: 'Callbacks requested' }, (row) => row.kpis.callbacksRequested),
    number({ zh: '服务水平', en: 'Service level' }, (row) => rounded(row.kpis.serviceLevel, 4)),
    number({ zh: '平均应答速度(秒)', en: 'ASA (s)' }, (row) => rounded(row.kpis.asaSeconds)),
    number({ zh: '放弃率', en: 'Abandon rate' }, (row) => rounded(row.kpis.abandonRate, 4)),
    number({ zh: '已处理', en: 'Handled' }, (row) => row.kpis.handled),
    number({ zh: '通话总时长(秒)', en: 'Talk (s)' }, (row) => rounded(row.talkSeconds)),
    number({ zh: '保持总时长(秒)', en: 'Hold (s)' }, (row) => rounded(row.holdSeconds)),
    number({ zh: '话后处理总时长(秒)', en: 'ACW (s)' }, (row) => rounded(row.afterCallWorkSeconds)),
    number({ zh: '平均通话(秒)', en: 'Avg talk (s)' }, (row) => rounded(row.kpis.averageTalkSeconds)),
    number({ zh: '平均话后处理(秒)', en: 'Avg ACW (s)' }, (row) =>
      rounded(row.kpis.averageAfterCallWorkSeconds),
    ),
    number({ zh: '平均处理时长(秒)', en: 'AHT (s)' }, (row) => rounded(row.kpis.ahtSeconds)),
    number({ zh: '坐席接起率', en: 'Agent answer rate' }, (row) => rounded(row.kpis.agentAnswerRate, 4)),
  ]
}

/** A query-string value if it is one of `values`, else `fallback`. */
export function oneOf<T extends string>(values: Record<string, T>, text: string | undefined, fallback: T): T {
  return text && (Object.values(values) as string[]).includes(text) ? (text as T) : fallback
}

export function registerCallReportExport(app: FastifyInstance, services: Services): void {
  registerExportRoute<CallReportRow>(app, services, 'call-report', async (viewer, query) => {
    const groupBy = oneOf(CallReportGrouping, query.groupBy, CallReportGrouping.TENANT)
    const report = await services.reports.callReport(viewer, {
      preset: oneOf(ReportPeriodPreset, query.preset, ReportPeriodPreset.TODAY),
      fromDate: query.fromDate || null,
      toDate: query.toDate || null,
      groupBy,
      interval: oneOf(CallReportInterval, query.interval, CallReportInterval.DAY),
      skillGroupId: query.skillGroupId || null,
      agentId: query.agentId || null,
      direction: query.direction ? oneOf(CallDirection, query.direction, CallDirection.INBOUND) : null,
    })
    const rows = [...report.rows, { ...report.total, key: TOTAL }]
    return {
      title: 'Call report',
      fileName: `call-report-${report.from.toISOString().slice(0, 10)}`,
      columns: callReportColumns(groupBy),
      total: rows.length,
      timeZone: report.timeZone,
      batches: (async function* () {
        yield rows
      })(),
    }
  })
}
