import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { CallDirection, CallRecord } from './call-record.entity.js'

@InputType({ description: 'Which call records to list; every condition given must hold.' })
export class CallRecordFilter {
  @Field(() => Date, { nullable: true, description: 'Calls started at or after this time.' })
  from?: Date | null

  @Field(() => Date, { nullable: true, description: 'Calls started before this time.' })
  to?: Date | null

  @Field(() => CallDirection, { nullable: true, description: 'Only inbound or only outbound calls.' })
  direction?: CallDirection | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: answered calls only; false: missed calls only.',
  })
  answered?: boolean | null

  @Field(() => ID, { nullable: true, description: 'Calls taken or placed by this agent.' })
  agentId?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'Calls whose caller, callee or dialled number contains these digits.',
  })
  number?: string | null
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
      'CREATE, RINGING, ANSWER, PARK, BRIDGE, UNBRIDGE, HANGUP, RECORD_START, RECORD_STOP or LOST.',
  })
  event!: string

  @Field(() => ID, { nullable: true, description: 'The leg it happened on.' })
  legId!: string | null

  @Field(() => String, { nullable: true, description: 'Hangup cause, other leg, or recording path.' })
  detail!: string | null
}

export const CallRecordPage = PageOf(CallRecord, 'CallRecord')
