import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { CallRecord } from '../calls/call-record.entity.js'
import { MyCallRecord } from '../calls/my-calls.types.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { ServiceSummary } from './service-summary.entity.js'
import { ServiceSummaryCategory } from './summary-category.entity.js'
import {
  CreateServiceSummaryCategoryInput,
  SaveServiceSummaryInput,
  UpdateServiceSummaryCategoryInput,
} from './summaries.types.js'
import { summaryLoaders } from './summaries.loaders.js'

/** The company's tree of service summary categories (G4). */
@Resolver(() => ServiceSummaryCategory)
export class SummaryCategoriesResolver {
  @Authorized()
  @Query(() => [ServiceSummaryCategory], {
    description: 'Every service summary category, disabled ones included, parents before children.',
  })
  serviceSummaryCategories(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceSummaryCategory[]> {
    return ctx.services.summaryCategories.list(viewer)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ServiceSummaryCategory, { description: 'Adds a category, at most three levels deep.' })
  createServiceSummaryCategory(
    @Arg('input', () => CreateServiceSummaryCategoryInput, { description: 'The category.' })
    input: CreateServiceSummaryCategoryInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceSummaryCategory> {
    return ctx.services.summaryCategories.create(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ServiceSummaryCategory, {
    description: 'Renames, moves among its siblings, disables or enables a category.',
  })
  updateServiceSummaryCategory(
    @Arg('id', () => ID, { description: 'The category.' }) id: string,
    @Arg('input', () => UpdateServiceSummaryCategoryInput, { description: 'The changes.' })
    input: UpdateServiceSummaryCategoryInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceSummaryCategory> {
    return ctx.services.summaryCategories.update(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Deletes a category without categories below it that no summary uses; otherwise refused with the count (SUMMARY_CATEGORY_HAS_CHILDREN, SUMMARY_CATEGORY_IN_USE): disable it instead.',
  })
  deleteServiceSummaryCategory(
    @Arg('id', () => ID, { description: 'The category.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.summaryCategories.delete(viewer, id)
  }
}

/** The agent's summaries of the calls they handle (G4). */
@Resolver(() => ServiceSummary)
export class ServiceSummariesResolver {
  @Authorized()
  @Query(() => ServiceSummary, {
    nullable: true,
    description: 'The viewer’s summary of a call they handled; empty before they write one.',
  })
  serviceSummary(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceSummary | null> {
    return ctx.services.serviceSummaries.get(viewer, callId)
  }

  @Authorized()
  @Mutation(() => ServiceSummary, {
    description: `Writes or corrects the viewer’s summary of a call they handled (for 24 hours after first saving it); ends after-call work that waited for it.`,
  })
  saveServiceSummary(
    @Arg('input', () => SaveServiceSummaryInput, { description: 'The summary.' })
    input: SaveServiceSummaryInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceSummary> {
    return ctx.services.serviceSummaries.save(viewer, { ...input })
  }
}

/** The agent's own summary beside each of their calls (G8). */
@Resolver(() => MyCallRecord)
export class MyCallSummaryResolver {
  @Authorized()
  @FieldResolver(() => ServiceSummary, {
    nullable: true,
    description: 'The signed-in agent’s service summary of this call; empty when they wrote none.',
  })
  serviceSummary(
    @Root() record: MyCallRecord,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceSummary | null> {
    return summaryLoaders(ctx, viewer).mine.load(record.id)
  }
}

/** Every summary of a call in the call records (A9), as far as the viewer's organisations go (A11). */
@Resolver(() => CallRecord)
export class CallRecordSummariesResolver {
  @Authorized()
  @FieldResolver(() => [ServiceSummary], {
    description: 'The service summaries of the call, one per agent who wrote one, oldest first.',
  })
  serviceSummaries(
    @Root() record: CallRecord,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceSummary[]> {
    return summaryLoaders(ctx, viewer).ofCall.load(record.id)
  }
}
