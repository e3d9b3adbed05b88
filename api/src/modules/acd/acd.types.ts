import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { CallDirection } from '../calls/call-record.entity.js'
import { AnsweringMode } from '../identity/answering-mode.js'
import { AgentStatus, StatusCause } from './presence.js'

export enum PhoneKind {
  SOFTPHONE = 'SOFTPHONE',
  DESK_PHONE = 'DESK_PHONE',
}

registerEnumType(PhoneKind, {
  name: 'PhoneKind',
  description: 'Which SIP phone answers in SIP mode.',
  valuesConfig: {
    SOFTPHONE: { description: 'The workstation’s WebRTC softphone in the browser.' },
    DESK_PHONE: { description: 'A desk phone registered with the agent’s SIP credentials.' },
  },
})

export enum ChosenStatus {
  IDLE = 'IDLE',
  NOT_READY = 'NOT_READY',
}

registerEnumType(ChosenStatus, {
  name: 'ChosenStatus',
  description: 'What an agent may choose; the other statuses follow from calls and presence.',
  valuesConfig: {
    IDLE: { description: 'Ready for routed calls (ends after-call work early).' },
    NOT_READY: { description: 'Not taking routed calls, for a reason.' },
  },
})

@InputType({ description: 'How an agent signs in to the workstation (G2).' })
export class WorkstationSignInInput {
  @Field(() => AnsweringMode, { description: 'Where calls ring: a SIP phone or the agent’s mobile.' })
  answeringMode!: AnsweringMode

  @Field(() => PhoneKind, {
    nullable: true,
    description: 'In SIP mode: the browser softphone (default) or a desk phone.',
  })
  phoneKind?: PhoneKind | null

  @Field(() => ChosenStatus, { nullable: true, description: 'Status to start in; IDLE when omitted.' })
  status?: ChosenStatus | null

  @Field(() => ID, { nullable: true, description: 'Not-ready reason, required when starting NOT_READY.' })
  reasonId?: string | null
}

@ObjectType({ description: 'A routed call ringing an agent.' })
export class CallOffer {
  @Field(() => ID, { description: 'The call (its call record has this ID).' })
  callId!: string

  @Field(() => String, { nullable: true, description: 'The caller’s number, when known.' })
  callerNumber!: string | null

  @Field(() => ID, { nullable: true, description: 'The skill group the call was queued in.' })
  skillGroupId!: string | null
}

@ObjectType({ description: 'The call an agent is on, as far as the platform knows its other party.' })
export class AgentCall {
  @Field(() => ID, { nullable: true, description: 'The call (its call record has this ID), when known.' })
  callId!: string | null

  @Field(() => CallDirection, { description: 'INBOUND: a customer called; OUTBOUND: the agent dialled.' })
  direction!: CallDirection

  @Field(() => String, {
    nullable: true,
    description:
      'The other party’s number: the caller’s, or the one dialled; empty when withheld or unknown.',
  })
  remoteNumber!: string | null
}

@ObjectType({ description: 'An agent’s current work status (G3), with why it is what it is.' })
export class AgentState {
  @Field(() => ID, { description: 'The agent.' })
  userId!: string

  @Field(() => AgentStatus, { description: 'The status.' })
  status!: AgentStatus

  @Field(() => ID, {
    nullable: true,
    description: 'With NOT_READY: the reason (chosen, or set by the platform).',
  })
  reasonId!: string | null

  @Field(() => Date, { description: 'Since when the agent has had this status.' })
  since!: Date

  @Field(() => StatusCause, { description: 'What caused the last change.' })
  cause!: StatusCause

  @Field(() => String, {
    nullable: true,
    description:
      'Something the agent must be told, as a code: MISSED_OFFERS_LIMIT, HEARTBEAT_LOST, FORCED_SIGN_OUT, or SERVICE_SUMMARY_REQUIRED (after-call work time is up but the call’s summary is missing).',
  })
  notice!: string | null

  @Field(() => CallOffer, { nullable: true, description: 'With RINGING: the call being offered.' })
  offer!: CallOffer | null

  @Field(() => AgentCall, {
    nullable: true,
    description: 'With ON_CALL: the call, with the caller’s number or the number the agent dialled.',
  })
  call!: AgentCall | null

  @Field(() => ID, {
    nullable: true,
    description: 'With AFTER_CALL_WORK: the call being wrapped up (its service summary is written now).',
  })
  afterCallWorkCallId!: string | null

  @Field(() => Boolean, {
    description:
      'With AFTER_CALL_WORK: true while it cannot end before the call’s service summary is saved (the company requires one).',
  })
  isAwaitingSummary!: boolean

  @Field(() => AnsweringMode, {
    nullable: true,
    description:
      'While signed in to the workstation: where calls ring, as the sign-in chose (in any browser or through the API); null while offline.',
  })
  answeringMode!: AnsweringMode | null

  @Field(() => PhoneKind, {
    nullable: true,
    description: 'While signed in in SIP mode: the browser softphone or a desk phone.',
  })
  phoneKind!: PhoneKind | null
}

@ObjectType({ description: 'A skill group’s queue right now.' })
export class QueueState {
  @Field(() => ID, { description: 'The skill group.' })
  skillGroupId!: string

  @Field(() => String, { description: 'The skill group’s name.' })
  name!: string

  @Field(() => Int, { description: 'Callers waiting (not yet ringing an agent).' })
  waiting!: number

  @Field(() => Int, { description: 'Calls ringing an agent now.' })
  offering!: number

  @Field(() => Int, { description: 'Callers waiting for a callback (X6).' })
  callbacks!: number

  @Field(() => Int, {
    description:
      'Seconds since the longest-waiting caller entered the queue, counting callers whose call rings an agent (they still wait); 0 when none waits. The KPIs’ longest current wait (X2) is this figure.',
  })
  longestWaitSeconds!: number

  @Field(() => Int, { description: 'Members of the group who are IDLE now.' })
  idleAgents!: number
}

export enum MonitorModeEnum {
  LISTEN = 'LISTEN',
  WHISPER = 'WHISPER',
  BARGE = 'BARGE',
}

registerEnumType(MonitorModeEnum, {
  name: 'MonitorMode',
  description: 'How a supervisor joins an agent’s call (X3).',
  valuesConfig: {
    LISTEN: { description: 'Hear both sides; nobody hears the supervisor.' },
    WHISPER: { description: 'Coach the agent: the agent hears the supervisor, the customer does not.' },
    BARGE: { description: 'Join the call: everyone hears everyone.' },
  },
})

@InputType({
  description: 'Where a call is transferred: exactly one of an agent, a skill group or a number.',
})
export class TransferTargetInput {
  @Field(() => ID, { nullable: true, description: 'An IDLE agent of the company.' })
  agentId?: string | null

  @Field(() => ID, { nullable: true, description: 'A skill group: the call joins its queue.' })
  skillGroupId?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'An outside number, subject to the company’s allow-list.',
  })
  number?: string | null
}

@ObjectType({ description: 'What a call-control request acted on.' })
export class CallControlResult {
  @Field(() => ID, { description: 'The call (its call record has this ID once saved).' })
  callId!: string
}

@ObjectType({ description: 'One change of an agent’s status, with its cause (G3).' })
export class AgentStatusChange {
  @Field(() => AgentStatus, { description: 'The status the agent moved to.' })
  status!: AgentStatus

  @Field(() => AgentStatus, { nullable: true, description: 'The status before.' })
  previousStatus!: AgentStatus | null

  @Field(() => ID, { nullable: true, description: 'With NOT_READY: the reason.' })
  reasonId!: string | null

  @Field(() => StatusCause, { description: 'What caused the change.' })
  cause!: StatusCause

  @Field(() => String, {
    nullable: true,
    description: 'Detail for the cause: the call offered, the switch’s hang-up cause, the switch node.',
  })
  detail!: string | null

  @Field(() => Date, { description: 'When it changed.' })
  at!: Date
}

export const AgentStatusChangePage = PageOf(AgentStatusChange, 'AgentStatusChange')
