// G6: times in exported files are the company's wall clock, including on the days its clocks change.
import { describe, expect, it } from 'vitest'
import { clockText, wallClock } from './table-export.js'

/** What Intl says the clock reads in `timeZone`, as `yyyy-mm-dd hh:mm:ss`. */
function intlClock(timeZone: string): (moment: Date) => string {
  // Swedish writes dates and times the ISO way: 2027-03-14 03:03:51.
  const format = new Intl.DateTimeFormat('sv-SE', { timeZone, dateStyle: 'short', timeStyle: 'medium' })
  return (moment) => format.format(moment)
}

describe('G6: export times on the company’s clock', () => {
  it('G6: every 7 minutes through the days daylight saving starts and ends reads as Intl reads it', () => {
    const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Shanghai', 'UTC']
    // Around both of 2027's changes in New York and London, and Lord Howe's half-hour ones.
    const spans = [
      ['2027-03-13T00:00:00Z', '2027-03-15T00:00:00Z'],
      ['2027-03-27T12:00:00Z', '2027-03-29T00:00:00Z'],
      ['2027-04-03T00:00:00Z', '2027-04-05T00:00:00Z'],
      ['2027-10-02T00:00:00Z', '2027-10-04T00:00:00Z'],
      ['2027-10-30T12:00:00Z', '2027-11-08T00:00:00Z'],
    ]
    for (const timeZone of zones) {
      const clock = wallClock(timeZone)
      const expected = intlClock(timeZone)
      const wrong: string[] = []
      for (const [from, to] of spans)
        for (let ms = Date.parse(from!); ms < Date.parse(to!); ms += 7 * 60_000 + 13_457) {
          const moment = new Date(ms)
          const text = clockText(clock(moment))
          if (text !== expected(moment))
            wrong.push(`${moment.toISOString()}: ${text}, not ${expected(moment)}`)
        }
      expect(wrong, timeZone).toEqual([])
    }
  })

  it('G6: the clock is to the second, as a spreadsheet shows it (milliseconds dropped, not rounded)', () => {
    const clock = wallClock('Asia/Shanghai')
    const moment = new Date('2027-01-04T01:30:59.999Z')
    expect(clock(moment)).toEqual(new Date('2027-01-04T09:30:59.000Z'))
    expect(clockText(clock(moment))).toBe('2027-01-04 09:30:59')
  })
})
