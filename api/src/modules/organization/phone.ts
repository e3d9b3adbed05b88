// Phone numbers (A4 mobiles, company numbers, caller IDs): parsed with libphonenumber-js, stored in E.164.
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js'
import { z } from 'zod'
import { problem } from '../../common/validation.js'

export const DEFAULT_PHONE_REGION = 'CN'

/** Any valid number, national ones read as of `defaultRegion`, out in E.164: `+862161234567` and the like. */
export function phoneNumberSchema(defaultRegion: string) {
  return z.string().transform((input, context) => {
    const number = toE164(input, defaultRegion)
    if (number === null) {
      context.addIssue({ code: 'custom', ...problem('INVALID_PHONE_NUMBER', 'is not a valid phone number') })
      return z.NEVER
    }
    return number
  })
}

/** What phoneNumberSchema answers, without zod: the number in E.164, or null when it is not a valid one. */
export function toE164(input: string, defaultRegion: string): string | null {
  const trimmed = input.trim()
  if (trimmed.length > 32) return null
  if (defaultRegion === 'CN') {
    const mobile = chinaMobileE164(trimmed)
    if (mobile) return mobile
  }
  const parsed = isSupportedRegion(defaultRegion)
    ? parsePhoneNumberFromString(trimmed, defaultRegion)
    : parsePhoneNumberFromString(trimmed)
  return parsed?.isValid() ? (parsed.number as string) : null
}

const CHINA_MOBILE = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/
/** libphonenumber reads 179XX00 at the start as an IP-dialling prefix (its CN IDD pattern), not a mobile. */
const CHINA_IDD_LIKE = /^179\d\d00/

/**
 * A mainland mobile number written as digits (`13800138000`, with or without +86, 0086 or 86) in E.164, or
 * undefined for anything else, which libphonenumber then reads. Bulk imports (A13) are mostly such numbers,
 * and this is some twenty times faster; phone.test.ts checks it answers as libphonenumber does.
 */
export function chinaMobileE164(input: string): string | undefined {
  const national = CHINA_MOBILE.exec(input)?.[1]
  return national && !CHINA_IDD_LIKE.test(national) ? `+86${national}` : undefined
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
