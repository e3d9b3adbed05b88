import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { limitedCost } from '../../graphql/limits.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import {
  CallRecordCount,
  CallRecordDetails,
  CallRecordSearchFilter,
  CallRecordSearchPage,
} from './call-records.types.js'

/** The call records (A9) of administrators and group leaders, within what they may see (A11). */
@Resolver()
export class CallRecordsResolver {
  @Authorized(Role.GROUP_LEADER)
  @Query(() => CallRecordSearchPage, {
    description:
      'A9: the calls the viewer may see (A11: an organisation’s administrator its calls, a group leader their groups’ agents’ calls and the unanswered calls of their organisation’s skill groups), newest first, in keyset pages.',
    complexity: limitedCost,
  })
  callRecordSearch(
    @Arg('filter', () => CallRecordSearchFilter, {
      nullable: true,
      description: 'Conditions; every visible call when omitted.',
    })
    filter: CallRecordSearchFilter | undefined,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The `nextCursor` of the page before; the newest calls when omitted.',
    })
    after: string | null | undefined,
    @Arg('limit', () => Int, { nullable: true, description: 'Rows per page, 1 to 100; 20 when omitted.' })
    limit: number | null | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CallRecordSearchPage> {
    return ctx.services.callRecords.search(viewer, { ...filter }, after, limit)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => CallRecordCount, {
    description: 'A9: how many calls the call-records filter matches, counted up to 10,000.',
  })
  callRecordCount(
    @Arg('filter', () => CallRecordSearchFilter, {
      nullable: true,
      description: 'Conditions, as for `callRecordSearch`.',
    })
    filter: CallRecordSearchFilter | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CallRecordCount> {
    return ctx.services.callRecords.count(viewer, { ...filter })
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => CallRecordDetails, {
    description:
      'A9: one call the viewer may see, with its timeline, recording, service summaries and satisfaction; any other call is not found.',
  })
  callRecordDetails(
    @Arg('id', () => ID, { description: 'The call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CallRecordDetails> {
    return ctx.services.callRecords.details(viewer, id)
  }
}
