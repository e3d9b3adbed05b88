import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { AcdSettings, NotReadyReason, PhoneNumber } from './settings.entity.js'
import { organizationLoaders } from '../organization/organization.loaders.js'
import {
  AddPhoneNumberInput,
  CreateNotReadyReasonInput,
  PhoneNumberPage,
  UpdateAcdSettingsInput,
  UpdateNotReadyReasonInput,
  UpdatePhoneNumberInput,
} from './settings.types.js'

/** Call settings and not-ready reasons (G3, X6). */
@Resolver()
export class AcdSettingsResolver {
  @Authorized()
  @Query(() => AcdSettings, {
    description: 'The company’s call settings; the defaults until an admin saves them.',
  })
  acdSettings(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<AcdSettings> {
    return ctx.services.acdSettings.getSettings(viewer)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AcdSettings, { description: 'Changes the call settings.' })
  updateAcdSettings(
    @Arg('input', () => UpdateAcdSettingsInput, { description: 'The changes.' })
    input: UpdateAcdSettingsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AcdSettings> {
    return ctx.services.acdSettings.updateSettings(viewer, { ...input })
  }

  @Authorized()
  @Query(() => [NotReadyReason], {
    description:
      'Not-ready reasons by position: the company’s own (REST, MEETING, TRAINING at first), then system ones.',
  })
  notReadyReasons(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<NotReadyReason[]> {
    return ctx.services.acdSettings.reasons.list(viewer)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NotReadyReason, { description: 'Adds a not-ready reason agents may choose.' })
  createNotReadyReason(
    @Arg('input', () => CreateNotReadyReasonInput, { description: 'The reason.' })
    input: CreateNotReadyReasonInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NotReadyReason> {
    return ctx.services.acdSettings.reasons.create(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => NotReadyReason, {
    description: 'Renames or moves a not-ready reason; system reasons are refused.',
  })
  updateNotReadyReason(
    @Arg('id', () => ID, { description: 'The reason.' }) id: string,
    @Arg('input', () => UpdateNotReadyReasonInput, { description: 'The changes.' })
    input: UpdateNotReadyReasonInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<NotReadyReason> {
    return ctx.services.acdSettings.reasons.update(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Deletes a not-ready reason; agents not ready for it stay so. System reasons are refused.',
  })
  deleteNotReadyReason(
    @Arg('id', () => ID, { description: 'The reason.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.acdSettings.reasons.delete(viewer, id)
  }
}

/** The company's numbers and the skill groups they route to (A3). */
@Resolver(() => PhoneNumber)
export class PhoneNumbersResolver {
  @Authorized(Role.ADMIN)
  @Query(() => PhoneNumberPage, {
    description: 'The company’s numbers, in number order.',
    complexity: pagedCost,
  })
  phoneNumbers(
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<PhoneNumber>> {
    return ctx.services.acdSettings.numbers.list(viewer, page)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PhoneNumber, {
    description: 'Adds a number; refused when another company has it or it is already added.',
  })
  addPhoneNumber(
    @Arg('input', () => AddPhoneNumberInput, { description: 'The number.' }) input: AddPhoneNumberInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PhoneNumber> {
    return ctx.services.acdSettings.numbers.add(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => PhoneNumber, {
    description:
      'Corrects a number, its description or where its calls go (a skill group or an IVR schedule).',
  })
  updatePhoneNumber(
    @Arg('id', () => ID, { description: 'The number.' }) id: string,
    @Arg('input', () => UpdatePhoneNumberInput, { description: 'The changes.' })
    input: UpdatePhoneNumberInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PhoneNumber> {
    return ctx.services.acdSettings.numbers.update(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Removes a number; its calls are no longer taken.' })
  removePhoneNumber(
    @Arg('id', () => ID, { description: 'The number.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.acdSettings.numbers.remove(viewer, id)
  }

  @FieldResolver(() => SkillGroup, { nullable: true, description: 'The skill group its calls go to.' })
  skillGroup(
    @Root() number: PhoneNumber,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SkillGroup | null> {
    return number.skillGroupId
      ? organizationLoaders(ctx, viewer).skillGroup.load(number.skillGroupId)
      : Promise.resolve(null)
  }
}
