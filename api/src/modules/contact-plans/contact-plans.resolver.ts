import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import type { Viewer } from '../identity/viewer.js'
import {
  ContactPlanFilter,
  ContactPlanPage,
  ContactPlanView,
  CreateContactPlanInput,
} from './contact-plans.types.js'

const idArg = { description: 'The contact plan.' }

/** Contact plans (G5, G6): agents see their own, group leaders their groups', administrators all they may. */
@Resolver(() => ContactPlanView)
export class ContactPlansResolver {
  @Authorized()
  @Query(() => ContactPlanPage, {
    description: 'Contact plans the viewer may see, latest due first.',
    complexity: pagedCost,
  })
  contactPlans(
    @Arg('filter', () => ContactPlanFilter, {
      nullable: true,
      description: 'Conditions; all visible when omitted.',
    })
    filter: ContactPlanFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<ContactPlanView>> {
    return ctx.services.contactPlans.list(viewer, { ...filter }, page)
  }

  @Authorized()
  @Query(() => ContactPlanView, { description: 'One contact plan.' })
  contactPlan(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactPlanView> {
    return ctx.services.contactPlans.get(viewer, id)
  }

  @Authorized()
  @Mutation(() => ContactPlanView, { description: 'Schedules a callback to a customer; the viewer owns it.' })
  createContactPlan(
    @Arg('input', () => CreateContactPlanInput, { description: 'The plan.' }) input: CreateContactPlanInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactPlanView> {
    return ctx.services.contactPlans.create(viewer, { ...input })
  }

  @Authorized()
  @Mutation(() => ContactPlanView, { description: 'Moves an open plan to a new time in the future.' })
  rescheduleContactPlan(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('dueAt', () => Date, { description: 'The new time.' }) dueAt: Date,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactPlanView> {
    return ctx.services.contactPlans.reschedule(viewer, id, dueAt)
  }

  @Authorized()
  @Mutation(() => ContactPlanView, { description: 'Marks an open plan done: the customer was contacted.' })
  completeContactPlan(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactPlanView> {
    return ctx.services.contactPlans.complete(viewer, id)
  }

  @Authorized()
  @Mutation(() => ContactPlanView, { description: 'Cancels an open plan.' })
  cancelContactPlan(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ContactPlanView> {
    return ctx.services.contactPlans.cancel(viewer, id)
  }

  @Authorized()
  @Subscription(() => ContactPlanView, {
    description:
      'The viewer’s own contact plans as they come due, once each; plans that came due while the viewer was away are listed as OVERDUE.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.contactPlans.myDuePlans(requireViewer(ctx))
    },
  })
  myContactPlanDue(@Root() plan: ContactPlanView): ContactPlanView {
    return plan
  }
}
