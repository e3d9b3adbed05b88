// GraphQL types of the service summary report (A9, issue 18 item 3): summaries written in a period, by
// category tree, with each category's counts by skill group and by agent, and the summaries of each day.
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql'
import { ReportPeriodInput } from '../reports/reports.types.js'

@InputType({ description: 'What the service summary report covers.' })
export class ServiceSummaryReportInput extends ReportPeriodInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only the summaries of calls queued to these skill groups; empty: all.',
  })
  skillGroupIds?: string[] | null

  @Field(() => [ID], { nullable: true, description: 'Only the summaries these agents wrote; empty: all.' })
  agentIds?: string[] | null
}

@ObjectType({ description: 'How many summaries one skill group or agent has in a category.' })
export class SummaryReportCount {
  @Field(() => ID, {
    nullable: true,
    description: 'The skill group or agent; empty for calls of no skill group (dialled out).',
  })
  key!: string | null

  @Field(() => Int, { description: 'Summaries, those of the categories below included.' })
  count!: number
}

@ObjectType({ description: 'One skill group or agent that appears in the report: a column of its table.' })
export class SummaryReportMember {
  @Field(() => ID, { nullable: true, description: 'Its ID; empty for calls of no skill group.' })
  key!: string | null

  @Field(() => String, { nullable: true, description: 'Its name; empty for calls of no skill group.' })
  name!: string | null

  @Field(() => Int, { description: 'All its summaries of the period.' })
  count!: number
}

@ObjectType({
  description:
    'A category of the report: a node of the category tree (or the uncategorised summaries), with its count and those of the categories below it.',
})
export class SummaryReportCategory {
  @Field(() => ID, { nullable: true, description: 'The category; empty for the uncategorised summaries.' })
  id!: string | null

  @Field(() => ID, { nullable: true, description: 'The category above it; empty at the top.' })
  parentId!: string | null

  @Field(() => Int, { description: 'Its level: 1 at the top, at most 3.' })
  depth!: number

  @Field(() => String, {
    nullable: true,
    description:
      'Its Chinese label as it is now (a renamed category shows its new name); empty: uncategorised.',
  })
  labelZh!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Its English label as it is now; empty: uncategorised.',
  })
  labelEn!: string | null

  @Field(() => Boolean, {
    description: 'False for a category disabled since: its summaries still count here.',
  })
  isEnabled!: boolean

  @Field(() => Int, { description: 'Summaries of this category and of every category below it.' })
  count!: number

  @Field(() => Int, { description: 'Summaries of this category itself.' })
  ownCount!: number

  @Field(() => Float, { description: 'count ÷ all summaries of the report (0 to 1).' })
  share!: number

  @Field(() => [SummaryReportCount], { description: 'count by skill group (those with summaries).' })
  bySkillGroup!: SummaryReportCount[]

  @Field(() => [SummaryReportCount], { description: 'count by agent (those with summaries).' })
  byAgent!: SummaryReportCount[]
}

@ObjectType({ description: 'The summaries written on one day of the company’s time zone.' })
export class SummaryReportDay {
  @Field(() => Date, { description: 'The day’s midnight in the company’s time zone.' })
  day!: Date

  @Field(() => Int, { description: 'Summaries written that day.' })
  count!: number
}

@ObjectType({ description: 'The service summary report (A9) of a period.' })
export class ServiceSummaryReport {
  @Field(() => Date, { description: 'The period’s first instant.' })
  from!: Date

  @Field(() => Date, { description: 'The period’s end (exclusive; now at the latest).' })
  to!: Date

  @Field(() => String, { description: 'The company’s time zone the period and days are cut in.' })
  timeZone!: string

  @Field(() => Int, { description: 'Summaries written in the period that the viewer may see.' })
  total!: number

  @Field(() => [SummaryReportCategory], {
    description:
      'Categories with summaries, in tree order (each parent before its children, siblings by position); the uncategorised last.',
  })
  categories!: SummaryReportCategory[]

  @Field(() => [SummaryReportMember], { description: 'The skill groups with summaries, most first.' })
  skillGroups!: SummaryReportMember[]

  @Field(() => [SummaryReportMember], { description: 'The agents with summaries, most first.' })
  agents!: SummaryReportMember[]

  @Field(() => [SummaryReportDay], {
    description: 'Every day of the period (zeros included): the chart’s data.',
  })
  days!: SummaryReportDay[]
}
