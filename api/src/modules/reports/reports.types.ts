// GraphQL types of the call report (A9): a period in the company's time zone, cut by day or hour and by
// company, skill group, agent or number. Its KPIs are the monitoring's (X2, `Kpis`); docs/kpis.md.
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { CallDirection } from '../calls/call-record.entity.js'
import { Kpis } from '../monitoring/kpis.types.js'

export enum ReportPeriodPreset {
  TODAY = 'TODAY',
  YESTERDAY = 'YESTERDAY',
  THIS_WEEK = 'THIS_WEEK',
  LAST_WEEK = 'LAST_WEEK',
  THIS_MONTH = 'THIS_MONTH',
  LAST_MONTH = 'LAST_MONTH',
  LAST_7_DAYS = 'LAST_7_DAYS',
  LAST_30_DAYS = 'LAST_30_DAYS',
  CUSTOM = 'CUSTOM',
}

registerEnumType(ReportPeriodPreset, {
  name: 'ReportPeriodPreset',
  description: 'A report period, in days of the company’s time zone; weeks start on Monday.',
  valuesConfig: {
    TODAY: { description: 'From midnight until now.' },
    YESTERDAY: { description: 'Yesterday, midnight to midnight.' },
    THIS_WEEK: { description: 'From Monday’s midnight until now.' },
    LAST_WEEK: { description: 'Last week, Monday to Sunday.' },
    THIS_MONTH: { description: 'From the first of the month until now.' },
    LAST_MONTH: { description: 'Last calendar month.' },
    LAST_7_DAYS: { description: 'Today and the 6 days before it.' },
    LAST_30_DAYS: { description: 'Today and the 29 days before it.' },
    CUSTOM: { description: 'From `fromDate` to `toDate`, both days included.' },
  },
})

export enum CallReportGrouping {
  TENANT = 'TENANT',
  SKILL_GROUP = 'SKILL_GROUP',
  AGENT = 'AGENT',
  NUMBER = 'NUMBER',
}

registerEnumType(CallReportGrouping, {
  name: 'CallReportGrouping',
  description: 'What each row of the call report is about.',
  valuesConfig: {
    TENANT: { description: 'The company as a whole (what the viewer may see).' },
    SKILL_GROUP: { description: 'Each skill group; calls without one (dialled out) in a row of their own.' },
    AGENT: { description: 'Each agent; queue facts of no agent (waiting, abandons) in a row of their own.' },
    NUMBER: { description: 'Each company number: the one dialled in, or the one shown when dialling out.' },
  },
})

export enum CallReportInterval {
  DAY = 'DAY',
  HOUR = 'HOUR',
}

registerEnumType(CallReportInterval, {
  name: 'CallReportInterval',
  description: 'How the period is cut, in the company’s time zone.',
  valuesConfig: {
    DAY: { description: 'One bucket a day, midnight to midnight (23 or 25 hours on a DST change).' },
    HOUR: { description: 'One bucket an hour (periods of at most 31 days).' },
  },
})

/** The period every report (A9) is asked for: a preset, or custom days, in the company's time zone. */
@InputType({ description: 'A report period (A9): a preset, or custom days, in the company’s time zone.' })
export class ReportPeriodInput {
  @Field(() => ReportPeriodPreset, { description: 'The period; CUSTOM takes fromDate and toDate.' })
  preset!: ReportPeriodPreset

  @Field(() => String, { nullable: true, description: 'CUSTOM: the first day, YYYY-MM-DD.' })
  fromDate?: string | null

  @Field(() => String, { nullable: true, description: 'CUSTOM: the last day (included), YYYY-MM-DD.' })
  toDate?: string | null
}

@InputType({ description: 'What the call report covers and how it is cut.' })
export class CallReportInput extends ReportPeriodInput {
  @Field(() => CallReportGrouping, { description: 'What each row is about.' })
  groupBy!: CallReportGrouping

  @Field(() => CallReportInterval, { description: 'Rows per day or per hour.' })
  interval!: CallReportInterval

  @Field(() => ID, { nullable: true, description: 'Only the calls of this skill group.' })
  skillGroupId?: string | null

  @Field(() => ID, { nullable: true, description: 'Only the calls of this agent.' })
  agentId?: string | null

  @Field(() => CallDirection, { nullable: true, description: 'Only inbound or only outbound calls.' })
  direction?: CallDirection | null
}

@ObjectType({
  description: 'The calls of one bucket (day or hour) and one key (skill group, agent, number).',
})
export class CallReportRow {
  @Field(() => Date, { description: 'The bucket’s first instant (midnight or the hour, company time zone).' })
  bucket!: Date

  @Field(() => String, {
    nullable: true,
    description:
      'The skill group’s or agent’s ID, or the number; empty for the company or for calls of none.',
  })
  key!: string | null

  @Field(() => String, { nullable: true, description: 'The skill group’s or agent’s name, or the number.' })
  name!: string | null

  @Field(() => Int, { description: 'Inbound calls that reached the company, counted when they started.' })
  inboundCalls!: number

  @Field(() => Int, { description: 'Of `inboundCalls`, those an agent answered.' })
  inboundAnswered!: number

  @Field(() => Int, {
    description:
      'Inbound missed: inboundCalls − inboundAnswered (hung up in the IVR or the queue, after hours).',
  })
  inboundMissed!: number

  @Field(() => Int, { description: 'Calls dialled out by agents, counted when they started.' })
  outboundCalls!: number

  @Field(() => Int, { description: 'Of `outboundCalls`, those the other party answered.' })
  outboundAnswered!: number

  @Field(() => Int, {
    description: 'Outbound missed: outboundCalls − outboundAnswered (no answer, busy, failed).',
  })
  outboundMissed!: number

  @Field(() => Float, {
    description: 'Talk time of the handled calls in seconds, hold included (as in AHT).',
  })
  talkSeconds!: number

  @Field(() => Float, { description: 'Time on hold in seconds, of the holds placed in the bucket.' })
  holdSeconds!: number

  @Field(() => Float, { description: 'After-call work of the handled calls in seconds.' })
  afterCallWorkSeconds!: number

  @Field(() => Float, {
    nullable: true,
    description: 'Average hold in seconds: holdSeconds / holds.',
  })
  averageHoldSeconds!: number | null

  @Field(() => Kpis, {
    description:
      'The KPIs of the bucket with the monitoring’s definitions (X2); occupancy and the longest wait are empty here.',
  })
  kpis!: Kpis
}

@ObjectType({ description: 'The call report (A9) of a period.' })
export class CallReport {
  @Field(() => Date, { description: 'The period’s first instant.' })
  from!: Date

  @Field(() => Date, { description: 'The period’s end (exclusive; now at the latest).' })
  to!: Date

  @Field(() => String, { description: 'The company’s time zone the period and buckets are cut in.' })
  timeZone!: string

  @Field(() => [CallReportRow], {
    description: 'One row per bucket and key that had calls, by bucket then key.',
  })
  rows!: CallReportRow[]

  @Field(() => [CallReportRow], {
    description: 'Every bucket of the period, all keys summed (empty buckets with zeros): the chart’s data.',
  })
  buckets!: CallReportRow[]

  @Field(() => CallReportRow, { description: 'The whole period, all keys summed.' })
  total!: CallReportRow

  @Field(() => Int, {
    description: 'Hours of the period read from the hourly rollups; the others were computed from the calls.',
  })
  rolledHours!: number
}

@ObjectType({ description: 'Hours queued to have their rollups redone.' })
export class RollupRebuild {
  @Field(() => Int, { description: 'How many hours of the period were queued.' })
  hours!: number
}
