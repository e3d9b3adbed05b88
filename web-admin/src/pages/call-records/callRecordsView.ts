// The call records' filter form (A9) to the API's filter, and to the export's query string (same names).
import type { CallOutcome, CallRecordSearchFilter } from '../../graphql/callRecords'
import { daysIn } from '../../composables/tenantDays'

export interface CallRecordForm {
  /** Whole days in the company's time zone, first and last included (YYYY-MM-DD). */
  days: [string, string] | null
  number: string
  numberMatch: 'ENDS_WITH' | 'EXACT'
  customerId: string
  agentId: string
  skillGroupId: string
  direction: 'INBOUND' | 'OUTBOUND' | ''
  outcome: CallOutcome | ''
  minTalkSeconds: number | null
  maxTalkSeconds: number | null
  satisfactionScores: number[]
  hasRecording: 'yes' | 'no' | ''
}

export function emptyForm(): CallRecordForm {
  return {
    days: null,
    number: '',
    numberMatch: 'ENDS_WITH',
    customerId: '',
    agentId: '',
    skillGroupId: '',
    direction: '',
    outcome: '',
    minTalkSeconds: null,
    maxTalkSeconds: null,
    satisfactionScores: [],
    hasRecording: '',
  }
}

export function toFilter(form: CallRecordForm, timeZone: string): CallRecordSearchFilter {
  const period = form.days ? daysIn(timeZone, form.days) : null
  const number = form.number.replace(/[\s-]/g, '')
  return {
    from: period?.from.toISOString() ?? null,
    to: period?.to.toISOString() ?? null,
    number: number || null,
    numberMatch: number ? form.numberMatch : null,
    customerId: form.customerId || null,
    agentId: form.agentId || null,
    skillGroupId: form.skillGroupId || null,
    direction: form.direction || null,
    outcome: form.outcome || null,
    minTalkSeconds: form.minTalkSeconds ?? null,
    maxTalkSeconds: form.maxTalkSeconds ?? null,
    satisfactionScores: form.satisfactionScores.length ? form.satisfactionScores : null,
    hasRecording: form.hasRecording === '' ? null : form.hasRecording === 'yes',
  }
}

/** The filter as the export's query string: lists comma-separated, absent conditions left out. */
export function toQuery(filter: Record<string, unknown>): Record<string, string> {
  const query: Record<string, string> = {}
  for (const [key, value] of Object.entries(filter)) {
    if (value === null || value === undefined || value === '') continue
    query[key] = Array.isArray(value) ? value.join(',') : String(value)
  }
  return query
}

export function isEmpty(form: CallRecordForm): boolean {
  return JSON.stringify(form) === JSON.stringify(emptyForm())
}
