import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'

export enum QaInspectionStatus {
  PENDING = 'PENDING',
  SUBMITTED = 'SUBMITTED',
}

export enum QaAppealStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  REJECTED = 'REJECTED',
}

export enum QaSampleMode {
  FILTER = 'FILTER',
  PERCENT = 'PERCENT',
  PER_AGENT_WEEK = 'PER_AGENT_WEEK',
}

export enum QaReportGrouping {
  AGENT = 'AGENT',
  GROUP = 'GROUP',
  CRITERION = 'CRITERION',
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
}

registerEnumType(QaInspectionStatus, {
  name: 'QaInspectionStatus',
  description: 'Where an inspection stands.',
  valuesConfig: {
    PENDING: { description: 'Sampled and assigned, not scored yet.' },
    SUBMITTED: { description: 'Scored; the agent sees it and may appeal once.' },
  },
})
registerEnumType(QaAppealStatus, {
  name: 'QaAppealStatus',
  description: 'Where an agent’s appeal of an inspection stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the inspector or an administrator.' },
    ACCEPTED: { description: 'Accepted: the inspection was scored again (a revised result).' },
    REJECTED: { description: 'Rejected: the result stands.' },
  },
})
registerEnumType(QaSampleMode, {
  name: 'QaSampleMode',
  description: 'How a sampling picks calls among those the filter matches.',
  valuesConfig: {
    FILTER: { description: 'Every matching call (up to the limit), newest first.' },
    PERCENT: { description: 'A random share of the matching calls, reproducible for a seed.' },
    PER_AGENT_WEEK: { description: 'Up to N random calls per agent and week, reproducible for a seed.' },
  },
})
/** Why a sampled call got no inspection. */
export enum QaSampleSkipReason {
  RECORDING_REMOVED = 'RECORDING_REMOVED',
}

registerEnumType(QaSampleSkipReason, {
  name: 'QaSampleSkipReason',
  description: 'Why a call a sampling picked got no inspection.',
  valuesConfig: {
    RECORDING_REMOVED: {
      description:
        'Its recording was removed under the retention period while the sampling ran (there is nothing to inspect).',
    },
  },
})
registerEnumType(QaReportGrouping, {
  name: 'QaReportGrouping',
  description: 'What one row of the QA report stands for.',
  valuesConfig: {
    AGENT: { description: 'The agent inspected.' },
    GROUP: { description: 'An agent group (an inspection counts in each group of its agent).' },
    CRITERION: { description: 'A scorecard criterion.' },
    DAY: { description: 'A day of submission, in the company’s time zone.' },
    WEEK: { description: 'A week (from Monday) of submission.' },
    MONTH: { description: 'A month of submission.' },
  },
})

@ObjectType({ description: 'One item a call is scored on.' })
export class QaCriterion {
  @Field(() => ID, { description: 'Stays the same across versions while the criterion is edited.' })
  id!: string

  @Field(() => String, { description: 'What is checked.' })
  name!: string

  @Field(() => String, { description: 'How to judge it; may be empty.' })
  description!: string

  @Field(() => Int, { description: 'Points it is worth, which is also its weight in the score.' })
  maxPoints!: number

  @Field(() => Boolean, { description: 'Failing it sets the whole score to zero.' })
  isFatal!: boolean
}

@ObjectType({ description: 'A group of criteria on a scorecard.' })
export class QaSection {
  @Field(() => String, { description: 'The section’s title.' })
  name!: string

  @Field(() => [QaCriterion], { description: 'Its criteria, in order.' })
  criteria!: QaCriterion[]
}

@ObjectType({ description: 'A10: a scorecard at one published version; a version never changes.' })
export class QaScorecard {
  @Field(() => ID, { description: 'Scorecard identifier.' })
  id!: string

  @Field(() => String, { description: 'Its name, unique in the company.' })
  name!: string

  @Field(() => Int, { description: 'The version shown: 1, then one more at each edit.' })
  version!: number

  @Field(() => Int, { description: 'The points all criteria are worth together.' })
  maxPoints!: number

  @Field(() => Date, { description: 'When this version was published.' })
  publishedAt!: Date

  @Field(() => [QaSection], { description: 'The sections, in order.' })
  sections!: QaSection[]
}

@InputType({ description: 'A criterion of a scorecard being defined.' })
export class QaCriterionInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The criterion of the current version this one edits; omit for a new criterion.',
  })
  id?: string | null

  @Field(() => String, { description: 'What is checked, 1–200 characters.' })
  name!: string

  @Field(() => String, { nullable: true, description: 'How to judge it, up to 1000 characters.' })
  description?: string | null

  @Field(() => Int, { description: 'Points it is worth, 0–100; at least 1 unless it is fatal.' })
  maxPoints!: number

  @Field(() => Boolean, { nullable: true, description: 'Whether failing it sets the score to zero.' })
  isFatal?: boolean | null
}

@InputType({ description: 'A section of a scorecard being defined.' })
export class QaSectionInput {
  @Field(() => String, { description: 'The section’s title, 1–100 characters.' })
  name!: string

  @Field(() => [QaCriterionInput], { description: 'Its criteria, 1–50.' })
  criteria!: QaCriterionInput[]
}

@InputType({ description: 'A whole scorecard definition; saving it publishes a new version.' })
export class QaScorecardInput {
  @Field(() => String, { description: 'Its name, 1–100 characters, unique in the company.' })
  name!: string

  @Field(() => [QaSectionInput], { description: 'The sections, 1–20.' })
  sections!: QaSectionInput[]
}

@ObjectType({ description: 'The score one criterion got.' })
export class QaCriterionScore {
  @Field(() => ID, { description: 'The criterion.' })
  criterionId!: string

  @Field(() => Int, { description: 'Points given, 0 to its maximum.' })
  points!: number

  @Field(() => Boolean, { description: 'A fatal item marked failed.' })
  isFailed!: boolean
}

@ObjectType({ description: 'An inspector’s comment, on the call or at a moment of its recording.' })
export class QaComment {
  @Field(() => String, { description: 'The comment.' })
  text!: string

  @Field(() => Float, { nullable: true, description: 'Seconds into the recording; null for the whole call.' })
  atSeconds!: number | null

  @Field(() => ID, { nullable: true, description: 'The criterion it is about, if any.' })
  criterionId!: string | null
}

@ObjectType({
  description: 'One scoring of an inspection: the first, or the revision after an accepted appeal.',
})
export class QaResult {
  @Field(() => Int, { description: '1 for the first scoring, 2 for the revision.' })
  revision!: number

  @Field(() => [QaCriterionScore], { description: 'The score of each criterion.' })
  scores!: QaCriterionScore[]

  @Field(() => [QaComment], { description: 'The comments.' })
  comments!: QaComment[]

  @Field(() => Int, { description: 'Points in all; 0 when a fatal item failed.' })
  points!: number

  @Field(() => Float, { description: 'Points over the scorecard’s maximum, as a percentage (0–100).' })
  percent!: number

  @Field(() => Boolean, { description: 'Whether a fatal item failed.' })
  isFatalFailed!: boolean

  @Field(() => String, { nullable: true, description: 'Who scored it.' })
  scoredByName!: string | null

  @Field(() => Date, { description: 'When.' })
  scoredAt!: Date
}

@ObjectType({ description: 'The agent’s appeal of an inspection.' })
export class QaAppeal {
  @Field(() => QaAppealStatus, { description: 'Where it stands.' })
  status!: QaAppealStatus

  @Field(() => String, { description: 'The agent’s reason.' })
  reason!: string

  @Field(() => String, { nullable: true, description: 'The answer of whoever resolved it.' })
  resolution!: string | null

  @Field(() => Date, { description: 'When the agent appealed.' })
  appealedAt!: Date

  @Field(() => Date, { nullable: true, description: 'When it was resolved.' })
  resolvedAt!: Date | null
}

@ObjectType({ description: 'A10: one call’s inspection, with its current result.' })
export class QaInspection {
  @Field(() => ID, { description: 'Inspection identifier.' })
  id!: string

  @Field(() => ID, { description: 'The call inspected.' })
  callId!: string

  @Field(() => Date, { nullable: true, description: 'When the call started.' })
  callStartedAt!: Date | null

  @Field(() => String, {
    nullable: true,
    description: 'Where the recording plays (authorised per call); null without one.',
  })
  recordingUrl!: string | null

  @Field(() => ID, { description: 'The agent inspected.' })
  agentId!: string

  @Field(() => String, { nullable: true, description: 'The agent’s name.' })
  agentName!: string | null

  @Field(() => ID, { description: 'The inspector it is assigned to.' })
  inspectorId!: string

  @Field(() => String, { nullable: true, description: 'The inspector’s name.' })
  inspectorName!: string | null

  @Field(() => ID, { description: 'The scorecard used.' })
  scorecardId!: string

  @Field(() => String, { description: 'The scorecard’s current name.' })
  scorecardName!: string

  @Field(() => Int, { description: 'The scorecard version used; later versions do not change it.' })
  scorecardVersion!: number

  @Field(() => QaInspectionStatus, { description: 'Where it stands.' })
  status!: QaInspectionStatus

  @Field(() => Int, { nullable: true, description: 'Points of the current result; null until submitted.' })
  points!: number | null

  @Field(() => Int, { description: 'The scorecard version’s maximum points.' })
  maxPoints!: number

  @Field(() => Float, {
    nullable: true,
    description: 'The current result as a percentage; null until submitted.',
  })
  percent!: number | null

  @Field(() => Boolean, { description: 'Whether a fatal item failed in the current result.' })
  isFatalFailed!: boolean

  @Field(() => Date, { description: 'When it was sampled.' })
  createdAt!: Date

  @Field(() => Date, { nullable: true, description: 'When it was first submitted.' })
  submittedAt!: Date | null

  @Field(() => Date, {
    nullable: true,
    description:
      'Until when the agent may appeal (the company’s appealWindowDays after the first submission); null until submitted.',
  })
  appealDeadline!: Date | null

  @Field(() => QaAppeal, { nullable: true, description: 'The agent’s appeal, if any.' })
  appeal!: QaAppeal | null
}

export const QaInspectionPage = PageOf(QaInspection, 'QaInspection')

@ObjectType({ description: 'An inspection with the scorecard version it uses and every result it got.' })
export class QaInspectionDetails {
  @Field(() => QaInspection, { description: 'The inspection.' })
  inspection!: QaInspection

  @Field(() => QaScorecard, { description: 'The scorecard at the version the inspection uses.' })
  scorecard!: QaScorecard

  @Field(() => [QaResult], { description: 'Its results, first one first; the last is current.' })
  results!: QaResult[]
}

@InputType({ description: 'The score of one criterion.' })
export class QaScoreInput {
  @Field(() => ID, { description: 'The criterion, from the inspection’s scorecard version.' })
  criterionId!: string

  @Field(() => Int, { description: 'Points given, 0 to the criterion’s maximum.' })
  points!: number

  @Field(() => Boolean, { nullable: true, description: 'Marks a fatal item failed (score 0 in all).' })
  isFailed?: boolean | null
}

@InputType({ description: 'A comment on the call, or at a moment of its recording.' })
export class QaCommentInput {
  @Field(() => String, { description: 'The comment, 1–2000 characters.' })
  text!: string

  @Field(() => Float, { nullable: true, description: 'Seconds into the recording.' })
  atSeconds?: number | null

  @Field(() => ID, { nullable: true, description: 'The criterion it is about.' })
  criterionId?: string | null
}

@InputType({ description: 'A scoring: every criterion of the scorecard version, and comments.' })
export class QaScoresInput {
  @Field(() => [QaScoreInput], { description: 'One score per criterion.' })
  scores!: QaScoreInput[]

  @Field(() => [QaCommentInput], { nullable: true, description: 'Comments, up to 100.' })
  comments?: QaCommentInput[] | null
}

@InputType({ description: 'The answer to an agent’s appeal.' })
export class QaAppealDecisionInput {
  @Field(() => Boolean, { description: 'Accept (score again) or reject.' })
  isAccepted!: boolean

  @Field(() => String, { description: 'Why, for the agent, 1–1000 characters.' })
  resolution!: string

  @Field(() => QaScoresInput, { nullable: true, description: 'The new scoring; required to accept.' })
  scores?: QaScoresInput | null
}

@InputType({ description: 'How to sample calls for inspection.' })
export class QaSampleInput {
  @Field(() => ID, { description: 'The scorecard; its current version is used.' })
  scorecardId!: string

  @Field(() => QaSampleMode, { description: 'How calls are picked.' })
  mode!: QaSampleMode

  @Field(() => Float, {
    nullable: true,
    description: 'PERCENT: the share of matching calls, above 0 to 100.',
  })
  percent?: number | null

  @Field(() => Int, { nullable: true, description: 'PER_AGENT_WEEK: calls per agent and week, 1–100.' })
  perAgentPerWeek?: number | null

  @Field(() => String, {
    nullable: true,
    description: 'The random draw’s seed: the same seed picks the same calls; a new one when omitted.',
  })
  seed?: string | null

  @Field(() => Int, { nullable: true, description: 'At most this many calls, 1–500; 500 when omitted.' })
  limit?: number | null

  @Field(() => Boolean, { nullable: true, description: 'Only show which calls would be picked.' })
  isDryRun?: boolean | null
}

@ObjectType({ description: 'A call a sampling picked but could not inspect.' })
export class QaSampleSkip {
  @Field(() => ID, { description: 'The call.' })
  callId!: string

  @Field(() => QaSampleSkipReason, { description: 'Why it got no inspection.' })
  reason!: QaSampleSkipReason
}

@ObjectType({ description: 'What a sampling picked.' })
export class QaSampleResult {
  @Field(() => String, { description: 'The seed used; give it again to repeat the draw.' })
  seed!: string

  @Field(() => [ID], { description: 'The calls picked.' })
  callIds!: string[]

  @Field(() => [ID], { description: 'The pending inspections created (none on a dry run).' })
  inspectionIds!: string[]

  @Field(() => [QaSampleSkip], {
    description:
      'The calls picked that got no inspection, each with why: the others were inspected all the same (empty on a dry run).',
  })
  skipped!: QaSampleSkip[]
}

@InputType({ description: 'Which inspections to list.' })
export class QaInspectionFilter {
  @Field(() => QaInspectionStatus, { nullable: true, description: 'Only in this state.' })
  status?: QaInspectionStatus | null

  @Field(() => QaAppealStatus, { nullable: true, description: 'Only with an appeal in this state.' })
  appealStatus?: QaAppealStatus | null

  @Field(() => ID, { nullable: true, description: 'Only this agent’s.' })
  agentId?: string | null

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to the viewer.' })
  isMine?: boolean | null
}

@InputType({ description: 'The QA report’s period and grouping.' })
export class QaReportInput {
  @Field(() => Date, { description: 'Inspections submitted at or after this moment.' })
  from!: Date

  @Field(() => Date, { description: 'Inspections submitted before this moment.' })
  to!: Date

  @Field(() => ID, { nullable: true, description: 'Only this scorecard’s inspections.' })
  scorecardId?: string | null

  @Field(() => QaReportGrouping, { description: 'What a row stands for.' })
  groupBy!: QaReportGrouping
}

@ObjectType({ description: 'A10: one row of the QA report.' })
export class QaReportRow {
  @Field(() => String, { description: 'The agent, group or criterion ID, or the period’s first day.' })
  key!: string

  @Field(() => String, { description: 'Its name, or the period’s first day (YYYY-MM-DD).' })
  label!: string

  @Field(() => Int, { description: 'Submitted inspections (criterion rows: scores of the criterion).' })
  inspections!: number

  @Field(() => Float, { nullable: true, description: 'The average score as a percentage (0–100).' })
  averagePercent!: number | null

  @Field(() => Int, { description: 'Failed fatal items.' })
  fatalFailures!: number

  @Field(() => Int, { description: 'Inspections appealed.' })
  appeals!: number

  @Field(() => Float, { description: 'Appeals over inspections (0–1).' })
  appealRate!: number
}
