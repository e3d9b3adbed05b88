// Which company a SIP domain belongs to, asked by the switch's directory before any tenant is known.
import type { Database } from '../../db/database.js'

/** The tenant whose SIP domain this is (matched without regard to case), if any. */
export async function tenantOfSipDomain(db: Database, domain: string): Promise<string | undefined> {
  const [match] = await db.platformQuery<{ tenant_id: string }>(
    'select * from auth_find_tenant_by_sip_domain(?)',
    [domain],
  )
  return match?.tenant_id
}
