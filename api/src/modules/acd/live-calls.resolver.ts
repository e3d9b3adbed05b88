import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { LiveCall, LiveCalls } from './live-calls.types.js'

/** A8: the calls in progress for supervisors, live, and their force hang-up. */
@Resolver()
export class LiveCallsResolver {
  @Authorized(Role.GROUP_LEADER)
  @Query(() => LiveCalls, {
    description:
      'Every call in progress the viewer may see (A11: administrators the whole company or their organisation, group leaders their organisation’s skill groups and the agents they lead), with its stage.',
  })
  liveCalls(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<LiveCalls> {
    return ctx.services.acd.liveCalls.list(viewer)
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => LiveCall, {
    description:
      'Ends a call in progress the viewer may see: every leg of it is hung up on the switch. Recorded in the audit log. Refused with CALL_ALREADY_ENDED once nothing of it is left.',
  })
  forceHangUpCall(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LiveCall> {
    return ctx.services.acd.liveCalls.forceHangUp(viewer, callId)
  }

  @Authorized(Role.GROUP_LEADER)
  @Subscription(() => LiveCalls, {
    description:
      'The calls in progress the viewer may see: all of them at once when subscribing, then again each time they change.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.acd.liveCalls.watch(requireViewer(ctx))
    },
  })
  liveCallsChanged(@Root() calls: LiveCalls): LiveCalls {
    return calls
  }
}
