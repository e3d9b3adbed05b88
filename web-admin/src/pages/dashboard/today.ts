// "Today" as the company's office sees it: PRODUCT.md wants times in the tenant's time zone.

/** Midnight of `now`'s day on the wall clock of `timeZone`, as an instant. */
export function startOfDayIn(timeZone: string, now = new Date()): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(now)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<'hour' | 'minute' | 'second', number>
  const sinceMidnightMs = ((parts.hour * 60 + parts.minute) * 60 + parts.second) * 1000
  return new Date(Math.floor(now.getTime() / 1000) * 1000 - sinceMidnightMs)
}
