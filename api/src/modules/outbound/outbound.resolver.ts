import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import type { Viewer } from '../identity/viewer.js'
import type { TaskTransition } from './outbound.service.js'
import {
  AddDoNotCallInput,
  AddTaskItemInput,
  CreateOutboundTaskInput,
  DistributeTaskItemsInput,
  DoNotCallPage,
  DoNotCallView,
  OutboundTaskPage,
  OutboundTaskView,
  TaskItemPage,
  TaskItemView,
} from './outbound.types.js'

const taskArg = { description: 'The outbound task.' }
const itemArg = { description: 'The task item.' }
const pageArg = { nullable: true, description: 'Which page; the first 20 rows when omitted.' }

/** Outbound tasks, their items and the do-not-call list (A12, A13); the telesales organisation only (A11). */
@Resolver()
export class OutboundResolver {
  @Authorized()
  @Query(() => OutboundTaskPage, {
    description: 'Outbound tasks, newest first; empty outside the telesales organisation.',
    complexity: pagedCost,
  })
  outboundTasks(
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<OutboundTaskView>> {
    return ctx.services.outbound.listTasks(viewer, page)
  }

  @Authorized()
  @Query(() => OutboundTaskView, { description: 'One outbound task.' })
  outboundTask(
    @Arg('id', () => ID, taskArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundTaskView> {
    return ctx.services.outbound.getTask(viewer, id)
  }

  @Authorized()
  @Mutation(() => OutboundTaskView, { description: 'Creates an outbound task as a draft (administrators).' })
  createOutboundTask(
    @Arg('input', () => CreateOutboundTaskInput, { description: 'The task.' }) input: CreateOutboundTaskInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundTaskView> {
    return ctx.services.outbound.createTask(viewer, { ...input })
  }

  @Authorized()
  @Mutation(() => OutboundTaskView, { description: 'Starts a draft task: its agents dial its items.' })
  activateOutboundTask(
    @Arg('id', () => ID, taskArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundTaskView> {
    return this.move(ctx, viewer, id, 'activate')
  }

  @Authorized()
  @Mutation(() => OutboundTaskView, {
    description: 'Pauses an active task: no item is opened until it resumes.',
  })
  pauseOutboundTask(
    @Arg('id', () => ID, taskArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundTaskView> {
    return this.move(ctx, viewer, id, 'pause')
  }

  @Authorized()
  @Mutation(() => OutboundTaskView, { description: 'Resumes a paused task.' })
  resumeOutboundTask(
    @Arg('id', () => ID, taskArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundTaskView> {
    return this.move(ctx, viewer, id, 'resume')
  }

  @Authorized()
  @Mutation(() => OutboundTaskView, { description: 'Closes a task for good.' })
  closeOutboundTask(
    @Arg('id', () => ID, taskArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundTaskView> {
    return this.move(ctx, viewer, id, 'close')
  }

  @Authorized()
  @Query(() => TaskItemPage, {
    description: 'A task’s items the viewer may see: agents their own, leaders also their skill groups’.',
    complexity: pagedCost,
  })
  taskItems(
    @Arg('taskId', () => ID, taskArg) taskId: string,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<TaskItemView>> {
    return ctx.services.outbound.listItems(viewer, taskId, page)
  }

  @Authorized()
  @Mutation(() => TaskItemView, { description: 'Adds one number to a task (administrators).' })
  addTaskItem(
    @Arg('taskId', () => ID, taskArg) taskId: string,
    @Arg('input', () => AddTaskItemInput, { description: 'The number.' }) input: AddTaskItemInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskItemView> {
    return ctx.services.outbound.addItem(viewer, taskId, { ...input })
  }

  @Authorized()
  @Mutation(() => TaskItemView, {
    description:
      'Opens one of the viewer’s items to dial it, locking it so no other agent dials it meanwhile.',
  })
  openTaskItem(
    @Arg('id', () => ID, itemArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskItemView> {
    return ctx.services.outbound.openItem(viewer, id)
  }

  @Authorized()
  @Mutation(() => TaskItemView, { description: 'Releases the viewer’s lock on an item.' })
  releaseTaskItem(
    @Arg('id', () => ID, itemArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskItemView> {
    return ctx.services.outbound.releaseItem(viewer, id)
  }

  @Authorized()
  @Mutation(() => Int, {
    description: 'Shares a skill group’s undistributed items out to its members; returns how many moved.',
  })
  distributeTaskItems(
    @Arg('input', () => DistributeTaskItemsInput, { description: 'The share-out.' })
    input: DistributeTaskItemsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<number> {
    return ctx.services.outbound.distribute(viewer, { ...input })
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      'Takes undialled items back from members into the skill group’s pool; dialled or open items stay. Returns how many came back.',
  })
  takeBackTaskItems(
    @Arg('taskId', () => ID, taskArg) taskId: string,
    @Arg('skillGroupId', () => ID, { description: 'The skill group the items were given to.' })
    skillGroupId: string,
    @Arg('itemIds', () => [ID], { description: 'The items.' }) itemIds: string[],
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<number> {
    return ctx.services.outbound.takeBack(viewer, taskId, skillGroupId, itemIds)
  }

  @Authorized()
  @Query(() => DoNotCallPage, { description: 'The do-not-call list, newest first.', complexity: pagedCost })
  doNotCallList(
    @Arg('search', () => String, { nullable: true, description: 'Digits the number contains.' })
    search: string | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<DoNotCallView>> {
    return ctx.services.outbound.listDoNotCall(viewer, search, page)
  }

  @Authorized()
  @Mutation(() => DoNotCallView, {
    description: 'Puts a number on the do-not-call list; agents from a call, administrators any number.',
  })
  addDoNotCall(
    @Arg('input', () => AddDoNotCallInput, { description: 'The number and why.' }) input: AddDoNotCallInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DoNotCallView> {
    return ctx.services.outbound.addDoNotCall(viewer, { ...input })
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Takes a number off the do-not-call list; the reason is audited.' })
  removeDoNotCall(
    @Arg('id', () => ID, { description: 'The entry.' }) id: string,
    @Arg('reason', () => String, { description: 'Why, 1–500 characters.' }) reason: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.outbound.removeDoNotCall(viewer, id, reason)
  }

  private move(ctx: GraphQLContext, viewer: Viewer, id: string, move: TaskTransition) {
    return ctx.services.outbound.transition(viewer, id, move)
  }
}
