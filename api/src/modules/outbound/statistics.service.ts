// Outbound statistics (A14) for telesales administrators and group leaders: per task (items, dialled,
// connected, by follow-up result, connect rate, conversion) and each agent's work per day. A leader sees
// the calls and results of the agents AccessPolicy.callReach gives them, as on the call records (A11).
import type { Clock } from '../../common/clock.js'
import { ForbiddenError, NotFoundError } from '../../common/errors.js'
import type { Database } from '../../db/database.js'
import { visibleScopeOfMany } from '../call-records/call-records.service.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { periodOf } from '../reports/reports.service.js'
import { CallReportInterval } from '../reports/reports.types.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import type { OutboundTaskStatus } from './outbound.entity.js'
import { OutboundTask, type FollowUpResult } from './outbound.entity.js'
import { isTelesales } from './outbound.service.js'
import {
  resultCounts,
  taskFigures,
  workload,
  type ResultCount,
  type TaskFigures,
} from './statistics.store.js'
import type {
  FollowUpResultCount,
  OutboundStatistics,
  OutboundStatisticsInput,
  OutboundTaskStatistics,
} from './statistics.types.js'

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)

export class OutboundStatisticsService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async statistics(viewer: Viewer, input: OutboundStatisticsInput): Promise<OutboundStatistics> {
    if (!isTelesales(viewer)) throw new NotFoundError('OutboundTask')
    if (!hasRoleAtLeast(viewer.role, Role.GROUP_LEADER))
      throw new ForbiddenError('Only group leaders and administrators see the outbound statistics.')
    const now = this.clock.now()
    return this.db.inTenant(viewer.tenantId, async (em, sql) => {
      const { timeZone } = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      const period = await periodOf(sql, { ...input, interval: CallReportInterval.DAY }, now, timeZone)
      const { reach, agentIds } = await visibleScopeOfMany(em, viewer, { agentIds: input.agentIds })
      const taskIds = [...new Set((input.taskIds ?? []).map((id) => knownId(id, 'OutboundTask')))]
      if ((await em.count(OutboundTask, { id: { $in: taskIds } })) !== taskIds.length)
        throw new NotFoundError('OutboundTask')
      const scope = {
        ...period,
        taskIds: taskIds.length ? taskIds : null,
        agentIds: agentIds.length ? agentIds : (reach?.agentIds ?? null),
        skillGroupIds: agentIds.length ? null : (reach?.skillGroupIds ?? null),
      }
      // One after another: the queries share the transaction's connection.
      const figures = await taskFigures(em, scope)
      const counts = await resultCounts(em, scope)
      const days = await workload(em, scope, timeZone)
      const tasks = await em.find(
        OutboundTask,
        { id: { $in: figures.map((row) => row.taskId) } },
        { fields: ['id', 'followUpResults'] },
      )
      const resultsOf = new Map(tasks.map((task) => [task.id, task.followUpResults]))
      return {
        ...period,
        timeZone,
        tasks: figures.map((row) => taskStatistics(row, resultsOf.get(row.taskId) ?? [], counts)),
        workload: days,
      }
    })
  }
}

/** A task's figures with its results counted and its rates: each result of the task, then any it dropped. */
function taskStatistics(
  row: TaskFigures,
  known: readonly FollowUpResult[],
  counts: ResultCount[],
): OutboundTaskStatistics {
  const countOf = new Map(
    counts
      .filter((count) => count.taskId === row.taskId)
      .map((count) => [count.followUpResult, count.itemCount]),
  )
  const results: FollowUpResultCount[] = known.map((result) => ({
    value: result.value,
    labelZh: result.labelZh,
    labelEn: result.labelEn,
    isSuccess: result.isSuccess,
    itemCount: countOf.get(result.value) ?? 0,
  }))
  for (const [value, itemCount] of countOf)
    if (!known.some((result) => result.value === value))
      results.push({ value, labelZh: value, labelEn: value, isSuccess: false, itemCount })
  const successItems = results
    .filter((result) => result.isSuccess)
    .reduce((sum, result) => sum + result.itemCount, 0)
  return {
    ...row,
    status: row.status as OutboundTaskStatus,
    results,
    successItems,
    connectRate: ratio(row.connectedItems, row.dialledItems),
    conversionRate: ratio(successItems, row.dialledItems),
  }
}
