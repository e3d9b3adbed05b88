import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import { AgentGroup } from './group.entity.js'
import {
  AgentGroupPage,
  CreateGroupInput,
  CreateSkillGroupInput,
  GroupFilter,
  SkillGroupPage,
  UpdateGroupInput,
  UpdateSkillGroupInput,
  UpdateSkillGroupRoutingInput,
} from './organization.types.js'
import { SkillGroup, SkillGroupMember } from './skill-group.entity.js'
import { organizationLoaders } from './organization.loaders.js'

const pageArg = { nullable: true, description: 'Which page; the first 20 rows when omitted.' }
const filterArg = { nullable: true, description: 'Conditions; all visible when omitted.' }

/** Inbound and telesales groups (A2). */
@Resolver(() => AgentGroup)
export class GroupsResolver {
  @Authorized()
  @Query(() => AgentGroupPage, {
    description:
      'Groups the viewer may see: all or their organisation’s for admins, led groups for leaders, own for agents.',
    complexity: pagedCost,
  })
  groups(
    @Arg('filter', () => GroupFilter, filterArg) filter: GroupFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<AgentGroup>> {
    return ctx.services.groups.listGroups(viewer, filter, page)
  }

  @Authorized()
  @Query(() => AgentGroup, { description: 'One group.' })
  group(
    @Arg('id', () => ID, { description: 'The group.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentGroup> {
    return ctx.services.groups.getGroup(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgentGroup, { description: 'Creates an inbound or telesales group.' })
  createGroup(
    @Arg('input', () => CreateGroupInput, { description: 'The group.' }) input: CreateGroupInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentGroup> {
    return ctx.services.groups.createGroup(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgentGroup, { description: 'Renames a group or changes its leader.' })
  updateGroup(
    @Arg('id', () => ID, { description: 'The group.' }) id: string,
    @Arg('input', () => UpdateGroupInput, { description: 'The changes.' }) input: UpdateGroupInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentGroup> {
    return ctx.services.groups.updateGroup(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgentGroup, { description: 'Adds members (of the group’s organisation) to a group.' })
  addGroupMembers(
    @Arg('id', () => ID, { description: 'The group.' }) id: string,
    @Arg('userIds', () => [ID], { description: 'The members to add.' }) userIds: string[],
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentGroup> {
    return ctx.services.groups.addGroupMembers(viewer, id, userIds)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AgentGroup, { description: 'Removes members from a group.' })
  removeGroupMembers(
    @Arg('id', () => ID, { description: 'The group.' }) id: string,
    @Arg('userIds', () => [ID], { description: 'The members to remove.' }) userIds: string[],
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AgentGroup> {
    return ctx.services.groups.removeGroupMembers(viewer, id, userIds)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a group; its members stay.' })
  deleteGroup(
    @Arg('id', () => ID, { description: 'The group.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.groups.deleteGroup(viewer, id)
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'The group leader, when the viewer may see them.',
  })
  async leader(
    @Root() group: AgentGroup,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User | null> {
    return group.leaderId ? organizationLoaders(ctx, viewer).user.load(group.leaderId) : null
  }

  @FieldResolver(() => [User], { description: 'Members the viewer may see, by name.' })
  members(
    @Root() group: AgentGroup,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User[]> {
    return organizationLoaders(ctx, viewer).groupMembers.load(group.id)
  }
}

/** Phone skill groups (A3). */
@Resolver(() => SkillGroup)
export class SkillGroupsResolver {
  @Authorized()
  @Query(() => SkillGroupPage, {
    description: 'Skill groups the viewer may see: all or their organisation’s; agents see their own.',
    complexity: pagedCost,
  })
  skillGroups(
    @Arg('filter', () => GroupFilter, filterArg) filter: GroupFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<SkillGroup>> {
    return ctx.services.skillGroups.listSkillGroups(viewer, filter, page)
  }

  @Authorized()
  @Query(() => SkillGroup, { description: 'One skill group.' })
  skillGroup(
    @Arg('id', () => ID, { description: 'The skill group.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup> {
    return ctx.services.skillGroups.getSkillGroup(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SkillGroup, { description: 'Creates a skill group; names are unique in the company.' })
  createSkillGroup(
    @Arg('input', () => CreateSkillGroupInput, { description: 'The skill group.' })
    input: CreateSkillGroupInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup> {
    return ctx.services.skillGroups.createSkillGroup(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SkillGroup, { description: 'Renames a skill group or changes its description.' })
  updateSkillGroup(
    @Arg('id', () => ID, { description: 'The skill group.' }) id: string,
    @Arg('input', () => UpdateSkillGroupInput, { description: 'The changes.' }) input: UpdateSkillGroupInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup> {
    return ctx.services.skillGroups.updateSkillGroup(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SkillGroup, {
    description:
      'Sets how a skill group distributes calls to its agents, how long its queue is, and where callers overflow.',
  })
  updateSkillGroupRouting(
    @Arg('id', () => ID, { description: 'The skill group.' }) id: string,
    @Arg('input', () => UpdateSkillGroupRoutingInput, { description: 'The changes.' })
    input: UpdateSkillGroupRoutingInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup> {
    return ctx.services.skillGroups.updateSkillGroupRouting(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SkillGroup, {
    description: 'Adds an agent to a skill group, or changes their priority there.',
  })
  setSkillGroupMember(
    @Arg('id', () => ID, { description: 'The skill group.' }) id: string,
    @Arg('userId', () => ID, { description: 'The agent, of the skill group’s organisation.' }) userId: string,
    @Arg('priority', () => Int, { defaultValue: 1, description: '1 (first) to 10 (last).' }) priority: number,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup> {
    return ctx.services.skillGroups.setSkillGroupMember(viewer, id, userId, priority)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SkillGroup, { description: 'Removes an agent from a skill group.' })
  removeSkillGroupMember(
    @Arg('id', () => ID, { description: 'The skill group.' }) id: string,
    @Arg('userId', () => ID, { description: 'The agent.' }) userId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup> {
    return ctx.services.skillGroups.removeSkillGroupMember(viewer, id, userId)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Deletes a skill group; refused, naming the users, while an IVR flow or outbound task uses it.',
  })
  deleteSkillGroup(
    @Arg('id', () => ID, { description: 'The skill group.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.skillGroups.deleteSkillGroup(viewer, id)
  }

  @FieldResolver(() => [SkillGroupMember], { description: 'Agents the viewer may see, by priority.' })
  members(
    @Root() group: SkillGroup,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroupMember[]> {
    return organizationLoaders(ctx, viewer).skillGroupMembers.load(group.id)
  }

  @FieldResolver(() => SkillGroup, {
    nullable: true,
    description: 'The skill group callers overflow to, when the viewer may see it.',
  })
  overflowSkillGroup(
    @Root() group: SkillGroup,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup | null> {
    return group.overflowSkillGroupId
      ? organizationLoaders(ctx, viewer).skillGroup.load(group.overflowSkillGroupId)
      : Promise.resolve(null)
  }
}

@Resolver(() => SkillGroupMember)
export class SkillGroupMemberResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The agent.' })
  agent(
    @Root() member: SkillGroupMember,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User | null> {
    return organizationLoaders(ctx, viewer).user.load(member.userId)
  }

  @FieldResolver(() => SkillGroup, { nullable: true, description: 'The skill group.' })
  skillGroup(
    @Root() member: SkillGroupMember,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup | null> {
    return organizationLoaders(ctx, viewer).skillGroup.load(member.skillGroupId)
  }
}
