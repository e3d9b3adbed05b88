// GraphQL types of the outbound statistics (A14): per task, per agent and day, over a report period.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql'
import { ReportPeriodInput } from '../reports/reports.types.js'
import { OutboundTaskStatus } from './outbound.entity.js'

@InputType({
  description: 'What the outbound statistics (A14) cover: a period, and tasks and agents if chosen.',
})
export class OutboundStatisticsInput extends ReportPeriodInput {
  @Field(() => [ID], { nullable: true, description: 'These tasks only; every task when omitted or empty.' })
  taskIds?: string[] | null

  @Field(() => [ID], {
    nullable: true,
    description: 'The calls and results of these agents only; all the viewer sees when omitted or empty.',
  })
  agentIds?: string[] | null
}

@ObjectType({ description: 'How many dialled items of a task have one follow-up result now.' })
export class FollowUpResultCount {
  @Field(() => String, { description: 'The result, by value.' })
  value!: string

  @Field(() => String, {
    description: 'Its label in Chinese (the value, for a result the task no longer has).',
  })
  labelZh!: string

  @Field(() => String, {
    description: 'Its label in English (the value, for a result the task no longer has).',
  })
  labelEn!: string

  @Field(() => Boolean, { description: 'Whether it counts as a success (the conversion’s numerator).' })
  isSuccess!: boolean

  @Field(() => Int, { description: 'Items dialled in the period whose result this is.' })
  itemCount!: number
}

@ObjectType({
  description:
    'One task’s figures over the period (A14). Items are dialled when a call was placed for them in the period, connected when one of those calls was answered; results are those the dialled items have now.',
})
export class OutboundTaskStatistics {
  @Field(() => ID, { description: 'The task.' })
  taskId!: string

  @Field(() => String, { description: 'Its name.' })
  taskName!: string

  @Field(() => OutboundTaskStatus, { description: 'Where it stands now.' })
  status!: OutboundTaskStatus

  @Field(() => Int, { description: 'Its items (of the chosen agents, when agents are chosen).' })
  itemCount!: number

  @Field(() => Int, { description: 'Items dialled at least once in the period.' })
  dialledItems!: number

  @Field(() => Int, { description: 'Dialled items with at least one answered call in the period.' })
  connectedItems!: number

  @Field(() => Int, { description: 'Calls placed for its items in the period.' })
  calls!: number

  @Field(() => Int, { description: 'Of those, the calls the customer answered.' })
  connectedCalls!: number

  @Field(() => Int, { description: 'Talk time of those calls, in seconds.' })
  talkSeconds!: number

  @Field(() => [FollowUpResultCount], {
    description: 'The dialled items by follow-up result: each result of the task, then any it no longer has.',
  })
  results!: FollowUpResultCount[]

  @Field(() => Int, { description: 'Dialled items whose result counts as a success.' })
  successItems!: number

  @Field(() => Float, {
    nullable: true,
    description: 'Connect rate: connected items ÷ dialled items, 0–1; null when none was dialled.',
  })
  connectRate!: number | null

  @Field(() => Float, {
    nullable: true,
    description: 'Conversion: success items ÷ dialled items, 0–1; null when none was dialled.',
  })
  conversionRate!: number | null
}

@ObjectType({ description: 'One agent’s outbound work on one day of the company’s calendar (A14).' })
export class AgentWorkloadDay {
  @Field(() => String, { description: 'The day, YYYY-MM-DD in the company’s time zone.' })
  day!: string

  @Field(() => ID, { description: 'The agent.' })
  agentId!: string

  @Field(() => String, { nullable: true, description: 'Their name; null if unknown.' })
  agentName!: string | null

  @Field(() => Int, { description: 'Task calls they placed that day.' })
  calls!: number

  @Field(() => Int, { description: 'Of those, the calls the customer answered.' })
  connectedCalls!: number

  @Field(() => Int, { description: 'Talk time of those calls, in seconds.' })
  talkSeconds!: number

  @Field(() => Int, {
    description:
      'Follow-up results they recorded that day (an item counts once, on its latest result’s day).',
  })
  results!: number

  @Field(() => Int, { description: 'Of those results, the ones that count as a success.' })
  successes!: number
}

@ObjectType({ description: 'The outbound statistics (A14) of a period: per task and per agent and day.' })
export class OutboundStatistics {
  @Field(() => Date, { description: 'The first instant covered.' })
  from!: Date

  @Field(() => Date, { description: 'The end of the period (exclusive); now at the latest.' })
  to!: Date

  @Field(() => String, { description: 'The company’s time zone the days are read in.' })
  timeZone!: string

  @Field(() => [OutboundTaskStatistics], { description: 'The chosen tasks (or all), newest first.' })
  tasks!: OutboundTaskStatistics[]

  @Field(() => [AgentWorkloadDay], { description: 'Each agent’s work per day, by day then name.' })
  workload!: AgentWorkloadDay[]
}
