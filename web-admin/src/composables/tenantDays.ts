// Calendar days as the company's office reads them (PRODUCT.md: times in the tenant's time zone): a day
// picked in a date picker ("2027-01-05") starts at that midnight in the company's zone, not the browser's.

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at `at`. */
function offsetMs(timeZone: string, at: Date): number {
  const part = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(at)
      .map((each) => [each.type, Number(each.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>
  const wall = Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second)
  return wall - Math.floor(at.getTime() / 1000) * 1000
}

/** Midnight starting `day` (YYYY-MM-DD) in `timeZone`, as an instant; right across DST changes too. */
export function dayStartIn(timeZone: string, day: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const wall = Date.UTC(year, month - 1, date)
  // The offset at the guess, once more at the corrected guess: the second is right unless midnight itself
  // is skipped by a DST change, where the first instant of the day is what counts anyway.
  const guess = wall - offsetMs(timeZone, new Date(wall))
  return new Date(wall - offsetMs(timeZone, new Date(guess)))
}

/** The period of whole days `[first, last]` (both included) in `timeZone`: from its first instant to the next day's. */
export function daysIn(timeZone: string, days: [string, string]): { from: Date; to: Date } {
  const [year, month, date] = days[1].split('-').map(Number) as [number, number, number]
  const next = new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10)
  return { from: dayStartIn(timeZone, days[0]), to: dayStartIn(timeZone, next) }
}

/** Today's date (YYYY-MM-DD) in `timeZone`, `offsetDays` days away. */
export function todayIn(timeZone: string, offsetDays = 0, now = new Date()): string {
  const shifted = new Date(now.getTime() + offsetDays * 86_400_000)
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(shifted)
}
