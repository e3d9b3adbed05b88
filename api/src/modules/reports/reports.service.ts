// A9: the call report, from the hourly rollups for closed clean hours and from the calls themselves for
// the rest (the open hour, dirty hours, hours rolled up under other settings), with the monitoring's KPI
// formulas (kpis.service.ts `summarise`); and the rebuild of a period's rollups on demand.
import type { Clock } from '../../common/clock.js'
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import type { Database, EntityManager, TenantSql } from '../../db/database.js'
import type { AcdSettingsService, AcdSettingsValues } from '../acd/settings.service.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { assertSupervisor, summarise, thresholdsOf, visibleTo } from '../monitoring/kpis.service.js'
import { knownId } from '../organization/ids.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import {
  MEASURES,
  bucketsOf,
  daysToInstants,
  markHoursDirty,
  reportSums,
  rolledDays,
  rolledHours,
  type Measures,
  type ReportCut,
  type ReportSources,
  type ReportSums,
  type RollupSettings,
} from './rollups.store.js'
import {
  CallReportGrouping,
  CallReportInterval,
  ReportPeriodPreset,
  type CallReport,
  type CallReportInput,
  type CallReportRow,
  type ReportPeriodInput,
} from './reports.types.js'

const HOUR_MS = 3_600_000
const DAY_MS = 24 * HOUR_MS
const MAX_DAYS = { [CallReportInterval.DAY]: 366, [CallReportInterval.HOUR]: 31 }

const KEY_OF: Record<CallReportGrouping, ReportCut['key']> = {
  [CallReportGrouping.TENANT]: 'tenant',
  [CallReportGrouping.SKILL_GROUP]: 'skill_group_id',
  [CallReportGrouping.AGENT]: 'agent_id',
  [CallReportGrouping.NUMBER]: 'number',
}

/** The settings a rollup is made under: the tenant's time zone and KPI thresholds now. */
export function rollupSettingsOf(settings: AcdSettingsValues, timeZone: string): RollupSettings {
  return { timeZone, ...thresholdsOf(settings) }
}

export class ReportsService {
  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly clock: Clock,
  ) {}

  /** A9: the call report of a period the viewer may see. */
  async callReport(viewer: Viewer, input: CallReportInput): Promise<CallReport> {
    assertSupervisor(viewer)
    const now = this.clock.now()
    return this.db.inTenant(viewer.tenantId, async (em, sql) => {
      const visible = await visibleTo(em, viewer)
      const values = await this.settings.read(em, viewer.tenantId)
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      const timeZone = tenant.timeZone
      const period = await periodOf(sql, input, now, timeZone)
      const skillGroupId = input.skillGroupId ? knownId(input.skillGroupId, 'Skill group') : null
      if (skillGroupId && !visible.skillGroupIds.includes(skillGroupId))
        throw new NotFoundError('Skill group')
      const agentId = input.agentId ? knownId(input.agentId, 'Agent') : null
      if (agentId && !visible.agentIds.includes(agentId)) throw new NotFoundError('Agent')

      const settings = rollupSettingsOf(values, timeZone)
      const interval = input.interval === CallReportInterval.HOUR ? 'hour' : 'day'
      const sources = await reportSources(sql, period, settings, interval)
      const cut: ReportCut = { interval, key: KEY_OF[input.groupBy] }
      const sums = await reportSums(sql, sources, settings, now, cut, {
        visible: visible.isTenantWide ? null : visible,
        skillGroupId,
        agentId,
        direction: input.direction ?? null,
      })
      const buckets = await bucketsOf(sql, period, interval, timeZone)
      const names = await this.namesOf(em, input.groupBy, sums)
      const endOf = new Map(buckets.map((bucket) => [bucket.from.getTime(), bucket.to]))
      const clip = (from: Date, to: Date) => ({
        from: from < period.from ? period.from : from,
        to: to > period.to ? period.to : to,
      })
      const rowOf = (measures: Measures, from: Date, to: Date, key: string | null): CallReportRow =>
        reportRow(measures, clip(from, to), key, key === null ? null : (names.get(key) ?? key), values)
      return {
        from: period.from,
        to: period.to,
        timeZone,
        rows: sums.map((row) =>
          rowOf(row, row.bucket, endOf.get(row.bucket.getTime()) ?? period.to, row.key),
        ),
        buckets: buckets.map((bucket) =>
          rowOf(
            added(sums.filter((row) => row.bucket.getTime() === bucket.from.getTime())),
            bucket.from,
            bucket.to,
            null,
          ),
        ),
        total: rowOf(added(sums), period.from, period.to, null),
        rolledHours: sources.rolledHours,
      }
    })
  }

  /**
   * Queues every hour of [from, to) for the rollup job, which redoes them as it does hours the calls
   * changed (the same code); running it twice does the same work twice, with the same result.
   */
  async rebuildRollups(viewer: Viewer, from: Date, to: Date): Promise<number> {
    if (!hasRoleAtLeast(viewer.role, Role.ADMIN))
      throw new ForbiddenError('Only administrators rebuild report rollups.')
    if (to <= from)
      throw new ValidationError([{ field: 'to', code: 'END_BEFORE_START', message: 'must be after from' }])
    if (to.getTime() - from.getTime() > MAX_DAYS.DAY * DAY_MS)
      throw new ValidationError([
        {
          field: 'from',
          code: 'RANGE_TOO_LONG',
          params: { days: MAX_DAYS.DAY },
          message: `must be at most ${MAX_DAYS.DAY} days before to`,
        },
      ])
    return this.db.inTenant(viewer.tenantId, async (em, sql) => {
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      return markHoursDirty(sql, { from, to }, tenant.timeZone)
    })
  }

  private async namesOf(
    em: EntityManager,
    groupBy: CallReportGrouping,
    sums: readonly ReportSums[],
  ): Promise<Map<string, string>> {
    const ids = [...new Set(sums.map((row) => row.key).filter((key): key is string => key !== null))]
    if (ids.length === 0) return new Map()
    if (groupBy === CallReportGrouping.SKILL_GROUP) {
      const groups = await em.find(SkillGroup, { id: { $in: ids } }, { fields: ['id', 'name'] })
      return new Map(groups.map((group) => [group.id, group.name]))
    }
    if (groupBy === CallReportGrouping.AGENT) {
      // Deleted agents keep their name in the report: their calls happened.
      const users = await em.find(User, { id: { $in: ids } }, {
        fields: ['id', 'name'],
        filters: false,
      } as never)
      return new Map(users.map((user) => [user.id, user.name]))
    }
    return new Map()
  }
}

/** The period of a preset (or custom days) in the time zone; its end is now at the latest. */
export async function periodOf(
  sql: TenantSql,
  input: ReportPeriodInput & Pick<CallReportInput, 'interval'>,
  now: Date,
  timeZone: string,
): Promise<{ from: Date; to: Date }> {
  const today = dayIn(now, timeZone)
  const weekday = (today.getUTCDay() + 6) % 7 // Monday 0
  const shift = (day: Date, days: number) => new Date(day.getTime() + days * DAY_MS)
  const monthStart = (day: Date, months: number) =>
    new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1))
  let days: [Date, Date]
  switch (input.preset) {
    case ReportPeriodPreset.TODAY:
      days = [today, shift(today, 1)]
      break
    case ReportPeriodPreset.YESTERDAY:
      days = [shift(today, -1), today]
      break
    case ReportPeriodPreset.THIS_WEEK:
      days = [shift(today, -weekday), shift(today, 1)]
      break
    case ReportPeriodPreset.LAST_WEEK:
      days = [shift(today, -weekday - 7), shift(today, -weekday)]
      break
    case ReportPeriodPreset.THIS_MONTH:
      days = [monthStart(today, 0), shift(today, 1)]
      break
    case ReportPeriodPreset.LAST_MONTH:
      days = [monthStart(today, -1), monthStart(today, 0)]
      break
    case ReportPeriodPreset.LAST_7_DAYS:
      days = [shift(today, -6), shift(today, 1)]
      break
    case ReportPeriodPreset.LAST_30_DAYS:
      days = [shift(today, -29), shift(today, 1)]
      break
    case ReportPeriodPreset.CUSTOM:
      days = customDays(input.fromDate, input.toDate)
      break
  }
  const limit = MAX_DAYS[input.interval]
  if (days[1].getTime() - days[0].getTime() > limit * DAY_MS)
    throw new ValidationError([
      {
        field: 'fromDate',
        code: 'RANGE_TOO_LONG',
        params: { days: limit },
        message: `must be at most ${limit} days before toDate`,
      },
    ])
  const iso = (day: Date) => day.toISOString().slice(0, 10)
  const period = await daysToInstants(sql, iso(days[0]), iso(days[1]), timeZone)
  if (period.to > now) period.to = now
  if (period.from >= period.to) return { from: period.from, to: period.from }
  return period
}

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/

function customDays(fromDate: string | null | undefined, toDate: string | null | undefined): [Date, Date] {
  const parse = (text: string | null | undefined, field: string) => {
    if (!text) throw new ValidationError([{ field, code: 'REQUIRED', message: 'is required for CUSTOM' }])
    const day = new Date(`${text}T00:00:00Z`)
    if (!DAY_PATTERN.test(text) || Number.isNaN(day.getTime()))
      throw new ValidationError([{ field, code: 'INVALID_FORMAT', message: 'must be a day, YYYY-MM-DD' }])
    return day
  }
  const from = parse(fromDate, 'fromDate')
  const to = parse(toDate, 'toDate')
  if (to < from)
    throw new ValidationError([
      { field: 'toDate', code: 'END_BEFORE_START', message: 'must not be before fromDate' },
    ])
  return [from, new Date(to.getTime() + DAY_MS)]
}

/** The calendar day of a moment in a time zone, as midnight UTC of that date. */
function dayIn(moment: Date, timeZone: string): Date {
  const text = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(moment)
  return new Date(`${text}T00:00:00Z`)
}

/**
 * Where the sums of a period come from: for a report by day, the whole days rolled up (a row per day and
 * dimension); the other rolled hours; the rest from the calls. `rolledHours` counts the hours read from
 * rollups, days' hours included.
 */
export async function reportSources(
  sql: TenantSql,
  period: { from: Date; to: Date },
  settings: RollupSettings,
  interval: ReportCut['interval'],
): Promise<ReportSources & { rolledHours: number }> {
  const days = interval === 'day' ? await rolledDays(sql, period, settings) : []
  const inDays = new Set(days.flatMap(hoursOf))
  const hours = (await rolledHours(sql, period, settings)).filter((hour) => !inDays.has(hour.getTime()))
  return {
    days: days.map((day) => day.from),
    hours,
    raw: rawRanges(period, [...hours, ...[...inDays].map((time) => new Date(time))]),
    rolledHours: hours.length + inDays.size,
  }
}

/** The starts (ms) of the hours of a day. */
function hoursOf(day: { from: Date; to: Date }): number[] {
  const starts: number[] = []
  for (let start = day.from.getTime(); start < day.to.getTime(); start += HOUR_MS) starts.push(start)
  return starts
}

/** The stretches of [from, to), hour by hour, that no usable rollup covers. */
export function rawRanges(period: { from: Date; to: Date }, rolled: readonly Date[]) {
  const isRolled = new Set(rolled.map((hour) => hour.getTime()))
  const ranges: Array<{ from: Date; to: Date }> = []
  for (let start = period.from.getTime(); start < period.to.getTime();) {
    const end = Math.min(start + HOUR_MS, period.to.getTime())
    if (!isRolled.has(start)) {
      const last = ranges.at(-1)
      if (last && last.to.getTime() === start) last.to = new Date(end)
      else ranges.push({ from: new Date(start), to: new Date(end) })
    }
    start = end
  }
  return ranges
}

function added(rows: readonly Measures[]): Measures {
  const total = Object.fromEntries(MEASURES.map((measure) => [measure, 0])) as Measures
  for (const row of rows) for (const measure of MEASURES) total[measure] += row[measure]
  return total
}

/** One row of the report: its counts and times, and its KPIs through the monitoring's own formulas. */
function reportRow(
  sums: Measures,
  window: { from: Date; to: Date },
  key: string | null,
  name: string | null,
  settings: AcdSettingsValues,
): CallReportRow {
  const kpis = summarise(
    {
      totals: [
        {
          skillGroupId: null,
          agentId: null,
          arrivals: sums.arrivals,
          answered: sums.answered,
          answeredInThreshold: sums.answered_in_threshold,
          answerWaitMs: sums.answer_wait_ms,
          callbacksAnswered: sums.callbacks_answered,
          abandoned: sums.abandoned,
          abandonWaitMs: sums.abandon_wait_ms,
          shortAbandoned: sums.short_abandoned,
          callbacksRequested: sums.callbacks_requested,
          overflowed: sums.overflowed,
          offersRung: sums.offers_rung,
          offersAnswered: sums.offers_answered,
          holds: sums.holds,
          transfers: sums.transfers,
        },
      ],
      handles: [
        {
          skillGroupId: null,
          agentId: null,
          handled: sums.handled,
          talkMs: sums.talk_ms,
          afterCallWorkMs: sums.after_call_work_ms,
        },
      ],
      times: [],
    },
    settings,
    window,
    null,
  )
  return {
    bucket: window.from,
    key,
    name,
    inboundCalls: sums.inbound_calls,
    inboundAnswered: sums.inbound_answered,
    inboundMissed: sums.inbound_calls - sums.inbound_answered,
    outboundCalls: sums.outbound_calls,
    outboundAnswered: sums.outbound_answered,
    outboundMissed: sums.outbound_calls - sums.outbound_answered,
    talkSeconds: sums.talk_ms / 1000,
    holdSeconds: sums.hold_ms / 1000,
    afterCallWorkSeconds: sums.after_call_work_ms / 1000,
    averageHoldSeconds: sums.holds > 0 ? sums.hold_ms / sums.holds / 1000 : null,
    kpis,
  }
}
