// How the call report writes its buckets: on the company's clock, the day ("2027-01-04") or the hour
// ("01-04 14:00"), whatever the browser's own time zone.
export function bucketLabel(instant: string, interval: 'DAY' | 'HOUR', timeZone: string): string {
  const part: Record<string, string> = {}
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
  for (const { type, value } of format.formatToParts(new Date(instant))) part[type] = value
  return interval === 'DAY'
    ? `${part.year}-${part.month}-${part.day}`
    : `${part.month}-${part.day} ${part.hour}:${part.minute}`
}

/** The calls one row counts in the direction shown, so "no calls" means the same in chart and table. */
export function hasCalls(row: { inboundCalls: number; outboundCalls: number; kpis: { arrivals: number } }) {
  return row.inboundCalls + row.outboundCalls + row.kpis.arrivals > 0
}
