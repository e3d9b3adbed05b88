import { describe, expect, it } from 'vitest'
import { duration, emptyFilterForm, otherParty, outcomeOf, toFilter, withEnd } from './myCallsView'

const call = (direction: 'INBOUND' | 'OUTBOUND') => ({
  id: 'c1',
  direction,
  callerNumber: '13800000001',
  calleeNumber: '13900000002',
  dialledNumber: '4001',
  startedAt: '2026-11-25T01:00:00Z',
  endedAt: null,
})

describe('G8 my call records view', () => {
  it('G8: an empty form asks for every call', () => {
    expect(toFilter(emptyFilterForm())).toEqual({
      direction: null,
      answered: null,
      number: null,
      from: null,
      to: null,
    })
  })

  it('G8: the days picked count whole, the last one included; spaces and dashes leave the number', () => {
    const filter = toFilter({
      direction: 'INBOUND',
      outcome: 'missed',
      number: ' 138-0000 ',
      days: [new Date('2026-11-01T00:00:00Z'), new Date('2026-11-03T00:00:00Z')],
    })
    expect(filter).toEqual({
      direction: 'INBOUND',
      answered: false,
      number: '1380000',
      from: '2026-11-01T00:00:00.000Z',
      to: '2026-11-04T00:00:00.000Z',
    })
  })

  it('G8: on a phone the days are picked end by end: one end alone is one day, the ends keep their order', () => {
    const day = (date: number) => new Date(`2026-11-${String(date).padStart(2, '0')}T00:00:00Z`)
    expect(withEnd(null, 0, day(3))).toEqual([day(3), day(3)])
    expect(withEnd(null, 1, day(3))).toEqual([day(3), day(3)])
    expect(withEnd([day(3), day(3)], 1, day(9))).toEqual([day(3), day(9)])
    expect(withEnd([day(3), day(9)], 0, day(5))).toEqual([day(5), day(9)])
    // A "to" before the "from": the ends swap rather than asking for an empty range.
    expect(withEnd([day(3), day(9)], 1, day(1))).toEqual([day(1), day(3)])
    expect(withEnd([day(3), day(9)], 0, null)).toBeNull()
  })

  it('G8: the other party is the caller of an inbound call and the callee of an outbound one', () => {
    expect(otherParty(call('INBOUND'))).toBe('13800000001')
    expect(otherParty(call('OUTBOUND'))).toBe('13900000002')
  })

  it('G8: an unanswered inbound call is missed, an unanswered outbound one is not answered', () => {
    expect(outcomeOf({ isAnswered: true, call: call('INBOUND') })).toBe('answered')
    expect(outcomeOf({ isAnswered: false, call: call('INBOUND') })).toBe('missed')
    expect(outcomeOf({ isAnswered: false, call: call('OUTBOUND') })).toBe('unanswered')
  })

  it('G8: durations read as a clock', () => {
    expect(duration(null)).toBe('—')
    expect(duration(42)).toBe('0:42')
    expect(duration(725)).toBe('12:05')
    expect(duration(3729)).toBe('1:02:09')
  })
})
