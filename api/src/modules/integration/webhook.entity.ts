import { ArrayType, Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'

/** Values are the names receivers see in the body's `type` and the `X-CC-Event` header. */
export enum WebhookEvent {
  CALL_OFFERED = 'call.offered',
  CALL_ANSWERED = 'call.answered',
  CALL_ENDED = 'call.ended',
  AGENT_STATUS_CHANGED = 'agent.status_changed',
  SUMMARY_SAVED = 'summary.saved',
  CONTACT_PLAN_DUE = 'contact_plan.due',
  PING = 'ping',
}

registerEnumType(WebhookEvent, {
  name: 'WebhookEvent',
  description: 'What a webhook endpoint is told about; the body’s `type` is the lower-case name shown.',
  valuesConfig: {
    CALL_OFFERED: {
      description: '`call.offered`: a queued call rings an agent (callId, agentId, callerNumber…).',
    },
    CALL_ANSWERED: { description: '`call.answered`: an agent (or, outbound, the customer) answered.' },
    CALL_ENDED: { description: '`call.ended`: the call is over; the body is its call record.' },
    AGENT_STATUS_CHANGED: {
      description: '`agent.status_changed`: any change of an agent’s status, with its cause.',
    },
    SUMMARY_SAVED: {
      description:
        '`summary.saved`: an agent saved (or corrected) a call’s service summary; the body is the summary.',
    },
    CONTACT_PLAN_DUE: {
      description:
        '`contact_plan.due`: a contact plan’s time has come (contactPlanId, agentId, phoneNumber…).',
    },
    PING: { description: '`ping`: a test delivery an administrator sent; every endpoint receives it.' },
  },
})

export enum WebhookDisabledReason {
  BY_ADMIN = 'BY_ADMIN',
  FAILING = 'FAILING',
}

registerEnumType(WebhookDisabledReason, {
  name: 'WebhookDisabledReason',
  description: 'Why an endpoint receives nothing.',
  valuesConfig: {
    BY_ADMIN: {
      description: 'An administrator paused it; its pending deliveries resume when it is enabled.',
    },
    FAILING: { description: 'Every delivery to it failed for a day; what was pending failed with it.' },
  },
})

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Not delivered yet: waiting for its first attempt or its next retry.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: {
      description: 'Given up after a day of retries (or its endpoint was disabled); it can be replayed.',
    },
  },
})

@ObjectType({ description: 'An HTTPS endpoint a company’s systems receive events on (issue 16).' })
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint {
  @Field(() => ID, { description: 'Endpoint identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Where events are POSTed.' })
  @Property({ type: 'text' })
  url!: string

  @Field(() => String, { description: 'What the endpoint is for, e.g. "CRM".' })
  @Property({ type: 'text' })
  description: string = ''

  @Field(() => [WebhookEvent], { description: 'The events it receives (and always `ping`).' })
  @Property({ type: ArrayType })
  events!: WebhookEvent[]

  /** Sealed with the credentials key: it signs every request, so it must be read back. */
  @Property({ type: 'text', hidden: true })
  secretSealed!: string

  @Field(() => Boolean, { description: 'Whether events are sent to it now.' })
  @Property({ type: 'boolean' })
  enabled: boolean = true

  @Field(() => WebhookDisabledReason, {
    nullable: true,
    description: 'Why it is disabled; empty while enabled.',
  })
  @Enum({ items: () => WebhookDisabledReason, nullable: true })
  disabledReason?: WebhookDisabledReason | null

  @Field(() => Date, { nullable: true, description: 'When it was disabled.' })
  @Property({ type: 'Date', nullable: true })
  disabledAt?: Date | null

  @Field(() => Date, {
    nullable: true,
    description:
      'Since when every delivery has failed; cleared by a success. A day of it disables the endpoint.',
  })
  @Property({ type: 'Date', nullable: true })
  failingSince?: Date | null

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null

  @Field(() => Date, { description: 'When it was registered.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Property({ type: 'Date' })
  updatedAt: Date = new Date()
}

interface StoredAttempt {
  at: string
  statusCode: number | null
  error: string | null
  durationMs: number
}

@ObjectType({ description: 'One try at delivering.' })
export class WebhookAttempt {
  @Field(() => Date, { description: 'When the request was sent.' })
  at!: Date

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status the endpoint answered; empty when none.',
  })
  statusCode!: number | null

  @Field(() => String, {
    nullable: true,
    description: 'Why it failed: the answer’s body, or the network error.',
  })
  error!: string | null

  @Field(() => Int, { description: 'Milliseconds until the answer (or the failure).' })
  durationMs!: number
}

@ObjectType({ description: 'One event for one endpoint, with its attempts (the delivery log).' })
@Entity({ tableName: 'webhook_delivery' })
export class WebhookDelivery {
  [OptionalProps]?: 'attemptCount' | 'attempts' | 'attemptLog' | 'body' | 'nextAttemptDue'

  @Field(() => ID, {
    description: 'Also the `X-CC-Delivery` header and the body’s `id`: the same on every retry.',
  })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => ID, { description: 'The endpoint it is for.' })
  @Property({ type: 'uuid' })
  endpointId!: string

  @Field(() => WebhookEvent, { description: 'What happened.' })
  @Enum({ items: () => WebhookEvent })
  eventType!: WebhookEvent

  @Property({ type: 'json' })
  payload!: Record<string, unknown>

  @Field(() => Date, { description: 'When the event happened.' })
  @Property({ type: 'Date' })
  occurredAt!: Date

  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' })
  @Enum({ items: () => WebhookDeliveryStatus })
  status!: WebhookDeliveryStatus

  @Field(() => Int, { description: 'Attempts so far.' })
  @Property({ type: 'integer' })
  attemptCount: number = 0

  @Field(() => Date, {
    nullable: true,
    description: 'When the next attempt is due (pending deliveries only).',
  })
  get nextAttemptDue(): Date | null {
    return this.status === WebhookDeliveryStatus.PENDING ? this.nextAttemptAt : null
  }

  @Property({ type: 'Date' })
  nextAttemptAt!: Date

  @Field(() => Int, {
    nullable: true,
    description: 'The HTTP status of the last attempt; empty when none came back.',
  })
  @Property({ type: 'integer', nullable: true })
  lastStatusCode?: number | null

  @Field(() => Date, { nullable: true, description: 'When the endpoint accepted it.' })
  @Property({ type: 'Date', nullable: true })
  deliveredAt?: Date | null

  @Property({ type: 'json' })
  attempts: StoredAttempt[] = []

  @Field(() => [WebhookAttempt], { name: 'attempts', description: 'Oldest first.' })
  get attemptLog(): WebhookAttempt[] {
    return this.attempts.map((attempt) => ({ ...attempt, at: new Date(attempt.at) }))
  }

  @Field(() => String, { description: 'The JSON body the endpoint receives.' })
  get body(): string {
    return webhookBody(this)
  }
}

/** The bytes every attempt of a delivery sends. */
export function webhookBody(delivery: {
  id: string
  eventType: string
  occurredAt: Date | string
  payload: unknown
}): string {
  return JSON.stringify({
    id: delivery.id,
    type: delivery.eventType,
    occurredAt: new Date(delivery.occurredAt).toISOString(),
    data: delivery.payload,
  })
}
