import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { SurveyOutcome } from '../acd/post-call-survey.store.js'
import { CallDirection } from '../calls/call-record.entity.js'
import { SurveyLabel } from '../acd/settings.entity.js'

export enum SatisfactionPeriod {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

export enum SatisfactionGrouping {
  TENANT = 'TENANT',
  AGENT = 'AGENT',
  SKILL_GROUP = 'SKILL_GROUP',
}

registerEnumType(SatisfactionPeriod, {
  name: 'SatisfactionPeriod',
  description: 'The report’s time buckets, in the company’s time zone.',
  valuesConfig: {
    DAY: { description: 'Calendar days.' },
    WEEK: { description: 'Weeks from Monday.' },
    MONTH: { description: 'Calendar months.' },
  },
})
registerEnumType(SatisfactionGrouping, {
  name: 'SatisfactionGrouping',
  description: 'What each period of the report is split by.',
  valuesConfig: {
    TENANT: { description: 'Nothing: one row per period for everything the viewer sees.' },
    AGENT: { description: 'The agent who took the call (no agent: the survey of a call no agent answered).' },
    SKILL_GROUP: { description: 'The skill group the call queued for.' },
  },
})

@InputType({ description: 'Which survey answers to list (A9); every condition given must hold.' })
export class SatisfactionRecordFilter {
  @Field(() => Date, { nullable: true, description: 'Answers given at or after this moment.' })
  from?: Date | null

  @Field(() => Date, { nullable: true, description: 'Answers given before this moment.' })
  to?: Date | null

  @Field(() => ID, { nullable: true, description: 'Calls taken by this agent.' })
  agentId?: string | null

  @Field(() => ID, { nullable: true, description: 'Calls queued for this skill group.' })
  skillGroupId?: string | null

  @Field(() => [Int], {
    nullable: true,
    description:
      'Only these scores (1–9, on whatever scale they were given). Alone it lists scored surveys only; with `outcomes`, it narrows the scored ones.',
  })
  scores?: number[] | null

  @Field(() => [SurveyOutcome], {
    nullable: true,
    description: 'Only surveys that ended so (scored, no answer, hung up).',
  })
  outcomes?: SurveyOutcome[] | null
}

@ObjectType({
  description:
    'One satisfaction survey (A9) with its call: an answer (IVR or post-call survey), or a post-call survey that ended without one.',
})
export class SatisfactionRecord {
  @Field(() => ID, { description: 'The call surveyed.' })
  callId!: string

  @Field(() => Date, { description: 'When the survey ended: the answer, the time-out or the hang-up.' })
  answeredAt!: Date

  @Field(() => SurveyOutcome, { description: 'How the survey ended.' })
  outcome!: SurveyOutcome

  @Field(() => Int, {
    nullable: true,
    description:
      'The score, 1 (the least satisfied) to `scale` (the most); empty when the caller gave none. `label` names it.',
  })
  score!: number | null

  @Field(() => Int, {
    nullable: true,
    description:
      'A5: the scale the score was given on (2–9 points; 5 before companies chose their own), kept so a later change of scale does not reinterpret it; empty without a score.',
  })
  scale!: number | null

  @Field(() => SurveyLabel, {
    nullable: true,
    description:
      'A5: the label of the score as the caller was asked (the company’s labels then, kept with the answer, so a later change of scale or labels does not rename it); empty without a score, or for an answer from before labels were kept whose labels are unknown.',
  })
  label!: SurveyLabel | null

  @Field(() => Date, { description: 'When the call started.' })
  callStartedAt!: Date

  @Field(() => CallDirection, { description: 'Inbound or outbound.' })
  direction!: CallDirection

  @Field(() => String, { nullable: true, description: 'The customer’s number.' })
  customerNumber!: string | null

  @Field(() => ID, { nullable: true, description: 'The agent who took the call.' })
  agentId!: string | null

  @Field(() => String, { nullable: true, description: 'That agent’s name.' })
  agentName!: string | null

  @Field(() => ID, { nullable: true, description: 'The skill group the call queued for.' })
  skillGroupId!: string | null

  @Field(() => String, { nullable: true, description: 'That skill group’s name.' })
  skillGroupName!: string | null
}

@ObjectType({ description: 'One page of surveys, newest first (keyset pages).' })
export class SatisfactionRecordPage {
  @Field(() => [SatisfactionRecord], { description: 'The surveys of this page.' })
  items!: SatisfactionRecord[]

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; empty on the last.',
  })
  nextCursor!: string | null

  @Field(() => Int, { description: 'Surveys matching the filter.' })
  totalCount!: number
}

@InputType({ description: 'Which satisfaction report (A9): a period of call starts, bucketed and split.' })
export class SatisfactionReportInput {
  @Field(() => Date, { description: 'Calls started at or after this moment.' })
  from!: Date

  @Field(() => Date, { description: 'Calls started before this moment; at most 366 days after `from`.' })
  to!: Date

  @Field(() => SatisfactionPeriod, { description: 'Day, week or month buckets in the company’s time zone.' })
  period!: SatisfactionPeriod

  @Field(() => SatisfactionGrouping, { description: 'What each bucket is split by.' })
  groupBy!: SatisfactionGrouping

  @Field(() => ID, { nullable: true, description: 'Only this agent’s calls.' })
  agentId?: string | null

  @Field(() => ID, { nullable: true, description: 'Only this skill group’s calls.' })
  skillGroupId?: string | null
}

@ObjectType({ description: 'A5: the answers of a report bucket given on one scale.' })
export class SatisfactionScaleCounts {
  @Field(() => Int, { description: 'The scale: scores run from 1 to this (2–9).' })
  scale!: number

  @Field(() => Int, { description: 'Answers on this scale.' })
  responses!: number

  @Field(() => [Int], { description: 'Answers with score 1, 2, … up to the scale, in that order.' })
  scoreCounts!: number[]

  @Field(() => Float, { nullable: true, description: 'Mean score of these answers; empty without any.' })
  averageScore!: number | null

  @Field(() => [SurveyLabel], {
    nullable: true,
    description:
      'A5: the labels of scores 1 up to the scale, as the newest of these answers was given with (they stay with the answers when the company changes its scale or labels); empty when none of them kept its labels.',
  })
  labels!: SurveyLabel[] | null
}

@ObjectType({
  description:
    'Satisfaction figures of one bucket (or the whole report). Every figure counts calls started in the bucket, in the company’s time zone.',
})
export class SatisfactionFigures {
  @Field(() => Date, { nullable: true, description: 'Start of the bucket; empty on the report’s total.' })
  periodStart!: Date | null

  @Field(() => ID, { nullable: true, description: 'The agent or skill group of the row; empty for “none”.' })
  key!: string | null

  @Field(() => String, { nullable: true, description: 'Its name.' })
  name!: string | null

  @Field(() => Int, { description: 'Survey answers, on any scale.' })
  responses!: number

  @Field(() => [SatisfactionScaleCounts], {
    description:
      'A5: the answers per scale they were given on (a company that changed its scale has answers on more than one), smallest scale first; only scales with answers.',
  })
  byScale!: SatisfactionScaleCounts[]

  @Field(() => [Int], {
    description: 'Answers on the 1–5 scale with score 1, 2, 3, 4 and 5, in that order.',
    deprecationReason: 'Counts only answers given on the 1–5 scale; use byScale.',
  })
  scoreCounts!: number[]

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean score of the answers when they were all given on one scale (see byScale for which); empty without answers or when they mix scales, whose raw scores do not compare: see averagePercent.',
  })
  averageScore!: number | null

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean of the answers normalised to 0–100 %: a score s on an n-point scale counts (s − 1) ÷ (n − 1) × 100, so 1 is 0 % and the top score 100 % on every scale; answers on different scales average alike. Empty without answers.',
  })
  averagePercent!: number | null

  @Field(() => Float, {
    nullable: true,
    description:
      'Satisfaction rate: answers above the middle of their scale (4 or 5 of 5, 3 of 3, 6–9 of 9) ÷ all answers (0–1); empty without answers.',
  })
  satisfiedRate!: number | null

  @Field(() => Int, {
    description:
      'Inbound calls an agent answered: the calls a survey can follow (the IVR survey’s offers are not recorded; see surveysOffered for the post-call one’s).',
  })
  answeredCalls!: number

  @Field(() => Int, { description: 'Of those answered calls, the ones whose caller answered the survey.' })
  answeredResponses!: number

  @Field(() => Float, {
    nullable: true,
    description:
      'Response rate: answeredResponses ÷ answeredCalls (0–1), i.e. the share of inbound calls an agent answered whose caller rated the call; empty without answered calls. Surveys of calls no agent answered (an IVR menu’s survey) count in `responses` but not here.',
  })
  responseRate!: number | null

  @Field(() => Int, {
    description: 'A5: post-call surveys offered (the caller was kept on the line after the agent hung up).',
  })
  surveysOffered!: number

  @Field(() => Int, { description: 'Of those, the ones the caller scored.' })
  surveysScored!: number

  @Field(() => Int, { description: 'Of those, the ones with no key in time (or a wrong key twice).' })
  surveysNoAnswer!: number

  @Field(() => Int, { description: 'Of those, the ones the caller hung up on.' })
  surveysAbandoned!: number

  @Field(() => Float, {
    nullable: true,
    description:
      'Survey response rate: surveysScored ÷ surveysOffered (0–1), over the post-call surveys, whose offers are recorded; empty when none was offered.',
  })
  surveyResponseRate!: number | null
}

@ObjectType({ description: 'The satisfaction report (A9): rows per bucket and split, and their total.' })
export class SatisfactionReport {
  @Field(() => [SatisfactionFigures], {
    description: 'One row per bucket and agent / skill group, oldest first.',
  })
  rows!: SatisfactionFigures[]

  @Field(() => SatisfactionFigures, { description: 'The whole period.' })
  total!: SatisfactionFigures

  @Field(() => String, { description: 'The company time zone the buckets are cut in.' })
  timeZone!: string
}
