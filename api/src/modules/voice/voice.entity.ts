// The voice library's prompts (A6) and each tenant's choice of system prompts (A5).
import { Entity, Enum, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { SystemPromptKind } from './prompt-catalog.js'
import { TtsVoice } from './tts.js'

export enum PromptSource {
  UPLOAD = 'UPLOAD',
  TTS = 'TTS',
}

export enum PromptStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** How a system prompt is filled: the built-in default, a library prompt, or (transfer wait only) a tone. */
export enum SystemPromptChoice {
  DEFAULT = 'DEFAULT',
  PROMPT = 'PROMPT',
  TONE = 'TONE',
}

registerEnumType(PromptSource, {
  name: 'PromptSource',
  description: 'Where a prompt’s audio came from.',
  valuesConfig: {
    UPLOAD: { description: 'A WAV file an administrator uploaded.' },
    TTS: { description: 'Generated from text by text to speech.' },
  },
})
registerEnumType(PromptStatus, {
  name: 'PromptStatus',
  description:
    'Where a prompt’s newest audio stands in review; only approved audio is ever played to callers.',
  valuesConfig: {
    PENDING: { description: 'Waiting for a reviewer; the last approved audio, if any, keeps playing.' },
    APPROVED: { description: 'Reviewed and playable in IVR flows and system prompts.' },
    REJECTED: { description: 'Refused by a reviewer, with a reason; replace the audio to try again.' },
  },
})
registerEnumType(SystemPromptKind, {
  name: 'SystemPromptKind',
  description: 'The five system prompts every company has (A5).',
  valuesConfig: {
    AFTER_HOURS: { description: 'Played to callers outside service hours.' },
    TRANSFER_WAIT: { description: 'What a caller hears while being transferred or held: a tone or music.' },
    QUEUE: { description: 'Played when a caller joins a queue, before the wait music.' },
    WRONG_KEY: { description: 'Played when a caller presses a key the IVR menu does not accept.' },
    SURVEY: { description: 'Asks the caller to rate the service after the call.' },
  },
})
registerEnumType(SystemPromptChoice, {
  name: 'SystemPromptChoice',
  description: 'How a system prompt is filled.',
  valuesConfig: {
    DEFAULT: { description: 'The platform’s built-in audio.' },
    PROMPT: { description: 'An approved prompt of the voice library.' },
    TONE: { description: 'A ringing tone instead of music (transfer wait only).' },
  },
})

@ObjectType({ description: 'A recorded or generated prompt of the company’s voice library (A6).' })
@Entity({ tableName: 'voice_prompt' })
export class VoicePrompt {
  /** Derived, never stored. */
  [OptionalProps]?: 'isUsable' | 'audioUrl' | 'approvedAudioUrl'

  @Field(() => ID, { description: 'Prompt identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Name shown in pickers, unique in the company.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => PromptSource, { description: 'Uploaded file or text to speech.' })
  @Enum({ items: () => PromptSource })
  source!: PromptSource

  @Field(() => PromptStatus, { description: 'Review status of the newest audio.' })
  @Enum({ items: () => PromptStatus })
  status: PromptStatus = PromptStatus.PENDING

  @Field(() => String, { nullable: true, description: 'Why the reviewer refused it; set when REJECTED.' })
  @Property({ type: 'string', nullable: true })
  rejectReason?: string | null

  @Field(() => String, { nullable: true, description: 'The text spoken, for TTS prompts.' })
  @Property({ type: 'string', nullable: true })
  ttsText?: string | null

  @Field(() => TtsVoice, { nullable: true, description: 'The voice, for TTS prompts.' })
  @Enum({ items: () => TtsVoice, nullable: true })
  ttsVoice?: TtsVoice | null

  @Field(() => Int, {
    nullable: true,
    description: 'Speaking speed in percent (100 normal), for TTS prompts.',
  })
  @Property({ type: 'integer', nullable: true })
  ttsSpeed?: number | null

  /** The newest audio, relative to the media directory. */
  @Property({ type: 'string' })
  file!: string

  @Field(() => Int, { description: 'Length of the newest audio in milliseconds.' })
  @Property({ type: 'integer' })
  durationMs!: number

  @Field(() => [Float], {
    description: 'Waveform preview of the newest audio: loudness 0–1 of equal slices.',
  })
  @Property({ type: 'json' })
  peaks: number[] = []

  /** What calls play, relative to the media directory; null until the first approval. */
  @Property({ type: 'string', nullable: true })
  approvedFile?: string | null

  @Field(() => Int, {
    nullable: true,
    description: 'Length of the approved audio callers hear, in milliseconds; null until first approved.',
  })
  @Property({ type: 'integer', nullable: true })
  approvedDurationMs?: number | null

  @Field(() => String, { nullable: true, description: 'Who reviewed the newest audio last.' })
  @Property({ type: 'string', nullable: true })
  reviewedByName?: string | null

  @Field(() => Date, { nullable: true, description: 'When the newest audio was reviewed.' })
  @Property({ type: 'Date', nullable: true })
  reviewedAt?: Date | null

  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null

  @Field(() => Date, { description: 'When the prompt was added.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => Date, { description: 'When its audio last changed.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date()

  @Field(() => Boolean, {
    description: 'Whether calls can play it: some version was approved (the newest may still await review).',
  })
  get isUsable(): boolean {
    return Boolean(this.approvedFile)
  }

  @Field(() => String, { description: 'Where the browser plays the newest audio (HTTP ranges supported).' })
  get audioUrl(): string {
    return `/media/prompts/${this.id}?version=current`
  }

  @Field(() => String, {
    nullable: true,
    description: 'Where the browser plays the approved audio callers hear; null until first approved.',
  })
  get approvedAudioUrl(): string | null {
    return this.approvedFile ? `/media/prompts/${this.id}?version=approved` : null
  }
}

/** A row only when the tenant chose something other than the default. */
@Entity({ tableName: 'voice_system_prompt' })
export class SystemPromptSetting {
  @PrimaryKey({ type: 'uuid' })
  tenantId!: string

  @PrimaryKey({ type: 'string' })
  kind!: SystemPromptKind

  @Enum({ items: () => SystemPromptChoice })
  choice!: SystemPromptChoice

  @Property({ type: 'uuid', nullable: true })
  promptId?: string | null

  @Property({ type: 'Date' })
  updatedAt: Date = new Date()
}
