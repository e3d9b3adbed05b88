import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { CallDirection, CallRecord, HangupSide } from '../calls/call-record.entity.js'
import { SurveyLabel } from '../acd/settings.entity.js'

export enum CallOutcome {
  ANSWERED = 'ANSWERED',
  CALLBACK = 'CALLBACK',
  ABANDONED = 'ABANDONED',
  MISSED = 'MISSED',
  NOT_CONNECTED = 'NOT_CONNECTED',
  LIVE = 'LIVE',
}

registerEnumType(CallOutcome, {
  name: 'CallOutcome',
  description: 'How a call ended, as the call records (A9) name it.',
  valuesConfig: {
    ANSWERED: { description: 'The called side answered: an agent, or the customer of an outbound call.' },
    CALLBACK: { description: 'The caller left the queue asking to be called back (X6).' },
    ABANDONED: { description: 'The caller hung up while queued or while an agent’s phone rang.' },
    MISSED: {
      description:
        'Any other inbound call nobody answered: it ended in the IVR, after hours or at a full queue.',
    },
    NOT_CONNECTED: { description: 'An outbound call the customer did not answer.' },
    LIVE: { description: 'The call is still going on.' },
  },
})

export enum NumberMatch {
  EXACT = 'EXACT',
  ENDS_WITH = 'ENDS_WITH',
}

registerEnumType(NumberMatch, {
  name: 'NumberMatch',
  description: 'How a number condition compares.',
  valuesConfig: {
    EXACT: { description: 'The whole number, as the switch delivered it.' },
    ENDS_WITH: { description: 'The number’s last digits (e.g. the last four).' },
  },
})

@InputType({
  description:
    'Which calls the call records (A9) list; every condition given must hold. The same names work as the export’s query string.',
})
export class CallRecordSearchFilter {
  @Field(() => Date, { nullable: true, description: 'Calls started at or after this moment.' })
  from?: Date | null

  @Field(() => Date, { nullable: true, description: 'Calls started before this moment.' })
  to?: Date | null

  @Field(() => String, {
    nullable: true,
    description: 'The customer’s number (the caller’s or the called number), in digits.',
  })
  number?: string | null

  @Field(() => NumberMatch, {
    nullable: true,
    description: 'Whether `number` is the whole number or its last digits; ENDS_WITH when omitted.',
  })
  numberMatch?: NumberMatch | null

  @Field(() => ID, { nullable: true, description: 'Calls with this customer.' })
  customerId?: string | null

  @Field(() => ID, { nullable: true, description: 'Calls taken or placed by this agent.' })
  agentId?: string | null

  @Field(() => ID, { nullable: true, description: 'Calls queued for this skill group.' })
  skillGroupId?: string | null

  @Field(() => CallDirection, { nullable: true, description: 'Only inbound or only outbound calls.' })
  direction?: CallDirection | null

  @Field(() => CallOutcome, { nullable: true, description: 'Only calls that ended this way.' })
  outcome?: CallOutcome | null

  @Field(() => Int, {
    nullable: true,
    description: 'Calls talked at least this many seconds (unanswered calls count as 0).',
  })
  minTalkSeconds?: number | null

  @Field(() => Int, { nullable: true, description: 'Calls talked at most this many seconds.' })
  maxTalkSeconds?: number | null

  @Field(() => [Int], {
    nullable: true,
    description:
      'Calls whose caller gave one of these satisfaction scores (1–9, on whatever scale they were given).',
  })
  satisfactionScores?: number[] | null

  @Field(() => ID, {
    nullable: true,
    description: 'Calls dialled for the items of this outbound task (A14); telesales only.',
  })
  taskId?: string | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only calls with a recording; false: only calls without one.',
  })
  hasRecording?: boolean | null
}

@ObjectType({ description: 'One call in the call records (A9): the list’s columns.' })
export class CallRecordRowView {
  @Field(() => ID, { description: 'The call.' })
  id!: string

  @Field(() => Date, { description: 'When the call started.' })
  startedAt!: Date

  @Field(() => Date, { nullable: true, description: 'When it ended; empty while it goes on.' })
  endedAt!: Date | null

  @Field(() => CallDirection, { description: 'Inbound or outbound.' })
  direction!: CallDirection

  @Field(() => String, {
    nullable: true,
    description:
      'The customer’s number: the caller of an inbound call, the called number of an outbound one.',
  })
  customerNumber!: string | null

  @Field(() => String, { nullable: true, description: 'The company number an inbound caller dialled.' })
  dialledNumber!: string | null

  @Field(() => ID, { nullable: true, description: 'The agent who took or placed the call.' })
  agentId!: string | null

  @Field(() => String, { nullable: true, description: 'That agent’s name.' })
  agentName!: string | null

  @Field(() => ID, { nullable: true, description: 'The skill group the call queued for.' })
  skillGroupId!: string | null

  @Field(() => String, { nullable: true, description: 'That skill group’s name.' })
  skillGroupName!: string | null

  @Field(() => CallOutcome, { description: 'How the call ended.' })
  outcome!: CallOutcome

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds from the start until the called side answered, or until the call ended unanswered.',
  })
  waitSeconds!: number | null

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds from the answer to the end; empty when not answered.',
  })
  talkSeconds!: number | null

  @Field(() => HangupSide, { nullable: true, description: 'Which side hung up first.' })
  hangupSide!: HangupSide | null

  @Field(() => String, { nullable: true, description: 'The switch’s hangup cause, e.g. NORMAL_CLEARING.' })
  hangupCause!: string | null

  @Field(() => Int, {
    nullable: true,
    description: 'The caller’s satisfaction score (1 to satisfactionScale); empty when none.',
  })
  satisfactionScore!: number | null

  @Field(() => Int, {
    nullable: true,
    description: 'A5: the scale (2–9 points) the satisfaction score was given on; empty without a score.',
  })
  satisfactionScale!: number | null

  @Field(() => SurveyLabel, {
    nullable: true,
    description:
      'A5: the label of the satisfaction score as the caller was asked (kept with the answer, so a later change of scale or labels does not rename it); empty without a score or when unknown.',
  })
  satisfactionLabel!: SurveyLabel | null

  @Field(() => Boolean, { description: 'Whether the call has a recording.' })
  hasRecording!: boolean

  @Field(() => ID, { nullable: true, description: 'The customer the call is filed under (G4).' })
  customerId!: string | null

  @Field(() => String, { nullable: true, description: 'That customer’s name.' })
  customerName!: string | null
}

@ObjectType({ description: 'One page of the call records, newest first (keyset pages).' })
export class CallRecordSearchPage {
  @Field(() => [CallRecordRowView], { description: 'The calls of this page.' })
  items!: CallRecordRowView[]

  @Field(() => String, {
    nullable: true,
    description:
      'Pass as `after` for the next page; empty on the last. Calls arriving meanwhile never shift a later page.',
  })
  nextCursor!: string | null
}

@ObjectType({ description: 'How many calls a call-records filter matches, counted up to a cap.' })
export class CallRecordCount {
  @Field(() => Int, { description: 'Matching calls, at most `cap`.' })
  count!: number

  @Field(() => Boolean, { description: 'True when there are more than `count` (the cap was reached).' })
  isCapped!: boolean
}

@ObjectType({ description: 'One call of the call records (A9) in detail.' })
export class CallRecordDetails {
  @Field(() => ID, { description: 'The call.' })
  id!: string

  @Field(() => CallRecordRowView, { description: 'The call as the list shows it.' })
  row!: CallRecordRowView

  @Field(() => CallRecord, {
    description: 'The record itself: milestones, legs, timeline, service summaries, satisfaction.',
  })
  call!: CallRecord

  @Field(() => String, {
    nullable: true,
    description:
      'Where the browser plays the recording (same sign-in, HTTP range requests for seeking); empty without one.',
  })
  recordingUrl!: string | null
}
