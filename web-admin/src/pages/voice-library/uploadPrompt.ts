// Sends a prompt's WAV file to the API with upload progress (sendForm).
import { sendForm } from '../../composables/sendForm'

/** The API's own limit; checked here too, so nobody waits for a 50 MB upload to be refused. */
export const MAX_PROMPT_BYTES = 10 * 1024 * 1024

export interface UploadedPrompt {
  id: string
  name: string
  status: string
}

export interface PromptUpload {
  file: File
  /** A new prompt's name; omitted when replacing the audio of `promptId`. */
  name?: string
  promptId?: string
  /** Fraction sent, 0–1. */
  onProgress?: (fraction: number) => void
}

/** POST /media/prompts (new) or PUT /media/prompts/:id (replace); errors arrive in GraphQL's shape. */
export function uploadPrompt({ file, name, promptId, onProgress }: PromptUpload): Promise<UploadedPrompt> {
  const form = new FormData()
  // The name goes first: the server reads fields in order and stops at the file.
  if (name !== undefined) form.append('name', name)
  form.append('file', file, file.name)
  return sendForm(
    promptId ? 'PUT' : 'POST',
    promptId ? `/media/prompts/${encodeURIComponent(promptId)}` : '/media/prompts',
    form,
    (body) => body.prompt as UploadedPrompt | undefined,
    onProgress,
  )
}
