// GraphQL inputs and answers of the IVR module (A7) besides the flow definition itself.
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { ID } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { PhoneNumber } from '../acd/settings.entity.js'
import {
  IvrFlow,
  IvrFlowVersion,
  IvrHoliday,
  IvrHolidayAction,
  IvrSchedule,
  IvrTimeRange,
} from './ivr.entity.js'
import { CallRoutingRule, NotInServiceReason } from './schedules.service.js'

registerEnumType(CallRoutingRule, {
  name: 'CallRoutingRule',
  description: 'The rule that decides what a call to a number gets.',
  valuesConfig: {
    HOLIDAY_FLOW: { description: 'A holiday applies and has its own IVR flow.' },
    HOLIDAY_CLOSED: { description: 'A holiday applies and is closed: a closed message, then the call ends.' },
    DAILY_FLOW: { description: 'Within the daily schedule’s service hours: its IVR flow plays.' },
    AFTER_HOURS: { description: 'Outside the service hours: the after-hours prompt, then the call ends.' },
    SKILL_GROUP: { description: 'The number goes straight to a skill group’s queue (no IVR).' },
    NOT_IN_SERVICE: { description: 'Callers hear that the number is not in service (see `reason`).' },
  },
})
registerEnumType(NotInServiceReason, {
  name: 'NotInServiceReason',
  description: 'Why a number is not in service.',
  valuesConfig: {
    NO_ROUTE: { description: 'The number has neither a skill group nor a schedule.' },
    FLOW_NOT_PUBLISHED: { description: 'The flow that applies has no published version yet: publish it.' },
  },
})

export const IvrFlowPage = PageOf(IvrFlow, 'IvrFlow')
export const IvrFlowVersionPage = PageOf(IvrFlowVersion, 'IvrFlowVersion')
export const IvrSchedulePage = PageOf(IvrSchedule, 'IvrSchedule')
export const IvrHolidayPage = PageOf(IvrHoliday, 'IvrHoliday')

@InputType({ description: 'A new IVR flow; its menus are saved as a draft afterwards.' })
export class CreateIvrFlowInput {
  @Field(() => String, { description: 'Name, 1–40 characters, unique in the company.' })
  name!: string

  @Field(() => String, { nullable: true, description: 'Free text, up to 200 characters.' })
  description?: string | null
}

@InputType({ description: 'Changes to a flow’s name or description; omitted fields stay.' })
export class UpdateIvrFlowInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null
}

@InputType({
  description:
    'A service-hours range: HH:MM to HH:MM, local time; an end before the start runs past midnight.',
})
export class IvrTimeRangeInput {
  @Field(() => String, { description: 'Start, HH:MM (00:00–23:59).' })
  start!: string

  @Field(() => String, { description: 'End, HH:MM (up to 24:00), exclusive.' })
  end!: string
}

@InputType({ description: 'The service hours of one weekday.' })
export class IvrScheduleDayInput {
  @Field(() => Int, { description: 'ISO weekday: 1 Monday … 7 Sunday; each at most once.' })
  weekday!: number

  @Field(() => [IvrTimeRangeInput], { description: '1–6 ranges that do not overlap.' })
  ranges!: IvrTimeRangeInput[]
}

@InputType({ description: 'A daily IVR schedule.' })
export class IvrScheduleInput {
  @Field(() => String, { description: 'Name, 1–40 characters, unique in the company.' })
  name!: string

  @Field(() => ID, { description: 'The flow callers follow in service hours.' })
  flowId!: string

  @Field(() => [IvrScheduleDayInput], {
    description: 'Service hours per weekday; weekdays left out are closed.',
  })
  days!: IvrScheduleDayInput[]
}

@InputType({ description: 'Changes to a schedule; omitted fields stay. `days` replaces all service hours.' })
export class UpdateIvrScheduleInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string

  @Field(() => ID, { nullable: true, description: 'Another flow.' })
  flowId?: string

  @Field(() => [IvrScheduleDayInput], {
    nullable: true,
    description: 'All service hours, replacing the old ones.',
  })
  days?: IvrScheduleDayInput[]
}

@InputType({ description: 'A holiday overriding the daily IVR.' })
export class IvrHolidayInput {
  @Field(() => String, { description: 'Name, 1–40 characters, e.g. “春节”.' })
  name!: string

  @Field(() => String, { description: 'First day, YYYY-MM-DD.' })
  startDate!: string

  @Field(() => String, { description: 'Last day (inclusive), YYYY-MM-DD; at most 366 days after the first.' })
  endDate!: string

  @Field(() => ID, { nullable: true, description: 'The schedule it overrides; empty: every schedule.' })
  scheduleId?: string | null

  @Field(() => IvrHolidayAction, { description: 'Its own flow, or closed.' })
  action!: IvrHolidayAction

  @Field(() => ID, { nullable: true, description: 'FLOW: the flow callers follow (required then).' })
  flowId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'CLOSED: an approved prompt to play; the after-hours system prompt when empty.',
  })
  closedPromptId?: string | null
}

@InputType({ description: 'Changes to a holiday; omitted fields stay.' })
export class UpdateIvrHolidayInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string

  @Field(() => String, { nullable: true, description: 'New first day, YYYY-MM-DD.' })
  startDate?: string

  @Field(() => String, { nullable: true, description: 'New last day, YYYY-MM-DD.' })
  endDate?: string

  @Field(() => ID, { nullable: true, description: 'The schedule it overrides; null: every schedule.' })
  scheduleId?: string | null

  @Field(() => IvrHolidayAction, { nullable: true, description: 'Its own flow, or closed.' })
  action?: IvrHolidayAction

  @Field(() => ID, { nullable: true, description: 'FLOW: the flow.' })
  flowId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'CLOSED: the approved prompt; null for the after-hours prompt.',
  })
  closedPromptId?: string | null
}

@InputType({ description: 'Which holidays to list.' })
export class IvrHolidayFilter {
  @Field(() => Int, { nullable: true, description: 'Holidays touching this year (2000–2100).' })
  year?: number | null

  @Field(() => ID, {
    nullable: true,
    description: 'Only the holidays of this schedule (not those of every schedule).',
  })
  scheduleId?: string | null
}

@ObjectType({ description: 'The service-hours range a moment fell in.' })
export class MatchedServiceHours {
  @Field(() => Int, { description: 'The weekday the range belongs to (1 Monday … 7 Sunday).' })
  weekday!: number

  @Field(() => IvrTimeRange, { description: 'The range.' })
  range!: IvrTimeRange
}

@ObjectType({ description: 'What a call to a number gets at a moment, and which rule decided it (A7).' })
export class CallRoutingPreview {
  @Field(() => PhoneNumber, { description: 'The company’s number checked.' })
  number!: PhoneNumber

  @Field(() => Date, { description: 'The moment checked.' })
  at!: Date

  @Field(() => String, { description: 'The company’s time zone the schedule is read in.' })
  timeZone!: string

  @Field(() => String, { description: 'The moment as the company’s clocks show it, YYYY-MM-DDTHH:MM.' })
  localTime!: string

  @Field(() => CallRoutingRule, { description: 'The rule that matched.' })
  rule!: CallRoutingRule

  @Field(() => NotInServiceReason, { nullable: true, description: 'NOT_IN_SERVICE: why.' })
  reason!: NotInServiceReason | null

  @Field(() => IvrSchedule, { nullable: true, description: 'The schedule the number follows.' })
  schedule!: IvrSchedule | null

  @Field(() => IvrHoliday, { nullable: true, description: 'The holiday that applies.' })
  holiday!: IvrHoliday | null

  @Field(() => MatchedServiceHours, { nullable: true, description: 'DAILY_FLOW: the service hours matched.' })
  serviceHours!: MatchedServiceHours | null

  @Field(() => IvrFlow, {
    nullable: true,
    description: 'The flow callers follow (HOLIDAY_FLOW, DAILY_FLOW).',
  })
  flow!: IvrFlow | null

  @Field(() => IvrFlowVersion, {
    nullable: true,
    description: 'The live version of that flow a call would follow.',
  })
  flowVersion!: IvrFlowVersion | null

  @Field(() => ID, { nullable: true, description: 'SKILL_GROUP: the skill group whose queue callers join.' })
  skillGroupId!: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'HOLIDAY_CLOSED: the holiday’s own prompt; empty when the after-hours prompt plays.',
  })
  closedPromptId!: string | null
}
