import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { CallDirection } from '../calls/call-record.entity.js'
import { Organization } from '../identity/roles.js'

export enum CustomerHistoryKind {
  CALL = 'CALL',
  SUMMARY = 'SUMMARY',
  CONTACT_PLAN = 'CONTACT_PLAN',
  NOTE = 'NOTE',
  CHAT = 'CHAT',
  TICKET = 'TICKET',
  OTHER = 'OTHER',
}

export enum OutsideEntryKind {
  CHAT = 'CHAT',
  TICKET = 'TICKET',
  OTHER = 'OTHER',
}

export enum CustomerChangePart {
  CARD = 'CARD',
  HISTORY = 'HISTORY',
}

registerEnumType(CustomerHistoryKind, {
  name: 'CustomerHistoryKind',
  description: 'What an entry of a customer’s history is.',
  valuesConfig: {
    CALL: { description: 'A call with the customer that reached an agent.' },
    SUMMARY: { description: 'The service summary an agent wrote after a call.' },
    CONTACT_PLAN: { description: 'A callback an agent scheduled.' },
    NOTE: { description: 'A note an agent wrote.' },
    CHAT: { description: 'An online chat, added by another system.' },
    TICKET: { description: 'A ticket, added by another system.' },
    OTHER: { description: 'Anything else another system added.' },
  },
})
registerEnumType(OutsideEntryKind, {
  name: 'OutsideEntryKind',
  description: 'What another system adds to a customer’s history.',
  valuesConfig: {
    CHAT: { description: 'An online chat.' },
    TICKET: { description: 'A ticket.' },
    OTHER: { description: 'Anything else.' },
  },
})
registerEnumType(CustomerChangePart, {
  name: 'CustomerChangePart',
  description: 'What of a customer changed.',
  valuesConfig: {
    CARD: { description: 'Name, numbers or custom fields (or the customer was merged away).' },
    HISTORY: { description: 'An entry was added to the history.' },
  },
})

@ObjectType({ description: 'What a call entry of a customer’s history adds.' })
export class CustomerHistoryCall {
  @Field(() => CallDirection, { description: 'Inbound or outbound.' })
  direction!: CallDirection

  @Field(() => String, { nullable: true, description: 'The agent who took or placed it.' })
  agentName!: string | null

  @Field(() => Boolean, { description: 'Whether the customer talked to an agent.' })
  isAnswered!: boolean

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds from the bridge to the end; empty if unanswered or live.',
  })
  talkSeconds!: number | null

  @Field(() => String, {
    nullable: true,
    description:
      'Where the viewer may play its recording; empty without one or when it is not theirs to hear.',
  })
  recordingUrl!: string | null
}

@ObjectType({ description: 'One entry of a customer’s history.' })
export class CustomerHistoryEntry {
  @Field(() => ID, { description: 'The entry’s ID (the call’s ID for a call).' })
  id!: string

  @Field(() => CustomerHistoryKind, { description: 'What it is.' })
  kind!: CustomerHistoryKind

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date

  @Field(() => String, {
    description: 'Its headline: the other number of a call, a chat’s or ticket’s title.',
  })
  title!: string

  @Field(() => String, { description: 'Its text (a note, a summary’s notes); may be empty.' })
  body!: string

  @Field(() => String, { description: 'Where it comes from: call, agent, or the name another system gave.' })
  source!: string

  @Field(() => String, { nullable: true, description: 'A link to it in the system it comes from.' })
  link!: string | null

  @Field(() => String, { nullable: true, description: 'Who wrote it, or the agent of a call.' })
  authorName!: string | null

  @Field(() => CustomerHistoryCall, { nullable: true, description: 'The call’s details, for a call entry.' })
  call!: CustomerHistoryCall | null
}

@ObjectType({ description: 'A page of a customer’s history, newest first.' })
export class CustomerHistoryPage {
  @Field(() => [CustomerHistoryEntry], { description: 'The entries of this page.' })
  entries!: CustomerHistoryEntry[]

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; empty on the last.',
  })
  nextCursor!: string | null
}

@ObjectType({ description: 'A customer changed: what a screen pop showing them reads again.' })
export class CustomerChange {
  @Field(() => ID, { description: 'The customer.' })
  customerId!: string

  @Field(() => CustomerChangePart, { description: 'What changed.' })
  part!: CustomerChangePart

  @Field(() => ID, { nullable: true, description: 'The customer this one was merged into, if it was.' })
  mergedInto!: string | null
}

@InputType({ description: 'An entry another system adds to a customer’s history.' })
export class CustomerHistoryEntryInput {
  @Field(() => ID, { nullable: true, description: 'The customer; or give phoneNumber instead.' })
  customerId?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'A number of the customer: found, or a new customer is created with it.',
  })
  phoneNumber?: string | null

  @Field(() => Organization, {
    nullable: true,
    description: 'Whose customer a new number becomes, for keys that see both organisations.',
  })
  organization?: Organization | null

  @Field(() => OutsideEntryKind, { description: 'What it is.' })
  kind!: OutsideEntryKind

  @Field(() => String, { description: 'The system’s name as people should read it, 1–40 characters.' })
  source!: string

  @Field(() => String, {
    nullable: true,
    description: 'The system’s own ID of it: sending it again with the same source replaces the first.',
  })
  externalId?: string | null

  @Field(() => String, { description: 'Headline, 1–200 characters.' })
  title!: string

  @Field(() => String, { nullable: true, description: 'Text, up to 10,000 characters.' })
  body?: string | null

  @Field(() => String, { nullable: true, description: 'An http(s) link to it in that system.' })
  link?: string | null

  @Field(() => Date, { nullable: true, description: 'When it happened; now when omitted.' })
  occurredAt?: Date | null
}
