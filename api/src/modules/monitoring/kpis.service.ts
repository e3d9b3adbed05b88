// X2 and A8: contact-center KPIs computed from the call facts and the agents' status log, for a scope
// (what the viewer may see, a skill group, an agent) and a window; and the monitoring views by skill
// group and by agent. One summing function makes every view's numbers, so they agree. Definitions and
// their sources: docs/kpis.md.
import type { Clock } from '../../common/clock.js'
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { AcdBoardService } from '../acd/board.service.js'
import { AgentStatus } from '../acd/presence.js'
import type { AcdSettingsService, AcdSettingsValues } from '../acd/settings.service.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import { agentsNeeded } from './erlang-c.js'
import {
  factTotals,
  handleTotals,
  hourlyCallCounts,
  memberStatusCounts,
  membersOf,
  startOfDay,
  statusTimes,
  type FactFilter,
  type FactTotals,
  type HandleTotals,
  type HourlyCallCounts,
  type KpiWindow,
  type StatusTime,
} from './kpis.store.js'
import {
  KpiScopeKind,
  KpiWindowKind,
  type AgentMonitor,
  type Kpis,
  type SkillGroupMonitor,
  type StaffingEstimate,
} from './kpis.types.js'

export interface KpiScope {
  kind: KpiScopeKind
  id?: string | null
  /** SKILL_GROUP: several groups counted as one. */
  ids?: readonly string[] | null
}

/** The most skill groups one scope counts together. */
export const MAX_SCOPE_SKILL_GROUPS = 100

export interface KpiWindowRequest {
  kind: KpiWindowKind
  from?: Date | null
  to?: Date | null
}

const MINUTE_MS = 60_000
/** A period is at most this long: beyond it a report, not a live query, is the tool. */
const MAX_PERIOD_DAYS = 366

/** The statuses occupancy counts as available (its denominator): signed in and not on a break. */
const AVAILABLE = new Set([
  AgentStatus.IDLE,
  AgentStatus.RINGING,
  AgentStatus.ON_CALL,
  AgentStatus.AFTER_CALL_WORK,
])
/** The statuses occupancy counts as handling calls (its numerator). */
const HANDLING = new Set([AgentStatus.ON_CALL, AgentStatus.AFTER_CALL_WORK])

interface Facts {
  totals: FactTotals[]
  handles: HandleTotals[]
  times: StatusTime[]
}

const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null)
const sum = <T>(rows: readonly T[], pick: (row: T) => number) =>
  rows.reduce((total, row) => total + pick(row), 0)

/** The KPIs of summed facts: the one place every formula lives. */
export function summarise(
  facts: Facts,
  settings: Pick<AcdSettingsValues, 'serviceLevelSeconds' | 'serviceLevelTargetPercent'>,
  window: KpiWindow,
  longestWaitSeconds: number | null,
): Kpis {
  const { totals, handles, times } = facts
  const total = (pick: (row: FactTotals) => number) => sum(totals, pick)
  const answered = total((row) => row.answered)
  const abandoned = total((row) => row.abandoned)
  const handled = sum(handles, (row) => row.handled)
  const talkMs = sum(handles, (row) => row.talkMs)
  const afterCallWorkMs = sum(handles, (row) => row.afterCallWorkMs)
  const offersRung = total((row) => row.offersRung)
  const offersAnswered = total((row) => row.offersAnswered)
  const availableMs = sum(
    times.filter((time) => AVAILABLE.has(time.status)),
    (time) => time.ms,
  )
  const handlingMs = sum(
    times.filter((time) => HANDLING.has(time.status)),
    (time) => time.ms,
  )
  const seconds = (ms: number, count: number) => (count > 0 ? ms / count / 1000 : null)
  return {
    from: window.from,
    to: window.to,
    arrivals: total((row) => row.arrivals),
    answered,
    answeredInThreshold: total((row) => row.answeredInThreshold),
    abandoned,
    shortAbandoned: total((row) => row.shortAbandoned),
    callbacksRequested: total((row) => row.callbacksRequested),
    callbacksAnswered: total((row) => row.callbacksAnswered),
    overflowed: total((row) => row.overflowed),
    serviceLevelSeconds: settings.serviceLevelSeconds,
    serviceLevelTarget: settings.serviceLevelTargetPercent / 100,
    serviceLevel: ratio(
      total((row) => row.answeredInThreshold),
      answered + abandoned,
    ),
    asaSeconds: seconds(
      total((row) => row.answerWaitMs),
      answered,
    ),
    averageAbandonSeconds: seconds(
      total((row) => row.abandonWaitMs),
      abandoned,
    ),
    abandonRate: ratio(abandoned, answered + abandoned),
    handled,
    ahtSeconds: seconds(talkMs + afterCallWorkMs, handled),
    averageTalkSeconds: seconds(talkMs, handled),
    averageAfterCallWorkSeconds: seconds(afterCallWorkMs, handled),
    holds: total((row) => row.holds),
    transfers: total((row) => row.transfers),
    occupancy: ratio(handlingMs, availableMs),
    offersRung,
    offersAnswered,
    agentAnswerRate: ratio(offersAnswered, offersRung),
    longestWaitSeconds,
  }
}

/** What the viewer may see, loaded once per request. */
export interface Visible {
  isTenantWide: boolean
  skillGroupIds: string[]
  agentIds: string[]
}

export class KpisService {
  constructor(
    private readonly db: Database,
    private readonly board: AcdBoardService,
    private readonly settings: AcdSettingsService,
    private readonly clock: Clock,
  ) {}

  /** The KPIs of one scope over one window. */
  async kpis(viewer: Viewer, scope: KpiScope, windowRequest: KpiWindowRequest): Promise<Kpis> {
    assertSupervisor(viewer)
    const { result, waitGroups } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const visible = await visibleTo(em, viewer)
      const settings = await this.settings.read(em, viewer.tenantId)
      const window = await this.window(em, viewer, windowRequest)
      const { filter, agentIds, waitGroups } = await this.scoped(em, visible, scope)
      const facts = await this.facts(em, window, filter, agentIds, settings)
      return { result: { facts, settings, window }, waitGroups }
    })
    const longestWait = waitGroups === null ? null : await this.longestWait(viewer, waitGroups)
    return summarise(result.facts, result.settings, result.window, longestWait)
  }

  /** A8: the last 24 hours of a scope, hour by hour in the tenant's time zone. */
  async hourlyCalls(viewer: Viewer, scope: KpiScope): Promise<HourlyCallCounts[]> {
    assertSupervisor(viewer)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const visible = await visibleTo(em, viewer)
      const settings = await this.settings.read(em, viewer.tenantId)
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      const { filter, agentIds } = await this.scoped(em, visible, scope)
      // The company as a whole counts every agent's outbound calls; a narrower scope, its agents'.
      const isWholeCompany = scope.kind === KpiScopeKind.TENANT && visible.isTenantWide
      return hourlyCallCounts(
        em,
        this.clock.now(),
        tenant.timeZone,
        filter,
        isWholeCompany ? null : agentIds,
        thresholdsOf(settings).shortAbandonMs,
      )
    })
  }

  /** A8: each visible skill group now (queue, agents by status) and today (KPIs, staffing estimate). */
  async skillGroupMonitor(viewer: Viewer): Promise<SkillGroupMonitor[]> {
    assertSupervisor(viewer)
    const queues = await this.board.queueStates(viewer)
    if (queues.length === 0) return []
    const groupIds = queues.map((queue) => queue.skillGroupId)
    const now = this.clock.now()
    const data = await this.db.inTenant(viewer.tenantId, async (em) => {
      const settings = await this.settings.read(em, viewer.tenantId)
      const today = await this.window(em, viewer, { kind: KpiWindowKind.TODAY })
      const lastHour = { from: new Date(now.getTime() - 60 * MINUTE_MS), to: now }
      const filter = { skillGroupIds: groupIds, agentId: null }
      const thresholds = thresholdsOf(settings)
      const todayTotals = await factTotals(em, today, filter, thresholds)
      const todayHandles = await handleTotals(em, today, filter)
      const hourTotals = await factTotals(em, lastHour, filter, thresholds)
      const hourHandles = await handleTotals(em, lastHour, filter)
      const statusCounts = await memberStatusCounts(em, groupIds)
      const members = await membersOf(em, groupIds)
      const times = await statusTimes(em, today, [...new Set([...members.values()].flat())])
      return {
        settings,
        today,
        todayTotals,
        todayHandles,
        hourTotals,
        hourHandles,
        statusCounts,
        members,
        times,
      }
    })
    return queues.map((queue) => {
      const id = queue.skillGroupId
      const ofGroup = <T extends { skillGroupId: string | null }>(rows: T[]) =>
        rows.filter((row) => row.skillGroupId === id)
      const memberIds = new Set(data.members.get(id) ?? [])
      const today = summarise(
        {
          totals: ofGroup(data.todayTotals),
          handles: ofGroup(data.todayHandles),
          times: data.times.filter((time) => memberIds.has(time.agentId)),
        },
        data.settings,
        data.today,
        queue.longestWaitSeconds,
      )
      return {
        skillGroupId: id,
        name: queue.name,
        waiting: queue.waiting,
        offering: queue.offering,
        callbacksWaiting: queue.callbacks,
        longestWaitSeconds: queue.longestWaitSeconds,
        agentsByStatus: data.statusCounts
          .filter((row) => row.skillGroupId === id)
          .map(({ status, count }) => ({ status, count })),
        today,
        staffing: staffingOf(
          ofGroup(data.hourTotals),
          ofGroup(data.hourHandles),
          today.ahtSeconds,
          data.settings,
        ),
      }
    })
  }

  /** A8: each visible agent's status now and their day: calls, talk time, answer rate, not-ready time. */
  async agentMonitor(viewer: Viewer): Promise<AgentMonitor[]> {
    assertSupervisor(viewer)
    const states = await this.board.agentStates(viewer)
    if (states.length === 0) return []
    const now = this.clock.now()
    const data = await this.db.inTenant(viewer.tenantId, async (em) => {
      const settings = await this.settings.read(em, viewer.tenantId)
      const today = await this.window(em, viewer, { kind: KpiWindowKind.TODAY })
      const ids = states.map((state) => state.userId)
      const users = await em.find(User, { id: { $in: ids } }, { fields: ['id', 'name'] })
      // Every skill group counts here: the agent is the viewer's to see, whichever queue the call came from.
      const filter = { skillGroupIds: null, agentId: null }
      const totals = (await factTotals(em, today, filter, thresholdsOf(settings))).filter(
        (row) => row.agentId !== null,
      )
      const times = await statusTimes(em, today, ids)
      return { names: new Map(users.map((user) => [user.id, user.name])), totals, times }
    })
    return states.map((state) => {
      const totals = data.totals.filter((row) => row.agentId === state.userId)
      const times = data.times.filter((time) => time.agentId === state.userId)
      const offersRung = sum(totals, (row) => row.offersRung)
      const handlingMs = sum(
        times.filter((time) => HANDLING.has(time.status)),
        (time) => time.ms,
      )
      const availableMs = sum(
        times.filter((time) => AVAILABLE.has(time.status)),
        (time) => time.ms,
      )
      return {
        agentId: state.userId,
        name: data.names.get(state.userId) ?? '',
        status: state.status,
        reasonId: state.reasonId,
        statusSince: state.since,
        secondsInStatus: Math.max(0, Math.floor((now.getTime() - state.since.getTime()) / 1000)),
        callsToday: sum(totals, (row) => row.offersAnswered),
        talkSeconds: Math.round(
          sum(
            times.filter((time) => time.status === AgentStatus.ON_CALL),
            (time) => time.ms,
          ) / 1000,
        ),
        offersRung,
        answerRate: ratio(
          sum(totals, (row) => row.offersAnswered),
          offersRung,
        ),
        occupancy: ratio(handlingMs, availableMs),
        notReady: times
          .filter((time) => time.status === AgentStatus.NOT_READY)
          .map((time) => ({
            reasonId: time.reasonId,
            reasonName: time.reasonName,
            seconds: Math.round(time.ms / 1000),
          })),
      }
    })
  }

  // ── scope, window, facts ────────────────────────────────────────────────────────────────────────────

  /** The facts' filter, the agents whose time counts, and the skill groups whose queues give the longest wait. */
  private async scoped(
    em: EntityManager,
    visible: Visible,
    scope: KpiScope,
  ): Promise<{ filter: FactFilter; agentIds: string[]; waitGroups: string[] | null }> {
    const groupIds = visible.skillGroupIds
    switch (scope.kind) {
      case KpiScopeKind.TENANT:
        return {
          filter: { skillGroupIds: visible.isTenantWide ? null : groupIds, agentId: null },
          agentIds: visible.agentIds,
          waitGroups: groupIds,
        }
      case KpiScopeKind.SKILL_GROUP: {
        const ids = scopeSkillGroupIds(scope)
        if (ids.some((id) => !groupIds.includes(id))) throw new NotFoundError('Skill group')
        const members = await membersOf(em, ids)
        return {
          filter: { skillGroupIds: ids, agentId: null },
          agentIds: [...new Set(ids.flatMap((id) => members.get(id) ?? []))],
          waitGroups: ids,
        }
      }
      case KpiScopeKind.AGENT: {
        const id = knownId(scope.id ?? '', 'Agent')
        if (!visible.agentIds.includes(id)) throw new NotFoundError('Agent')
        return { filter: { skillGroupIds: null, agentId: id }, agentIds: [id], waitGroups: null }
      }
    }
  }

  private async window(em: EntityManager, viewer: Viewer, request: KpiWindowRequest): Promise<KpiWindow> {
    const now = this.clock.now()
    switch (request.kind) {
      case KpiWindowKind.TODAY: {
        const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
        return { from: await startOfDay(em, now, tenant.timeZone), to: now }
      }
      case KpiWindowKind.LAST_15_MINUTES:
        return { from: new Date(now.getTime() - 15 * MINUTE_MS), to: now }
      case KpiWindowKind.LAST_60_MINUTES:
        return { from: new Date(now.getTime() - 60 * MINUTE_MS), to: now }
      case KpiWindowKind.PERIOD:
        return periodOf(request, now)
    }
  }

  private async facts(
    em: EntityManager,
    window: KpiWindow,
    filter: FactFilter,
    agentIds: readonly string[],
    settings: AcdSettingsValues,
  ): Promise<Facts> {
    const totals = await factTotals(em, window, filter, thresholdsOf(settings))
    const handles = await handleTotals(em, window, filter)
    const times = await statusTimes(em, window, agentIds)
    return { totals, handles, times }
  }

  /** The live board's longest wait over the skill groups (one definition for both). */
  private async longestWait(viewer: Viewer, skillGroupIds: string[]): Promise<number> {
    if (skillGroupIds.length === 0) return 0
    const queues = await this.board.queueStates(viewer, skillGroupIds)
    return Math.max(0, ...queues.map((queue) => queue.longestWaitSeconds))
  }
}

/** A SKILL_GROUP scope's groups: `ids`, or the one `id`. */
function scopeSkillGroupIds(scope: KpiScope): string[] {
  const ids = scope.ids?.length ? scope.ids : [scope.id ?? '']
  if (ids.length > MAX_SCOPE_SKILL_GROUPS)
    throw new ValidationError([
      {
        field: 'scope.ids',
        code: 'TOO_MANY',
        message: `at most ${MAX_SCOPE_SKILL_GROUPS} skill groups`,
        params: { maximum: MAX_SCOPE_SKILL_GROUPS },
      },
    ])
  return [...new Set(ids.map((id) => knownId(id, 'Skill group')))]
}

/** The skill groups and agents whose calls the viewer may see (A11): the monitoring's and the reports' scope. */
export async function visibleTo(em: EntityManager, viewer: Viewer): Promise<Visible> {
  const policy = await AccessPolicy.load(em, viewer)
  const skillGroups = await em.find(SkillGroup, policy.skillGroupFilter() as never, { fields: ['id'] })
  const agents = await em.find(
    User,
    { $and: [policy.userFilter(), { agentNumber: { $ne: null } }] } as never,
    { fields: ['id'] },
  )
  return {
    isTenantWide: policy.isTenantWide,
    skillGroupIds: skillGroups.map((group) => group.id),
    agentIds: agents.map((agent) => agent.id),
  }
}

export function thresholdsOf(settings: AcdSettingsValues) {
  return {
    serviceLevelMs: settings.serviceLevelSeconds * 1000,
    shortAbandonMs: settings.shortAbandonSeconds * 1000,
  }
}

function periodOf(request: KpiWindowRequest, now: Date): KpiWindow {
  if (!request.from)
    throw new ValidationError([{ field: 'from', code: 'REQUIRED', message: 'is required for a period' }])
  const to = request.to && request.to < now ? request.to : now
  if (to <= request.from)
    throw new ValidationError([{ field: 'to', code: 'END_BEFORE_START', message: 'must be after from' }])
  if (to.getTime() - request.from.getTime() > MAX_PERIOD_DAYS * 24 * 60 * MINUTE_MS)
    throw new ValidationError([
      {
        field: 'from',
        code: 'RANGE_TOO_LONG',
        params: { days: MAX_PERIOD_DAYS },
        message: `must be at most ${MAX_PERIOD_DAYS} days before to`,
      },
    ])
  return { from: request.from, to }
}

/**
 * Erlang C at the last hour's arrivals and AHT (today's when no call of the last hour is done yet).
 * None without arrivals or an AHT: there is nothing to staff for, or nothing to size it with.
 */
export function staffingOf(
  hourTotals: readonly FactTotals[],
  hourHandles: readonly HandleTotals[],
  todayAhtSeconds: number | null,
  settings: Pick<AcdSettingsValues, 'serviceLevelSeconds' | 'serviceLevelTargetPercent'>,
): StaffingEstimate | null {
  const callsLastHour = sum(hourTotals, (row) => row.arrivals)
  const handled = sum(hourHandles, (row) => row.handled)
  const hourAht =
    handled > 0 ? sum(hourHandles, (row) => row.talkMs + row.afterCallWorkMs) / handled / 1000 : null
  const ahtSeconds = hourAht ?? todayAhtSeconds
  if (callsLastHour === 0 || !ahtSeconds) return null
  const answer = agentsNeeded({
    callsPerHour: callsLastHour,
    ahtSeconds,
    thresholdSeconds: settings.serviceLevelSeconds,
    target: settings.serviceLevelTargetPercent / 100,
  })
  return {
    callsLastHour,
    ahtSeconds,
    trafficErlangs: answer.traffic,
    agentsNeeded: answer.agents,
    predictedServiceLevel: answer.serviceLevel,
    predictedAsaSeconds: answer.asaSeconds,
  }
}

export function assertSupervisor(viewer: Viewer): void {
  if (!hasRoleAtLeast(viewer.role, Role.GROUP_LEADER))
    throw new ForbiddenError('Only group leaders and administrators see the KPIs.')
}
