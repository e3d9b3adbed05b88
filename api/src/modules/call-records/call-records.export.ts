// A9: the call records as a CSV or XLSX file, with the list's own filter (the GraphQL filter's names in the
// query string; lists comma-separated), numbers as numbers and times in the company's time zone.
import type { FastifyInstance } from 'fastify'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn, ExportLanguage } from '../../export/table-export.js'
import type { Services } from '../../services.js'
import type { CallRecordFilterInput } from './call-records.service.js'
import type { CallOutcome, CallRecordRowView, NumberMatch } from './call-records.types.js'

type Words = Record<ExportLanguage, string>

export const DIRECTION_WORDS: Record<string, Words> = {
  INBOUND: { zh: '呼入', en: 'Inbound' },
  OUTBOUND: { zh: '呼出', en: 'Outbound' },
}

const OUTCOME_WORDS: Record<CallOutcome, Words> = {
  ANSWERED: { zh: '已接听', en: 'Answered' },
  CALLBACK: { zh: '预约回呼', en: 'Callback requested' },
  ABANDONED: { zh: '排队放弃', en: 'Abandoned' },
  MISSED: { zh: '未接', en: 'Missed' },
  NOT_CONNECTED: { zh: '未接通', en: 'Not connected' },
  LIVE: { zh: '通话中', en: 'In progress' },
}

const SIDE_WORDS: Record<string, Words> = {
  CALLER: { zh: '主叫', en: 'Caller' },
  CALLEE: { zh: '被叫', en: 'Called side' },
  SYSTEM: { zh: '系统', en: 'System' },
}

const wordOf = (words: Record<string, Words>, code: string | null, language: ExportLanguage) =>
  code === null ? null : (words[code]?.[language] ?? code)

export const callRecordColumns: ExportColumn<CallRecordRowView>[] = [
  { header: { zh: '开始时间', en: 'Started' }, kind: 'time', value: (row) => row.startedAt, width: 20 },
  {
    header: { zh: '方向', en: 'Direction' },
    kind: 'text',
    value: (row, language) => wordOf(DIRECTION_WORDS, row.direction, language),
    width: 8,
  },
  {
    header: { zh: '客户号码', en: 'Customer number' },
    kind: 'text',
    value: (row) => row.customerNumber,
    width: 18,
  },
  { header: { zh: '客户', en: 'Customer' }, kind: 'text', value: (row) => row.customerName, width: 16 },
  {
    header: { zh: '呼入号码', en: 'Number dialled' },
    kind: 'text',
    value: (row) => row.dialledNumber,
    width: 18,
  },
  { header: { zh: '坐席', en: 'Agent' }, kind: 'text', value: (row) => row.agentName, width: 14 },
  {
    header: { zh: '技能组', en: 'Skill group' },
    kind: 'text',
    value: (row) => row.skillGroupName,
    width: 14,
  },
  {
    header: { zh: '结果', en: 'Outcome' },
    kind: 'text',
    value: (row, language) => wordOf(OUTCOME_WORDS, row.outcome, language),
    width: 12,
  },
  {
    header: { zh: '等待（秒）', en: 'Wait (s)' },
    kind: 'number',
    value: (row) => row.waitSeconds,
    width: 10,
  },
  {
    header: { zh: '通话（秒）', en: 'Talk (s)' },
    kind: 'number',
    value: (row) => row.talkSeconds,
    width: 10,
  },
  {
    header: { zh: '挂断方', en: 'Hung up by' },
    kind: 'text',
    value: (row, language) => wordOf(SIDE_WORDS, row.hangupSide, language),
    width: 10,
  },
  {
    header: { zh: '满意度', en: 'Satisfaction' },
    kind: 'number',
    value: (row) => row.satisfactionScore,
    width: 8,
  },
  {
    header: { zh: '满意度分制', en: 'Satisfaction scale' },
    kind: 'number',
    value: (row) => row.satisfactionScale,
    width: 8,
  },
  {
    header: { zh: '录音', en: 'Recording' },
    kind: 'text',
    value: (row, language) => (row.hasRecording ? { zh: '有', en: 'Yes' } : { zh: '无', en: 'No' })[language],
    width: 8,
  },
  { header: { zh: '通话 ID', en: 'Call ID' }, kind: 'text', value: (row) => row.id, width: 38 },
]

const dateOf = (text: string | undefined) => (text ? new Date(text) : undefined)
const numberOf = (text: string | undefined) => (text ? Number(text) : undefined)
const booleanOf = (text: string | undefined) =>
  text === 'true' ? true : text === 'false' ? false : undefined
/** `1,2` → [1, 2]. */
export const numbersOf = (text: string | undefined) => (text ? text.split(',').map(Number) : undefined)

/** The query string as the list's filter; the service checks it as it checks the GraphQL one. */
export function callRecordFilterOf(query: Record<string, string>): CallRecordFilterInput {
  return {
    from: dateOf(query.from),
    to: dateOf(query.to),
    number: query.number || undefined,
    numberMatch: (query.numberMatch || undefined) as NumberMatch | undefined,
    customerId: query.customerId || undefined,
    agentId: query.agentId || undefined,
    skillGroupId: query.skillGroupId || undefined,
    direction: (query.direction || undefined) as 'INBOUND' | 'OUTBOUND' | undefined,
    outcome: (query.outcome || undefined) as CallOutcome | undefined,
    minTalkSeconds: numberOf(query.minTalkSeconds),
    maxTalkSeconds: numberOf(query.maxTalkSeconds),
    satisfactionScores: numbersOf(query.satisfactionScores),
    hasRecording: booleanOf(query.hasRecording),
    taskId: query.taskId || undefined,
  }
}

export function registerCallRecordExport(app: FastifyInstance, services: Services): void {
  registerExportRoute<CallRecordRowView>(app, services, 'call-records', async (viewer, query) => {
    const { total, timeZone, batches } = await services.callRecords.exportRows(
      viewer,
      callRecordFilterOf(query),
    )
    return {
      title: 'Call records',
      fileName: 'call-records',
      columns: callRecordColumns,
      total,
      timeZone,
      batches,
    }
  })
}
