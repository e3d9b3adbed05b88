// Daily schedules and holidays (A7), and the one decision both the switch and the admins' "what
// happens now" check use: which rule a call to a number meets at a moment, and which flow version.
import { randomUUID } from 'node:crypto'
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import { PhoneNumber } from '../acd/settings.entity.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { phoneNumberSchema } from '../organization/phone.js'
import type { PromptCatalog } from '../voice/prompt-catalog.js'
import type { IvrFlowsService } from './flows.service.js'
import { assertIvrAdmin } from './flows.service.js'
import type { IvrFlowVersion } from './ivr.entity.js'
import { IvrFlow, IvrHoliday, IvrHolidayAction, IvrSchedule } from './ivr.entity.js'
import type { CallRoutingPreview } from './ivr.types.js'
import type { LocalMoment, ScheduleDay, TimeRange } from './schedule-rules.js'
import { localMoment, openRange, scheduleDaysSchema } from './schedule-rules.js'
import { tenantTimeZone } from '../tenancy/tenant.store.js'

/** Which rule decided what a call gets. */
export enum CallRoutingRule {
  HOLIDAY_FLOW = 'HOLIDAY_FLOW',
  HOLIDAY_CLOSED = 'HOLIDAY_CLOSED',
  DAILY_FLOW = 'DAILY_FLOW',
  AFTER_HOURS = 'AFTER_HOURS',
  SKILL_GROUP = 'SKILL_GROUP',
  NOT_IN_SERVICE = 'NOT_IN_SERVICE',
}

/** Why a number is not in service. */
export enum NotInServiceReason {
  NO_ROUTE = 'NO_ROUTE',
  FLOW_NOT_PUBLISHED = 'FLOW_NOT_PUBLISHED',
}

export interface RoutingDecision {
  rule: CallRoutingRule
  reason: NotInServiceReason | null
  moment: LocalMoment
  timeZone: string
  schedule: IvrSchedule | null
  holiday: IvrHoliday | null
  /** The live version the call follows (HOLIDAY_FLOW, DAILY_FLOW). */
  version: IvrFlowVersion | null
  /** DAILY_FLOW: the service hours matched. */
  matched: { weekday: number; range: TimeRange } | null
  skillGroupId: string | null
  /** HOLIDAY_CLOSED: the holiday's own prompt, when it has one. */
  closedPromptId: string | null
}

const nameSchema = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(40, 'must be at most 40 characters')
const idSchema = z.string({ message: 'is required' }).min(1, 'is required')
const scheduleSchema = z.object({ name: nameSchema, flowId: idSchema, days: scheduleDaysSchema })
const scheduleChangesSchema = scheduleSchema.partial()

const dateSchema = z
  .string({ message: 'is required' })
  .refine((text) => /^\d{4}-\d{2}-\d{2}$/.test(text), {
    ...problem('INVALID_DATE', 'must be a date YYYY-MM-DD'),
    abort: true,
  })
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) &&
      new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    problem('INVALID_DATE', 'is not a real date'),
  )
const MAX_HOLIDAY_DAYS = 366
const holidayShape = z.object({
  name: nameSchema,
  startDate: dateSchema,
  endDate: dateSchema,
  scheduleId: z.string().nullish(),
  action: z.nativeEnum(IvrHolidayAction, { message: 'must be FLOW or CLOSED' }),
  flowId: z.string().nullish(),
  closedPromptId: z.string().nullish(),
})
type HolidayData = z.infer<typeof holidayShape>

function holidayProblems(data: HolidayData, context: z.RefinementCtx): void {
  if (data.endDate < data.startDate)
    context.addIssue({
      code: 'custom',
      path: ['endDate'],
      ...problem('END_BEFORE_START', 'must not be before the start date'),
    })
  else if ((Date.parse(data.endDate) - Date.parse(data.startDate)) / 86_400_000 >= MAX_HOLIDAY_DAYS)
    context.addIssue({
      code: 'custom',
      path: ['endDate'],
      ...problem('HOLIDAY_TOO_LONG', `a holiday lasts at most ${MAX_HOLIDAY_DAYS} days`, {
        maximum: MAX_HOLIDAY_DAYS,
      }),
    })
  if (data.action === IvrHolidayAction.FLOW && !data.flowId)
    context.addIssue({
      code: 'custom',
      path: ['flowId'],
      ...problem('CHOOSE_HOLIDAY_FLOW', 'choose the flow callers follow on this holiday'),
    })
}

const yearSchema = z.number().int().min(2000, 'must be 2000 to 2100').max(2100, 'must be 2000 to 2100')

export class IvrSchedulesService {
  constructor(
    private readonly db: Database,
    private readonly flows: IvrFlowsService,
    private readonly prompts: PromptCatalog,
    private readonly acdSettings: AcdSettingsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ── schedules ───────────────────────────────────────────────────────────────────────────────────────

  async listSchedules(viewer: Viewer, pageInput?: PageInput): Promise<Page<IvrSchedule>> {
    assertIvrAdmin(viewer, 'manage IVR schedules')
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [items, totalCount] = await em.findAndCount(
        IvrSchedule,
        {},
        { orderBy: { name: 'asc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  async getSchedule(viewer: Viewer, id: string): Promise<IvrSchedule> {
    assertIvrAdmin(viewer, 'manage IVR schedules')
    return this.db.inTenant(viewer.tenantId, (em) => this.findSchedule(em, id))
  }

  async createSchedule(viewer: Viewer, input: unknown): Promise<IvrSchedule> {
    assertIvrAdmin(viewer, 'manage IVR schedules')
    const data = validateInput(scheduleSchema, input)
    return this.writeSchedule(viewer, 'IVR_SCHEDULE_CREATED', async (em) => {
      const now = this.clock.now()
      return em.create(IvrSchedule, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        name: data.name,
        flowId: await this.flowIdIn(em, data.flowId),
        days: sortDays(data.days),
        createdAt: now,
        updatedAt: now,
      })
    })
  }

  async updateSchedule(viewer: Viewer, id: string, input: unknown): Promise<IvrSchedule> {
    assertIvrAdmin(viewer, 'manage IVR schedules')
    const data = validateInput(scheduleChangesSchema, input)
    return this.writeSchedule(viewer, 'IVR_SCHEDULE_UPDATED', async (em) => {
      const schedule = await this.findSchedule(em, id)
      if (data.name !== undefined) schedule.name = data.name
      if (data.flowId !== undefined) schedule.flowId = await this.flowIdIn(em, data.flowId)
      if (data.days !== undefined) schedule.days = sortDays(data.days)
      schedule.updatedAt = this.clock.now()
      return schedule
    })
  }

  async deleteSchedule(viewer: Viewer, id: string): Promise<boolean> {
    assertIvrAdmin(viewer, 'manage IVR schedules')
    await this.writeSchedule(viewer, 'IVR_SCHEDULE_DELETED', async (em) => {
      const schedule = await this.findSchedule(em, id)
      const numbers = await em.find(PhoneNumber, { scheduleId: schedule.id }, { orderBy: { number: 'asc' } })
      if (numbers.length)
        throw new ConflictError(
          'IN_USE',
          `Numbers ${numbers.map((n) => n.number).join(', ')} follow this schedule; route them elsewhere first.`,
          { field: 'id', params: { users: numbers.map((n) => n.number).join(', ') } },
        )
      em.remove(schedule)
      return schedule
    })
    return true
  }

  /** The numbers that follow a schedule. */
  numbersOf(viewer: Viewer, scheduleId: string): Promise<PhoneNumber[]> {
    return this.db.inTenant(viewer.tenantId, (em) =>
      em.find(PhoneNumber, { scheduleId }, { orderBy: { number: 'asc' } }),
    )
  }

  /** The schedule a number follows, for the numbers list; null when the company has no such schedule. */
  async scheduleOfNumber(viewer: Viewer, scheduleId: string): Promise<IvrSchedule | null> {
    assertIvrAdmin(viewer, 'manage IVR schedules')
    return this.db.inTenant(viewer.tenantId, (em) =>
      em.findOne(IvrSchedule, { id: knownId(scheduleId, 'Schedule') }),
    )
  }

  /** The holiday overriding a schedule on the company's today, if one does (A7: holidays beat the daily IVR). */
  async holidayToday(viewer: Viewer, scheduleId: string): Promise<IvrHoliday | null> {
    assertIvrAdmin(viewer, 'manage IVR schedules')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const moment = localMoment(this.clock.now(), await this.timeZoneOf(em))
      return this.holidayOn(em, scheduleId, moment.date)
    })
  }

  /** A schedule of the tenant a number may follow (the numbers' settings check it). */
  async scheduleIdIn(em: EntityManager, id: string): Promise<string> {
    return (await this.findSchedule(em, id)).id
  }

  private async writeSchedule(
    viewer: Viewer,
    action: string,
    change: (em: EntityManager) => Promise<IvrSchedule>,
  ): Promise<IvrSchedule> {
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const schedule = await change(em)
        await em.flush()
        await this.audit.record(em, viewer, {
          action,
          entityType: 'IVR_SCHEDULE',
          entityId: schedule.id,
          after:
            action === 'IVR_SCHEDULE_DELETED'
              ? null
              : { name: schedule.name, flowId: schedule.flowId, days: schedule.days },
        })
        return schedule
      })
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException)
        throw new ConflictError('NAME_TAKEN', 'A schedule with this name already exists.', { field: 'name' })
      throw error
    }
  }

  private async findSchedule(em: EntityManager, id: string): Promise<IvrSchedule> {
    const schedule = await em.findOne(IvrSchedule, { id: knownId(id, 'Schedule') })
    if (!schedule) throw new NotFoundError('Schedule')
    return schedule
  }

  /** A flow of the tenant; another company's, like a deleted one, is not found. */
  private async flowIdIn(em: EntityManager, id: string): Promise<string> {
    return (await this.flows.findFlow(em, id)).id
  }

  // ── holidays ────────────────────────────────────────────────────────────────────────────────────────

  async listHolidays(
    viewer: Viewer,
    filter: { year?: number | null; scheduleId?: string | null } = {},
    pageInput?: PageInput,
  ): Promise<Page<IvrHoliday>> {
    assertIvrAdmin(viewer, 'manage holidays')
    const page = validatePage(pageInput)
    const year = filter.year == null ? null : validateInput(z.object({ year: yearSchema }), filter).year
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const where: Record<string, unknown> = {}
      if (year !== null)
        Object.assign(where, { startDate: { $lte: `${year}-12-31` }, endDate: { $gte: `${year}-01-01` } })
      if (filter.scheduleId) where.scheduleId = await this.scheduleIdIn(em, filter.scheduleId)
      const [items, totalCount] = await em.findAndCount(IvrHoliday, where, {
        orderBy: { startDate: 'asc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      })
      return { items, totalCount, ...page }
    })
  }

  async createHoliday(viewer: Viewer, input: unknown): Promise<IvrHoliday> {
    assertIvrAdmin(viewer, 'manage holidays')
    const data = validateInput(holidayShape.superRefine(holidayProblems), input)
    return this.writeHoliday(viewer, 'IVR_HOLIDAY_CREATED', async (em) => {
      const holiday = em.create(IvrHoliday, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        name: data.name,
        startDate: data.startDate,
        endDate: data.endDate,
        action: data.action,
        createdAt: this.clock.now(),
      })
      await this.applyHoliday(em, holiday, data)
      return holiday
    })
  }

  async updateHoliday(viewer: Viewer, id: string, input: unknown): Promise<IvrHoliday> {
    assertIvrAdmin(viewer, 'manage holidays')
    return this.writeHoliday(viewer, 'IVR_HOLIDAY_UPDATED', async (em) => {
      const holiday = await this.findHoliday(em, id)
      // The changes are checked together with what stays, so a new end date meets the old start date.
      const data = validateInput(holidayShape.superRefine(holidayProblems), {
        name: holiday.name,
        startDate: holiday.startDate,
        endDate: holiday.endDate,
        scheduleId: holiday.scheduleId,
        action: holiday.action,
        flowId: holiday.flowId,
        closedPromptId: holiday.closedPromptId,
        ...definedOnly(input as Record<string, unknown>),
      })
      Object.assign(holiday, {
        name: data.name,
        startDate: data.startDate,
        endDate: data.endDate,
        action: data.action,
      })
      await this.applyHoliday(em, holiday, data)
      return holiday
    })
  }

  async deleteHoliday(viewer: Viewer, id: string): Promise<boolean> {
    assertIvrAdmin(viewer, 'manage holidays')
    await this.writeHoliday(viewer, 'IVR_HOLIDAY_DELETED', async (em) => {
      const holiday = await this.findHoliday(em, id)
      em.remove(holiday)
      return holiday
    })
    return true
  }

  /** Checks and sets the holiday's references: its schedule, its flow, its closed prompt. */
  private async applyHoliday(em: EntityManager, holiday: IvrHoliday, data: HolidayData): Promise<void> {
    holiday.scheduleId = data.scheduleId ? await this.scheduleIdIn(em, data.scheduleId) : null
    holiday.flowId = data.action === IvrHolidayAction.FLOW ? await this.flowIdIn(em, data.flowId!) : null
    holiday.closedPromptId = null
    if (data.action === IvrHolidayAction.CLOSED && data.closedPromptId) {
      const id = knownOrInvalid(data.closedPromptId, 'closedPromptId')
      if (!(await this.prompts.approvedFiles(em, [id])).has(id))
        throw new ValidationError([
          {
            field: 'closedPromptId',
            code: 'PROMPT_NOT_APPROVED',
            message:
              'is not an approved voice prompt (pending review, rejected, deleted, or not your company’s)',
          },
        ])
      holiday.closedPromptId = id
    }
  }

  private async writeHoliday(
    viewer: Viewer,
    action: string,
    change: (em: EntityManager) => Promise<IvrHoliday>,
  ): Promise<IvrHoliday> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const holiday = await change(em)
      await em.flush()
      await this.audit.record(em, viewer, {
        action,
        entityType: 'IVR_HOLIDAY',
        entityId: holiday.id,
        after:
          action === 'IVR_HOLIDAY_DELETED'
            ? null
            : {
                name: holiday.name,
                startDate: holiday.startDate,
                endDate: holiday.endDate,
                scheduleId: holiday.scheduleId ?? null,
                action: holiday.action,
                flowId: holiday.flowId ?? null,
              },
      })
      return holiday
    })
  }

  private async findHoliday(em: EntityManager, id: string): Promise<IvrHoliday> {
    const holiday = await em.findOne(IvrHoliday, { id: knownId(id, 'Holiday') })
    if (!holiday) throw new NotFoundError('Holiday')
    return holiday
  }

  // ── the routing decision ────────────────────────────────────────────────────────────────────────────

  /**
   * What a call to a number gets at `at`: a holiday of its schedule (or of every schedule) beats the
   * daily IVR; in a service-hours range the schedule's flow plays; otherwise the after-hours prompt.
   */
  async decide(
    em: EntityManager,
    route: { skillGroupId: string | null; scheduleId: string | null },
    at: Date,
  ): Promise<RoutingDecision> {
    const timeZone = await this.timeZoneOf(em)
    const moment = localMoment(at, timeZone)
    const decision: RoutingDecision = {
      rule: CallRoutingRule.NOT_IN_SERVICE,
      reason: NotInServiceReason.NO_ROUTE,
      moment,
      timeZone,
      schedule: null,
      holiday: null,
      version: null,
      matched: null,
      skillGroupId: null,
      closedPromptId: null,
    }
    if (!route.scheduleId)
      return route.skillGroupId
        ? { ...decision, rule: CallRoutingRule.SKILL_GROUP, reason: null, skillGroupId: route.skillGroupId }
        : decision
    const schedule = await em.findOne(IvrSchedule, { id: route.scheduleId })
    if (!schedule) return decision
    const holiday = await this.holidayOn(em, schedule.id, moment.date)
    if (holiday?.action === IvrHolidayAction.CLOSED)
      return {
        ...decision,
        rule: CallRoutingRule.HOLIDAY_CLOSED,
        reason: null,
        schedule,
        holiday,
        closedPromptId: holiday.closedPromptId ?? null,
      }
    const matched = holiday ? null : (openRange(schedule.days, moment) ?? null)
    if (!holiday && !matched)
      return { ...decision, rule: CallRoutingRule.AFTER_HOURS, reason: null, schedule }
    const version = await this.flows.liveVersion(em, holiday?.flowId ?? schedule.flowId)
    if (!version)
      return {
        ...decision,
        reason: NotInServiceReason.FLOW_NOT_PUBLISHED,
        schedule,
        holiday: holiday ?? null,
        matched,
      }
    return {
      ...decision,
      rule: holiday ? CallRoutingRule.HOLIDAY_FLOW : CallRoutingRule.DAILY_FLOW,
      reason: null,
      schedule,
      holiday: holiday ?? null,
      version,
      matched,
    }
  }

  /** The holiday that applies to a schedule on a local date (`YYYY-MM-DD`), if any. */
  private async holidayOn(em: EntityManager, scheduleId: string, date: string): Promise<IvrHoliday | null> {
    const [holiday] = await em.find(
      IvrHoliday,
      {
        startDate: { $lte: date },
        endDate: { $gte: date },
        $or: [{ scheduleId: null }, { scheduleId }],
      },
      // A holiday of this very schedule beats one of every schedule; then the one that began last.
      { orderBy: { scheduleId: 'asc nulls last', startDate: 'desc', createdAt: 'desc' }, limit: 1 },
    )
    return holiday ?? null
  }

  /** The tenant's time zone (RLS shows the one tenant row). */
  private async timeZoneOf(em: EntityManager): Promise<string> {
    return (await tenantTimeZone(em)) ?? 'Asia/Shanghai'
  }

  /** The admins' check: what a call to this number of the company gets at `at` (now by default). */
  async preview(viewer: Viewer, numberInput: string, at?: Date | null): Promise<CallRoutingPreview> {
    assertIvrAdmin(viewer, 'check call routing')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { homeRegion } = await this.acdSettings.read(em, viewer.tenantId)
      const { number: e164 } = validateInput(z.object({ number: phoneNumberSchema(homeRegion) }), {
        number: numberInput,
      })
      const number = await em.findOne(PhoneNumber, { number: e164 })
      if (!number) throw new NotFoundError('Number')
      const moment = at ?? this.clock.now()
      const decision = await this.decide(
        em,
        { skillGroupId: number.skillGroupId ?? null, scheduleId: number.scheduleId ?? null },
        moment,
      )
      // An unpublished flow is named too, so the admin knows which one to publish.
      const flowId =
        decision.version?.flowId ??
        (decision.reason === NotInServiceReason.FLOW_NOT_PUBLISHED
          ? (decision.holiday?.flowId ?? decision.schedule?.flowId)
          : undefined)
      return {
        number,
        at: moment,
        timeZone: decision.timeZone,
        localTime: decision.moment.text,
        rule: decision.rule,
        reason: decision.reason,
        schedule: decision.schedule,
        holiday: decision.holiday,
        serviceHours: decision.matched,
        flow: flowId ? await em.findOne(IvrFlow, { id: flowId }) : null,
        flowVersion: decision.version,
        skillGroupId: decision.skillGroupId,
        closedPromptId: decision.closedPromptId,
      }
    })
  }
}

function sortDays(days: ScheduleDay[]): ScheduleDay[] {
  return [...days]
    .sort((a, b) => a.weekday - b.weekday)
    .map((day) => ({
      weekday: day.weekday,
      ranges: [...day.ranges].sort((a, b) => a.start.localeCompare(b.start)),
    }))
}

function definedOnly(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined))
}

function knownOrInvalid(id: string, field: string): string {
  if (!z.string().uuid().safeParse(id).success)
    throw new ValidationError([{ field, code: 'INVALID_ID', message: 'is not a valid ID' }])
  return id.toLowerCase()
}
