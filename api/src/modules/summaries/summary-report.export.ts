// A9: the service summary report as a CSV or XLSX file, with the page's filter (the names of
// ServiceSummaryReportInput in the query string, ID lists comma-separated) and its dimension: one row per
// category in tree order, its total, and a column per skill group or per agent when the page shows them.
import type { FastifyInstance } from 'fastify'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn } from '../../export/table-export.js'
import type { Services } from '../../services.js'
import { oneOf } from '../reports/call-report.export.js'
import { ReportPeriodPreset } from '../reports/reports.types.js'
import type { SummaryReportCategory, SummaryReportMember } from './summary-report.types.js'

/** What the columns after the totals are: nothing more, each skill group, or each agent. */
export enum SummaryReportDimension {
  TOTAL = 'TOTAL',
  SKILL_GROUP = 'SKILL_GROUP',
  AGENT = 'AGENT',
}

const UNCATEGORISED = { zh: '未分类', en: 'Uncategorised' }
const NO_SKILL_GROUP = { zh: '无技能组', en: 'No skill group' }

export function summaryReportColumns(
  categories: readonly SummaryReportCategory[],
  dimension: SummaryReportDimension,
  members: readonly SummaryReportMember[],
): ExportColumn<SummaryReportCategory>[] {
  const byId = new Map(categories.map((category) => [category.id, category]))
  /** The category's path from the top, "Billing / Refunds", so a flat sheet still reads as a tree. */
  const pathOf = (category: SummaryReportCategory, language: 'zh' | 'en'): string => {
    if (category.id === null) return UNCATEGORISED[language]
    const label = (language === 'zh' ? category.labelZh : category.labelEn) ?? ''
    const parent = category.parentId ? byId.get(category.parentId) : undefined
    return parent ? `${pathOf(parent, language)} / ${label}` : label
  }
  const key = dimension === SummaryReportDimension.AGENT ? 'byAgent' : 'bySkillGroup'
  return [
    { header: { zh: '分类', en: 'Category' }, kind: 'text', value: pathOf, width: 36 },
    { header: { zh: '层级', en: 'Level' }, kind: 'number', value: (row) => row.depth, width: 8 },
    { header: { zh: '小结数', en: 'Summaries' }, kind: 'number', value: (row) => row.count, width: 12 },
    {
      header: { zh: '占比', en: 'Share' },
      kind: 'number',
      value: (row) => Math.round(row.share * 1e4) / 1e4,
    },
    ...(dimension === SummaryReportDimension.TOTAL ? [] : members).map(
      (member): ExportColumn<SummaryReportCategory> => ({
        header: member.name === null ? NO_SKILL_GROUP : { zh: member.name, en: member.name },
        kind: 'number',
        value: (row) => row[key].find((count) => count.key === member.key)?.count ?? 0,
        width: 14,
      }),
    ),
  ]
}

export function registerSummaryReportExport(app: FastifyInstance, services: Services): void {
  registerExportRoute<SummaryReportCategory>(app, services, 'summary-report', async (viewer, query) => {
    const ids = (text: string | undefined) => (text ? text.split(',').filter(Boolean) : null)
    const report = await services.summaryReport.report(viewer, {
      preset: oneOf(ReportPeriodPreset, query.preset, ReportPeriodPreset.TODAY),
      fromDate: query.fromDate || null,
      toDate: query.toDate || null,
      skillGroupIds: ids(query.skillGroupIds),
      agentIds: ids(query.agentIds),
    })
    const dimension = oneOf(SummaryReportDimension, query.dimension, SummaryReportDimension.TOTAL)
    const members = dimension === SummaryReportDimension.AGENT ? report.agents : report.skillGroups
    return {
      title: 'Service summary report',
      fileName: `summary-report-${report.from.toISOString().slice(0, 10)}`,
      columns: summaryReportColumns(report.categories, dimension, members),
      total: report.categories.length,
      timeZone: report.timeZone,
      batches: (async function* () {
        yield report.categories
      })(),
    }
  })
}
