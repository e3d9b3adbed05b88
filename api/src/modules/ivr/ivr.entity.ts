// IVR rows (A7): flows with their versions, daily schedules and holidays.
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { IvrFlowDefinitionType } from './definition.types.js'
import type { IvrFlowDefinition } from './flow-definition.js'
import type { ScheduleDay } from './schedule-rules.js'

export enum IvrFlowVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}

registerEnumType(IvrFlowVersionStatus, {
  name: 'IvrFlowVersionStatus',
  description: 'Where a version of an IVR flow stands.',
  valuesConfig: {
    DRAFT: { description: 'Being edited; callers never hear it. At most one per flow.' },
    PUBLISHED: { description: 'Live: new calls follow it. At most one per flow.' },
    RETIRED: { description: 'Was live once; kept for history (calls begun on it finish on it).' },
  },
})

export enum IvrHolidayAction {
  FLOW = 'FLOW',
  CLOSED = 'CLOSED',
}

registerEnumType(IvrHolidayAction, {
  name: 'IvrHolidayAction',
  description: 'What callers get on a holiday.',
  valuesConfig: {
    FLOW: { description: 'The holiday’s own IVR flow, all day.' },
    CLOSED: {
      description:
        'A closed message (the holiday’s prompt, or the after-hours system prompt), then the call ends.',
    },
  },
})

@ObjectType({
  description: 'An IVR flow (A7): key-press menus that lead callers to a queue, an agent or a number.',
})
@Entity({ tableName: 'ivr_flow' })
export class IvrFlow {
  @Field(() => ID, { description: 'Flow identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Name, unique in the company, e.g. “主菜单”.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => String, { description: 'Free text for administrators.' })
  @Property({ type: 'string' })
  description: string = ''

  @Field(() => Date, { description: 'When the flow was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => Date, {
    description: 'When its name, description or draft last changed, or it was published.',
  })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date()
}

@ObjectType({ description: 'One version of an IVR flow: a draft, the live version, or a retired one.' })
@Entity({ tableName: 'ivr_flow_version' })
export class IvrFlowVersion {
  @Field(() => ID, { description: 'Version identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => ID, { description: 'The flow it is a version of.' })
  @Property({ type: 'uuid' })
  flowId!: string

  @Field(() => Int, { description: 'Version number: 1, 2, … in the order drafts were started.' })
  @Property({ type: 'integer' })
  version!: number

  @Field(() => IvrFlowVersionStatus, { description: 'Draft, live or retired.' })
  @Enum({ items: () => IvrFlowVersionStatus })
  status!: IvrFlowVersionStatus

  @Field(() => IvrFlowDefinitionType, { description: 'The menus of this version.' })
  @Property({ type: 'json' })
  definition!: IvrFlowDefinition

  @Property({ type: 'uuid[]' })
  promptIds: string[] = []

  @Property({ type: 'uuid[]' })
  skillGroupIds: string[] = []

  @Property({ type: 'uuid[]' })
  agentIds: string[] = []

  @Field(() => Date, { description: 'When the draft was last saved.' })
  @Property({ type: 'Date' })
  savedAt: Date = new Date()

  @Field(() => ID, { nullable: true, description: 'Who last saved it.' })
  @Property({ type: 'uuid', nullable: true })
  savedBy?: string | null

  @Field(() => Date, { nullable: true, description: 'When it went live; empty for a draft.' })
  @Property({ type: 'Date', nullable: true })
  publishedAt?: Date | null

  @Field(() => ID, { nullable: true, description: 'Who published it.' })
  @Property({ type: 'uuid', nullable: true })
  publishedBy?: string | null
}

@ObjectType({ description: 'A service hour range of one weekday, local time of the company.' })
export class IvrTimeRange {
  @Field(() => String, { description: 'Start, HH:MM (00:00–23:59).' })
  start!: string

  @Field(() => String, {
    description: 'End, HH:MM (up to 24:00), exclusive. Before the start: the range runs past midnight.',
  })
  end!: string
}

@ObjectType({ description: 'The service hours of one weekday.' })
export class IvrScheduleDay {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday.' })
  weekday!: number

  @Field(() => [IvrTimeRange], { description: 'The time ranges the IVR flow answers in.' })
  ranges!: IvrTimeRange[]
}

@ObjectType({
  description:
    'A daily IVR (A7): on the chosen weekdays and time ranges (the service hours) calls follow its flow; outside them the after-hours prompt plays. Numbers follow a schedule.',
})
@Entity({ tableName: 'ivr_schedule' })
export class IvrSchedule {
  @Field(() => ID, { description: 'Schedule identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Name, unique in the company, e.g. “工作日”.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => ID, { description: 'The IVR flow callers follow in service hours.' })
  @Property({ type: 'uuid' })
  flowId!: string

  @Field(() => [IvrScheduleDay], {
    description: 'Service hours per weekday, in the company’s time zone; weekdays not listed are closed.',
  })
  @Property({ type: 'json' })
  days: ScheduleDay[] = []

  @Field(() => Date, { description: 'When the schedule was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => Date, { description: 'When it last changed.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date()
}

@ObjectType({
  description:
    'A holiday IVR (A7): on these local dates it overrides the daily IVR with its own flow or a closed message.',
})
@Entity({ tableName: 'ivr_holiday' })
export class IvrHoliday {
  @Field(() => ID, { description: 'Holiday identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Name, e.g. “春节”.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => String, { description: 'First day, YYYY-MM-DD, in the company’s time zone.' })
  @Property({ type: 'date' })
  startDate!: string

  @Field(() => String, { description: 'Last day (inclusive), YYYY-MM-DD.' })
  @Property({ type: 'date' })
  endDate!: string

  @Field(() => ID, {
    nullable: true,
    description: 'The schedule it overrides; empty: every schedule of the company.',
  })
  @Property({ type: 'uuid', nullable: true })
  scheduleId?: string | null

  @Field(() => IvrHolidayAction, { description: 'Its own flow, or closed.' })
  @Enum({ items: () => IvrHolidayAction })
  action!: IvrHolidayAction

  @Field(() => ID, { nullable: true, description: 'FLOW: the flow callers follow.' })
  @Property({ type: 'uuid', nullable: true })
  flowId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'CLOSED: the approved prompt played; the after-hours system prompt when empty.',
  })
  @Property({ type: 'uuid', nullable: true })
  closedPromptId?: string | null

  @Field(() => Date, { description: 'When the holiday was added.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()
}

export enum IvrFlowUserKind {
  SCHEDULE = 'SCHEDULE',
  HOLIDAY = 'HOLIDAY',
}
registerEnumType(IvrFlowUserKind, {
  name: 'IvrFlowUserKind',
  description: 'What sends callers to an IVR flow.',
  valuesConfig: {
    SCHEDULE: { description: 'A daily schedule, in its service hours.' },
    HOLIDAY: { description: 'A holiday.' },
  },
})

@ObjectType({ description: 'A schedule or holiday that sends callers to an IVR flow.' })
export class IvrFlowUser {
  @Field(() => IvrFlowUserKind, { description: 'Schedule or holiday.' })
  kind!: IvrFlowUserKind

  @Field(() => ID, { description: 'The schedule’s or holiday’s ID.' })
  id!: string

  @Field(() => String, { description: 'Its name.' })
  name!: string
}
