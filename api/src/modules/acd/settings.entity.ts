// What a tenant configures for call distribution (A4, G3, X6): its call settings, the reasons agents give
// for not taking calls, and the numbers (DIDs) routed to its skill groups.
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'

@ObjectType({ description: 'What one score of the survey scale means, in the company’s words.' })
export class SurveyLabel {
  @Field(() => String, { description: 'The label in Chinese, e.g. 非常满意 (1–20 characters).' })
  zh!: string

  @Field(() => String, { description: 'The label in English, e.g. Very satisfied (1–20 characters).' })
  en!: string
}

/**
 * One row per tenant, written the first time anything reads it; the column defaults in the migration are
 * the one source of the default values.
 */
@ObjectType({ description: 'How the company’s calls are distributed, queued, recorded and dialled out.' })
@Entity({ tableName: 'acd_settings' })
export class AcdSettings {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string

  @Field(() => Int, {
    description:
      'After-call work: seconds an agent gets after each call before the next one is offered (0–3600).',
  })
  @Property({ type: 'integer' })
  afterCallWorkSeconds!: number

  @Field(() => Int, {
    description: 'Seconds an offered call rings at an agent before the next agent is tried (5–120).',
  })
  @Property({ type: 'integer' })
  ringTimeoutSeconds!: number

  @Field(() => Int, {
    description: 'Offers in a row an agent may leave unanswered before being set not ready (1–20).',
  })
  @Property({ type: 'integer' })
  maxMissedOffers!: number

  @Field(() => Int, {
    description: 'Seconds without a sign of life from a workstation before its agent goes offline (10–600).',
  })
  @Property({ type: 'integer' })
  heartbeatTimeoutSeconds!: number

  @Field(() => Boolean, { description: 'Whether waiting callers hear their position in the queue (X6).' })
  @Property({ type: 'boolean' })
  announcePosition!: boolean

  @Field(() => Int, { description: 'Seconds between two position announcements (10–600).' })
  @Property({ type: 'integer' })
  announceIntervalSeconds!: number

  @Field(() => Boolean, {
    description: 'Whether a waiting caller may press the callback key to hang up and be called back (X6).',
  })
  @Property({ type: 'boolean' })
  callbackEnabled!: boolean

  @Field(() => String, {
    description: 'The key a waiting caller presses for a callback: one of 0–9, * and #.',
  })
  @Property({ type: 'string' })
  callbackKey!: string

  @Field(() => Boolean, {
    description:
      'Whether the company records answered calls at all: inbound calls of skill groups that record (SkillGroup.isRecordingEnabled), and outbound calls when outboundRecordingEnabled.',
  })
  @Property({ type: 'boolean' })
  recordingEnabled!: boolean

  @Field(() => Boolean, {
    description: 'Whether calls agents dial out are recorded (when the company records calls at all).',
  })
  @Property({ type: 'boolean' })
  outboundRecordingEnabled!: boolean

  @Field(() => Boolean, {
    description:
      'A5: whether the customer of a call an agent dialled out stays on the line when the agent hangs up, to rate the call.',
  })
  @Property({ type: 'boolean' })
  outboundSurveyEnabled!: boolean

  @Field(() => Int, {
    description:
      'A5: the satisfaction survey’s scale: the caller scores with one key from 1 to this (2–9; 5 by default). Each answer keeps the scale it was given on.',
  })
  @Property({ type: 'smallint' })
  surveyScale!: number

  @Field(() => [SurveyLabel], {
    description: 'A5: what each score of the survey scale means, from 1 up: exactly surveyScale labels.',
  })
  @Property({ type: 'json' })
  surveyLabels!: SurveyLabel[]

  @Field(() => Int, {
    nullable: true,
    description:
      'Days a recording is kept (1–3650); a daily job removes older ones, except those of calls under inspection or appeal, or still open to appeal (A10, appealWindowDays). Empty keeps them for good.',
  })
  @Property({ type: 'integer', nullable: true })
  recordingRetentionDays?: number | null

  @Field(() => Boolean, {
    description:
      'Whether recordings are stereo: the customer on the left channel and the agent on the right, for speech analytics; otherwise mono, both mixed.',
  })
  @Property({ type: 'boolean' })
  isRecordingStereo!: boolean

  @Field(() => Int, {
    description:
      'A10: days after an inspection is submitted during which its agent may appeal (1–365). Once passed unused, the inspection is final and the recording may be removed by the retention period.',
  })
  @Property({ type: 'integer' })
  appealWindowDays!: number

  @Field(() => Boolean, {
    description:
      'Whether an agent stays in after-call work until the answered call’s service summary is saved (G4).',
  })
  @Property({ type: 'boolean' })
  requireSummaryBeforeReady!: boolean

  @Field(() => String, {
    nullable: true,
    description:
      'Number shown to customers on outbound calls, in E.164 (e.g. +862161234567). When empty, calls show the company’s number if it has exactly one; with several, dialling out is refused until one is set.',
  })
  @Property({ type: 'string', nullable: true })
  outboundCallerId?: string | null

  @Field(() => String, {
    description: 'ISO 3166 region of the company (e.g. CN): numbers outside it count as international.',
  })
  @Property({ type: 'string' })
  homeRegion!: string

  @Field(() => Boolean, { description: 'Whether agents may dial numbers outside the home region.' })
  @Property({ type: 'boolean' })
  allowInternational!: boolean

  @Field(() => Boolean, { description: 'Whether agents may dial premium-rate numbers.' })
  @Property({ type: 'boolean' })
  allowPremiumRate!: boolean

  @Field(() => Int, {
    description: 'Most outbound calls of the company at the same time (0–10000; 0 stops them).',
  })
  @Property({ type: 'integer' })
  maxConcurrentOutbound!: number

  @Field(() => Int, {
    description: 'Most outbound calls the company starts per second (0–1000; 0 stops them).',
  })
  @Property({ type: 'integer' })
  maxOutboundPerSecond!: number

  @Field(() => Int, {
    description:
      'X2 service level: a call answered within this many seconds of entering the queue counts as answered in time (1–600).',
  })
  @Property({ type: 'integer' })
  serviceLevelSeconds!: number

  @Field(() => Int, {
    description:
      'X2 service level target: the share of calls, in percent, to answer within the service level seconds (1–100); the staffing estimate aims at it.',
  })
  @Property({ type: 'integer' })
  serviceLevelTargetPercent!: number

  @Field(() => Int, {
    description:
      'X2: calls abandoned within this many seconds of entering the queue count neither as offered nor as abandoned in the service level and abandon rate (0–60; 0 counts every abandon).',
  })
  @Property({ type: 'integer' })
  shortAbandonSeconds!: number

  @Field(() => Date, {
    nullable: true,
    description: 'When the settings were last saved; empty while the defaults apply.',
  })
  @Property({ type: 'Date' })
  updatedAt?: Date | null
}

export enum NotReadyReasonKind {
  CUSTOM = 'CUSTOM',
  SYSTEM = 'SYSTEM',
}

registerEnumType(NotReadyReasonKind, {
  name: 'NotReadyReasonKind',
  description: 'Who sets a not-ready reason.',
  valuesConfig: {
    CUSTOM: { description: 'Defined by the company; agents choose it on the phone bar.' },
    SYSTEM: {
      description: 'Set by the platform (too many missed offers, phone not registered); never chosen.',
    },
  },
})

@ObjectType({ description: 'Why an agent takes no calls while not ready (G3), e.g. rest or a meeting.' })
@Entity({ tableName: 'not_ready_reason' })
export class NotReadyReason {
  @Field(() => ID, { description: 'Reason identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Name shown on the phone bar, unique in the company.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => NotReadyReasonKind, {
    description: 'CUSTOM reasons are chosen by agents; SYSTEM ones are set by the platform.',
  })
  @Enum({ items: () => NotReadyReasonKind })
  kind: NotReadyReasonKind = NotReadyReasonKind.CUSTOM

  @Field(() => String, {
    nullable: true,
    description:
      'Stable code of a built-in reason (REST, MEETING, TRAINING, MISSED_OFFERS, PHONE_UNREGISTERED).',
  })
  @Property({ type: 'string', nullable: true })
  code?: string | null

  @Field(() => Int, { description: 'Position in lists: lower first.' })
  @Property({ type: 'integer' })
  sortOrder: number = 0

  @Property({ type: 'Date', nullable: true })
  deletedAt?: Date | null

  @Field(() => Date, { description: 'When the reason was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()
}

@ObjectType({ description: 'A number of the company that customers call, routed to a skill group (A3).' })
@Entity({ tableName: 'phone_number' })
export class PhoneNumber {
  @Field(() => ID, { description: 'Number identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'The number in E.164, e.g. +864001234567; unique on the platform.' })
  @Property({ type: 'string' })
  number!: string

  @Field(() => String, { description: 'Free text for administrators, e.g. “Hotline”.' })
  @Property({ type: 'string' })
  description: string = ''

  @Field(() => ID, {
    nullable: true,
    description: 'The skill group its calls go to; none until one is chosen.',
  })
  @Property({ type: 'uuid', nullable: true })
  skillGroupId?: string | null

  @Field(() => ID, {
    nullable: true,
    description:
      'The IVR schedule its calls follow (A7), instead of a skill group; a number has one or the other.',
  })
  @Property({ type: 'uuid', nullable: true })
  scheduleId?: string | null

  @Field(() => Date, { description: 'When the number was added.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()
}
