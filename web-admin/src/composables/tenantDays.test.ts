import { describe, expect, it } from 'vitest'
import { dayStartIn, daysIn, todayIn } from './tenantDays'

describe('A9 days in the company’s time zone', () => {
  it('A9: a day starts at midnight in the company’s zone, not the browser’s', () => {
    expect(dayStartIn('Asia/Shanghai', '2027-01-05').toISOString()).toBe('2027-01-04T16:00:00.000Z')
    expect(daysIn('Asia/Shanghai', ['2027-01-05', '2027-01-06'])).toEqual({
      from: new Date('2027-01-04T16:00:00Z'),
      to: new Date('2027-01-06T16:00:00Z'),
    })
  })

  it('A9: across a DST change in New York the day after the change starts an hour earlier in UTC', () => {
    expect(dayStartIn('America/New_York', '2027-03-14').toISOString()).toBe('2027-03-14T05:00:00.000Z')
    expect(dayStartIn('America/New_York', '2027-03-15').toISOString()).toBe('2027-03-15T04:00:00.000Z')
    expect(todayIn('Asia/Shanghai', 0, new Date('2027-01-04T16:30:00Z'))).toBe('2027-01-05')
  })
})
