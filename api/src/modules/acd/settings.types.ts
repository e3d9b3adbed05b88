import { Field, ID, InputType, Int } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { PhoneNumber } from './settings.entity.js'

@InputType({ description: 'What one score of the survey scale means: a label in each language.' })
export class SurveyLabelInput {
  @Field(() => String, { description: 'Chinese, 1–20 characters.' })
  zh!: string

  @Field(() => String, { description: 'English, 1–20 characters.' })
  en!: string
}

export const PhoneNumberPage = PageOf(PhoneNumber, 'PhoneNumber')

@InputType({ description: 'Changes to the call settings; omitted fields stay as they are.' })
export class UpdateAcdSettingsInput {
  @Field(() => Int, { nullable: true, description: 'After-call work in seconds, 0–3600 (0: none).' })
  afterCallWorkSeconds?: number

  @Field(() => Int, { nullable: true, description: 'Ring time at one agent in seconds, 5–120.' })
  ringTimeoutSeconds?: number

  @Field(() => Int, { nullable: true, description: 'Unanswered offers in a row before not ready, 1–20.' })
  maxMissedOffers?: number

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds without a workstation heartbeat before offline, 10–600.',
  })
  heartbeatTimeoutSeconds?: number

  @Field(() => Boolean, { nullable: true, description: 'Announce the queue position to waiting callers.' })
  announcePosition?: boolean

  @Field(() => Int, { nullable: true, description: 'Seconds between position announcements, 10–600.' })
  announceIntervalSeconds?: number

  @Field(() => Boolean, { nullable: true, description: 'Offer waiting callers a callback.' })
  callbackEnabled?: boolean

  @Field(() => String, { nullable: true, description: 'The callback key: one of 0–9, * and #.' })
  callbackKey?: string

  @Field(() => Boolean, {
    nullable: true,
    description: 'Record answered calls (of skill groups that record, and outbound calls if chosen).',
  })
  recordingEnabled?: boolean

  @Field(() => Boolean, { nullable: true, description: 'Record calls agents dial out.' })
  outboundRecordingEnabled?: boolean

  @Field(() => Boolean, {
    nullable: true,
    description:
      'A5: keep the customer of an outbound call on the line for the survey when the agent hangs up.',
  })
  outboundSurveyEnabled?: boolean

  @Field(() => Int, {
    nullable: true,
    description:
      'A5: the survey scale, 2–9 points; give surveyLabels too unless the saved ones already fit it.',
  })
  surveyScale?: number

  @Field(() => [SurveyLabelInput], {
    nullable: true,
    description:
      'A5: one label per score of the survey scale, from 1 up; each 1–20 characters in both languages.',
  })
  surveyLabels?: SurveyLabelInput[]

  @Field(() => Int, {
    nullable: true,
    description: 'Days a recording is kept, 1–3650; null keeps recordings for good.',
  })
  recordingRetentionDays?: number | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'Record in stereo (customer left, agent right) rather than mono.',
  })
  isRecordingStereo?: boolean

  @Field(() => Int, {
    nullable: true,
    description: 'A10: days after an inspection is submitted during which its agent may appeal, 1–365.',
  })
  appealWindowDays?: number

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Keep agents in after-call work until the answered call’s service summary is saved; sign-out still works.',
  })
  requireSummaryBeforeReady?: boolean

  @Field(() => String, {
    nullable: true,
    description:
      'Caller ID of outbound calls, one of the company’s numbers: E.164, or a national number of the home region; null or empty removes it. Without one, outbound calls show the company’s number when it has exactly one, and dialOut is refused (NO_OUTBOUND_CALLER_ID) when it has several.',
  })
  outboundCallerId?: string | null

  @Field(() => String, { nullable: true, description: 'ISO 3166 region of the company, e.g. CN.' })
  homeRegion?: string

  @Field(() => Boolean, { nullable: true, description: 'Allow dialling numbers outside the home region.' })
  allowInternational?: boolean

  @Field(() => Boolean, { nullable: true, description: 'Allow dialling premium-rate numbers.' })
  allowPremiumRate?: boolean

  @Field(() => Int, { nullable: true, description: 'Most simultaneous outbound calls, 0–10000.' })
  maxConcurrentOutbound?: number

  @Field(() => Int, { nullable: true, description: 'Most outbound calls started per second, 0–1000.' })
  maxOutboundPerSecond?: number

  @Field(() => Int, { nullable: true, description: 'Service level threshold in seconds, 1–600.' })
  serviceLevelSeconds?: number

  @Field(() => Int, { nullable: true, description: 'Service level target in percent, 1–100.' })
  serviceLevelTargetPercent?: number

  @Field(() => Int, {
    nullable: true,
    description: 'Abandons shorter than this many seconds are left out of the KPIs, 0–60 (0: none).',
  })
  shortAbandonSeconds?: number
}

@InputType({ description: 'A new not-ready reason agents may choose.' })
export class CreateNotReadyReasonInput {
  @Field(() => String, { description: 'Name, 1–20 characters, unique in the company.' })
  name!: string

  @Field(() => Int, {
    nullable: true,
    description: 'Position, 0–999 (lower first); after the others when omitted.',
  })
  sortOrder?: number | null
}

@InputType({ description: 'Changes to a not-ready reason; system reasons cannot be changed.' })
export class UpdateNotReadyReasonInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string

  @Field(() => Int, { nullable: true, description: 'New position, 0–999 (lower first).' })
  sortOrder?: number
}

@InputType({ description: 'A number of the company that customers call.' })
export class AddPhoneNumberInput {
  @Field(() => String, {
    description: 'The number: E.164 (+864001234567) or national in the home region; unique on the platform.',
  })
  number!: string

  @Field(() => String, { nullable: true, description: 'Free text, up to 100 characters, e.g. “Hotline”.' })
  description?: string | null

  @Field(() => ID, { nullable: true, description: 'The skill group its calls go to.' })
  skillGroupId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'The IVR schedule its calls follow (A7), instead of a skill group.',
  })
  scheduleId?: string | null
}

@InputType({ description: 'Changes to a number; omitted fields stay as they are.' })
export class UpdatePhoneNumberInput {
  @Field(() => String, { nullable: true, description: 'The corrected number.' })
  number?: string

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'The skill group its calls go to (clearing its schedule); null leaves it unrouted.',
  })
  skillGroupId?: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'The IVR schedule its calls follow (A7; clearing its skill group); null removes it.',
  })
  scheduleId?: string | null
}
