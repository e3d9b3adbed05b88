// One select holds the three kinds of choice: the default, the tone, or `PROMPT:<id>` of a library prompt.
import type { SystemPromptChoice, SystemPromptRow } from '../../graphql/voice'

export function choiceValue(row: Pick<SystemPromptRow, 'choice' | 'prompt'>): string {
  return row.choice === 'PROMPT' && row.prompt ? `PROMPT:${row.prompt.id}` : row.choice
}

export function choiceInput(value: string): { choice: SystemPromptChoice; promptId: string | null } {
  if (value.startsWith('PROMPT:')) return { choice: 'PROMPT', promptId: value.slice('PROMPT:'.length) }
  return { choice: value as SystemPromptChoice, promptId: null }
}

/** The picker's library prompts: the approved ones listed, plus the one chosen if the list missed it. */
export function promptOptions<Prompt extends { id: string; name: string }>(
  usable: readonly Prompt[],
  row: Pick<SystemPromptRow, 'prompt'>,
): { id: string; name: string }[] {
  const chosen = row.prompt
  return chosen && !usable.some((prompt) => prompt.id === chosen.id) ? [chosen, ...usable] : [...usable]
}
