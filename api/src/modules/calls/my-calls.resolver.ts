import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { MyCallRecordFilter } from './calls.types.js'
import { MyCallRecord, MyCallRecordPage } from './my-calls.types.js'

@Resolver(() => MyCallRecord)
export class MyCallsResolver {
  @Authorized()
  @Query(() => MyCallRecordPage, {
    description:
      'G8: the signed-in agent’s own calls, newest first: placed, taken, and offered to them but missed.',
    complexity: pagedCost,
  })
  myCallRecords(
    @Arg('filter', () => MyCallRecordFilter, {
      nullable: true,
      description: 'Conditions; all the agent’s calls when omitted.',
    })
    filter: MyCallRecordFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<MyCallRecord>> {
    return ctx.services.myCalls.list(viewer, filter, page)
  }

  @Authorized()
  @Query(() => MyCallRecord, {
    description:
      'G8: one of the signed-in agent’s calls with its timeline; another agent’s call is not found.',
  })
  myCallRecord(
    @Arg('id', () => ID, { description: 'The call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MyCallRecord> {
    return ctx.services.myCalls.get(viewer, id)
  }
}
