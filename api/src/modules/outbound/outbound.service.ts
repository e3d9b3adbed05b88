// Outbound tasks (A12), their items and the group leader's share-out (A13), and the do-not-call list, all
// inside the telesales organisation (A11): inbound members and other tenants find none of it.
import { randomUUID } from 'node:crypto'
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type FieldProblem,
} from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import { afterCommit, type Database, type EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import { PhoneNumber } from '../acd/settings.entity.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { DialPurpose } from '../acd/call-control.service.js'
import type { AuditChange, AuditService } from '../audit/audit.service.js'
import { CallRecord } from '../calls/call-record.entity.js'
import type { ContactPlansService } from '../contact-plans/contact-plans.service.js'
import { MAX_NOTES_LENGTH } from '../contact-plans/contact-plans.service.js'
import { findOrCreateByNumber } from '../customers/customer.store.js'
import { CustomFieldDefinition } from '../customers/custom-field.entity.js'
import { CustomFieldEntity, isRealDate, validateCustomFieldValues } from '../customers/custom-field-values.js'
import { Organization, Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { localMoment } from '../ivr/schedule-rules.js'
import { knownId } from '../organization/ids.js'
import { phoneNumberSchema } from '../organization/phone.js'
import { SkillGroup, SkillGroupMember } from '../organization/skill-group.entity.js'
import { tenantTimeZone } from '../tenancy/tenant.store.js'
import { distributeByCount, distributeEvenly } from './distribution.js'
import { callingWindowsSchema, holidaysSchema } from './calling-hours.js'
import {
  DialingMode,
  DoNotCallEntry,
  DoNotCallSource,
  OutboundTask,
  OutboundTaskStatus,
  StoredItemStatus,
  TaskItem,
  type FollowUpResult,
} from './outbound.entity.js'
import {
  assignItems,
  forgetDialRefusals,
  isDoNotCall,
  linkItemCall,
  lockItem,
  pageOfDoNotCall,
  pageOfItems,
  poolOf,
  progressOf,
  takeBackItems,
  unlockItem,
  type ItemConditions,
  type ItemReach,
  type ItemRow,
} from './outbound.store.js'
import {
  DistributionMode,
  TaskItemStatus,
  type DoNotCallView,
  type OutboundTaskView,
  type TaskItemView,
} from './outbound.types.js'

export { isDoNotCall } from './outbound.store.js'

/** How long an opened item stays locked without being touched: a closed tab must not block it for ever. */
export const ITEM_LOCK_MS = 15 * 60_000

export const DEFAULT_FOLLOW_UP_RESULTS: FollowUpResult[] = [
  { value: 'INTERESTED', labelZh: '有意向', labelEn: 'Interested', isSuccess: true },
  { value: 'CALL_BACK', labelZh: '再次联系', labelEn: 'Call back', isSuccess: false },
  { value: 'NOT_INTERESTED', labelZh: '无意向', labelEn: 'Not interested', isSuccess: false },
  { value: 'WRONG_NUMBER', labelZh: '号码错误', labelEn: 'Wrong number', isSuccess: false },
]

const dateSchema = z.string().refine(isRealDate, problem('INVALID_DATE', 'must be a real date YYYY-MM-DD'))
const label = z.string().trim().min(1, 'is required').max(50, 'must be at most 50 characters')
const followUpSchema = z
  .array(
    z.object({
      value: z
        .string()
        .trim()
        .regex(
          /^[A-Za-z0-9_]{1,40}$/,
          problem('INVALID_FOLLOW_UP_VALUE', 'must be 1–40 letters, digits or _'),
        ),
      labelZh: label,
      labelEn: label,
      isSuccess: z
        .boolean()
        .nullish()
        .transform((isSuccess) => isSuccess ?? false),
    }),
  )
  .min(1, 'must have at least one result')
  .max(30, 'must have at most 30 results')
  .refine(
    (results) => new Set(results.map((result) => result.value)).size === results.length,
    problem('DUPLICATE_FOLLOW_UP_RESULT', 'values must be unique'),
  )
const whole = (min: number, max: number) =>
  z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`)
/** X4: a task's dialing mode and the progressive dialer's rules, with their defaults. */
const dialingSchema = z.object({
  mode: z.enum(DialingMode),
  callingWindows: callingWindowsSchema.nullish().transform((windows) => windows ?? []),
  holidays: holidaysSchema.nullish().transform((dates) => [...(dates ?? [])].sort()),
  retryAfterMinutes: whole(1, 10_080)
    .nullish()
    .transform((value) => value ?? 30),
  maxRetries: whole(0, 20)
    .nullish()
    .transform((value) => value ?? 2),
  dailyAttemptCap: whole(1, 50)
    .nullish()
    .transform((value) => value ?? 3),
})
type Dialing = z.output<typeof dialingSchema>
const DEFAULT_DIALING: Dialing = dialingSchema.parse({ mode: DialingMode.PREVIEW })
const dialingColumns = ({ mode, ...rules }: Dialing) => ({ dialingMode: mode, ...rules })
const idList = z.array(z.string()).max(500, 'must have at most 500 entries').nullish()

const taskSchema = z
  .object({
    name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
    description: z.string().trim().max(2000, 'must be at most 2000 characters').nullish(),
    startsOn: dateSchema,
    endsOn: dateSchema,
    callerIdNumberId: z.string(),
    customFieldIds: idList,
    script: z.string().max(20000, 'must be at most 20000 characters').nullish(),
    followUpResults: followUpSchema.nullish(),
    agentIds: idList,
    skillGroupIds: idList,
    dialing: dialingSchema.nullish(),
  })
  .refine((task) => task.endsOn >= task.startsOn, {
    ...problem('END_BEFORE_START', 'must not be before startsOn'),
    path: ['endsOn'],
  })

const resultSchema = (clock: Clock) =>
  z.object({
    followUpResult: z.string().trim().min(1, 'is required'),
    notes: z
      .string()
      .trim()
      .max(MAX_NOTES_LENGTH, `must be at most ${MAX_NOTES_LENGTH} characters`)
      .nullish()
      .transform((notes) => notes ?? ''),
    nextContactAt: z
      .date()
      .refine(
        (time) => time.getTime() > clock.now().getTime(),
        problem('NOT_IN_FUTURE', 'must be in the future'),
      )
      .nullish(),
  })

/** The filters of an item list (G7, the task detail page). */
export interface ItemFilter {
  status?: TaskItemStatus | null
  followUpResult?: string | null
  assigneeAgentId?: string | null
  nextContactBefore?: Date | null
}

const nameTaken = () => new ConflictError('TASK_NAME_TAKEN', 'Another task has this name.', { field: 'name' })

/** What the audit log keeps of a task's settings. */
const taskSnapshot = (task: OutboundTask) => ({
  name: task.name,
  description: task.description,
  startsOn: String(task.startsOn).slice(0, 10),
  endsOn: String(task.endsOn).slice(0, 10),
  callerIdNumberId: task.callerIdNumberId,
  customFieldIds: task.customFieldIds,
  followUpResults: task.followUpResults.map((result) => result.value),
  agentIds: task.agentIds,
  skillGroupIds: task.skillGroupIds,
  dialing: dialingOf(task),
})

/** The dialing settings as the API shows them (and the audit log keeps them). */
const dialingOf = (task: OutboundTask): Dialing => ({
  mode: task.dialingMode,
  callingWindows: task.callingWindows,
  holidays: task.holidays,
  retryAfterMinutes: task.retryAfterMinutes,
  maxRetries: task.maxRetries,
  dailyAttemptCap: task.dailyAttemptCap,
})

const addDncSchema = (homeRegion: string) =>
  z.object({
    phoneNumber: phoneNumberSchema(homeRegion),
    reason: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
    callId: z.string().nullish(),
  })

/** Which state each transition starts from. */
const TRANSITIONS: Record<'activate' | 'pause' | 'resume' | 'close', OutboundTaskStatus[]> = {
  activate: [OutboundTaskStatus.DRAFT],
  pause: [OutboundTaskStatus.ACTIVE],
  resume: [OutboundTaskStatus.PAUSED],
  close: [OutboundTaskStatus.DRAFT, OutboundTaskStatus.ACTIVE, OutboundTaskStatus.PAUSED],
}
const TARGET: Record<keyof typeof TRANSITIONS, OutboundTaskStatus> = {
  activate: OutboundTaskStatus.ACTIVE,
  pause: OutboundTaskStatus.PAUSED,
  resume: OutboundTaskStatus.ACTIVE,
  close: OutboundTaskStatus.CLOSED,
}
const TARGET_ACTION: Record<keyof typeof TRANSITIONS, string> = {
  activate: 'ACTIVATED',
  pause: 'PAUSED',
  resume: 'RESUMED',
  close: 'CLOSED',
}
export type TaskTransition = keyof typeof TRANSITIONS

/** Telesales work is seen by its own members and by administrators of the whole company (A11). */
export function isTelesales(viewer: Viewer): boolean {
  if (viewer.organization === Organization.TELESALES) return true
  return viewer.role === Role.SUPER_ADMIN || (viewer.role === Role.ADMIN && !viewer.organization)
}

const isAdmin = (viewer: Viewer) => hasRoleAtLeast(viewer.role, Role.ADMIN)

/** Tasks are configured by administrators who see telesales; everyone else outside it finds nothing. */
export function assertTelesalesAdmin(viewer: Viewer, what = 'OutboundTask'): void {
  if (!isTelesales(viewer)) throw new NotFoundError(what)
  if (!isAdmin(viewer))
    throw new ForbiddenError('Only administrators manage outbound tasks and the do-not-call list.')
}

/** A task the viewer sees, by ID (for filters of other lists, e.g. the call records by task, A14). */
export async function visibleTaskId(em: EntityManager, viewer: Viewer, id: string): Promise<string> {
  if (!isTelesales(viewer)) throw new NotFoundError('OutboundTask')
  const taskId = knownId(id, 'OutboundTask')
  if (!(await em.count(OutboundTask, { id: taskId }))) throw new NotFoundError('OutboundTask')
  return taskId
}

function fieldProblem(field: string, code: Parameters<typeof problem>[0], message: string): ValidationError {
  return new ValidationError([{ field, code, message } as FieldProblem])
}

export class OutboundService {
  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly contactPlans: ContactPlansService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Told after a change that may let the progressive dialer (X4) dial at once: the company's, or one agent's. */
  private dialable: (tenantId: string, agentId?: string) => void = () => undefined

  onDialable(listener: (tenantId: string, agentId?: string) => void): void {
    this.dialable = listener
  }

  /**
   * The company changed which outside numbers may be called (home region, international, premium rate):
   * the numbers the progressive dialer gave up on are tried again, each checked by the new rules at its
   * dial. Runs in the settings' own transaction; the dialer is told once it commits.
   */
  async destinationRulesChanged(em: EntityManager, tenantId: string): Promise<void> {
    if ((await forgetDialRefusals(em, tenantId)) > 0) afterCommit(em, () => this.dialable(tenantId))
  }

  // ── tasks ──────────────────────────────────────────────────────────────────────────────────────────

  async listTasks(viewer: Viewer, pageInput?: PageInput): Promise<Page<OutboundTaskView>> {
    const page = validatePage(pageInput)
    if (!isTelesales(viewer)) return { items: [], totalCount: 0, ...page }
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [tasks, totalCount] = await em.findAndCount(
        OutboundTask,
        {},
        { orderBy: { createdAt: 'desc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items: await this.views(em, tasks), totalCount, ...page }
    })
  }

  async getTask(viewer: Viewer, id: string): Promise<OutboundTaskView> {
    return this.db.inTenant(
      viewer.tenantId,
      async (em) => (await this.views(em, [await this.findTask(em, viewer, id)]))[0]!,
    )
  }

  async createTask(viewer: Viewer, input: unknown): Promise<OutboundTaskView> {
    this.assertManager(viewer)
    const data = validateInput(taskSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const now = this.clock.now()
      const task = em.create(OutboundTask, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        ...(await this.checkedSettings(em, data)),
        status: OutboundTaskStatus.DRAFT,
        createdAt: now,
        updatedAt: now,
      })
      await flushUnique(em, nameTaken)
      await this.record(em, viewer, {
        action: 'OUTBOUND_TASK_CREATED',
        entityType: 'OUTBOUND_TASK',
        entityId: task.id,
        after: { name: task.name },
      })
      return (await this.views(em, [task]))[0]!
    })
  }

  /**
   * New settings for a task not yet closed. Items already added keep their values: a field taken off the
   * task is no longer shown, one added is empty on them.
   */
  async updateTask(viewer: Viewer, id: string, input: unknown): Promise<OutboundTaskView> {
    this.assertManager(viewer)
    const data = validateInput(taskSchema, input)
    const view = await this.db.inTenant(viewer.tenantId, async (em) => {
      const task = await this.findTask(em, viewer, id)
      if (task.status === OutboundTaskStatus.CLOSED)
        throw new ConflictError('TASK_STATE_FORBIDS', 'The task is closed.', {
          params: { status: task.status },
        })
      const settings = await this.checkedSettings(em, data, task)
      const before = taskSnapshot(task)
      Object.assign(task, settings, { updatedAt: this.clock.now() })
      await flushUnique(em, nameTaken)
      await this.record(em, viewer, {
        action: 'OUTBOUND_TASK_UPDATED',
        entityType: 'OUTBOUND_TASK',
        entityId: task.id,
        before,
        after: taskSnapshot(task),
      })
      return (await this.views(em, [task]))[0]!
    })
    // Progressive dialing switched on, a calling window or the period widened: dialled now, not at the sweep.
    if (view.status === OutboundTaskStatus.ACTIVE) this.dialable(viewer.tenantId)
    return view
  }

  /**
   * A task's settings, checked against the company: its number, its task fields, its telesales people.
   * Dialing settings left out keep the task's (an older client's update), or are preview on creation.
   */
  private async checkedSettings(
    em: EntityManager,
    data: z.output<typeof taskSchema>,
    current?: OutboundTask,
  ) {
    const callerId = await em.findOne(PhoneNumber, { id: knownId(data.callerIdNumberId, 'PhoneNumber') })
    if (!callerId) throw new NotFoundError('PhoneNumber')
    return {
      name: data.name,
      description: data.description ?? '',
      startsOn: data.startsOn,
      endsOn: data.endsOn,
      callerIdNumberId: callerId.id,
      customFieldIds: await this.checkTaskFields(em, data.customFieldIds ?? []),
      script: data.script ?? '',
      followUpResults: data.followUpResults ?? DEFAULT_FOLLOW_UP_RESULTS,
      agentIds: await this.checkAgents(em, data.agentIds ?? []),
      skillGroupIds: await this.checkSkillGroups(em, data.skillGroupIds ?? []),
      ...dialingColumns(data.dialing ?? (current ? dialingOf(current) : DEFAULT_DIALING)),
    }
  }

  /** Activate (from a draft), pause, resume, close; any other move is refused with the current state. */
  async transition(viewer: Viewer, id: string, move: TaskTransition): Promise<OutboundTaskView> {
    const view = await this.db.inTenant(viewer.tenantId, async (em) => {
      const task = await this.findTask(em, viewer, id)
      this.assertManager(viewer)
      if (!TRANSITIONS[move].includes(task.status))
        throw new ConflictError('TASK_STATE_FORBIDS', `The task is ${task.status}.`, {
          params: { status: task.status },
        })
      const before = task.status
      task.status = TARGET[move]
      task.updatedAt = this.clock.now()
      await em.flush()
      await this.record(em, viewer, {
        action: `OUTBOUND_TASK_${TARGET_ACTION[move]}`,
        entityType: 'OUTBOUND_TASK',
        entityId: task.id,
        before: { status: before },
        after: { status: task.status },
      })
      return (await this.views(em, [task]))[0]!
    })
    if (view.status === OutboundTaskStatus.ACTIVE) this.dialable(viewer.tenantId)
    return view
  }

  // ── items ──────────────────────────────────────────────────────────────────────────────────────────

  async listItems(
    viewer: Viewer,
    taskId: string,
    filter: ItemFilter = {},
    pageInput?: PageInput,
  ): Promise<Page<TaskItemView>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const task = await this.findTask(em, viewer, taskId)
      return this.pageOf(em, { ...(await this.conditionsOf(em, viewer, filter)), taskId: task.id }, page)
    })
  }

  /** The viewer's own items of active tasks (G7): call-backs first, by planned time, then the oldest. */
  async listMyItems(
    viewer: Viewer,
    filter: ItemFilter = {},
    pageInput?: PageInput,
  ): Promise<Page<TaskItemView>> {
    const page = validatePage(pageInput)
    if (!isTelesales(viewer) || viewer.apiKeyId) return { items: [], totalCount: 0, ...page }
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await this.conditionsOf(em, viewer, filter)
      return this.pageOf(em, { ...conditions, reach: { agentIds: [viewer.userId], skillGroupIds: [] } }, page)
    })
  }

  private async conditionsOf(em: EntityManager, viewer: Viewer, filter: ItemFilter): Promise<ItemConditions> {
    const agentId = filter.assigneeAgentId
    // Another company's agent (or a malformed ID) is not found, as everywhere an ID is taken.
    if (agentId && !(await em.findOne(User, { id: knownId(agentId, 'Agent') })))
      throw new NotFoundError('Agent')
    return {
      reach: await this.itemReach(em, viewer),
      status: filter.status ?? undefined,
      staleBefore: new Date(this.clock.now().getTime() - ITEM_LOCK_MS),
      followUpResult: filter.followUpResult ?? undefined,
      assigneeAgentId: agentId?.toLowerCase(),
      nextContactBefore: filter.nextContactBefore ?? undefined,
    }
  }

  private async pageOf(
    em: EntityManager,
    conditions: ItemConditions,
    page: { offset: number; limit: number },
  ): Promise<Page<TaskItemView>> {
    const { rows, totalCount } = await pageOfItems(em, conditions, page.offset, page.limit)
    return { items: rows.map((row) => this.itemView(row)), totalCount, ...page }
  }

  async addItem(viewer: Viewer, taskId: string, input: Record<string, unknown>): Promise<TaskItemView> {
    this.assertManager(viewer)
    const { view, isTaskActive } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const task = await this.findTask(em, viewer, taskId)
      if (task.status === OutboundTaskStatus.CLOSED)
        throw new ConflictError('TASK_STATE_FORBIDS', 'The task is closed.', {
          params: { status: task.status },
        })
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const data = validateInput(
        z.object({
          phoneNumber: phoneNumberSchema(homeRegion),
          assigneeAgentId: z.string().nullish(),
          assigneeSkillGroupId: z.string().nullish(),
        }),
        input,
      )
      const fields = task.customFieldIds.length
        ? await em.find(CustomFieldDefinition, { id: { $in: task.customFieldIds } })
        : []
      const checked = validateCustomFieldValues(fields, input.customFields, { defaultRegion: homeRegion })
      if (checked.problems.length) throw new ValidationError(checked.problems)
      if (await isDoNotCall(em, viewer.tenantId, data.phoneNumber))
        throw new ConflictError('NUMBER_ON_DO_NOT_CALL_LIST', 'The number is on the do-not-call list.', {
          field: 'phoneNumber',
        })
      await this.checkItemAssignee(em, task, data.assigneeAgentId ?? null, data.assigneeSkillGroupId ?? null)
      const now = this.clock.now()
      const item = em.create(TaskItem, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        taskId: task.id,
        phoneNumber: data.phoneNumber,
        customFields: checked.values,
        assigneeAgentId: data.assigneeAgentId?.toLowerCase() ?? null,
        assigneeSkillGroupId: data.assigneeSkillGroupId?.toLowerCase() ?? null,
        status: StoredItemStatus.NEW,
        followUpResult: null,
        notes: '',
        nextContactAt: null,
        lockedBy: null,
        lockedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      await flushUnique(
        em,
        () =>
          new ConflictError('TASK_ITEM_DUPLICATE', 'The task already has this number.', {
            field: 'phoneNumber',
          }),
      )
      return {
        view: this.itemView({ ...item, taskName: task.name }),
        isTaskActive: task.status === OutboundTaskStatus.ACTIVE,
      }
    })
    if (isTaskActive) this.dialable(viewer.tenantId)
    return view
  }

  /**
   * An agent opens one of their items to dial it: the item is locked to them (see lockItem), so no other
   * agent dials it at once. Only while the task is active.
   */
  async openItem(viewer: Viewer, itemId: string): Promise<TaskItemView> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const item = await this.findItem(em, viewer, itemId)
      const task = await this.activeTaskOf(em, item)
      if (item.assigneeAgentId !== viewer.userId)
        throw new ForbiddenError('Only the agent the item is assigned to opens it.')
      const now = this.clock.now()
      if (!(await lockItem(em, item.id, viewer.userId, now, new Date(now.getTime() - ITEM_LOCK_MS))))
        throw new ConflictError('TASK_ITEM_LOCKED', 'The item is open elsewhere or no longer yours.')
      await em.refresh(item)
      return this.itemView({ ...item, taskName: task.name })
    })
  }

  async releaseItem(viewer: Viewer, itemId: string): Promise<TaskItemView> {
    const view = await this.db.inTenant(viewer.tenantId, async (em) => {
      const item = await this.findItem(em, viewer, itemId)
      await unlockItem(em, item.id, viewer.userId)
      await em.refresh(item)
      return this.itemView({
        ...item,
        taskName: (await em.findOneOrFail(OutboundTask, { id: item.taskId })).name,
      })
    })
    this.dialable(viewer.tenantId, viewer.userId)
    return view
  }

  /**
   * A dial for an item (G7), inside call control's transaction: the viewer has it open (locked to them),
   * its task is active and the number is not on the do-not-call list now (it may have been added since
   * the import). The task's caller ID is shown; the call is linked to the item.
   */
  async dialFor(em: EntityManager, viewer: Viewer, itemId: string): Promise<DialPurpose> {
    const item = await this.findItem(em, viewer, itemId)
    const task = await this.activeTaskOf(em, item)
    const isLockedToViewer =
      item.lockedBy === viewer.userId &&
      item.lockedAt !== null &&
      this.clock.now().getTime() - item.lockedAt.getTime() < ITEM_LOCK_MS
    if (item.assigneeAgentId !== viewer.userId || !isLockedToViewer)
      throw new ConflictError('TASK_ITEM_NOT_OPEN', 'Open the item before dialling it.')
    const today = localMoment(this.clock.now(), (await tenantTimeZone(em)) ?? 'Asia/Shanghai').date
    if (today < task.startsOn || today > task.endsOn)
      throw new ConflictError(
        'TASK_OUTSIDE_PERIOD',
        `The task runs from ${task.startsOn} to ${task.endsOn}; its numbers are dialled only then.`,
        { params: { startsOn: task.startsOn, endsOn: task.endsOn } },
      )
    if (await isDoNotCall(em, viewer.tenantId, item.phoneNumber))
      throw new ConflictError('NUMBER_ON_DO_NOT_CALL_LIST', 'The number is on the do-not-call list.')
    const callerId = await em.findOne(PhoneNumber, { id: task.callerIdNumberId })
    if (!callerId) throw new ConflictError('NO_OUTBOUND_CALLER_ID', 'The task’s caller ID number is gone.')
    return {
      number: item.phoneNumber,
      callerId: callerId.number,
      linkCall: (callId) => linkItemCall(em, item.id, callId, this.clock.now()),
    }
  }

  /**
   * The agent's follow-up result for an item they dialled, with notes; a next-contact time also becomes a
   * contact plan of theirs for the number's customer (found or created in the telesales organisation), so
   * the reminder (G5) calls them back to it. Releases the item's lock: the work on it is done for now.
   */
  async recordResult(viewer: Viewer, itemId: string, input: unknown): Promise<TaskItemView> {
    const data = validateInput(resultSchema(this.clock), input)
    const view = await this.db.inTenant(viewer.tenantId, async (em) => {
      const item = await this.findItem(em, viewer, itemId)
      const task = await em.findOneOrFail(OutboundTask, { id: item.taskId })
      if (task.status === OutboundTaskStatus.CLOSED)
        throw new ConflictError('TASK_STATE_FORBIDS', 'The task is closed.', {
          params: { status: task.status },
        })
      if (item.assigneeAgentId !== viewer.userId)
        throw new ForbiddenError('Only the agent the item is assigned to records its result.')
      if (item.status === StoredItemStatus.NEW)
        throw new ConflictError('TASK_ITEM_NOT_DIALLED', 'Dial the number before recording a result.')
      const result = task.followUpResults.find((known) => known.value === data.followUpResult)
      if (!result)
        throw fieldProblem('followUpResult', 'UNKNOWN_FOLLOW_UP_RESULT', 'is not one of the task’s results')
      const before = { followUpResult: item.followUpResult, nextContactAt: item.nextContactAt }
      const now = this.clock.now()
      Object.assign(item, {
        status: StoredItemStatus.RESULT_RECORDED,
        followUpResult: result.value,
        notes: data.notes,
        nextContactAt: data.nextContactAt ?? null,
        resultRecordedAt: now,
        resultRecordedBy: viewer.userId,
        lockedBy: null,
        lockedAt: null,
        updatedAt: now,
      })
      await em.flush()
      if (data.nextContactAt) {
        const { customerId } = await findOrCreateByNumber(em, Organization.TELESALES, item.phoneNumber, now)
        await this.contactPlans.insert(
          em,
          viewer,
          { id: customerId, organization: Organization.TELESALES },
          {
            phoneNumber: item.phoneNumber,
            dueAt: data.nextContactAt,
            purpose: `${task.name}: ${result.labelZh} / ${result.labelEn}`.slice(0, 200),
            notes: data.notes,
          },
        )
      }
      await this.record(em, viewer, {
        action: 'TASK_ITEM_RESULT_RECORDED',
        entityType: 'TASK_ITEM',
        entityId: item.id,
        before,
        after: { followUpResult: item.followUpResult, nextContactAt: item.nextContactAt },
      })
      return this.itemView({ ...item, taskName: task.name })
    })
    // The agent holds no item now: the next one is dialled at once if their task is progressive.
    this.dialable(viewer.tenantId, viewer.userId)
    return view
  }

  /** A leader's (or an administrator's) share-out of a skill group's undistributed items; returns how many moved. */
  async distribute(
    viewer: Viewer,
    input: {
      taskId: string
      skillGroupId: string
      mode: DistributionMode
      agentIds?: string[] | null
      shares?: { agentId: string; count: number }[] | null
      itemIds?: string[] | null
    },
  ): Promise<number> {
    const assigned = await this.db.inTenant(viewer.tenantId, async (em) => {
      const { task, skillGroupId, memberIds } = await this.distributionScope(
        em,
        viewer,
        input.taskId,
        input.skillGroupId,
      )
      const assertMembers = (agentIds: string[], field: string) => {
        agentIds.forEach((agentId, index) => {
          if (!memberIds.has(agentId.toLowerCase()))
            throw fieldProblem(
              `${field}.${index}`,
              'NOT_SKILL_GROUP_MEMBER',
              'is not a member of the skill group',
            )
        })
      }
      const pool = await poolOf(em, task.id, skillGroupId)
      let shares: Map<string, string[]>
      switch (input.mode) {
        case DistributionMode.EVENLY: {
          const agentIds = input.agentIds ?? []
          if (!agentIds.length) throw fieldProblem('agentIds', 'REQUIRED', 'is required')
          assertMembers(agentIds, 'agentIds')
          shares = distributeEvenly(
            pool,
            agentIds.map((id) => id.toLowerCase()),
          )
          break
        }
        case DistributionMode.BY_COUNT: {
          const counts = input.shares ?? []
          if (!counts.length) throw fieldProblem('shares', 'REQUIRED', 'is required')
          assertMembers(
            counts.map((share) => share.agentId),
            'shares',
          )
          counts.forEach((share, index) => {
            if (!Number.isInteger(share.count) || share.count < 1)
              throw fieldProblem(`shares.${index}.count`, 'TOO_SMALL', 'must be at least 1')
          })
          const planned = distributeByCount(
            pool,
            counts.map((share) => ({ ...share, agentId: share.agentId.toLowerCase() })),
          )
          if (!planned)
            throw new ConflictError('NOT_ENOUGH_ITEMS', `Only ${pool.length} items are undistributed.`, {
              field: 'shares',
              params: { available: pool.length },
            })
          shares = planned
          break
        }
        case DistributionMode.BY_HAND: {
          const agentIds = input.agentIds ?? []
          if (agentIds.length !== 1)
            throw fieldProblem('agentIds', 'ONE_AGENT_REQUIRED', 'must name exactly one member')
          assertMembers(agentIds, 'agentIds')
          const inPool = new Set(pool)
          const itemIds = (input.itemIds ?? []).map((id) => id.toLowerCase())
          itemIds.forEach((id, index) => {
            if (!inPool.has(id))
              throw fieldProblem(
                `itemIds.${index}`,
                'ITEM_NOT_IN_POOL',
                'is not an undistributed item of the skill group',
              )
          })
          shares = new Map([[agentIds[0]!.toLowerCase(), itemIds]])
          break
        }
      }
      return assignItems(em, task.id, skillGroupId, shares, this.clock.now())
    })
    if (assigned > 0) this.dialable(viewer.tenantId)
    return assigned
  }

  /** Takes undialled items back from members into the skill group's pool; returns how many came back. */
  async takeBack(viewer: Viewer, taskId: string, skillGroupId: string, itemIds: string[]): Promise<number> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const scope = await this.distributionScope(em, viewer, taskId, skillGroupId)
      const now = this.clock.now()
      const ids = wellFormed(itemIds)
      return takeBackItems(
        em,
        scope.task.id,
        scope.skillGroupId,
        ids,
        now,
        new Date(now.getTime() - ITEM_LOCK_MS),
      )
    })
  }

  // ── do-not-call list ───────────────────────────────────────────────────────────────────────────────

  async listDoNotCall(
    viewer: Viewer,
    search: string | null | undefined,
    pageInput?: PageInput,
  ): Promise<Page<DoNotCallView>> {
    const page = validatePage(pageInput)
    this.assertManager(viewer)
    const digits = (search ?? '').replace(/\D/g, '') || null
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { rows, totalCount } = await pageOfDoNotCall(em, digits, page.offset, page.limit)
      return {
        items: rows.map((row) => ({ ...row, source: row.source as DoNotCallSource })),
        totalCount,
        ...page,
      }
    })
  }

  /** Administrators add any number; agents only the number of a call they are on or had. */
  async addDoNotCall(viewer: Viewer, input: unknown): Promise<DoNotCallView> {
    if (!isTelesales(viewer))
      throw new ForbiddenError('The do-not-call list belongs to the telesales organisation.')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const data = validateInput(addDncSchema(homeRegion), input)
      let callId: string | null = null
      if (data.callId) {
        const call = await em.findOne(CallRecord, { id: knownId(data.callId, 'Call') })
        if (!call) throw new NotFoundError('Call')
        callId = call.id
      } else if (!isAdmin(viewer)) {
        throw new ForbiddenError('Agents add numbers to the do-not-call list from a call.')
      }
      const entry = em.create(DoNotCallEntry, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        phoneNumber: data.phoneNumber,
        reason: data.reason,
        source: callId ? DoNotCallSource.CALL : DoNotCallSource.MANUAL,
        callId,
        createdBy: viewer.apiKeyId ? null : viewer.userId,
        createdAt: this.clock.now(),
      })
      await flushUnique(
        em,
        () =>
          new ConflictError('ALREADY_ON_DO_NOT_CALL_LIST', 'The number is already on the list.', {
            field: 'phoneNumber',
          }),
      )
      await this.record(em, viewer, {
        action: 'DO_NOT_CALL_ADDED',
        entityType: 'DO_NOT_CALL',
        entityId: entry.id,
        after: { phoneNumber: entry.phoneNumber, reason: entry.reason, source: entry.source },
      })
      const name = viewer.apiKeyId ? '' : ((await em.findOne(User, { id: viewer.userId }))?.name ?? '')
      return { ...entry, createdByName: name }
    })
  }

  /** Removal needs a reason, kept in the audit log with the number. */
  async removeDoNotCall(viewer: Viewer, id: string, reason: string): Promise<boolean> {
    this.assertManager(viewer)
    const why = validateInput(
      z.object({
        reason: z.string().trim().min(1, 'is required').max(500, 'must be at most 500 characters'),
      }),
      { reason },
    ).reason
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const entry = await em.findOne(DoNotCallEntry, { id: knownId(id, 'DoNotCallEntry') })
      if (!entry) throw new NotFoundError('DoNotCallEntry')
      await em.removeAndFlush(entry)
      await this.record(em, viewer, {
        action: 'DO_NOT_CALL_REMOVED',
        entityType: 'DO_NOT_CALL',
        entityId: entry.id,
        before: { phoneNumber: entry.phoneNumber, reason: entry.reason },
        after: { removalReason: why },
      })
      return true
    })
  }

  // ── rules ──────────────────────────────────────────────────────────────────────────────────────────

  private assertManager(viewer: Viewer): void {
    assertTelesalesAdmin(viewer)
  }

  /** An item is opened and dialled only while its task is active (a pause stops new dials at once). */
  private async activeTaskOf(em: EntityManager, item: TaskItem): Promise<OutboundTask> {
    const task = await em.findOneOrFail(OutboundTask, { id: item.taskId })
    if (task.status !== OutboundTaskStatus.ACTIVE)
      throw new ConflictError('TASK_STATE_FORBIDS', `The task is ${task.status}.`, {
        params: { status: task.status },
      })
    return task
  }

  private async findTask(em: EntityManager, viewer: Viewer, id: string): Promise<OutboundTask> {
    return em.findOneOrFail(OutboundTask, { id: await visibleTaskId(em, viewer, id) })
  }

  /** An item the viewer may see; others are not found, so their existence stays hidden. */
  private async findItem(em: EntityManager, viewer: Viewer, id: string): Promise<TaskItem> {
    if (!isTelesales(viewer)) throw new NotFoundError('TaskItem')
    const item = await em.findOne(TaskItem, { id: knownId(id, 'TaskItem') })
    const reach = await this.itemReach(em, viewer)
    const visible =
      item &&
      (!reach ||
        (item.assigneeAgentId !== null && reach.agentIds.includes(item.assigneeAgentId)) ||
        (item.assigneeSkillGroupId !== null && reach.skillGroupIds.includes(item.assigneeSkillGroupId)))
    if (!visible) throw new NotFoundError('TaskItem')
    return item
  }

  /** Administrators see every item; a leader also the items of the skill groups they belong to; an agent their own. */
  private async itemReach(em: EntityManager, viewer: Viewer): Promise<ItemReach | null> {
    if (isAdmin(viewer)) return null
    const self = viewer.apiKeyId ? [] : [viewer.userId]
    if (viewer.role !== Role.GROUP_LEADER) return { agentIds: self, skillGroupIds: [] }
    return { agentIds: self, skillGroupIds: await this.ownSkillGroups(em, viewer) }
  }

  private async ownSkillGroups(em: EntityManager, viewer: Viewer): Promise<string[]> {
    if (viewer.apiKeyId) return []
    const memberships = await em.find(SkillGroupMember, { userId: viewer.userId })
    return memberships.map((member) => member.skillGroupId)
  }

  /** The task, the skill group (one of the task's) and its members; a leader only for their own skill groups. */
  private async distributionScope(em: EntityManager, viewer: Viewer, taskId: string, skillGroupId: string) {
    const task = await this.findTask(em, viewer, taskId)
    const groupId = knownId(skillGroupId, 'SkillGroup')
    if (!task.skillGroupIds.includes(groupId)) throw new NotFoundError('SkillGroup')
    if (!isAdmin(viewer)) {
      if (viewer.role !== Role.GROUP_LEADER)
        throw new ForbiddenError('Group leaders distribute a skill group’s items.')
      if (!(await this.ownSkillGroups(em, viewer)).includes(groupId))
        throw new ForbiddenError('You distribute the items of your own skill groups only.')
    }
    const members = await em.find(SkillGroupMember, { skillGroupId: groupId })
    return { task, skillGroupId: groupId, memberIds: new Set(members.map((member) => member.userId)) }
  }

  private async checkTaskFields(em: EntityManager, ids: string[]): Promise<string[]> {
    const found = await em.find(CustomFieldDefinition, { id: { $in: wellFormed(ids) } })
    return checkChosen(
      ids,
      found,
      'CustomField',
      (field) => field.entity === CustomFieldEntity.OUTBOUND_TASK,
      {
        field: 'customFieldIds',
        code: 'NOT_TASK_FIELD',
        message: 'is not a task-data custom field',
      },
    )
  }

  private async checkAgents(em: EntityManager, ids: string[]): Promise<string[]> {
    const found = await em.find(User, { id: { $in: wellFormed(ids) }, deletedAt: null })
    const isTelesalesAgent = (user: User) =>
      user.organization === Organization.TELESALES && [Role.AGENT, Role.GROUP_LEADER].includes(user.role)
    return checkChosen(ids, found, 'Agent', isTelesalesAgent, {
      field: 'agentIds',
      code: 'NOT_TELESALES_AGENT',
      message: 'is not an agent of the telesales organisation',
    })
  }

  private async checkSkillGroups(em: EntityManager, ids: string[]): Promise<string[]> {
    const found = await em.find(SkillGroup, { id: { $in: wellFormed(ids) } })
    return checkChosen(ids, found, 'SkillGroup', (group) => group.organization === Organization.TELESALES, {
      field: 'skillGroupIds',
      code: 'NOT_TELESALES_SKILL_GROUP',
      message: 'is not a skill group of the telesales organisation',
    })
  }

  /** An item goes to an agent of the task (directly or through one of its skill groups) or to one of its skill groups. */
  private async checkItemAssignee(
    em: EntityManager,
    task: OutboundTask,
    agentId: string | null,
    skillGroupId: string | null,
  ) {
    const groupId = skillGroupId?.toLowerCase() ?? null
    if (groupId && !task.skillGroupIds.includes(groupId))
      throw fieldProblem('assigneeSkillGroupId', 'NOT_TASK_ASSIGNEE', 'is not assigned to the task')
    if (!agentId) return
    const id = agentId.toLowerCase()
    if (task.agentIds.includes(id) && !groupId) return
    const groups = groupId ? [groupId] : task.skillGroupIds
    const membership = groups.length
      ? await em.findOne(SkillGroupMember, {
          userId: knownId(id, 'Agent'),
          skillGroupId: { $in: groups },
        })
      : null
    if (!membership) throw fieldProblem('assigneeAgentId', 'NOT_TASK_ASSIGNEE', 'is not assigned to the task')
  }

  private async views(em: EntityManager, tasks: OutboundTask[]): Promise<OutboundTaskView[]> {
    const numbers = tasks.length
      ? await em.find(PhoneNumber, { id: { $in: [...new Set(tasks.map((task) => task.callerIdNumberId))] } })
      : []
    const numberOf = new Map(numbers.map((number) => [number.id, number.number]))
    const progress = await progressOf(
      em,
      tasks.map((task) => task.id),
    )
    return tasks.map((task) => ({
      id: task.id,
      name: task.name,
      description: task.description,
      startsOn: String(task.startsOn).slice(0, 10),
      endsOn: String(task.endsOn).slice(0, 10),
      callerIdNumberId: task.callerIdNumberId,
      callerIdNumber: numberOf.get(task.callerIdNumberId) ?? '',
      customFieldIds: task.customFieldIds,
      script: task.script,
      followUpResults: task.followUpResults,
      agentIds: task.agentIds,
      skillGroupIds: task.skillGroupIds,
      status: task.status,
      dialing: dialingOf(task),
      createdAt: task.createdAt,
      ...(progress.get(task.id) ?? { itemCount: 0, dialledCount: 0, resultCount: 0 }),
    }))
  }

  /** LOCKED is what people see while a fresh lock holds; the stored progress otherwise. */
  private itemView(item: Omit<ItemRow, 'status'> & { status: string }): TaskItemView {
    const isLocked =
      item.lockedBy !== null &&
      item.lockedAt !== null &&
      this.clock.now().getTime() - new Date(item.lockedAt).getTime() < ITEM_LOCK_MS
    return {
      id: item.id,
      taskId: item.taskId,
      taskName: item.taskName,
      phoneNumber: item.phoneNumber,
      customFields: item.customFields,
      assigneeAgentId: item.assigneeAgentId,
      assigneeSkillGroupId: item.assigneeSkillGroupId,
      status:
        isLocked && item.status === StoredItemStatus.NEW
          ? TaskItemStatus.LOCKED
          : (item.status as TaskItemStatus),
      followUpResult: item.followUpResult,
      notes: item.notes,
      nextContactAt: item.nextContactAt,
      lockedBy: isLocked ? item.lockedBy : null,
      dialRefusal: item.dialRefusal,
      createdAt: item.createdAt,
    }
  }

  private record(em: EntityManager, viewer: Viewer, change: AuditChange): Promise<void> {
    return this.audit.record(em, viewer, { organization: Organization.TELESALES, ...change })
  }
}

const UUID_LIKE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Flushes; a unique index's refusal becomes the conflict people are told about. */
async function flushUnique(em: EntityManager, conflict: () => ConflictError): Promise<void> {
  try {
    await em.flush()
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict()
    throw error
  }
}

const wellFormed = (ids: string[]) => ids.filter((id) => UUID_LIKE.test(id)).map((id) => id.toLowerCase())

/**
 * Chosen IDs against the rows found for them: an unknown one (or another tenant's) is not found; a known
 * one of the wrong kind is a field problem at its index. Returns the IDs without repeats.
 */
function checkChosen<Row extends { id: string }>(
  ids: string[],
  found: Row[],
  what: string,
  isAllowed: (row: Row) => boolean,
  refusal: { field: string; code: Parameters<typeof problem>[0]; message: string },
): string[] {
  const byId = new Map(found.map((row) => [row.id, row]))
  ids.forEach((id, index) => {
    const row = byId.get(id.toLowerCase())
    if (!row) throw new NotFoundError(what)
    if (!isAllowed(row)) throw fieldProblem(`${refusal.field}.${index}`, refusal.code, refusal.message)
  })
  return [...new Set(ids.map((id) => id.toLowerCase()))]
}
