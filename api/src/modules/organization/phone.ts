// Mobile numbers (A4): parsed with libphonenumber-js, China by default, stored in E.164.
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import { z } from 'zod'

export const DEFAULT_PHONE_REGION = 'CN'

/** `13800138000`, `+86 138 0013 8000` and `+1 415 555 2671` in; `+8613800138000` and the like out. */
export const mobileSchema = z
  .string()
  .trim()
  .max(32, 'is not a valid phone number')
  .transform((input, context) => {
    const parsed = parsePhoneNumberFromString(input, DEFAULT_PHONE_REGION)
    if (!parsed?.isValid()) {
      context.addIssue({ code: 'custom', message: 'is not a valid phone number' })
      return z.NEVER
    }
    return parsed.number as string
  })

/** The SIP user of an agent is their agent number in lower case: stable, short, and what desk phones show. */
export function sipUserOf(agentNumber: string | null | undefined): string | null {
  return agentNumber ? agentNumber.toLowerCase() : null
}

export function sipDomainFor(tenantId: string, platformDomain: string): string {
  return `t${tenantId.replace(/-/g, '').slice(0, 12)}.sip.${platformDomain}`
}
