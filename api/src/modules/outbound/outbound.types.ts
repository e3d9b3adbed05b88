import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { GraphQLJSONObject } from 'graphql-scalars'
import { PageOf } from '../../graphql/pagination.js'
import { DialingMode, DoNotCallSource, OutboundTaskStatus } from './outbound.entity.js'

registerEnumType(OutboundTaskStatus, {
  name: 'OutboundTaskStatus',
  description: 'Where an outbound task stands (A12).',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; agents do not dial it yet.' },
    ACTIVE: { description: 'Agents dial its items.' },
    PAUSED: { description: 'Stopped for now; resumed by an administrator.' },
    CLOSED: { description: 'Finished for good; its items stay for the statistics.' },
  },
})

registerEnumType(DialingMode, {
  name: 'DialingMode',
  description: 'Who dials a task’s numbers (X4).',
  valuesConfig: {
    PREVIEW: { description: 'Agents open a number, read it, and dial it with one click.' },
    PROGRESSIVE: {
      description:
        'The platform dials the next number for each idle agent of the task, agent leg first. Answering machines are not detected.',
    },
  },
})

export enum TaskItemStatus {
  NEW = 'NEW',
  LOCKED = 'LOCKED',
  DIALLED = 'DIALLED',
  RESULT_RECORDED = 'RESULT_RECORDED',
}

registerEnumType(TaskItemStatus, {
  name: 'TaskItemStatus',
  description: 'Where a number of a task stands.',
  valuesConfig: {
    NEW: { description: 'Not dialled yet.' },
    LOCKED: { description: 'An agent has it open now; nobody else can dial it.' },
    DIALLED: { description: 'Dialled, no follow-up result yet.' },
    RESULT_RECORDED: { description: 'Dialled and a follow-up result recorded.' },
  },
})

registerEnumType(DoNotCallSource, {
  name: 'DoNotCallSource',
  description: 'How a number came onto the do-not-call list.',
  valuesConfig: {
    MANUAL: { description: 'Added by an administrator.' },
    CALL: { description: 'Added from a call, at the called person’s request.' },
  },
})

export enum DistributionMode {
  EVENLY = 'EVENLY',
  BY_COUNT = 'BY_COUNT',
  BY_HAND = 'BY_HAND',
}

registerEnumType(DistributionMode, {
  name: 'DistributionMode',
  description: 'How a group leader shares a skill group’s items among its members.',
  valuesConfig: {
    EVENLY: { description: 'All undistributed items, as evenly as they divide.' },
    BY_COUNT: { description: 'A given number of undistributed items per member.' },
    BY_HAND: { description: 'Chosen items to one member.' },
  },
})

/**
 * The words of a follow-up result, the same read and written: both types inherit its fields. Referenced
 * by no field itself, it stays out of the schema.
 */
@ObjectType({ description: 'The words of a follow-up result.' })
@InputType('FollowUpResultWordsInput', { description: 'The words of a follow-up result.' })
abstract class FollowUpResultWords {
  @Field(() => String, { description: 'What is stored; unique in the task.' })
  value!: string

  @Field(() => String, { description: 'What agents read, in Chinese.' })
  labelZh!: string

  @Field(() => String, { description: 'What agents read, in English.' })
  labelEn!: string
}

@ObjectType({ description: 'A follow-up result agents choose after a call, e.g. “interested”.' })
export class FollowUpResultView extends FollowUpResultWords {
  @Field(() => Boolean, {
    description:
      'Whether it counts as a success: the statistics’ conversion (A14) is the dialled items whose result counts as a success, divided by the dialled items. The default results count “interested” only.',
  })
  isSuccess!: boolean
}

@InputType({ description: 'A follow-up result agents choose after a call.' })
export class FollowUpResultInput extends FollowUpResultWords {
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether an item with this result counts as converted in the statistics (A14): conversion is such items divided by the dialled items. False when omitted.',
  })
  isSuccess?: boolean | null
}

@ObjectType({
  description: 'A wall-clock range of the callee’s day in which a progressive task may call (X4).',
})
@InputType('CallingWindowInput', {
  description: 'A calling-hour window, HH:MM to HH:MM of the callee’s day.',
})
export class CallingWindowView {
  @Field(() => String, { description: 'Start, HH:MM, inclusive.' })
  start!: string

  @Field(() => String, { description: 'End, HH:MM (24:00 for midnight), exclusive; after the start.' })
  end!: string
}

@ObjectType('DialingSettings', { description: 'How a task’s numbers are dialled (X4).' })
export class DialingSettingsView {
  @Field(() => DialingMode, { description: 'Preview (agents dial) or progressive (the platform dials).' })
  mode!: DialingMode

  @Field(() => [CallingWindowView], {
    description: 'Progressive: windows in the callee’s local time (by number region); empty for any time.',
  })
  callingWindows!: CallingWindowView[]

  @Field(() => [String], { description: 'Progressive: dates (YYYY-MM-DD, callee’s calendar) with no dials.' })
  holidays!: string[]

  @Field(() => Int, {
    description: 'Progressive: minutes before a number not answered or busy is dialled again.',
  })
  retryAfterMinutes!: number

  @Field(() => Int, { description: 'Progressive: how many times such a number is dialled again, at most.' })
  maxRetries!: number

  @Field(() => Int, { description: 'Progressive: dials to one number per day over all tasks, at most.' })
  dailyAttemptCap!: number
}

@InputType({ description: 'How a task’s numbers are dialled (X4).' })
export class DialingSettingsInput {
  @Field(() => DialingMode, { description: 'Preview or progressive.' })
  mode!: DialingMode

  @Field(() => [CallingWindowView], {
    nullable: true,
    description: 'Up to 6 non-overlapping windows in the callee’s local time; empty or absent for any time.',
  })
  callingWindows?: CallingWindowView[] | null

  @Field(() => [String], { nullable: true, description: 'Holiday dates YYYY-MM-DD, no repeats.' })
  holidays?: string[] | null

  @Field(() => Int, { nullable: true, description: 'Minutes before a retry, 1–10080; 30 when absent.' })
  retryAfterMinutes?: number | null

  @Field(() => Int, { nullable: true, description: 'Retries after no answer or busy, 0–20; 2 when absent.' })
  maxRetries?: number | null

  @Field(() => Int, { nullable: true, description: 'Dials per number per day, 1–50; 3 when absent.' })
  dailyAttemptCap?: number | null
}

@ObjectType('OutboundTask', { description: 'An outbound task of the telesales organisation (A12).' })
export class OutboundTaskView {
  @Field(() => ID, { description: 'Task identifier.' })
  id!: string

  @Field(() => String, { description: 'Name, unique in the company.' })
  name!: string

  @Field(() => String, { description: 'Free text for the team; may be empty.' })
  description!: string

  @Field(() => String, { description: 'First day, YYYY-MM-DD in the company’s time zone.' })
  startsOn!: string

  @Field(() => String, { description: 'Last day, YYYY-MM-DD in the company’s time zone.' })
  endsOn!: string

  @Field(() => ID, { description: 'The company number shown to the people called.' })
  callerIdNumberId!: string

  @Field(() => String, { description: 'That number in E.164.' })
  callerIdNumber!: string

  @Field(() => [ID], { description: 'The task-data custom fields its items carry, in order.' })
  customFieldIds!: string[]

  @Field(() => String, { description: 'The script agents see while calling; may be empty.' })
  script!: string

  @Field(() => [FollowUpResultView], { description: 'The follow-up results agents choose from, in order.' })
  followUpResults!: FollowUpResultView[]

  @Field(() => [ID], { description: 'Agents assigned directly.' })
  agentIds!: string[]

  @Field(() => [ID], { description: 'Skill groups assigned; their leaders share items out to members.' })
  skillGroupIds!: string[]

  @Field(() => OutboundTaskStatus, { description: 'Where the task stands.' })
  status!: OutboundTaskStatus

  @Field(() => DialingSettingsView, { description: 'Preview or progressive dialing, with its rules (X4).' })
  dialing!: DialingSettingsView

  @Field(() => Date, { description: 'When the task was created.' })
  createdAt!: Date

  @Field(() => Int, { description: 'How many numbers it has.' })
  itemCount!: number

  @Field(() => Int, { description: 'How many of them were dialled at least once.' })
  dialledCount!: number

  @Field(() => Int, { description: 'How many have a follow-up result.' })
  resultCount!: number
}

export const OutboundTaskPage = PageOf(OutboundTaskView, 'OutboundTask')

@InputType({ description: 'A new outbound task; it starts as a draft.' })
export class CreateOutboundTaskInput {
  @Field(() => String, { description: 'Name, 1–100 characters, unique in the company.' })
  name!: string

  @Field(() => String, { nullable: true, description: 'Free text, up to 2000 characters.' })
  description?: string | null

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  startsOn!: string

  @Field(() => String, { description: 'Last day, YYYY-MM-DD; not before the first.' })
  endsOn!: string

  @Field(() => ID, { description: 'One of the company’s numbers, shown to the people called.' })
  callerIdNumberId!: string

  @Field(() => [ID], { nullable: true, description: 'Task-data (OUTBOUND_TASK) custom fields, in order.' })
  customFieldIds?: string[] | null

  @Field(() => String, { nullable: true, description: 'The script agents see, up to 20000 characters.' })
  script?: string | null

  @Field(() => [FollowUpResultInput], {
    nullable: true,
    description:
      'The follow-up results; interested (a success), call back, not interested, wrong number when omitted.',
  })
  followUpResults?: FollowUpResultInput[] | null

  @Field(() => [ID], { nullable: true, description: 'Agents of the telesales organisation.' })
  agentIds?: string[] | null

  @Field(() => [ID], { nullable: true, description: 'Skill groups of the telesales organisation.' })
  skillGroupIds?: string[] | null

  @Field(() => DialingSettingsInput, {
    nullable: true,
    description: 'Preview or progressive dialing (X4); absent: preview on creation, unchanged on update.',
  })
  dialing?: DialingSettingsInput | null
}

@InputType({
  description: 'A task’s new settings, all of them as on creation; a closed task stays as it is.',
})
export class UpdateOutboundTaskInput extends CreateOutboundTaskInput {}

@ObjectType('TaskItem', { description: 'One number to call of an outbound task.' })
export class TaskItemView {
  @Field(() => ID, { description: 'Item identifier.' })
  id!: string

  @Field(() => ID, { description: 'The task.' })
  taskId!: string

  @Field(() => String, { description: 'The task’s name.' })
  taskName!: string

  @Field(() => String, { description: 'The number, E.164.' })
  phoneNumber!: string

  @Field(() => GraphQLJSONObject, { description: 'Values of the task’s custom fields, by key.' })
  customFields!: Record<string, unknown>

  @Field(() => ID, {
    nullable: true,
    description: 'The agent who calls it; null while in a skill group’s pool.',
  })
  assigneeAgentId!: string | null

  @Field(() => ID, { nullable: true, description: 'The skill group it was given to, if any.' })
  assigneeSkillGroupId!: string | null

  @Field(() => TaskItemStatus, { description: 'Where it stands.' })
  status!: TaskItemStatus

  @Field(() => String, { nullable: true, description: 'The follow-up result recorded, by value.' })
  followUpResult!: string | null

  @Field(() => String, { description: 'The agent’s notes; may be empty.' })
  notes!: string

  @Field(() => Date, { nullable: true, description: 'When to call again, if planned.' })
  nextContactAt!: Date | null

  @Field(() => ID, { nullable: true, description: 'The agent who has it open now, while the lock holds.' })
  lockedBy!: string | null

  @Field(() => String, {
    nullable: true,
    description:
      'X4: why the progressive dialer no longer dials it, as the outbound guard’s problem code (INVALID_PHONE_NUMBER, INTERNATIONAL_NOT_ALLOWED, PREMIUM_RATE_NOT_ALLOWED); null while it may be dialled.',
  })
  dialRefusal!: string | null

  @Field(() => Date, { description: 'When it was added.' })
  createdAt!: Date
}

export const TaskItemPage = PageOf(TaskItemView, 'TaskItem')

@InputType({
  description: 'A number to add to a task; give an agent or a skill group of the task, or neither.',
})
export class AddTaskItemInput {
  @Field(() => String, { description: 'The number; national numbers are read in the company’s home region.' })
  phoneNumber!: string

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Values of the task’s custom fields, by key.',
  })
  customFields?: Record<string, unknown> | null

  @Field(() => ID, {
    nullable: true,
    description: 'An agent assigned to the task (or a member of its skill group).',
  })
  assigneeAgentId?: string | null

  @Field(() => ID, { nullable: true, description: 'A skill group assigned to the task.' })
  assigneeSkillGroupId?: string | null
}

@InputType({ description: 'Which items a list shows; every condition given must hold.' })
export class TaskItemFilter {
  @Field(() => TaskItemStatus, { nullable: true, description: 'Where the items stand.' })
  status?: TaskItemStatus | null

  @Field(() => String, { nullable: true, description: 'The follow-up result recorded, by value.' })
  followUpResult?: string | null

  @Field(() => ID, { nullable: true, description: 'The agent the items are assigned to.' })
  assigneeAgentId?: string | null

  @Field(() => Date, {
    nullable: true,
    description: 'Items planned to be called again before this time (the end of today: “call back today”).',
  })
  nextContactBefore?: Date | null
}

@InputType({ description: 'What the agent records after calling an item (G7).' })
export class RecordTaskItemResultInput {
  @Field(() => String, { description: 'One of the task’s follow-up results, by value.' })
  followUpResult!: string

  @Field(() => String, { nullable: true, description: 'Notes, up to 2000 characters.' })
  notes?: string | null

  @Field(() => Date, {
    nullable: true,
    description: 'When to call again, in the future; creates a contact plan for the agent.',
  })
  nextContactAt?: Date | null
}

@InputType({ description: 'How many undistributed items one member gets.' })
export class DistributionShareInput {
  @Field(() => ID, { description: 'A member of the skill group.' })
  agentId!: string

  @Field(() => Int, { description: 'How many items, 1 or more.' })
  count!: number
}

@InputType({ description: 'A group leader’s share-out of a skill group’s items of a task.' })
export class DistributeTaskItemsInput {
  @Field(() => ID, { description: 'The task.' })
  taskId!: string

  @Field(() => ID, { description: 'The skill group whose pool is shared out.' })
  skillGroupId!: string

  @Field(() => DistributionMode, { description: 'How.' })
  mode!: DistributionMode

  @Field(() => [ID], { nullable: true, description: 'EVENLY: the members; BY_HAND: exactly one member.' })
  agentIds?: string[] | null

  @Field(() => [DistributionShareInput], { nullable: true, description: 'BY_COUNT: the count per member.' })
  shares?: DistributionShareInput[] | null

  @Field(() => [ID], { nullable: true, description: 'BY_HAND: the items.' })
  itemIds?: string[] | null
}

@ObjectType('DoNotCallEntry', { description: 'A number the company must not call.' })
export class DoNotCallView {
  @Field(() => ID, { description: 'Entry identifier.' })
  id!: string

  @Field(() => String, { description: 'The number, E.164.' })
  phoneNumber!: string

  @Field(() => String, { description: 'Why it must not be called.' })
  reason!: string

  @Field(() => DoNotCallSource, { description: 'How it came onto the list.' })
  source!: DoNotCallSource

  @Field(() => ID, { nullable: true, description: 'The call it was added from, if any.' })
  callId!: string | null

  @Field(() => String, { description: 'Who added it; empty when unknown.' })
  createdByName!: string

  @Field(() => Date, { description: 'When it was added.' })
  createdAt!: Date
}

export const DoNotCallPage = PageOf(DoNotCallView, 'DoNotCallEntry')

@InputType({ description: 'A number to put on the do-not-call list.' })
export class AddDoNotCallInput {
  @Field(() => String, { description: 'The number; national numbers are read in the company’s home region.' })
  phoneNumber!: string

  @Field(() => String, { description: 'Why, 1–500 characters.' })
  reason!: string

  @Field(() => ID, {
    nullable: true,
    description: 'The call the person asked on; agents add from a call only.',
  })
  callId?: string | null
}
