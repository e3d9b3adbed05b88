// X4: when a progressive task may call a number: its calling-hour windows and holiday dates are read in
// the callee's local time, found from the number's country (libphonenumber-js) and the IANA zones the
// runtime's ICU knows for that country.
import { parsePhoneNumberFromString } from 'libphonenumber-js'
import { z } from 'zod'
import { problem } from '../../common/validation.js'
import { isRealDate } from '../customers/custom-field-values.js'
import { localMoment, timeSchema, toMinutes } from '../ivr/schedule-rules.js'

/** A wall-clock range of the callee's day, `HH:MM`; it does not run past midnight. */
export interface CallingWindow {
  start: string
  end: string
}

/**
 * Of a country's several zones, the one where most of its people live: used when the company's own zone
 * is not in that country. Countries missing here take the first zone ICU lists.
 */
const MOST_POPULOUS_ZONE: Record<string, string> = {
  AR: 'America/Buenos_Aires',
  AU: 'Australia/Sydney',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CD: 'Africa/Kinshasa',
  CL: 'America/Santiago',
  CN: 'Asia/Shanghai',
  DE: 'Europe/Berlin',
  EC: 'America/Guayaquil',
  ES: 'Europe/Madrid',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  ID: 'Asia/Jakarta',
  KZ: 'Asia/Almaty',
  MN: 'Asia/Ulaanbaatar',
  MX: 'America/Mexico_City',
  MY: 'Asia/Kuala_Lumpur',
  NZ: 'Pacific/Auckland',
  PT: 'Europe/Lisbon',
  RU: 'Europe/Moscow',
  UA: 'Europe/Kiev',
  US: 'America/New_York',
  UZ: 'Asia/Tashkent',
}

/** The zones ICU lists for a country (Intl.Locale's `timeZones`, `getTimeZones()` in newer runtimes). */
function zonesOf(country: string): string[] {
  const locale = new Intl.Locale(`und-${country}`) as Intl.Locale & {
    timeZones?: string[]
    getTimeZones?: () => string[]
  }
  return locale.getTimeZones?.() ?? locale.timeZones ?? []
}

const zoneCache = new Map<string, string>()

/**
 * The zone a number is called in: its country's only zone; of several, the company's own zone when it is
 * one of them (a Chinese company calling Xinjiang keeps Beijing time, as people there mostly do), else
 * the country's most populous zone. A number whose country is unknown is called in the company's zone.
 */
export function calleeTimeZone(e164: string, companyZone: string): string {
  const country = parsePhoneNumberFromString(e164)?.country
  if (!country) return companyZone
  const key = `${country}|${companyZone}`
  let zone = zoneCache.get(key)
  if (!zone) {
    const zones = zonesOf(country)
    zone = zones.includes(companyZone)
      ? companyZone
      : zones.length === 1
        ? zones[0]!
        : (MOST_POPULOUS_ZONE[country] ?? zones[0] ?? companyZone)
    zoneCache.set(key, zone)
  }
  return zone
}

/** Whether a number may be called at `at` in its zone: not on a holiday, and inside a window if any are set. */
export function isCallingTime(
  at: Date,
  zone: string,
  rules: { callingWindows: readonly CallingWindow[]; holidays: readonly string[] },
): boolean {
  const moment = localMoment(at, zone)
  if (rules.holidays.includes(moment.date)) return false
  if (!rules.callingWindows.length) return true
  return rules.callingWindows.some(
    (window) => toMinutes(window.start) <= moment.minute && moment.minute < toMinutes(window.end),
  )
}

/** The instant the callee's day began, for the daily attempt cap. */
export function startOfLocalDay(at: Date, zone: string): Date {
  const { minute } = localMoment(at, zone)
  return new Date(at.getTime() - minute * 60_000 - (at.getTime() % 60_000))
}

export const callingWindowsSchema = z
  .array(
    z.object({ start: timeSchema, end: timeSchema }).refine((window) => window.start < window.end, {
      ...problem('WINDOW_END_BEFORE_START', 'must be after the start'),
      path: ['end'],
    }),
  )
  .max(6, 'must have at most 6 windows')
  .superRefine((windows, context) => {
    const sorted = windows
      .map((window, index) => ({ ...window, index }))
      .sort((a, b) => (a.start < b.start ? -1 : 1))
    sorted.slice(1).forEach((window, i) => {
      if (window.start < sorted[i]!.end)
        context.addIssue({
          code: 'custom',
          path: [window.index, 'start'],
          ...problem('OVERLAPPING_WINDOWS', 'overlaps another window'),
        })
    })
  })

export const holidaysSchema = z
  .array(z.string().refine(isRealDate, problem('INVALID_DATE', 'must be a real date YYYY-MM-DD')))
  .max(366, 'must have at most 366 dates')
  .superRefine((dates, context) => {
    dates.forEach((date, index) => {
      if (dates.indexOf(date) !== index)
        context.addIssue({
          code: 'custom',
          path: [index],
          ...problem('DUPLICATE_HOLIDAY', 'is listed twice'),
        })
    })
  })
