import { Field, ID, InputType, Int, ObjectType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { CallDirection, CallRecord } from './call-record.entity.js'

@InputType('MyCallRecordFilter', {
  description: 'Which of the signed-in agent’s calls to list; every condition given must hold.',
})
export class MyCallRecordFilter {
  @Field(() => Date, { nullable: true, description: 'Calls started at or after this time.' })
  from?: Date | null

  @Field(() => Date, { nullable: true, description: 'Calls started before this time.' })
  to?: Date | null

  @Field(() => CallDirection, { nullable: true, description: 'Only inbound or only outbound calls.' })
  direction?: CallDirection | null

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: answered calls only; false: missed (unanswered) calls only. In My call records, answered means answered by the signed-in agent.',
  })
  answered?: boolean | null

  @Field(() => String, {
    nullable: true,
    description: 'Calls whose caller, callee or dialled number contains these digits.',
  })
  number?: string | null
}

@InputType({ description: 'Which call records to list; every condition given must hold.' })
export class CallRecordFilter extends MyCallRecordFilter {
  @Field(() => ID, { nullable: true, description: 'Calls taken or placed by this agent.' })
  agentId?: string | null
}

@ObjectType({ description: 'One channel of a call on the switch.' })
export class CallLeg {
  @Field(() => ID, { description: 'The channel UUID on the switch.' })
  id!: string

  @Field(() => String, { description: 'CALLER for the leg that started the call, CALLEE for the others.' })
  role!: string

  @Field(() => String, { nullable: true, description: 'Caller ID number on this leg.' })
  callerNumber!: string | null

  @Field(() => String, { nullable: true, description: 'Destination number of this leg.' })
  destinationNumber!: string | null

  @Field(() => Date, { description: 'When the leg was created.' })
  createdAt!: Date

  @Field(() => Date, { nullable: true, description: 'When the leg was answered.' })
  answeredAt!: Date | null

  @Field(() => Date, { nullable: true, description: 'When the leg hung up.' })
  endedAt!: Date | null

  @Field(() => String, { nullable: true, description: 'Hangup cause of this leg.' })
  hangupCause!: string | null
}

@ObjectType({ description: 'One thing that happened during a call.' })
export class CallEvent {
  @Field(() => Date, { description: 'When it happened (switch time).' })
  at!: Date

  @Field(() => String, {
    description:
      'CREATE, RINGING, ANSWER, PARK, BRIDGE, UNBRIDGE, HANGUP, RECORD_START, RECORD_STOP or LOST; from the IVR (A7): IVR_ENTER (the rule that applied), IVR_MENU (a menu played), IVR_KEY (a key pressed and its action, WRONG_KEY if none), IVR_NO_KEY (no key in time), IVR_SURVEY (the score given) and IVR_EXIT (how the caller left the IVR). IVR details read `v<flow version> menu <id> key <key> → <action>`. From the queues (X2, the call’s facts): ENQUEUED, OFFERED, OFFER_ENDED (with `outcome` and the ring time in `seconds`), ANSWERED, ABANDONED, CALLBACK_REQUESTED and OVERFLOWED (with the caller’s wait in `seconds`), HELD, RESUMED, TRANSFERRED (`outcome` BLIND or CONSULTED).',
  })
  event!: string

  @Field(() => ID, { nullable: true, description: 'The leg it happened on.' })
  legId!: string | null

  @Field(() => String, { nullable: true, description: 'Hangup cause, other leg, or recording path.' })
  detail!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Queue events: the agent offered, answering, holding or transferring.',
  })
  agentName?: string | null

  @Field(() => String, { nullable: true, description: 'Queue events: the skill group queued for.' })
  skillGroupName?: string | null

  @Field(() => String, {
    nullable: true,
    description:
      'Queue events: OFFER_ENDED’s ANSWERED, NOT_ANSWERED, REJECTED, FAILED or WITHDRAWN; ANSWERED’s CALL or CALLBACK; ABANDONED’s QUEUED or RINGING; TRANSFERRED’s BLIND or CONSULTED.',
  })
  outcome?: string | null

  @Field(() => Int, {
    nullable: true,
    description:
      'Queue events: an offer’s ring time, or the caller’s wait until answered, abandoned, called back or overflowed, in seconds.',
  })
  seconds?: number | null
}

export const CallRecordPage = PageOf(CallRecord, 'CallRecord')

@ObjectType({ description: 'How many calls the company had in a period, by outcome.' })
export class CallCounts {
  @Field(() => Int, { description: 'Inbound calls started in the period.' })
  inbound!: number

  @Field(() => Int, { description: 'Inbound calls an agent answered.' })
  answered!: number

  @Field(() => Int, {
    description:
      'Inbound calls that ended without an agent answering (the caller hung up in the IVR or the queue, or was let go).',
  })
  abandoned!: number

  @Field(() => Int, { description: 'Inbound calls still going on without an agent (in the IVR or queue).' })
  unansweredLive!: number

  @Field(() => Int, { description: 'Outbound calls started in the period.' })
  outbound!: number

  @Field(() => Int, { description: 'Outbound calls the customer answered.' })
  outboundAnswered!: number
}
