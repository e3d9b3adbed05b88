// Phone numbers (A4 mobiles, company numbers, caller IDs): parsed with libphonenumber-js, stored in E.164.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import { z } from 'zod'
import { problem } from '../../common/validation.js'

export const DEFAULT_PHONE_REGION = 'CN'

/** Any valid number, national ones read as of `defaultRegion`, out in E.164: `+862161234567` and the like. */
export function phoneNumberSchema(defaultRegion: string) {
  return z
    .string()
    .trim()
    .refine((input) => input.length <= 32, problem('INVALID_PHONE_NUMBER', 'is not a valid phone number'))
    .transform((input, context) => {
      const parsed = isSupportedRegion(defaultRegion)
        ? parsePhoneNumberFromString(input, defaultRegion)
        : parsePhoneNumberFromString(input)
      if (!parsed?.isValid()) {
        context.addIssue({
          code: 'custom',
          ...problem('INVALID_PHONE_NUMBER', 'is not a valid phone number'),
        })
        return z.NEVER
      }
      return parsed.number as string
    })
}

/** An ISO 3166 region with a numbering plan, e.g. `CN`: what national numbers can be read as. */
export function isSupportedRegion(region: string): region is CountryCode {
  return isSupportedCountry(region)
}

/** `13800138000`, `+86 138 0013 8000` and `+1 415 555 2671` in; `+8613800138000` and the like out. */
export const mobileSchema = phoneNumberSchema(DEFAULT_PHONE_REGION)

/** The SIP user of an agent is their agent number in lower case: stable, short, and what desk phones show. */
export function sipUserOf(agentNumber: string | null | undefined): string | null {
  return agentNumber ? agentNumber.toLowerCase() : null
}

export function sipDomainFor(tenantId: string, platformDomain: string): string {
  return `t${tenantId.replace(/-/g, '').slice(0, 12)}.sip.${platformDomain}`
}
