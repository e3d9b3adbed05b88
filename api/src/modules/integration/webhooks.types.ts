import { Field, ID, InputType, ObjectType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { WebhookDelivery, WebhookDeliveryStatus, WebhookEndpoint, WebhookEvent } from './webhook.entity.js'

export const WebhookDeliveryPage = PageOf(WebhookDelivery, 'WebhookDelivery')

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'An https: URL (http://localhost only while developing).' })
  url!: string

  @Field(() => String, { nullable: true, description: 'What it is for, at most 200 characters.' })
  description?: string | null

  @Field(() => [WebhookEvent], {
    description: 'The events to receive; at least one (`ping` needs no subscribing).',
  })
  events!: WebhookEvent[]
}

@InputType({ description: 'Changes to a webhook endpoint; what is left out stays.' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true, description: 'A new https: URL.' })
  url?: string | null

  @Field(() => String, { nullable: true, description: 'A new description, at most 200 characters.' })
  description?: string | null

  @Field(() => [WebhookEvent], { nullable: true, description: 'The events to receive from now on.' })
  events?: WebhookEvent[] | null

  @Field(() => Boolean, {
    nullable: true,
    description:
      'false pauses it; true enables it again (also one disabled for failing) and forgets its failures.',
  })
  enabled?: boolean | null
}

@ObjectType({ description: 'An endpoint with its signing secret: shown this once, never again.' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint, { description: 'The stored endpoint.' })
  endpoint!: WebhookEndpoint

  @Field(() => String, { description: 'Verifies the `X-CC-Signature` header (docs/webhooks.md).' })
  secret!: string
}

@InputType({ description: 'Which deliveries of an endpoint to list.' })
export class WebhookDeliveryFilterInput {
  @Field(() => ID, { description: 'The endpoint whose deliveries to list.' })
  endpointId!: string

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this state.' })
  status?: WebhookDeliveryStatus | null
}
