// The holiday page's year at a glance: each month as weeks of days (Monday first, as calendars in
// China are printed), each day with the holidays that cover it. Dates are plain `YYYY-MM-DD` strings:
// holidays are whole local dates of the company, never instants.

export interface CalendarDay {
  date: string
  day: number
  holidays: ReadonlyArray<{ id: string; name: string }>
}

export interface CalendarMonth {
  month: number
  /** Weeks of seven cells; null pads the days before the 1st and after the month's end. */
  weeks: Array<Array<CalendarDay | null>>
}

interface DatedHoliday {
  id: string
  name: string
  startDate: string
  endDate: string
}

const pad = (value: number) => String(value).padStart(2, '0')

export function yearCalendar(year: number, holidays: readonly DatedHoliday[]): CalendarMonth[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = index + 1
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate()
    // getUTCDay: Sunday 0 … Saturday 6; Monday-first columns put Sunday last.
    const lead = (new Date(Date.UTC(year, index, 1)).getUTCDay() + 6) % 7
    const cells: Array<CalendarDay | null> = Array.from({ length: lead }, () => null)
    for (let day = 1; day <= length; day++) {
      const date = `${year}-${pad(month)}-${pad(day)}`
      cells.push({
        date,
        day,
        holidays: holidays
          .filter((holiday) => holiday.startDate <= date && date <= holiday.endDate)
          .map(({ id, name }) => ({ id, name })),
      })
    }
    while (cells.length % 7) cells.push(null)
    const weeks: Array<Array<CalendarDay | null>> = []
    for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7))
    return { month, weeks }
  })
}
