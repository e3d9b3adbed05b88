// Who holds an email on the platform: the login is unique across companies, so the lookup goes
// through a platform function before any tenant is known (sign-in, and the uniqueness check on add).
import type { EntityManager } from '../../db/database.js'

export interface EmailOwner {
  userId: string
  tenantId: string
}

/** The accounts (in any company) registered with `email`, matched without regard to case. */
export async function ownersOfEmail(em: EntityManager, email: string): Promise<EmailOwner[]> {
  const rows = await em.execute<{ user_id: string; tenant_id: string }[]>(
    'select * from auth_find_user_by_email(?)',
    [email],
  )
  return rows.map((row) => ({ userId: row.user_id, tenantId: row.tenant_id }))
}
