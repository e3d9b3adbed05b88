// Service hours (A7) read on the wall clocks of the company's time zone.
import { describe, expect, it } from 'vitest'
import { localMoment, openRange, scheduleDaysSchema, type ScheduleDay } from './schedule-rules.js'

const weekdays = (ranges: ScheduleDay['ranges'], days = [1, 2, 3, 4, 5]) =>
  days.map((weekday) => ({ weekday, ranges }))
const isOpen = (days: ScheduleDay[], at: string, zone: string) =>
  openRange(days, localMoment(new Date(at), zone)) !== undefined

describe('A7 service hours', () => {
  it('A7: Asia/Shanghai (no DST) reads UTC+8 all year: 09:00–18:00 opens at 01:00Z in January and July', () => {
    const office = weekdays([{ start: '09:00', end: '18:00' }])
    expect(localMoment(new Date('2026-01-05T01:00:00Z'), 'Asia/Shanghai')).toMatchObject({
      date: '2026-01-05',
      weekday: 1,
      text: '2026-01-05T09:00',
    })
    expect(isOpen(office, '2026-01-05T01:00:00Z', 'Asia/Shanghai')).toBe(true)
    expect(isOpen(office, '2026-07-06T01:00:00Z', 'Asia/Shanghai')).toBe(true)
    expect(isOpen(office, '2026-07-06T00:59:00Z', 'Asia/Shanghai')).toBe(false)
    // 18:00 is the end, exclusive; Saturday is closed.
    expect(isOpen(office, '2026-07-06T10:00:00Z', 'Asia/Shanghai')).toBe(false)
    expect(isOpen(office, '2026-07-11T03:00:00Z', 'Asia/Shanghai')).toBe(false)
  })

  it('A7: a range across midnight (Friday 22:00–06:00) covers Friday night and Saturday morning, not Friday morning', () => {
    const night = [{ weekday: 5, ranges: [{ start: '22:00', end: '06:00' }] }]
    // 2026-07-10 is a Friday.
    expect(isOpen(night, '2026-07-10T14:30:00Z', 'Asia/Shanghai')).toBe(true) // Fri 22:30
    expect(isOpen(night, '2026-07-10T21:59:00Z', 'Asia/Shanghai')).toBe(true) // Sat 05:59
    expect(isOpen(night, '2026-07-10T22:00:00Z', 'Asia/Shanghai')).toBe(false) // Sat 06:00
    expect(isOpen(night, '2026-07-09T21:00:00Z', 'Asia/Shanghai')).toBe(false) // Fri 05:00
    // Sunday night runs into Monday morning across the week's end.
    const sunday = [{ weekday: 7, ranges: [{ start: '23:00', end: '02:00' }] }]
    expect(isOpen(sunday, '2026-07-12T17:30:00Z', 'Asia/Shanghai')).toBe(true) // Mon 01:30
  })

  it('A7: Europe/Berlin moves the hours with the clocks on its DST day (29 March 2026)', () => {
    const office = weekdays([{ start: '09:00', end: '18:00' }], [6, 7])
    // Saturday 08:30 CET is closed; Sunday, after the switch to CEST, the same 07:30Z is 09:30 and open.
    expect(isOpen(office, '2026-03-28T07:30:00Z', 'Europe/Berlin')).toBe(false)
    expect(localMoment(new Date('2026-03-29T07:30:00Z'), 'Europe/Berlin').text).toBe('2026-03-29T09:30')
    expect(isOpen(office, '2026-03-29T07:30:00Z', 'Europe/Berlin')).toBe(true)
    // 01:30Z is 03:30 CEST: the hour from 02:00 to 03:00 did not exist that night.
    expect(localMoment(new Date('2026-03-29T01:30:00Z'), 'Europe/Berlin').text).toBe('2026-03-29T03:30')
  })

  it('A7: service hours refuse overlapping ranges (also across midnight), repeated days and empty ranges', () => {
    const result = scheduleDaysSchema.safeParse([
      {
        weekday: 1,
        ranges: [
          { start: '09:00', end: '12:00' },
          { start: '11:00', end: '13:00' },
        ],
      },
      { weekday: 2, ranges: [{ start: '22:00', end: '06:00' }] },
      {
        weekday: 3,
        ranges: [
          { start: '05:00', end: '08:00' },
          { start: '10:00', end: '10:00' },
        ],
      },
      { weekday: 1, ranges: [{ start: '19:00', end: '20:00' }] },
      { weekday: 4, ranges: [{ start: '24:00', end: '08:00' }] },
    ])
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      '2.ranges.1.end: must differ from the start (use 00:00–24:00 for the whole day)',
      '4.ranges.0.start: a range cannot start at 24:00',
      '3.weekday: this weekday is already in the schedule',
      '0.ranges.1.start: overlaps 09:00–12:00',
      // Tuesday 22:00–06:00 runs into Wednesday's 05:00–08:00.
      '2.ranges.0.start: overlaps 22:00–06:00',
    ])
  })
})
