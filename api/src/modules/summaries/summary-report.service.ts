// The service summary report (A9, issue 18 item 3): the summaries agents wrote in a period, counted up the
// category tree (a parent's count holds its children's), by skill group and by agent, and day by day.
// Whose summaries: the agents of AccessPolicy.callReach, within the viewer's organisation (A11).
//
// A summary keeps its category's ID, not its label: a renamed category shows its new label for old
// summaries too, and a disabled one keeps its place. A category in use cannot be deleted (the database
// restricts it), so a summary whose category is missing should not exist; were one to, it would count as
// uncategorised rather than vanish from the total.
import type { Clock } from '../../common/clock.js'
import type { Database, EntityManager } from '../../db/database.js'
import { assertSupervisor, visibleScopeOfMany } from '../call-records/call-records.service.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { customerOrganizationsOf } from '../organization/access-policy.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { periodOf } from '../reports/reports.service.js'
import { CallReportInterval } from '../reports/reports.types.js'
import { bucketsOf } from '../reports/rollups.store.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import { summaryCounts, type SummaryCount } from './summary-report.store.js'
import type {
  ServiceSummaryReport,
  ServiceSummaryReportInput,
  SummaryReportCategory,
  SummaryReportCount,
  SummaryReportMember,
} from './summary-report.types.js'
import { ServiceSummaryCategory } from './summary-category.entity.js'

/** The uncategorised summaries' key in the maps below. */
const NONE = ''

export class SummaryReportService {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async report(viewer: Viewer, input: ServiceSummaryReportInput): Promise<ServiceSummaryReport> {
    assertSupervisor(viewer)
    const now = this.clock.now()
    return this.db.inTenant(viewer.tenantId, async (em, sql) => {
      const { reach, agentIds, skillGroupIds } = await visibleScopeOfMany(em, viewer, input)
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      const timeZone = tenant.timeZone
      const period = await periodOf(sql, { ...input, interval: CallReportInterval.DAY }, now, timeZone)
      const isOrganizationWide = customerOrganizationsOf(viewer).length > 1
      const counts = await summaryCounts(sql, {
        ...period,
        timeZone,
        reach,
        organizations: isOrganizationWide ? null : customerOrganizationsOf(viewer),
        skillGroupIds,
        agentIds,
      })
      const categories = await em.find(
        ServiceSummaryCategory,
        {},
        { orderBy: { depth: 'asc', position: 'asc', createdAt: 'asc', id: 'asc' } },
      )
      const perDay = new Map<number, number>()
      for (const row of counts) if (row.by === 'day') perDay.set(row.day.getTime(), row.count)
      const days = (await bucketsOf(sql, period, 'day', timeZone)).map((bucket) => ({
        day: bucket.from,
        count: perDay.get(bucket.from.getTime()) ?? 0,
      }))
      const tree = categoryTree(categories, counts)
      return {
        ...period,
        timeZone,
        total: tree.total,
        categories: tree.rows,
        skillGroups: await membersOf(em, SkillGroup, counts, 'skillGroup'),
        agents: await membersOf(em, User, counts, 'agent'),
        days,
      }
    })
  }
}

/** Counts by key, summed up the tree: each category's map holds its own and its descendants' summaries. */
class Tally {
  readonly own = new Map<string, number>()
  readonly total = new Map<string, number>()
  readonly byAgent = new Map<string, Map<string, number>>()
  readonly bySkillGroup = new Map<string, Map<string | null, number>>()
}

function bump<K>(map: Map<K, number>, key: K, count: number): void {
  map.set(key, (map.get(key) ?? 0) + count)
}

function countsOf<K>(maps: Map<string, Map<K, number>>, category: string): Map<K, number> {
  let map = maps.get(category)
  if (!map) maps.set(category, (map = new Map()))
  return map
}

/** The categories with summaries in tree order, the uncategorised last; `total` is every summary. */
export function categoryTree(
  categories: readonly ServiceSummaryCategory[],
  counts: readonly SummaryCount[],
): { rows: SummaryReportCategory[]; total: number } {
  const byId = new Map(categories.map((category) => [category.id, category]))
  /** The category and those above it; a missing one (see the file's comment) is uncategorised. */
  const lineOf = (categoryId: string | null): string[] => {
    const line: string[] = []
    for (let id = categoryId; id && byId.has(id); id = byId.get(id)!.parentId) line.push(id)
    return line.length > 0 ? line : [NONE]
  }
  const tally = new Tally()
  let total = 0
  for (const row of counts) {
    if (row.by === 'day') continue
    const line = lineOf(row.categoryId)
    if (row.by === 'agent') {
      total += row.count
      bump(tally.own, line[0]!, row.count)
      for (const id of line) {
        bump(tally.total, id, row.count)
        bump(countsOf(tally.byAgent, id), row.key, row.count)
      }
    } else for (const id of line) bump(countsOf(tally.bySkillGroup, id), row.key, row.count)
  }
  const rowOf = (id: string): SummaryReportCategory => {
    const category = byId.get(id)
    const count = tally.total.get(id) ?? 0
    const listed = <K extends string | null>(map: Map<K, number> | undefined): SummaryReportCount[] =>
      [...(map ?? new Map<K, number>())].map(([key, value]) => ({ key, count: value }))
    return {
      id: category?.id ?? null,
      parentId: category?.parentId ?? null,
      depth: category?.depth ?? 1,
      labelZh: category?.labelZh ?? null,
      labelEn: category?.labelEn ?? null,
      isEnabled: category?.isEnabled ?? true,
      count,
      ownCount: tally.own.get(id) ?? 0,
      share: total > 0 ? count / total : 0,
      bySkillGroup: listed(tally.bySkillGroup.get(id)),
      byAgent: listed(tally.byAgent.get(id)),
    }
  }
  const children = new Map<string | null, ServiceSummaryCategory[]>()
  for (const category of categories) {
    const siblings = children.get(category.parentId) ?? []
    siblings.push(category)
    children.set(category.parentId, siblings)
  }
  const rows: SummaryReportCategory[] = []
  const visit = (parentId: string | null) => {
    for (const category of children.get(parentId) ?? []) {
      if (!tally.total.has(category.id)) continue
      rows.push(rowOf(category.id))
      visit(category.id)
    }
  }
  visit(null)
  if (tally.total.has(NONE)) rows.push(rowOf(NONE))
  return { rows, total }
}

/** The skill groups or agents of the counts with their names (deleted agents' included), most first. */
async function membersOf(
  em: EntityManager,
  entity: typeof SkillGroup | typeof User,
  counts: readonly SummaryCount[],
  by: 'agent' | 'skillGroup',
): Promise<SummaryReportMember[]> {
  const totals = new Map<string | null, number>()
  for (const row of counts) if (row.by === by) bump(totals, row.key, row.count)
  const ids = [...totals.keys()].filter((key): key is string => key !== null)
  const found =
    ids.length === 0
      ? []
      : await em.find(entity as typeof User, { id: { $in: ids } }, {
          fields: ['id', 'name'],
          filters: false,
        } as never)
  const names = new Map(found.map((item) => [item.id, item.name]))
  return [...totals]
    .map(([key, count]) => ({ key, name: key === null ? null : (names.get(key) ?? null), count }))
    .sort((a, b) => b.count - a.count || (a.name ?? '').localeCompare(b.name ?? ''))
}
