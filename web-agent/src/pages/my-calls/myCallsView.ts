// What My call records shows, as pure functions: the filter form to the API's filter, and row texts.
import { formatDuration } from '@cc/web-common'
import type { MyCallRecordFilter, MyCallRow } from '../../graphql/myCalls'

export type Outcome = 'answered' | 'missed'

export interface MyCallsFilterForm {
  direction: 'INBOUND' | 'OUTBOUND' | ''
  outcome: Outcome | ''
  number: string
  /** Whole days picked in the browser's calendar, first and last included. */
  days: [Date, Date] | null
}

export function emptyFilterForm(): MyCallsFilterForm {
  return { direction: '', outcome: '', number: '', days: null }
}

const DAY_MS = 24 * 60 * 60 * 1000

export function toFilter(form: MyCallsFilterForm): MyCallRecordFilter {
  const number = form.number.replace(/[\s-]/g, '')
  return {
    direction: form.direction || null,
    answered: form.outcome === '' ? null : form.outcome === 'answered',
    number: number || null,
    from: form.days ? form.days[0].toISOString() : null,
    // The last day picked counts whole: the API's `to` is exclusive.
    to: form.days ? new Date(form.days[1].getTime() + DAY_MS).toISOString() : null,
  }
}

/**
 * The days after one end is picked in a box of its own (a phone has no room for the range calendar):
 * picked alone it is a one-day range, which the other box then widens; the ends keep their order, and
 * clearing either end clears the range.
 */
export function withEnd(days: [Date, Date] | null, end: 0 | 1, day: Date | null): [Date, Date] | null {
  if (!day) return null
  const other = days ? days[1 - end]! : day
  const [first, last] = end === 0 ? [day, other] : [other, day]
  return first <= last ? [first, last] : [last, first]
}

/** The number the agent would call back: the customer's side of the call. */
export function otherParty(call: MyCallRow['call']): string | null {
  return call.direction === 'INBOUND' ? call.callerNumber : call.calleeNumber
}

/** Answered; missed (an inbound call offered and not taken); or not answered (the customer did not pick up). */
export function outcomeOf(row: Pick<MyCallRow, 'isAnswered' | 'call'>): 'answered' | 'missed' | 'unanswered' {
  if (row.isAnswered) return 'answered'
  return row.call.direction === 'INBOUND' ? 'missed' : 'unanswered'
}

/** 0:42, 12:05, 1:02:09; a dash when there is nothing to count. */
export const duration = formatDuration
