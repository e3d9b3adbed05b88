import { parsePhoneNumberFromString } from 'libphonenumber-js'
import { describe, expect, it } from 'vitest'
import { chinaMobileE164, phoneNumberSchema, toE164 } from './phone.js'

/** What libphonenumber alone answers, as phoneNumberSchema did before the fast path. */
function byLibphonenumber(input: string): string | null {
  const parsed = parsePhoneNumberFromString(input.trim(), 'CN')
  return parsed?.isValid() ? (parsed.number as string) : null
}

/** A repeatable generator, so a failure names numbers that fail again. */
function randomDigits(seed: number) {
  let state = seed
  return (count: number) => {
    let digits = ''
    for (let i = 0; i < count; i++) {
      state = (state * 1103515245 + 12345) % 2147483648
      digits += String(state % 10)
    }
    return digits
  }
}

describe('A13: the fast path for mainland mobile numbers', () => {
  it('A13: answers as libphonenumber does on 60,000 generated numbers, prefixes and near misses included', () => {
    const digits = randomDigits(13)
    const prefixes = ['', '+86', '0086', '86', '0', '+', '+85', '086', ' ']
    let taken = 0
    for (let n = 0; n < 60_000; n++) {
      // Any second digit and lengths of 10 to 12 catch what the fast path must leave alone.
      const national =
        n % 7 === 0
          ? `179${digits(2)}00${digits(4)}` // read by libphonenumber as an IP-dialling prefix
          : `1${digits(1)}${digits(n % 5 === 0 ? 8 + (n % 3) : 9)}`
      const input = `${prefixes[n % prefixes.length]}${national}`
      const fast = chinaMobileE164(input.trim())
      if (fast !== undefined) {
        taken++
        expect(fast, input).toBe(byLibphonenumber(input))
      }
      expect(toE164(input, 'CN'), input).toBe(byLibphonenumber(input))
    }
    expect(taken).toBeGreaterThan(10_000)
  })

  it('A13: takes plain and prefixed mobiles, leaves others to libphonenumber', () => {
    expect(chinaMobileE164('13800138000')).toBe('+8613800138000')
    expect(chinaMobileE164('+8619912345678')).toBe('+8619912345678')
    expect(chinaMobileE164('008615012345678')).toBe('+8615012345678')
    expect(chinaMobileE164('8618612345678')).toBe('+8618612345678')
    expect(chinaMobileE164('17951001234')).toBeUndefined()
    expect(chinaMobileE164('12345678901')).toBeUndefined()
    expect(chinaMobileE164('138 0013 8000')).toBeUndefined()
    expect(toE164('138 0013 8000', 'CN')).toBe('+8613800138000')
    expect(toE164('02161234567', 'CN')).toBe('+862161234567')
  })

  it('A13: the schema refuses what is not a number with INVALID_PHONE_NUMBER, in any region', () => {
    for (const region of ['CN', 'US', 'XX']) {
      const parsed = phoneNumberSchema(region).safeParse('not a number')
      expect(parsed.success).toBe(false)
      expect(JSON.stringify(parsed.error?.issues)).toContain('INVALID_PHONE_NUMBER')
    }
    expect(phoneNumberSchema('US').parse(' +1 415 555 2671 ')).toBe('+14155552671')
    expect(phoneNumberSchema('CN').safeParse('1'.repeat(33)).success).toBe(false)
  })
})
