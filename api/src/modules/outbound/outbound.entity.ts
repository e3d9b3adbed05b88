import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import type { CustomFieldValues } from '../customers/custom-field-values.js'
import type { CallingWindow } from './calling-hours.js'

export enum OutboundTaskStatus {
  DRAFT = 'DRAFT',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  CLOSED = 'CLOSED',
}

/** X4: whether agents dial items themselves (PREVIEW) or the platform dials them for idle agents (PROGRESSIVE). */
export enum DialingMode {
  PREVIEW = 'PREVIEW',
  PROGRESSIVE = 'PROGRESSIVE',
}

/** What is stored of an item's progress; LOCKED is derived from a fresh lock, see TaskItemStatus. */
export enum StoredItemStatus {
  NEW = 'NEW',
  DIALLED = 'DIALLED',
  RESULT_RECORDED = 'RESULT_RECORDED',
}

/** One follow-up result agents choose from after a call, worded in both languages. */
export interface FollowUpResult {
  value: string
  labelZh: string
  labelEn: string
  /** Whether an item with this result counts as converted in the statistics (A14); e.g. “interested”. */
  isSuccess: boolean
}

/** An outbound task (A12) of the telesales organisation. */
@Entity({ tableName: 'outbound_task' })
export class OutboundTask {
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Property({ type: 'string' })
  name!: string

  @Property({ type: 'string' })
  description: string = ''

  /** Calendar dates in the tenant's time zone, YYYY-MM-DD. */
  @Property({ type: 'string', columnType: 'date' })
  startsOn!: string

  @Property({ type: 'string', columnType: 'date' })
  endsOn!: string

  /** One of the company's numbers (phone_number), shown to the people called. */
  @Property({ type: 'uuid' })
  callerIdNumberId!: string

  /** The OUTBOUND_TASK custom fields whose values the task's items carry. */
  @Property({ type: 'json' })
  customFieldIds: string[] = []

  @Property({ type: 'string' })
  script: string = ''

  @Property({ type: 'json' })
  followUpResults!: FollowUpResult[]

  @Property({ type: 'json' })
  agentIds: string[] = []

  @Property({ type: 'json' })
  skillGroupIds: string[] = []

  @Enum({ items: () => OutboundTaskStatus })
  status: OutboundTaskStatus = OutboundTaskStatus.DRAFT

  @Enum({ items: () => DialingMode })
  dialingMode: DialingMode = DialingMode.PREVIEW

  /** Progressive dialing only: wall-clock ranges of the callee's day; empty for any time. */
  @Property({ type: 'json' })
  callingWindows: CallingWindow[] = []

  /** Progressive dialing only: dates (YYYY-MM-DD, the callee's calendar) with no dials. */
  @Property({ type: 'json' })
  holidays: string[] = []

  /** After no answer or busy, the number is dialled again this many minutes later… */
  @Property({ type: 'integer' })
  retryAfterMinutes: number = 30

  /** …at most this many times. */
  @Property({ type: 'integer' })
  maxRetries: number = 2

  /** Dials to one number per callee day, over all of the company's tasks. */
  @Property({ type: 'integer' })
  dailyAttemptCap: number = 3

  @Property({ type: 'Date' })
  createdAt!: Date

  @Property({ type: 'Date' })
  updatedAt!: Date
}

/** One number to call of a task. Written one by one here, in bulk with COPY by the import. */
@Entity({ tableName: 'task_item' })
export class TaskItem {
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Property({ type: 'uuid' })
  taskId!: string

  /** E.164. */
  @Property({ type: 'string' })
  phoneNumber!: string

  @Property({ type: 'json' })
  customFields: CustomFieldValues = {}

  @Property({ type: 'uuid', nullable: true })
  assigneeAgentId: string | null = null

  @Property({ type: 'uuid', nullable: true })
  assigneeSkillGroupId: string | null = null

  @Enum({ items: () => StoredItemStatus })
  status: StoredItemStatus = StoredItemStatus.NEW

  @Property({ type: 'string', nullable: true })
  followUpResult: string | null = null

  @Property({ type: 'string' })
  notes: string = ''

  @Property({ type: 'Date', nullable: true })
  nextContactAt: Date | null = null

  /** When and by whom the follow-up result was last recorded: the agent workload's results (A14). */
  @Property({ type: 'Date', nullable: true })
  resultRecordedAt: Date | null = null

  @Property({ type: 'uuid', nullable: true })
  resultRecordedBy: string | null = null

  @Property({ type: 'uuid', nullable: true })
  lockedBy: string | null = null

  @Property({ type: 'Date', nullable: true })
  lockedAt: Date | null = null

  /** X4: why the progressive dialer may never dial this number (the outbound guard's problem code). */
  @Property({ type: 'string', nullable: true })
  dialRefusal: string | null = null

  @Property({ type: 'Date', nullable: true })
  dialRefusedAt: Date | null = null

  @Property({ type: 'Date' })
  createdAt!: Date

  @Property({ type: 'Date' })
  updatedAt!: Date
}

export enum DoNotCallSource {
  MANUAL = 'MANUAL',
  CALL = 'CALL',
}

/** A number the company must not call (issue 20 item 5); checked on adding items, on import and before dials. */
@Entity({ tableName: 'do_not_call' })
export class DoNotCallEntry {
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Property({ type: 'string' })
  phoneNumber!: string

  @Property({ type: 'string' })
  reason!: string

  @Enum({ items: () => DoNotCallSource })
  source!: DoNotCallSource

  @Property({ type: 'uuid', nullable: true })
  callId: string | null = null

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null

  @Property({ type: 'Date' })
  createdAt!: Date
}
