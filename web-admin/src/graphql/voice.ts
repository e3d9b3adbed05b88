// The voice library (A6), its review, text to speech, and the basic settings' system prompts (A5).
import { graphql } from './generated'

export type {
  VoicePromptRowFragment as VoicePromptRow,
  SystemPromptRowFragment as SystemPromptRow,
  PromptStatus,
  SystemPromptKind,
  SystemPromptChoice,
  TtsVoice,
} from './generated/graphql'

graphql(`
  fragment VoicePromptRow on VoicePrompt {
    id
    name
    source
    status
    rejectReason
    ttsText
    durationMs
    peaks
    isUsable
    audioUrl
    approvedAudioUrl
    reviewedByName
    reviewedAt
    updatedAt
  }
`)

graphql(`
  fragment SystemPromptRow on SystemPrompt {
    kind
    choice
    audioUrl
    updatedAt
    prompt {
      id
      name
    }
  }
`)

export const VoicePromptsDocument = graphql(`
  query VoicePrompts($filter: VoicePromptFilter, $page: PageInput) {
    voicePrompts(filter: $filter, page: $page) {
      totalCount
      items {
        ...VoicePromptRow
      }
    }
  }
`)

export const DeleteVoicePromptDocument = graphql(`
  mutation DeleteVoicePrompt($id: ID!) {
    deleteVoicePrompt(id: $id)
  }
`)

export const CanReviewPromptsDocument = graphql(`
  query CanReviewPrompts {
    canReviewPrompts
  }
`)

export const PromptReviewQueueDocument = graphql(`
  query PromptReviewQueue($page: PageInput) {
    promptReviewQueue(page: $page) {
      totalCount
      items {
        companyName
        prompt {
          ...VoicePromptRow
        }
      }
    }
  }
`)

export const ReviewVoicePromptDocument = graphql(`
  mutation ReviewVoicePrompt($id: ID!, $input: ReviewPromptInput!) {
    reviewVoicePrompt(id: $id, input: $input) {
      ...VoicePromptRow
    }
  }
`)

export const PreviewSpeechDocument = graphql(`
  mutation PreviewSpeech($input: TtsInput!) {
    previewSpeech(input: $input) {
      audioUrl
      durationMs
      peaks
    }
  }
`)

export const SynthesizePromptDocument = graphql(`
  mutation SynthesizePrompt($input: SynthesizePromptInput!) {
    synthesizePrompt(input: $input) {
      ...VoicePromptRow
    }
  }
`)

export const SystemPromptsDocument = graphql(`
  query SystemPrompts {
    systemPrompts {
      ...SystemPromptRow
    }
  }
`)

export const UpdateSystemPromptDocument = graphql(`
  mutation UpdateSystemPrompt($input: UpdateSystemPromptInput!) {
    updateSystemPrompt(input: $input) {
      ...SystemPromptRow
    }
  }
`)

/** The approved prompts a picker offers: at most 100, by most recently changed. */
export const UsablePromptsDocument = graphql(`
  query UsablePrompts {
    voicePrompts(filter: { isUsable: true }, page: { offset: 0, limit: 100 }) {
      totalCount
      items {
        id
        name
        durationMs
        approvedAudioUrl
      }
    }
  }
`)
