import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'
import { CallDirection } from '../calls/call-record.entity.js'
import { Organization } from '../identity/roles.js'

export enum LiveCallStage {
  IVR = 'IVR',
  QUEUED = 'QUEUED',
  RINGING = 'RINGING',
  TALKING = 'TALKING',
  ON_HOLD = 'ON_HOLD',
  CONSULTING = 'CONSULTING',
  AFTER_CALL_WORK = 'AFTER_CALL_WORK',
}

registerEnumType(LiveCallStage, {
  name: 'LiveCallStage',
  description: 'Where a call in progress is now (A8).',
  valuesConfig: {
    IVR: {
      description:
        'The caller is in the IVR menu (or hears a prompt) and has not reached a queue or an agent yet.',
    },
    QUEUED: { description: 'The caller waits in a skill group’s queue for a free agent.' },
    RINGING: {
      description:
        'An agent’s phone rings for the call; for an outbound call, the agent’s phone or the customer rings.',
    },
    TALKING: { description: 'The agent and the other party are connected.' },
    ON_HOLD: { description: 'The agent put the other party on hold; they hear the company’s wait music.' },
    CONSULTING: {
      description: 'The agent consults another agent or a number while the customer waits on hold.',
    },
    AFTER_CALL_WORK: {
      description:
        'The call has ended and its agent wraps it up (the service summary); nothing is left on the switch.',
    },
  },
})

@ObjectType({ description: 'A call in progress, as the platform knows it now (A8).' })
export class LiveCall {
  @Field(() => ID, { description: 'The call (its call record has this ID).' })
  callId!: string

  @Field(() => CallDirection, { description: 'INBOUND: a customer called; OUTBOUND: an agent dialled.' })
  direction!: CallDirection

  @Field(() => String, {
    nullable: true,
    description: 'The number of the party that started the call; empty when withheld.',
  })
  callerNumber!: string | null

  @Field(() => String, {
    nullable: true,
    description: 'The number dialled: the company’s number the customer called, or the customer’s number.',
  })
  dialledNumber!: string | null

  @Field(() => LiveCallStage, { description: 'Where the call is now.' })
  stage!: LiveCallStage

  @Field(() => Date, { description: 'When the call began on the switch.' })
  startedAt!: Date

  @Field(() => Date, { description: 'Since when the call has been in its stage.' })
  stageSince!: Date

  @Field(() => ID, { nullable: true, description: 'The skill group the call is queued or was routed for.' })
  skillGroupId!: string | null

  @Field(() => String, { nullable: true, description: 'That skill group’s name.' })
  skillGroupName!: string | null

  @Field(() => ID, {
    nullable: true,
    description: 'The agent whose phone rings for the call, who talks on it or who wraps it up.',
  })
  agentId!: string | null

  @Field(() => String, { nullable: true, description: 'That agent’s name.' })
  agentName!: string | null

  @Field(() => String, { nullable: true, description: 'That agent’s agent number.' })
  agentNumber!: string | null

  @Field(() => Organization, {
    nullable: true,
    description:
      'The organisation the call belongs to (A11): its skill group’s, else its agent’s; empty for a call no skill group or agent has reached yet.',
  })
  organization!: Organization | null
}

@ObjectType({ description: 'The calls in progress the viewer may see, read at one moment (A8).' })
export class LiveCalls {
  @Field(() => [LiveCall], { description: 'The calls, the longest-running first.' })
  calls!: LiveCall[]

  @Field(() => Date, {
    description:
      'When the server read them: durations are counted from the stage times against this, so a browser clock that runs wrong does not matter.',
  })
  readAt!: Date
}
