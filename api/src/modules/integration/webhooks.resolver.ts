import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { WebhookDelivery, WebhookEndpoint } from './webhook.entity.js'
import {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryFilterInput,
  WebhookDeliveryPage,
  WebhookEndpointWithSecret,
} from './webhooks.types.js'

@Resolver()
export class WebhooksResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [WebhookEndpoint], { description: 'The company’s webhook endpoints, oldest first.' })
  webhookEndpoints(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<WebhookEndpoint[]> {
    return ctx.services.webhooks.list(viewer)
  }

  @Authorized(Role.ADMIN)
  @Query(() => WebhookDeliveryPage, {
    description: 'An endpoint’s deliveries, newest first: the delivery log.',
    complexity: pagedCost,
  })
  webhookDeliveries(
    @Arg('filter', () => WebhookDeliveryFilterInput, {
      description: 'The endpoint, and optionally a status.',
    })
    filter: WebhookDeliveryFilterInput,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<WebhookDelivery>> {
    return ctx.services.webhooks.deliveries(viewer, filter, page)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Registers an endpoint; its secret is shown this once.',
  })
  createWebhookEndpoint(
    @Arg('input', () => CreateWebhookEndpointInput, { description: 'URL, description and events.' })
    input: CreateWebhookEndpointInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointWithSecret> {
    return ctx.services.webhooks.create(viewer, input)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpoint, { description: 'Changes, pauses or enables an endpoint.' })
  updateWebhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput, { description: 'What to change.' })
    input: UpdateWebhookEndpointInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpoint> {
    return ctx.services.webhooks.update(viewer, id, input)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookEndpointWithSecret, {
    description: 'Gives the endpoint a new signing secret, shown this once; the old one stops at once.',
  })
  rotateWebhookSecret(
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookEndpointWithSecret> {
    return ctx.services.webhooks.rotateSecret(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes an endpoint and its delivery log.' })
  deleteWebhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.webhooks.remove(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookDelivery, { description: 'Sends a `ping` event to the endpoint now.' })
  pingWebhookEndpoint(
    @Arg('id', () => ID, { description: 'The endpoint.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookDelivery> {
    return ctx.services.webhooks.ping(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => WebhookDelivery, {
    description: 'Sends a delivered or failed delivery again, with the same ID and body.',
  })
  replayWebhookDelivery(
    @Arg('id', () => ID, { description: 'The delivery.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<WebhookDelivery> {
    return ctx.services.webhooks.replay(viewer, id)
  }
}
