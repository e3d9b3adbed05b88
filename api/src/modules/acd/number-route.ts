// Which tenant a dialled number belongs to, asked by the switch before any tenant is known. Trunks
// deliver numbers in E.164 or national form; both find the number stored in E.164.
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import type { Database } from '../../db/database.js'
import type { NumberRoute } from '../../telephony/calls/variables.js'
import { DEFAULT_PHONE_REGION } from '../organization/phone.js'

export async function findNumberRoute(db: Database, dialled: string): Promise<NumberRoute | undefined> {
  const e164 = parsePhoneNumberFromString(dialled, DEFAULT_PHONE_REGION)?.number
  for (const candidate of new Set([dialled, ...(e164 ? [e164] : [])])) {
    const [row] = await db.platformQuery<{ tenant_id: string }>(
      'select tenant_id from auth_find_phone_number(?)',
      [candidate],
    )
    if (row) return { tenantId: row.tenant_id, number: candidate }
  }
  return undefined
}
