// When a daily IVR is open (A7): service hours are wall-clock ranges in the tenant's time zone, so a
// DST change moves them with the clocks. A range whose end is before its start runs past midnight and
// belongs to the weekday it started on (Friday 22:00–06:00 ends on Saturday morning).
import { z } from 'zod'
import { problem } from '../../common/validation.js'

export interface TimeRange {
  /** `HH:MM`, 00:00–23:59. */
  start: string
  /** `HH:MM`, 00:01–24:00; before `start` when the range runs past midnight. */
  end: string
}

export interface ScheduleDay {
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number
  ranges: TimeRange[]
}

/** An instant as a clock on the wall of the tenant's office shows it. */
export interface LocalMoment {
  /** `YYYY-MM-DD`. */
  date: string
  weekday: number
  /** Minutes since local midnight. */
  minute: number
  /** `YYYY-MM-DDTHH:MM`, for people. */
  text: string
}

const DAY_MINUTES = 24 * 60
const WEEK_MINUTES = 7 * DAY_MINUTES
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 }

const formatters = new Map<string, Intl.DateTimeFormat>()

export function localMoment(at: Date, timeZone: string): LocalMoment {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
    formatters.set(timeZone, format)
  }
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]))
  const date = `${part.year}-${part.month}-${part.day}`
  return {
    date,
    weekday: WEEKDAYS[part.weekday!]!,
    minute: Number(part.hour) * 60 + Number(part.minute),
    text: `${date}T${part.hour}:${part.minute}`,
  }
}

/** Minutes since midnight of an `HH:MM` time. */
export const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** The range as minutes of the week, [from, to), `to` possibly past the week's end. */
function weekInterval(weekday: number, range: TimeRange): [number, number] {
  const start = toMinutes(range.start)
  const end = toMinutes(range.end)
  const base = (weekday - 1) * DAY_MINUTES
  return [base + start, base + end + (end <= start ? DAY_MINUTES : 0)]
}

/** The range the moment falls in, if any: the service hours that are open now. */
export function openRange(
  days: readonly ScheduleDay[],
  moment: LocalMoment,
): { weekday: number; range: TimeRange } | undefined {
  const minute = (moment.weekday - 1) * DAY_MINUTES + moment.minute
  for (const day of days)
    for (const range of day.ranges) {
      const [from, to] = weekInterval(day.weekday, range)
      // Sunday's range past midnight covers Monday morning: the week wraps.
      if ((minute >= from && minute < to) || (minute + WEEK_MINUTES >= from && minute + WEEK_MINUTES < to))
        return { weekday: day.weekday, range }
    }
  return undefined
}

/** A wall-clock time `HH:MM`, 00:00 to 24:00. */
export const timeSchema = z
  .string({ message: 'is required' })
  .refine(
    (time) => /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/.test(time),
    problem('INVALID_TIME', 'must be a time HH:MM, 00:00 to 24:00'),
  )

export const scheduleDaysSchema = z
  .array(
    z.object({
      weekday: z
        .number({ message: 'must be a weekday number' })
        .int('must be a weekday 1 (Monday) to 7 (Sunday)')
        .min(1, 'must be a weekday 1 (Monday) to 7 (Sunday)')
        .max(7, 'must be a weekday 1 (Monday) to 7 (Sunday)'),
      ranges: z
        .array(
          z
            .object({
              start: timeSchema.refine(
                (time) => time !== '24:00',
                problem('RANGE_STARTS_AT_END_OF_DAY', 'a range cannot start at 24:00'),
              ),
              end: timeSchema,
            })
            .refine((range) => range.start !== range.end, {
              ...problem('EMPTY_RANGE', 'must differ from the start (use 00:00–24:00 for the whole day)'),
              path: ['end'],
            }),
        )
        .max(6, 'a day has at most 6 time ranges')
        .refine(
          (ranges) => ranges.length > 0,
          problem('NO_RANGE_ON_DAY', 'add at least one time range to this day, or remove the day'),
        ),
    }),
  )
  .max(7, 'a week has 7 days')
  .superRefine((days, context) => {
    for (const found of dayProblems(days)) context.addIssue({ code: 'custom', ...found })
  })

/** Repeated weekdays and overlapping ranges (also across midnight into the next day). */
function dayProblems(
  days: readonly ScheduleDay[],
): Array<ReturnType<typeof problem> & { path: (string | number)[] }> {
  const problems: Array<ReturnType<typeof problem> & { path: (string | number)[] }> = []
  const seen = new Map<number, number>()
  const intervals: Array<{ from: number; to: number; path: (string | number)[]; label: string }> = []
  days.forEach((day, i) => {
    if (seen.has(day.weekday))
      problems.push({
        path: [i, 'weekday'],
        ...problem('DUPLICATE_WEEKDAY', 'this weekday is already in the schedule'),
      })
    seen.set(day.weekday, i)
    day.ranges.forEach((range, j) => {
      const [from, to] = weekInterval(day.weekday, range)
      intervals.push({ from, to, path: [i, 'ranges', j], label: `${range.start}–${range.end}` })
    })
  })
  for (let a = 0; a < intervals.length; a++)
    for (let b = a + 1; b < intervals.length; b++) {
      const x = intervals[a]!
      const y = intervals[b]!
      const overlaps = [-WEEK_MINUTES, 0, WEEK_MINUTES].some(
        (shift) => x.from < y.to + shift && y.from + shift < x.to,
      )
      if (overlaps)
        problems.push({
          path: [...y.path, 'start'],
          ...problem('OVERLAPPING_RANGES', `overlaps ${x.label}`, { other: x.label }),
        })
    }
  return problems
}
