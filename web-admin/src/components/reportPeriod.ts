// The period of a report (A9) as the API takes it (ReportPeriodInput): a preset, or whole days of the
// company's calendar; and the line under a report that says which instants it covered.
import type { ReportPeriodPreset } from '../graphql/reports'

export const REPORT_PERIOD_PRESETS: ReportPeriodPreset[] = [
  'TODAY',
  'YESTERDAY',
  'THIS_WEEK',
  'LAST_WEEK',
  'THIS_MONTH',
  'LAST_MONTH',
  'LAST_7_DAYS',
  'LAST_30_DAYS',
  'CUSTOM',
]

export interface ReportPeriod {
  preset: ReportPeriodPreset
  fromDate: string | null
  toDate: string | null
}

/** The period to ask for; null while a custom period has no days picked yet. */
export function reportPeriodOf(
  preset: ReportPeriodPreset,
  days: [string, string] | null,
): ReportPeriod | null {
  if (preset !== 'CUSTOM') return { preset, fromDate: null, toDate: null }
  return days ? { preset, fromDate: days[0], toDate: days[1] } : null
}

/** "4 Dec 2026, 00:00 – 5 Dec 2026, 00:00 (Asia/Shanghai)": the instants a report covered, on the company's clock. */
export function periodNoteOf(
  t: (key: string, values: Record<string, string>) => string,
  locale: string,
  report: { from: string; to: string; timeZone: string },
): string {
  const at = (instant: string) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: report.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(instant))
  return t('callReport.periodNote', { from: at(report.from), to: at(report.to), zone: report.timeZone })
}
