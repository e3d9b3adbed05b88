// Which tenant a dialled number belongs to, asked by the switch before any tenant is known. Trunks
// deliver numbers in E.164 or national form; both find the number stored in E.164.
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import type { Database } from '../../db/database.js'
import type { NumberRoute } from '../../telephony/calls/variables.js'
import { DEFAULT_PHONE_REGION } from '../organization/phone.js'
import { ownerOfNumber } from './platform.store.js'

export async function findNumberRoute(db: Database, dialled: string): Promise<NumberRoute | undefined> {
  for (const candidate of numberForms(dialled)) {
    const owner = await ownerOfNumber(db, candidate)
    if (owner) return { tenantId: owner.tenantId, number: candidate, delivered: dialled }
  }
  return undefined
}

/**
 * The forms a delivered number may be stored in: as delivered, E.164 read in the default region (a
 * national number, or one with the trunk's international or national prefix), and E.164 for digits that
 * already carry the country code without a `+`.
 */
export function numberForms(dialled: string): string[] {
  const forms = new Set([dialled])
  for (const text of [dialled, /^\d+$/.test(dialled) ? `+${dialled}` : undefined]) {
    const parsed = text === undefined ? undefined : parsePhoneNumberFromString(text, DEFAULT_PHONE_REGION)
    if (parsed?.isPossible()) forms.add(parsed.number)
  }
  return [...forms]
}
