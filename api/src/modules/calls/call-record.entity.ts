import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'
import type { LegSnapshot, TimelineEntry } from '../../telephony/calls/call.js'

export enum CallDirection {
  INBOUND = 'INBOUND',
  OUTBOUND = 'OUTBOUND',
}

export enum HangupSide {
  CALLER = 'CALLER',
  CALLEE = 'CALLEE',
  SYSTEM = 'SYSTEM',
}

registerEnumType(CallDirection, {
  name: 'CallDirection',
  description: 'Who started the call, from the call center’s point of view.',
  valuesConfig: {
    INBOUND: { description: 'A customer called one of the tenant’s numbers.' },
    OUTBOUND: { description: 'An agent or campaign called a customer.' },
  },
})
registerEnumType(HangupSide, {
  name: 'HangupSide',
  description: 'Which side ended the call.',
  valuesConfig: {
    CALLER: { description: 'The party that started the call hung up.' },
    CALLEE: { description: 'The called party (agent or customer) hung up.' },
    SYSTEM: { description: 'The switch or the platform ended it (timeout, transfer failure, lost leg).' },
  },
})

@ObjectType({ description: 'One call: who called whom, when each milestone happened, and how it ended.' })
@Entity({ tableName: 'call_record' })
export class CallRecord {
  @Field(() => ID, { description: 'The call’s identifier (the UUID of its first leg on the switch).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Property({ type: 'string' })
  switchNode!: string

  @Field(() => CallDirection, { description: 'Inbound or outbound.' })
  @Enum({ items: () => CallDirection })
  direction!: CallDirection

  @Field(() => String, { nullable: true, description: 'The tenant number the caller dialled (inbound).' })
  @Property({ type: 'string', nullable: true })
  dialledNumber?: string | null

  @Field(() => String, { nullable: true, description: 'Number of the party that started the call.' })
  @Property({ type: 'string', nullable: true })
  callerNumber?: string | null

  @Field(() => String, { nullable: true, description: 'Number of the party that was called.' })
  @Property({ type: 'string', nullable: true })
  calleeNumber?: string | null

  @Field(() => ID, { nullable: true, description: 'The agent who took or placed the call.' })
  @Property({ type: 'uuid', nullable: true })
  agentId?: string | null

  @Field(() => ID, { nullable: true, description: 'The skill group the call was queued for.' })
  @Property({ type: 'uuid', nullable: true })
  skillGroupId?: string | null

  @Field(() => Date, { description: 'When the first leg was created on the switch.' })
  @Property({ type: 'Date' })
  startedAt!: Date

  @Field(() => Date, { nullable: true, description: 'When a leg first started ringing.' })
  @Property({ type: 'Date', nullable: true })
  ringingAt?: Date | null

  @Field(() => Date, {
    nullable: true,
    description:
      'When the called side (agent, or the customer of an outbound call) answered; empty when missed.',
  })
  @Property({ type: 'Date', nullable: true })
  answeredAt?: Date | null

  @Field(() => Date, { nullable: true, description: 'When two legs were first bridged.' })
  @Property({ type: 'Date', nullable: true })
  bridgedAt?: Date | null

  @Field(() => Date, {
    nullable: true,
    description: 'When the last leg hung up; empty while the call is live.',
  })
  @Property({ type: 'Date', nullable: true })
  endedAt?: Date | null

  @Field(() => String, { nullable: true, description: 'FreeSWITCH hangup cause, e.g. NORMAL_CLEARING.' })
  @Property({ type: 'string', nullable: true })
  hangupCause?: string | null

  @Field(() => HangupSide, { nullable: true, description: 'Which side hung up first.' })
  @Enum({ items: () => HangupSide, nullable: true })
  hangupSide?: HangupSide | null

  @Field(() => String, { nullable: true, description: 'Path of the recording on the media volume.' })
  @Property({ type: 'string', nullable: true })
  recordingFile?: string | null

  @Field(() => Date, {
    nullable: true,
    description: 'When the company’s retention period removed the call’s recording; empty while it is kept.',
  })
  @Property({ type: 'Date', nullable: true })
  recordingRemovedAt?: Date | null

  @Property({ type: 'json' })
  legs: LegSnapshot[] = []

  @Property({ type: 'json', lazy: true })
  timeline: TimelineEntry[] = []

  @Property({ type: 'Date' })
  updatedAt: Date = new Date()
}
