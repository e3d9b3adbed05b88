import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import { CallControlResult } from '../acd/acd.types.js'
import type { CallControlResult as DialResult } from '../acd/call-control.service.js'
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
  RecordTaskItemResultInput,
  TaskItemFilter,
  TaskItemPage,
  TaskItemView,
  UpdateOutboundTaskInput,
} from './outbound.types.js'

const taskArg = { description: 'The outbound task.' }
const itemArg = { description: 'The task item.' }
const filterArg = { nullable: true, description: 'Which items; all when omitted.' }
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
  @Mutation(() => OutboundTaskView, {
    description: 'Changes a task’s settings (administrators); a closed task stays as it is.',
  })
  updateOutboundTask(
    @Arg('id', () => ID, taskArg) id: string,
    @Arg('input', () => UpdateOutboundTaskInput, { description: 'The new settings.' })
    input: UpdateOutboundTaskInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OutboundTaskView> {
    return ctx.services.outbound.updateTask(viewer, id, { ...input })
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
    @Arg('filter', () => TaskItemFilter, filterArg) filter: TaskItemFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<TaskItemView>> {
    return ctx.services.outbound.listItems(viewer, taskId, { ...filter }, page)
  }

  @Authorized()
  @Query(() => TaskItemPage, {
    description:
      'The viewer’s own items of active tasks (G7): planned call-backs first, by time, then the oldest.',
    complexity: pagedCost,
  })
  myTaskItems(
    @Arg('filter', () => TaskItemFilter, filterArg) filter: TaskItemFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<TaskItemView>> {
    return ctx.services.outbound.listMyItems(viewer, { ...filter }, page)
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
  @Mutation(() => CallControlResult, {
    description:
      'Dials an item the viewer has open (G7): their phone rings first, then the number with the task’s caller ID. Refused while the number is on the do-not-call list.',
  })
  dialTaskItem(
    @Arg('id', () => ID, itemArg) id: string,
    @Arg('idempotencyKey', () => String, {
      description:
        'Chosen by the client, unique per request: a retry returns the first call and dials nothing twice.',
    })
    idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DialResult> {
    return ctx.services.acd.calls.dialOut(viewer, { idempotencyKey, purpose: { kind: 'TASK_ITEM', id } })
  }

  @Authorized()
  @Mutation(() => TaskItemView, {
    description:
      'Records the follow-up result of an item the viewer dialled, with notes and a next-contact time (which becomes a contact plan); releases the item.',
  })
  recordTaskItemResult(
    @Arg('id', () => ID, itemArg) id: string,
    @Arg('input', () => RecordTaskItemResultInput, { description: 'The result.' })
    input: RecordTaskItemResultInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TaskItemView> {
    return ctx.services.outbound.recordResult(viewer, id, { ...input })
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
