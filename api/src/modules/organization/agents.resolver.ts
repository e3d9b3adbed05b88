import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { AgentImportResult as ImportResult } from './agents.service.js'
import { AgentGroup } from './group.entity.js'
import {
  AgentFilter,
  AgentImportResult,
  AgentInvitation,
  AgentPage,
  AgentPhoneInput,
  CreateAgentInput,
  ImportAgentsInput,
  SipCredentials,
  UpdateAgentInput,
} from './organization.types.js'
import { sipUserOf } from './phone.js'
import { SkillGroupMember } from './skill-group.entity.js'
import { organizationLoaders } from './organization.loaders.js'

const idArg = { description: 'The member.' }

/** Team members (A2, A4). Who may see and change whom is decided by the services' AccessPolicy (A11). */
@Resolver(() => User)
export class AgentsResolver {
  @Authorized()
  @Query(() => AgentPage, {
    description:
      'Team members the viewer may see: the whole company for admins, their organisation for scoped admins, their groups’ members for group leaders, themselves for agents.',
    complexity: pagedCost,
  })
  agents(
    @Arg('filter', () => AgentFilter, {
      nullable: true,
      description: 'Conditions; everyone visible when omitted.',
    })
    filter: AgentFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<User>> {
    return ctx.services.agents.list(viewer, filter, page)
  }

  @Authorized()
  @Query(() => User, { description: 'One team member.' })
  agent(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.agents.get(viewer, id)
  }

  @Authorized()
  @Query(() => SipCredentials, {
    description:
      'A member’s SIP account, password included; shown to whoever manages the member and to the member.',
  })
  agentSipCredentials(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SipCredentials> {
    return ctx.services.agentSip.sipCredentials(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgentInvitation, {
    description:
      'Adds a member and emails the invitation: login email, default password, workstation address.',
  })
  createAgent(
    @Arg('input', () => CreateAgentInput, { description: 'The new member.' }) input: CreateAgentInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentInvitation> {
    return ctx.services.agents.create(viewer, input)
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => User, { description: 'Edits a member; group leaders may change only the name.' })
  updateAgent(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => UpdateAgentInput, { description: 'The changes.' }) input: UpdateAgentInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.agents.update(viewer, id, { ...input })
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => User, { description: 'Sets a member’s mobile number and default answering mode (A4).' })
  updateAgentPhone(
    @Arg('id', () => ID, idArg) id: string,
    @Arg('input', () => AgentPhoneInput, { description: 'The phone settings.' }) input: AgentPhoneInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.agents.updatePhone(viewer, id, { ...input })
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => SipCredentials, {
    description: 'Gives a member a new SIP password; their phones must register again.',
  })
  regenerateSipPassword(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SipCredentials> {
    return ctx.services.agentSip.regenerateSipPassword(viewer, id)
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => AgentInvitation, {
    description:
      'Emails the invitation again with a new default password; only before the member’s first sign-in.',
  })
  resendInvitation(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentInvitation> {
    return ctx.services.agentAccess.resendInvitation(viewer, id)
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => AgentInvitation, {
    description:
      'Emails a new default password, to be changed at next sign-in; the member is signed out everywhere.',
  })
  resetAgentPassword(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentInvitation> {
    return ctx.services.agentAccess.resetPassword(viewer, id)
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => User, {
    description: 'Disables a member: every session and open subscription ends at once.',
  })
  disableAgent(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.agentAccess.disable(viewer, id)
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => User, { description: 'Lets a disabled member sign in again.' })
  enableAgent(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.agentAccess.enable(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, {
    description:
      'Lets a member whose sign-in is locked after wrong passwords (signInLockedUntil) sign in again at once; administrators only.',
  })
  unlockAgent(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.agentAccess.unlockSignIn(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Deletes a member (kept for history, gone everywhere else); their email and agent number become free.',
  })
  deleteAgent(
    @Arg('id', () => ID, idArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.agentAccess.delete(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgentImportResult, {
    description: 'Adds members from a CSV file, reporting each bad row by line, column and reason.',
  })
  importAgents(
    @Arg('input', () => ImportAgentsInput, { description: 'The file and what to do with it.' })
    input: ImportAgentsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ImportResult> {
    return ctx.services.agents.importCsv(viewer, input)
  }

  @FieldResolver(() => String, { nullable: true, description: 'SIP user, derived from the agent number.' })
  sipUser(@Root() user: User): string | null {
    return sipUserOf(user.agentNumber)
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'Until when sign-in is locked after wrong passwords; empty when the member may sign in. An administrator can lift the lock (unlockAgent).',
  })
  async signInLockedUntil(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    // Sign-in and signup return a user before the request has a viewer, and that user just signed in.
    return ctx.viewer ? ctx.services.identity.signInLockedUntil(user) : null
  }

  @FieldResolver(() => [AgentGroup], {
    description: 'The groups the member belongs to (those the viewer may see).',
  })
  async groups(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<AgentGroup[]> {
    // Sign-in and signup return a user before the request has a viewer.
    return ctx.viewer ? organizationLoaders(ctx, ctx.viewer).groupsOfUser.load(user.id) : []
  }

  @FieldResolver(() => [SkillGroupMember], {
    description: 'The member’s skill groups with their priority (those the viewer may see).',
  })
  async skillGroups(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<SkillGroupMember[]> {
    return ctx.viewer ? organizationLoaders(ctx, ctx.viewer).skillGroupsOfUser.load(user.id) : []
  }
}
