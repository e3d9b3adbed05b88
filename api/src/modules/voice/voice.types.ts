import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { SystemPromptKind } from './prompt-catalog.js'
import { TtsVoice } from './tts.js'
import { PromptStatus, SystemPromptChoice, VoicePrompt } from './voice.entity.js'

export const VoicePromptPage = PageOf(VoicePrompt, 'VoicePrompt')

export enum PromptDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

registerEnumType(PromptDecision, {
  name: 'PromptDecision',
  description: 'A reviewer’s verdict on a prompt’s newest audio.',
  valuesConfig: {
    APPROVE: { description: 'Calls play the new audio from now on.' },
    REJECT: { description: 'Calls keep playing the last approved audio, if any; a reason is required.' },
  },
})

@InputType({ description: 'Which prompts to list; all when omitted.' })
export class VoicePromptFilter {
  @Field(() => PromptStatus, {
    nullable: true,
    description: 'Only prompts whose newest audio has this status.',
  })
  status?: PromptStatus | null

  @Field(() => Boolean, {
    nullable: true,
    description: 'True: only prompts calls can play (some version approved), as the pickers need.',
  })
  isUsable?: boolean | null

  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  search?: string | null
}

@InputType({ description: 'Text to turn into speech.' })
export class TtsInput {
  @Field(() => String, { description: 'What is said, 1–500 characters.' })
  text!: string

  @Field(() => TtsVoice, { description: 'The voice.' })
  voice!: TtsVoice

  @Field(() => Int, { nullable: true, description: 'Speed in percent, 50–200; 100 (normal) when omitted.' })
  speed?: number | null
}

@InputType({ description: 'A new prompt generated from text; it waits for review like an upload.' })
export class SynthesizePromptInput extends TtsInput {
  @Field(() => String, { description: 'Name, 1–40 characters, unique in the company.' })
  name!: string
}

@InputType({ description: 'A reviewer’s decision on a pending prompt.' })
export class ReviewPromptInput {
  @Field(() => PromptDecision, { description: 'Approve or reject.' })
  decision!: PromptDecision

  @Field(() => String, {
    nullable: true,
    description: 'Why it is rejected, 1–200 characters; required to reject, ignored to approve.',
  })
  reason?: string | null
}

@InputType({ description: 'What one system prompt plays.' })
export class UpdateSystemPromptInput {
  @Field(() => SystemPromptKind, { description: 'Which system prompt.' })
  kind!: SystemPromptKind

  @Field(() => SystemPromptChoice, {
    description: 'Default, a library prompt, or (transfer wait only) a tone.',
  })
  choice!: SystemPromptChoice

  @Field(() => ID, { nullable: true, description: 'The approved library prompt; required with PROMPT.' })
  promptId?: string | null
}

@ObjectType({ description: 'One of the company’s five system prompts and what it plays now (A5).' })
export class SystemPrompt {
  @Field(() => SystemPromptKind, { description: 'Which system prompt.' })
  kind!: SystemPromptKind

  @Field(() => SystemPromptChoice, { description: 'How it is filled.' })
  choice!: SystemPromptChoice

  @Field(() => VoicePrompt, { nullable: true, description: 'The library prompt, when the choice is PROMPT.' })
  prompt?: VoicePrompt | null

  @Field(() => String, {
    nullable: true,
    description: 'Where the browser plays what callers hear; null for the tone, which the switch generates.',
  })
  audioUrl?: string | null

  @Field(() => Date, {
    nullable: true,
    description: 'When it was last changed; null while the default applies.',
  })
  updatedAt?: Date | null
}

@ObjectType({ description: 'A pending prompt in a reviewer’s queue, with the company it belongs to.' })
export class PromptReviewItem {
  @Field(() => VoicePrompt, { description: 'The prompt; its audioUrl plays the audio under review.' })
  prompt!: VoicePrompt

  @Field(() => String, { description: 'The company that added it.' })
  companyName!: string
}

export const PromptReviewItemPage = PageOf(PromptReviewItem, 'PromptReviewItem')

@ObjectType({ description: 'Speech generated for a listen before saving it as a prompt.' })
export class TtsPreview {
  @Field(() => String, { description: 'Where the browser plays it.' })
  audioUrl!: string

  @Field(() => Int, { description: 'Length in milliseconds.' })
  durationMs!: number

  @Field(() => [Float], { description: 'Waveform preview: loudness 0–1 of equal slices.' })
  peaks!: number[]
}
