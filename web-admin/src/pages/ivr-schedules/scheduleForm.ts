// The daily IVR form (A7): seven weekdays, each closed or open in one or more time ranges, turned into the
// API's input and back, and the API's problems (`days.1.ranges.0.start`) placed on the weekday they name.
import type { FieldProblem } from '@cc/web-common'
import type { IvrScheduleInput } from '../../graphql/generated/graphql'
import type { IvrScheduleRow } from '../../graphql/ivr'

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const

export interface RangeForm {
  start: string
  /** `00:00` means midnight at the end of the day (the API's 24:00; a time picker cannot show 24:00). */
  end: string
}

export interface DayForm {
  weekday: number
  isOpen: boolean
  ranges: RangeForm[]
}

export interface ScheduleForm {
  name: string
  flowId: string | null
  days: DayForm[]
}

const OFFICE_HOURS: RangeForm = { start: '09:00', end: '18:00' }

/** A new schedule: office hours Monday to Friday, the weekend closed, as most companies start from. */
export function newScheduleForm(): ScheduleForm {
  return {
    name: '',
    flowId: null,
    days: WEEKDAYS.map((weekday) => ({ weekday, isOpen: weekday <= 5, ranges: [{ ...OFFICE_HOURS }] })),
  }
}

export function fromSchedule(schedule: Pick<IvrScheduleRow, 'name' | 'flowId' | 'days'>): ScheduleForm {
  return {
    name: schedule.name,
    flowId: schedule.flowId,
    days: WEEKDAYS.map((weekday) => {
      const ranges = schedule.days.find((day) => day.weekday === weekday)?.ranges ?? []
      return {
        weekday,
        isOpen: ranges.length > 0,
        ranges: ranges.length
          ? ranges.map((range) => ({ start: range.start, end: range.end === '24:00' ? '00:00' : range.end }))
          : [{ ...OFFICE_HOURS }],
      }
    }),
  }
}

/** Only open days are sent; closed days keep their ranges in the form in case they are opened again. */
export function toScheduleInput(form: ScheduleForm): IvrScheduleInput {
  return {
    name: form.name.trim(),
    flowId: form.flowId ?? '',
    days: form.days
      .filter((day) => day.isOpen)
      .map((day) => ({
        weekday: day.weekday,
        ranges: day.ranges.map((range) => ({
          start: range.start,
          end: range.end === '00:00' ? '24:00' : range.end,
        })),
      })),
  }
}

/** Whether the range runs past midnight into the next day (Friday 22:00–06:00 ends Saturday morning). */
export function crossesMidnight(range: RangeForm): boolean {
  return range.end !== '00:00' && range.end < range.start
}

export interface ScheduleProblems {
  /** Form fields: `name`, `flowId`, `days` (the week as a whole). */
  fields: Partial<Record<string, string>>
  /** By weekday; a range's problem is prefixed with its place, e.g. "2: overlaps 09:00–12:00". */
  days: Map<number, string[]>
}

/**
 * Places the API's problems, worded by `word` (their codes in the console's language); `days.<i>` counts
 * only the open days that were sent.
 */
export function placeScheduleProblems(
  sent: IvrScheduleInput,
  problems: readonly FieldProblem[],
  word: (problem: FieldProblem) => string,
  separator = '; ',
): ScheduleProblems {
  const placed: ScheduleProblems = { fields: {}, days: new Map() }
  for (const problem of problems) {
    const { field } = problem
    const message = word(problem)
    const [, dayIndex, , rangeIndex] = /^days\.(\d+)(\.ranges\.(\d+))?/.exec(field) ?? []
    const weekday = dayIndex === undefined ? undefined : sent.days[Number(dayIndex)]?.weekday
    if (weekday === undefined) {
      const name = field.split('.')[0] || 'days'
      placed.fields[name] = placed.fields[name] ? `${placed.fields[name]}${separator}${message}` : message
      continue
    }
    const text = rangeIndex === undefined ? message : `${Number(rangeIndex) + 1}: ${message}`
    placed.days.set(weekday, [...(placed.days.get(weekday) ?? []), text])
  }
  return placed
}

export interface HoursGroup {
  /** Consecutive weekdays with the same ranges, e.g. 1–5. */
  from: number
  to: number
  ranges: ReadonlyArray<{ start: string; end: string }>
}

/** Service hours grouped for a one-line summary: Monday to Friday 09:00–18:00, Saturday 10:00–16:00. */
export function groupHours(days: Pick<IvrScheduleRow, 'days'>['days']): HoursGroup[] {
  const groups: HoursGroup[] = []
  const key = (ranges: HoursGroup['ranges']) => ranges.map((range) => `${range.start}-${range.end}`).join(',')
  for (const day of [...days].sort((a, b) => a.weekday - b.weekday)) {
    const last = groups.at(-1)
    if (last && last.to === day.weekday - 1 && key(last.ranges) === key(day.ranges)) last.to = day.weekday
    else groups.push({ from: day.weekday, to: day.weekday, ranges: day.ranges })
  }
  return groups
}
