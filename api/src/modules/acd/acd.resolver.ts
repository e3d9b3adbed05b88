import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { Role } from '../identity/roles.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import type { AgentStatusChange } from './acd.types.js'
import {
  AgentState,
  AgentStatusChangePage,
  ChosenStatus,
  QueueState,
  WorkstationSignInInput,
} from './acd.types.js'
import type { AgentStateEvent } from './presence.service.js'

/** G2/G3 for the agent, and the supervisors' live view of agents and queues (X3). */
@Resolver(() => AgentState)
export class AcdResolver {
  @Authorized()
  @Query(() => AgentState, {
    nullable: true,
    description: 'The viewer’s own work status; empty before the first sign-in.',
  })
  myAgentState(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentStateEvent | undefined> {
    return ctx.services.acd.presence.current(viewer)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => [AgentState], { description: 'Work status of every agent the viewer may see.' })
  agentStates(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<AgentStateEvent[]> {
    return ctx.services.acd.board.agentStates(viewer)
  }

  @Authorized()
  @Query(() => AgentStatusChangePage, {
    description:
      'An agent’s status changes with their causes, newest first: one’s own, or (for supervisors) those of agents one may see.',
    complexity: pagedCost,
  })
  agentStatusHistory(
    @Arg('agentId', () => ID, { description: 'The agent.' }) agentId: string,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page; 20 rows by default.' })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<AgentStatusChange>> {
    return ctx.services.acd.board.statusHistory(viewer, agentId, page)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => [QueueState], { description: 'The queue of every skill group the viewer may see.' })
  queueStates(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<QueueState[]> {
    return ctx.services.acd.board.queueStates(viewer)
  }

  @Authorized()
  @Mutation(() => AgentState, {
    description:
      'Signs the viewer in to the workstation (G2) in an answering mode; they start IDLE unless told otherwise.',
  })
  signInWorkstation(
    @Arg('input', () => WorkstationSignInInput, { description: 'Answering mode and first status.' })
    input: WorkstationSignInInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentStateEvent> {
    return ctx.services.acd.presence.signIn(viewer, input)
  }

  @Authorized()
  @Mutation(() => AgentState, {
    nullable: true,
    description: 'Signs the viewer out of the workstation: OFFLINE.',
  })
  signOutWorkstation(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentStateEvent | undefined> {
    return ctx.services.acd.presence.signOut(viewer)
  }

  @Authorized()
  @Mutation(() => AgentState, {
    description:
      'The workstation’s heartbeat, every few seconds; missing it for the company’s timeout takes the agent OFFLINE. Fails once the session has ended.',
  })
  workstationHeartbeat(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentStateEvent> {
    return ctx.services.acd.presence.heartbeat(viewer)
  }

  @Authorized()
  @Mutation(() => AgentState, { description: 'The viewer chooses IDLE or a not-ready reason (G3).' })
  setMyStatus(
    @Arg('status', () => ChosenStatus, { description: 'IDLE, or NOT_READY with a reason.' })
    status: ChosenStatus,
    @Arg('reasonId', () => ID, { nullable: true, description: 'The not-ready reason.' })
    reasonId: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentStateEvent> {
    return ctx.services.acd.presence.choose(viewer, status, reasonId)
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => AgentState, { description: 'Ends an agent’s workstation session; the agent is told why.' })
  forceSignOut(
    @Arg('agentId', () => ID, { description: 'The agent.' }) agentId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentStateEvent> {
    return ctx.services.acd.presence.forceSignOut(viewer, agentId)
  }

  @Authorized()
  @Subscription(() => AgentState, {
    description: 'The viewer’s own status each time it changes, with the call offered when RINGING.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.acd.board.myStates(requireViewer(ctx))
    },
  })
  myAgentStateChanged(@Root() state: AgentStateEvent): AgentStateEvent {
    return state
  }

  @Authorized(Role.GROUP_LEADER)
  @Subscription(() => AgentState, {
    description: 'Status changes of the agents the viewer may see.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.acd.board.watchedStates(requireViewer(ctx))
    },
  })
  agentStateChanged(@Root() state: AgentStateEvent): AgentStateEvent {
    return state
  }

  @Authorized(Role.GROUP_LEADER)
  @Subscription(() => [QueueState], {
    description:
      'The queues that changed, for the skill groups the viewer may see: the groups whose queue changed within the same fifth of a second come together.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.acd.board.watchedQueues(requireViewer(ctx))
    },
  })
  queueStatesChanged(@Root() states: readonly QueueState[]): readonly QueueState[] {
    return states
  }
}
