import { describe, expect, it } from 'vitest'
import { yearCalendar } from './yearCalendar'

const springFestival = { id: 'h1', name: '春节', startDate: '2026-02-15', endDate: '2026-02-23' }

describe('yearCalendar', () => {
  it('A7: lays each month out Monday first, padding the days before the 1st', () => {
    const months = yearCalendar(2026, [])
    expect(months).toHaveLength(12)
    // 1 February 2026 is a Sunday: six empty cells, then the 1st in the last column.
    const february = months[1]!
    expect(february.weeks[0]!.map((cell) => cell?.day ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      1,
    ])
    expect(february.weeks.flat().filter(Boolean)).toHaveLength(28)
    expect(months[1 - 1]!.weeks.flat().filter(Boolean)).toHaveLength(31)
    expect(yearCalendar(2028, [])[1]!.weeks.flat().filter(Boolean)).toHaveLength(29)
  })

  it('A7: marks every day a holiday covers, both ends included, and no other', () => {
    const days = yearCalendar(2026, [springFestival])
      .flatMap((month) => month.weeks.flat())
      .filter((day) => day && day.holidays.length > 0)
      .map((day) => day!.date)
    expect(days).toHaveLength(9)
    expect(days[0]).toBe('2026-02-15')
    expect(days.at(-1)).toBe('2026-02-23')
  })
})
