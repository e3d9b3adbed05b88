// How the KPI monitor writes its numbers: rates as percents, times as m:ss, a dash where there is nothing to measure.
import { formatDuration } from '../live-board/board'

export const NONE = '—'

/** A 0–1 rate as a whole percent (one decimal under 10 %), or a dash when nothing was measured. */
export function formatPercent(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return NONE
  const percent = rate * 100
  return `${percent > 0 && percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`
}

/** Seconds as m:ss (h:mm:ss past an hour), or a dash. */
export function formatSeconds(seconds: number | null | undefined): string {
  return seconds === null || seconds === undefined ? NONE : formatDuration(seconds)
}

/**
 * The hour's label on the chart's axis in the company's time zone, "14:00": the hours are the company's
 * (its day starts at its midnight), and a supervisor abroad or a TV in another zone must read them alike.
 * Minutes are kept for zones half an hour off the hour (Asia/Kolkata).
 */
export function formatHour(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant))
}
