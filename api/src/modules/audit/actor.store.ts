// The name an audit entry keeps of an API key acting: read past the ORM, so the audit log depends on
// no module's entities (every module records through it).
import type { EntityManager } from '../../db/database.js'

export async function apiKeyName(em: EntityManager, apiKeyId: string): Promise<string | undefined> {
  const [row] = await em.execute<{ name: string }[]>('select name from api_key where id = ?', [apiKeyId])
  return row?.name
}
