// What the rest of the platform (the ACD's queue, the IVR) asks of the voice library: which file to
// play. Only approved audio is ever played; a prompt whose new audio awaits review keeps playing its
// last approved version.
import type { EntityManager, TenantSql } from '../../db/database.js'

/** The five A5 system prompts every tenant has, each with a built-in default. */
export enum SystemPromptKind {
  AFTER_HOURS = 'AFTER_HOURS',
  TRANSFER_WAIT = 'TRANSFER_WAIT',
  QUEUE = 'QUEUE',
  WRONG_KEY = 'WRONG_KEY',
  SURVEY = 'SURVEY',
}

export interface PromptCatalog {
  /**
   * The playable file (absolute path under the media directory) of each prompt's last approved
   * version, for the tenant of `em`'s transaction. Prompts never approved, deleted or foreign are absent.
   */
  approvedFiles(em: EntityManager, promptIds: readonly string[]): Promise<Map<string, string>>
  /**
   * What the tenant chose for a system prompt, or the built-in default: always something playable.
   * The ACD asks from its lean transaction (a caller entering a queue), the IVR from the ORM's.
   */
  systemPrompt(source: EntityManager | TenantSql, kind: SystemPromptKind): Promise<string>
}

/** Who uses a prompt (IVR flows); a prompt in use cannot be deleted, and the error names the users. */
export interface PromptUsage {
  /** `usedBy` in English (`IVR flow “Main menu”`); `name` alone (`“Main menu”`) for the consoles' wording. */
  usersOf(em: EntityManager, promptId: string): Promise<Array<{ usedBy: string; name: string }>>
}
