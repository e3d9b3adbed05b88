import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import { VoicePrompt } from './voice.entity.js'
import {
  PromptReviewItemPage,
  ReviewPromptInput,
  SynthesizePromptInput,
  SystemPrompt,
  TtsInput,
  TtsPreview,
  UpdateSystemPromptInput,
  VoicePromptFilter,
  VoicePromptPage,
  type PromptReviewItem,
} from './voice.types.js'

const pageArg = {
  nullable: true,
  description: 'Which page; the first 20 rows when omitted.',
} as const

/**
 * The voice library (A6) and the basic settings' system prompts (A5). Uploading and replacing audio
 * are HTTP routes (`POST /media/prompts`, `PUT /media/prompts/:id`), since GraphQL carries no files.
 */
@Resolver()
export class VoiceResolver {
  @Authorized(Role.ADMIN)
  @Query(() => VoicePromptPage, {
    description: 'The company’s prompts, most recently changed first.',
    complexity: pagedCost,
  })
  voicePrompts(
    @Arg('filter', () => VoicePromptFilter, { nullable: true, description: 'Which prompts.' })
    filter: VoicePromptFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<VoicePrompt>> {
    return ctx.services.voice.list(viewer, { ...filter }, page)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => VoicePrompt, {
    description: 'Generates a prompt from text (espeak-ng); it waits for review like an upload.',
  })
  synthesizePrompt(
    @Arg('input', () => SynthesizePromptInput, { description: 'Name, text, voice and speed.' })
    input: SynthesizePromptInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VoicePrompt> {
    return ctx.services.voice.synthesize(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TtsPreview, { description: 'Generates speech to listen to before saving it as a prompt.' })
  previewSpeech(
    @Arg('input', () => TtsInput, { description: 'Text, voice and speed.' }) input: TtsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TtsPreview> {
    return ctx.services.voice.previewSpeech(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description: 'Deletes a prompt; refused, naming them, while IVR flows or system prompts use it.',
  })
  deleteVoicePrompt(
    @Arg('id', () => ID, { description: 'The prompt.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.voice.delete(viewer, id)
  }

  @Authorized()
  @Query(() => Boolean, {
    description:
      'Whether the signed-in user reviews prompts: the super administrator, or a platform reviewer.',
  })
  canReviewPrompts(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.voice.canReview(viewer)
  }

  @Authorized()
  @Query(() => PromptReviewItemPage, {
    description:
      'Prompts waiting for review, oldest first: the company’s own, or every company’s for a platform reviewer.',
    complexity: pagedCost,
  })
  promptReviewQueue(
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<PromptReviewItem>> {
    return ctx.services.voice.reviewQueue(viewer, page)
  }

  @Authorized()
  @Mutation(() => VoicePrompt, {
    description:
      'Approves or rejects a pending prompt’s newest audio (super administrator or platform reviewer).',
  })
  reviewVoicePrompt(
    @Arg('id', () => ID, { description: 'The prompt.' }) id: string,
    @Arg('input', () => ReviewPromptInput, { description: 'The decision.' }) input: ReviewPromptInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<VoicePrompt> {
    return ctx.services.voice.review(viewer, id, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Query(() => [SystemPrompt], { description: 'The five system prompts and what each plays now (A5).' })
  systemPrompts(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<SystemPrompt[]> {
    return ctx.services.voice.systemPrompts(viewer)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => SystemPrompt, {
    description: 'Chooses what a system prompt plays; library prompts must be approved.',
  })
  updateSystemPrompt(
    @Arg('input', () => UpdateSystemPromptInput, { description: 'The choice.' })
    input: UpdateSystemPromptInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SystemPrompt> {
    return ctx.services.voice.updateSystemPrompt(viewer, { ...input })
  }
}
