// The figure columns of the statistics tables (A14): one list per table, each cell written as the export's
// number is (rates as percentages, times as durations), so the template repeats no column.
import type { AgentWorkloadDay, OutboundTaskStatistics } from '../../graphql/outbound'
import { formatPercent, formatSeconds } from '../kpi-monitor/format'

/** A right-aligned column: its i18n key under `outboundStatistics.columns` and its cell. */
export interface FigureColumn<Row> {
  label: string
  width: number
  cell: (row: Row) => string
}

const count =
  <Row>(pick: (row: Row) => number) =>
  (row: Row) =>
    String(pick(row))

export const TASK_FIGURES: FigureColumn<OutboundTaskStatistics>[] = [
  { label: 'items', width: 76, cell: count((row) => row.itemCount) },
  { label: 'dialled', width: 76, cell: count((row) => row.dialledItems) },
  { label: 'connected', width: 96, cell: count((row) => row.connectedItems) },
  { label: 'connectRate', width: 100, cell: (row) => formatPercent(row.connectRate) },
  { label: 'successes', width: 96, cell: count((row) => row.successItems) },
  { label: 'conversion', width: 96, cell: (row) => formatPercent(row.conversionRate) },
  { label: 'calls', width: 76, cell: count((row) => row.calls) },
  { label: 'talk', width: 90, cell: (row) => formatSeconds(row.talkSeconds) },
]

export const WORKLOAD_FIGURES: FigureColumn<AgentWorkloadDay>[] = [
  { label: 'calls', width: 76, cell: count((row) => row.calls) },
  { label: 'connectedCalls', width: 120, cell: count((row) => row.connectedCalls) },
  { label: 'talk', width: 90, cell: (row) => formatSeconds(row.talkSeconds) },
  { label: 'resultCount', width: 84, cell: count((row) => row.results) },
  { label: 'successes', width: 96, cell: count((row) => row.successes) },
]
