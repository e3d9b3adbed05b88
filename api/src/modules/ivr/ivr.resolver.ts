// IVR flows, schedules, holidays and the routing check (A7): thin resolvers over the IVR services.
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { PhoneNumber } from '../acd/settings.entity.js'
import { Role } from '../identity/roles.js'
import { IvrFlowDefinitionInput } from './definition.types.js'
import {
  IvrFlow,
  IvrFlowUser,
  IvrFlowVersion,
  IvrFlowVersionStatus,
  IvrHoliday,
  IvrSchedule,
} from './ivr.entity.js'
import {
  CallRoutingPreview,
  CreateIvrFlowInput,
  IvrFlowPage,
  IvrFlowVersionPage,
  IvrHolidayFilter,
  IvrHolidayInput,
  IvrHolidayPage,
  IvrScheduleInput,
  IvrSchedulePage,
  UpdateIvrFlowInput,
  UpdateIvrHolidayInput,
  UpdateIvrScheduleInput,
} from './ivr.types.js'

const pageArg = { nullable: true, description: 'Which page; the first 20 rows by default.' } as const

@Resolver(() => IvrFlow)
export class IvrFlowsResolver {
  @Authorized(Role.ADMIN)
  @Query(() => IvrFlowPage, { description: 'The company’s IVR flows by name.' })
  ivrFlows(
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<IvrFlow>> {
    return ctx.services.ivr.flows.list(viewer, page)
  }

  @Authorized(Role.ADMIN)
  @Query(() => IvrFlow, { description: 'One IVR flow.' })
  ivrFlow(
    @Arg('id', () => ID, { description: 'The flow.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.get(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Query(() => IvrFlowVersion, { description: 'One version of a flow, e.g. a retired one from the history.' })
  ivrFlowVersion(
    @Arg('id', () => ID, { description: 'The version.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.getVersion(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrFlow, { description: 'Creates an empty flow; save a draft of its menus next.' })
  createIvrFlow(
    @Arg('input', () => CreateIvrFlowInput, { description: 'The flow.' }) input: CreateIvrFlowInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.create(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrFlow, { description: 'Renames a flow or changes its description.' })
  updateIvrFlow(
    @Arg('id', () => ID, { description: 'The flow.' }) id: string,
    @Arg('input', () => UpdateIvrFlowInput, { description: 'The changes.' }) input: UpdateIvrFlowInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.update(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrFlowVersion, {
    description:
      'Saves the whole menu tree as the flow’s draft (callers never hear a draft). Refused with one error per problem, each naming its field, e.g. `menus.2.keys.0.skillGroupId`.',
  })
  saveIvrFlowDraft(
    @Arg('id', () => ID, { description: 'The flow.' }) id: string,
    @Arg('definition', () => IvrFlowDefinitionInput, { description: 'Every menu of the draft.' })
    definition: IvrFlowDefinitionInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.saveDraft(viewer, id, definition)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrFlowVersion, {
    description:
      'Makes the draft live at once; calls already in the flow finish on the version they began on.',
  })
  publishIvrFlow(
    @Arg('id', () => ID, { description: 'The flow.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.publish(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrFlowVersion, {
    description: 'Copies an older version into the draft, to edit or publish again.',
  })
  restoreIvrFlowVersion(
    @Arg('versionId', () => ID, { description: 'The version to start from.' }) versionId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.restoreVersion(viewer, versionId)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Throws the draft away; the live version is untouched.' })
  discardIvrFlowDraft(
    @Arg('id', () => ID, { description: 'The flow.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.discardDraft(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a flow; refused while a schedule or holiday uses it.' })
  deleteIvrFlow(
    @Arg('id', () => ID, { description: 'The flow.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.delete(viewer, id)
  }

  @FieldResolver(() => IvrFlowVersion, {
    nullable: true,
    description: 'The live version; empty until published.',
  })
  liveVersion(@Root() flow: IvrFlow, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ivr.flows.versionIn(viewer, flow.id, IvrFlowVersionStatus.PUBLISHED)
  }

  @FieldResolver(() => IvrFlowVersion, { nullable: true, description: 'The draft being edited, if any.' })
  draft(@Root() flow: IvrFlow, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ivr.flows.versionIn(viewer, flow.id, IvrFlowVersionStatus.DRAFT)
  }

  @FieldResolver(() => IvrFlowVersionPage, { description: 'Every version, newest first.' })
  versions(
    @Root() flow: IvrFlow,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.flows.versions(viewer, flow.id, page)
  }

  @FieldResolver(() => [IvrFlowUser], {
    description:
      'The schedules and holidays that send callers to this flow; it cannot be deleted while any do.',
  })
  usedBy(@Root() flow: IvrFlow, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ivr.flows.usedBy(viewer, flow.id)
  }
}

@Resolver(() => IvrFlowVersion)
export class IvrFlowVersionsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Name of who last saved it, for the history.' })
  savedByName(@Root() version: IvrFlowVersion, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return version.savedBy ? ctx.services.ivr.flows.userName(viewer, version.savedBy) : null
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of who published it, for the history.' })
  publishedByName(
    @Root() version: IvrFlowVersion,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return version.publishedBy ? ctx.services.ivr.flows.userName(viewer, version.publishedBy) : null
  }
}

@Resolver(() => IvrSchedule)
export class IvrSchedulesResolver {
  @Authorized(Role.ADMIN)
  @Query(() => IvrSchedulePage, { description: 'The company’s daily IVR schedules by name.' })
  ivrSchedules(
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<IvrSchedule>> {
    return ctx.services.ivr.schedules.listSchedules(viewer, page)
  }

  @Authorized(Role.ADMIN)
  @Query(() => IvrSchedule, { description: 'One schedule.' })
  ivrSchedule(
    @Arg('id', () => ID, { description: 'The schedule.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.getSchedule(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrSchedule, {
    description: 'Adds a daily IVR schedule; map numbers to it on the numbers page.',
  })
  createIvrSchedule(
    @Arg('input', () => IvrScheduleInput, { description: 'The schedule.' }) input: IvrScheduleInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.createSchedule(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrSchedule, { description: 'Changes a schedule.' })
  updateIvrSchedule(
    @Arg('id', () => ID, { description: 'The schedule.' }) id: string,
    @Arg('input', () => UpdateIvrScheduleInput, { description: 'The changes.' })
    input: UpdateIvrScheduleInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.updateSchedule(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Deletes a schedule (and its own holidays); refused while numbers follow it.',
  })
  deleteIvrSchedule(
    @Arg('id', () => ID, { description: 'The schedule.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.deleteSchedule(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Query(() => CallRoutingPreview, {
    description:
      'What happens to a call to this number of the company at a moment (now by default), and why.',
  })
  callRoutingPreview(
    @Arg('number', () => String, { description: 'One of the company’s numbers, E.164 or national.' })
    number: string,
    @Arg('at', () => Date, { nullable: true, description: 'The moment; now when omitted.' })
    at: Date | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.preview(viewer, number, at)
  }

  @FieldResolver(() => IvrFlow, { description: 'The flow callers follow in service hours.' })
  flow(@Root() schedule: IvrSchedule, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ivr.flows.get(viewer, schedule.flowId)
  }

  @FieldResolver(() => [PhoneNumber], { description: 'The numbers that follow this schedule.' })
  phoneNumbers(@Root() schedule: IvrSchedule, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ivr.schedules.numbersOf(viewer, schedule.id)
  }

  @FieldResolver(() => IvrHoliday, {
    nullable: true,
    description: 'The holiday that overrides this schedule today (in the company’s time zone), if any.',
  })
  holidayToday(@Root() schedule: IvrSchedule, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return ctx.services.ivr.schedules.holidayToday(viewer, schedule.id)
  }
}

/** Where a number's calls go when it follows an IVR schedule (A7), named beside the number. */
@Resolver(() => PhoneNumber)
export class PhoneNumberScheduleResolver {
  @FieldResolver(() => IvrSchedule, {
    nullable: true,
    description: 'The IVR schedule its calls follow, instead of a skill group.',
  })
  schedule(@Root() number: PhoneNumber, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return number.scheduleId ? ctx.services.ivr.schedules.scheduleOfNumber(viewer, number.scheduleId) : null
  }
}

@Resolver(() => IvrHoliday)
export class IvrHolidaysResolver {
  @Authorized(Role.ADMIN)
  @Query(() => IvrHolidayPage, { description: 'Holidays by first day.' })
  ivrHolidays(
    @Arg('filter', () => IvrHolidayFilter, { nullable: true, description: 'Which holidays.' })
    filter: IvrHolidayFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<IvrHoliday>> {
    return ctx.services.ivr.schedules.listHolidays(viewer, { ...filter }, page)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrHoliday, { description: 'Adds a holiday that overrides the daily IVR on its dates.' })
  createIvrHoliday(
    @Arg('input', () => IvrHolidayInput, { description: 'The holiday.' }) input: IvrHolidayInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.createHoliday(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => IvrHoliday, { description: 'Changes a holiday.' })
  updateIvrHoliday(
    @Arg('id', () => ID, { description: 'The holiday.' }) id: string,
    @Arg('input', () => UpdateIvrHolidayInput, { description: 'The changes.' }) input: UpdateIvrHolidayInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.updateHoliday(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes a holiday.' })
  deleteIvrHoliday(
    @Arg('id', () => ID, { description: 'The holiday.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.services.ivr.schedules.deleteHoliday(viewer, id)
  }

  @FieldResolver(() => IvrFlow, { nullable: true, description: 'FLOW: the flow callers follow.' })
  flow(@Root() holiday: IvrHoliday, @CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext) {
    return holiday.flowId ? ctx.services.ivr.flows.get(viewer, holiday.flowId) : null
  }
}
