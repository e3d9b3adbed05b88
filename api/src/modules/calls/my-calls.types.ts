import { Field, ID, Int, ObjectType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { CallRecord } from './call-record.entity.js'

@ObjectType({
  description:
    'G8: one call of the signed-in agent as that agent lived it. Their calls are the ones they placed or took, and the inbound calls the ACD offered them.',
})
export class MyCallRecord {
  @Field(() => ID, { description: 'The call’s identifier (same as `call.id`).' })
  id!: string

  @Field(() => CallRecord, { description: 'The call itself: numbers, milestones, legs and timeline.' })
  call!: CallRecord

  @Field(() => Boolean, {
    description:
      'Whether this agent talked on the call: they answered the ACD’s offer, or the customer they dialled picked up. False is a missed call (inbound) or an unanswered one (outbound).',
  })
  isAnswered!: boolean

  @Field(() => String, { nullable: true, description: 'Name of the skill group the call queued for.' })
  queueName!: string | null

  @Field(() => Int, {
    nullable: true,
    description:
      'Seconds from the start of the call until it was first answered, or until it ended unanswered; empty while it still rings.',
  })
  waitSeconds!: number | null

  @Field(() => Int, {
    nullable: true,
    description:
      'Seconds from the answer to the end of the call, when this agent answered it; empty otherwise or while it lasts.',
  })
  talkSeconds!: number | null

  @Field(() => String, {
    nullable: true,
    description:
      'Where the browser plays the recording (same sign-in, HTTP range requests); empty when the call has none or this agent did not talk on it.',
  })
  recordingUrl!: string | null
}

export const MyCallRecordPage = PageOf(MyCallRecord, 'MyCallRecord')
