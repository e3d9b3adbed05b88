// G6: the contact plan list as a CSV or XLSX file, with the list's own filter (same query string names).
import type { FastifyInstance } from 'fastify'
import { registerExportRoute } from '../../export/export-route.js'
import type { ExportColumn } from '../../export/table-export.js'
import type { Services } from '../../services.js'
import type { PlanRow } from './contact-plan.store.js'
import type { ContactPlansService } from './contact-plans.service.js'
import type { ContactPlanStatus } from './contact-plans.types.js'

const STATUS_WORDS: Record<ContactPlanStatus, Record<'zh' | 'en', string>> = {
  PENDING: { zh: '待联系', en: 'Pending' },
  OVERDUE: { zh: '已逾期', en: 'Overdue' },
  DONE: { zh: '已完成', en: 'Done' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
}

export function planColumns(plans: ContactPlansService): ExportColumn<PlanRow>[] {
  return [
    { header: { zh: '客户', en: 'Customer' }, kind: 'text', value: (row) => row.customerName, width: 18 },
    { header: { zh: '号码', en: 'Number' }, kind: 'text', value: (row) => row.phoneNumber, width: 18 },
    { header: { zh: '计划时间', en: 'Due' }, kind: 'time', value: (row) => row.dueAt, width: 20 },
    { header: { zh: '目的', en: 'Purpose' }, kind: 'text', value: (row) => row.purpose, width: 30 },
    { header: { zh: '备注', en: 'Notes' }, kind: 'text', value: (row) => row.notes, width: 30 },
    {
      header: { zh: '状态', en: 'Status' },
      kind: 'text',
      value: (row, language) => STATUS_WORDS[plans.stateOf(row)][language],
      width: 10,
    },
    { header: { zh: '坐席', en: 'Agent' }, kind: 'text', value: (row) => row.ownerName, width: 14 },
    { header: { zh: '通话次数', en: 'Calls' }, kind: 'number', value: (row) => row.callCount, width: 10 },
    { header: { zh: '创建时间', en: 'Created' }, kind: 'time', value: (row) => row.createdAt, width: 20 },
    { header: { zh: '完成/取消时间', en: 'Closed' }, kind: 'time', value: (row) => row.closedAt, width: 20 },
  ]
}

const dateOf = (text: string | undefined) => (text ? new Date(text) : undefined)

export function registerContactPlanExport(app: FastifyInstance, services: Services): void {
  const columns = planColumns(services.contactPlans)
  registerExportRoute<PlanRow>(app, services, 'contact-plans', async (viewer, query) => {
    const { total, timeZone, batches } = await services.contactPlans.exportRows(viewer, {
      status: (query.status || undefined) as ContactPlanStatus | undefined,
      dueFrom: dateOf(query.dueFrom),
      dueTo: dateOf(query.dueTo),
      ownerId: query.ownerId || undefined,
      customerNumber: query.customerNumber || undefined,
    })
    return { title: 'Contact plans', fileName: 'contact-plans', columns, total, timeZone, batches }
  })
}
