import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import { limitedCost } from '../../graphql/limits.js'
import type { Viewer } from '../identity/viewer.js'
import type { CustomerChange as CustomerChangeEvent } from './customer-events.js'
import type { HistoryPage } from './customer-history.service.js'
import { CustomerChange, CustomerHistoryEntryInput, CustomerHistoryPage } from './customer-history.types.js'

/** A customer's history (G4): the timeline, agents' notes, outside systems' entries, and live changes. */
@Resolver()
export class CustomerHistoryResolver {
  @Authorized()
  @Query(() => CustomerHistoryPage, {
    description: 'A customer’s calls, summaries, contact plans, notes and outside entries, newest first.',
    complexity: limitedCost,
  })
  customerHistory(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Arg('after', () => String, { nullable: true, description: 'The nextCursor of the page before.' })
    after: string | null,
    @Arg('limit', () => Int, { nullable: true, description: 'Entries per page, 1–100; 20 when omitted.' })
    limit: number | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<HistoryPage> {
    return ctx.services.customerHistory.list(viewer, customerId, after, limit)
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Adds a note to a customer’s history.' })
  addCustomerNote(
    @Arg('customerId', () => ID, { description: 'The customer.' }) customerId: string,
    @Arg('text', () => String, { description: 'The note, 1–4000 characters.' }) text: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.customerHistory.addNote(viewer, customerId, { text })
  }

  @Authorized()
  @Mutation(() => ID, {
    description:
      'For integrations (API keys): adds an online chat, a ticket or another entry to a customer’s history; returns the customer’s ID.',
  })
  addCustomerHistoryEntry(
    @Arg('input', () => CustomerHistoryEntryInput, { description: 'The entry.' })
    input: CustomerHistoryEntryInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    return ctx.services.customerHistory.addEntry(viewer, { ...input })
  }

  @Authorized()
  @Subscription(() => CustomerChange, {
    description: 'Changes of a customer the viewer may see: its card, and entries added to its history.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.customerHistory.watch(requireViewer(ctx), String(args['customerId']))
    },
  })
  customerChanged(
    @Arg('customerId', () => ID, { description: 'The customer.' }) _customerId: string,
    @Root() change: CustomerChangeEvent,
  ): CustomerChangeEvent {
    return change
  }
}
