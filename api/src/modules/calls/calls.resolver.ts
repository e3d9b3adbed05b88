import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import type { NodeHealth } from '../../telephony/cluster/health.js'
import { Role } from '../identity/roles.js'
import { CallRecord } from './call-record.entity.js'
import { CallCounts, CallEvent, CallLeg, CallRecordFilter, CallRecordPage } from './calls.types.js'
import { SwitchNodeStatus } from './switch-node.types.js'

@Resolver(() => CallRecord)
export class CallsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => CallRecordPage, {
    description: 'Call records of the tenant, newest first.',
    complexity: pagedCost,
  })
  callRecords(
    @Arg('filter', () => CallRecordFilter, {
      nullable: true,
      description: 'Conditions; all calls when omitted.',
    })
    filter: CallRecordFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<CallRecord>> {
    return ctx.services.calls.list(viewer, filter, page)
  }

  @Authorized(Role.ADMIN)
  @Query(() => CallCounts, {
    description: 'How many calls the company had in a period, by outcome: the dashboard’s “today”.',
  })
  callCounts(
    @Arg('from', () => Date, { description: 'Calls started at or after this time.' }) from: Date,
    @Arg('to', () => Date, {
      nullable: true,
      description: 'Calls started before this time; now when omitted.',
    })
    to: Date | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CallCounts> {
    return ctx.services.calls.counts(viewer, { from, to })
  }

  @Authorized(Role.ADMIN)
  @Query(() => CallRecord, { description: 'One call record, with its legs and timeline.' })
  callRecord(
    @Arg('id', () => ID, { description: 'The call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CallRecord> {
    return ctx.services.calls.get(viewer, id)
  }

  @FieldResolver(() => [CallLeg], { description: 'The call’s channels on the switch, first leg first.' })
  legs(@Root() record: CallRecord, @Ctx() ctx: GraphQLContext): CallLeg[] {
    return ctx.services.calls.legs(record)
  }

  @FieldResolver(() => [CallEvent], { description: 'What happened during the call, in order.' })
  timeline(
    @Root() record: CallRecord,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CallEvent[]> {
    return ctx.services.calls.timeline(viewer, record)
  }

  @Authorized(Role.SUPER_ADMIN)
  @Query(() => [SwitchNodeStatus], { description: 'Health of every FreeSWITCH node of the cluster.' })
  switchNodes(@Ctx() ctx: GraphQLContext): NodeHealth[] {
    return ctx.services.calls.switchNodes()
  }

  @Authorized(Role.SUPER_ADMIN)
  @Subscription(() => SwitchNodeStatus, {
    description: 'A node’s health each time it changes (connection, ownership, heartbeat).',
    subscribe: ({ context }) => (context as GraphQLContext).services.calls.switchNodeUpdates(),
  })
  switchNodeUpdated(@Root() health: NodeHealth): NodeHealth {
    return health
  }
}
