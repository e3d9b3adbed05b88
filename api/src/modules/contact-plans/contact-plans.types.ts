import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'

export enum ContactPlanStatus {
  PENDING = 'PENDING',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ContactPlanStatus, {
  name: 'ContactPlanStatus',
  description: 'Where a contact plan stands; OVERDUE is a pending plan whose time has passed.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its time.' },
    OVERDUE: { description: 'Its time has passed and it is neither done nor cancelled.' },
    DONE: { description: 'The customer was contacted.' },
    CANCELLED: { description: 'No longer to be done.' },
  },
})

@ObjectType({ description: 'A call placed for a contact plan.' })
export class ContactPlanCall {
  @Field(() => ID, { description: 'The call record’s ID.' })
  callId!: string

  @Field(() => Date, {
    nullable: true,
    description: 'When the call started; null until the switch reports it.',
  })
  startedAt!: Date | null

  @Field(() => Int, { nullable: true, description: 'Seconds the customer talked; null when not answered.' })
  talkSeconds!: number | null

  @Field(() => String, {
    nullable: true,
    description: 'Where the viewer plays the recording (authorised per call); null without one.',
  })
  recordingUrl!: string | null
}

@ObjectType('ContactPlan', {
  description: 'A scheduled callback to a customer (G5), with the calls placed for it (G6).',
})
export class ContactPlanView {
  @Field(() => ID, { description: 'Contact plan identifier.' })
  id!: string

  @Field(() => ID, { description: 'The customer to call back.' })
  customerId!: string

  @Field(() => String, { description: 'The customer’s name; empty when they have none.' })
  customerName!: string

  @Field(() => String, { description: 'The number to call, one of the customer’s, in E.164.' })
  phoneNumber!: string

  @Field(() => Date, { description: 'When to call.' })
  dueAt!: Date

  @Field(() => String, { description: 'What the call is for.' })
  purpose!: string

  @Field(() => String, { description: 'Notes for the call; may be empty.' })
  notes!: string

  @Field(() => ContactPlanStatus, { description: 'Where the plan stands.' })
  status!: ContactPlanStatus

  @Field(() => ID, { description: 'The agent who calls back and is reminded.' })
  ownerId!: string

  @Field(() => String, { description: 'The owner’s name.' })
  ownerName!: string

  @Field(() => Date, { description: 'When the plan was created.' })
  createdAt!: Date

  @Field(() => Date, { nullable: true, description: 'When it was marked done or cancelled.' })
  closedAt!: Date | null

  @Field(() => [ContactPlanCall], { description: 'Calls placed for the plan, oldest first.' })
  calls!: ContactPlanCall[]
}

export const ContactPlanPage = PageOf(ContactPlanView, 'ContactPlan')

@InputType({ description: 'A new contact plan; its owner is the signed-in agent.' })
export class CreateContactPlanInput {
  @Field(() => ID, { description: 'The customer to call back.' })
  customerId!: string

  @Field(() => String, { description: 'The number to call: one of the customer’s numbers.' })
  phoneNumber!: string

  @Field(() => Date, { description: 'When to call; must be in the future.' })
  dueAt!: Date

  @Field(() => String, { description: 'What the call is for, 1–200 characters.' })
  purpose!: string

  @Field(() => String, { nullable: true, description: 'Notes, up to 2000 characters.' })
  notes?: string | null
}

@InputType({ description: 'Which contact plans to list or export.' })
export class ContactPlanFilter {
  @Field(() => ContactPlanStatus, { nullable: true, description: 'Only plans in this state.' })
  status?: ContactPlanStatus | null

  @Field(() => Date, { nullable: true, description: 'Due at or after this time.' })
  dueFrom?: Date | null

  @Field(() => Date, { nullable: true, description: 'Due before this time.' })
  dueTo?: Date | null

  @Field(() => ID, { nullable: true, description: 'Only this agent’s plans.' })
  ownerId?: string | null

  @Field(() => String, { nullable: true, description: 'Digits the customer number contains.' })
  customerNumber?: string | null
}
