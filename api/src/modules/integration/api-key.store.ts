// SQL for finding an API key by its hash before any tenant is known, through the platform function of
// the migrations (security definer, reading only what the lookup needs).
import type { Database } from '../../db/database.js'
import type { Organization, Role } from '../identity/roles.js'

/** A key found by its hash, with what a viewer of it needs. */
export interface ApiKeyFound {
  apiKeyId: string
  tenantId: string
  role: Role
  organization: Organization | null
  revokedAt: Date | null
  lastUsedAt: Date | null
}

export async function findApiKeyByHash(db: Database, keyHash: string): Promise<ApiKeyFound | undefined> {
  const [row] = await db.platformQuery<{
    api_key_id: string
    tenant_id: string
    role: Role
    organization: Organization | null
    revoked_at: string | Date | null
    last_used_at: string | Date | null
  }>('select * from auth_find_api_key(?)', [keyHash])
  return (
    row && {
      apiKeyId: row.api_key_id,
      tenantId: row.tenant_id,
      role: row.role,
      organization: row.organization,
      revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
      lastUsedAt: row.last_used_at === null ? null : new Date(row.last_used_at),
    }
  )
}
