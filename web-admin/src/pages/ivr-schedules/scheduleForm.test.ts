import { describe, expect, it } from 'vitest'
import {
  crossesMidnight,
  fromSchedule,
  groupHours,
  newScheduleForm,
  placeScheduleProblems,
  toScheduleInput,
} from './scheduleForm'

describe('daily IVR form', () => {
  it('A7: a new schedule opens Monday to Friday 09:00–18:00 and sends only the open days', () => {
    const form = newScheduleForm()
    form.name = ' 工作日 '
    form.flowId = 'f1'
    const input = toScheduleInput(form)
    expect(input.name).toBe('工作日')
    expect(input.days.map((day) => day.weekday)).toEqual([1, 2, 3, 4, 5])
    expect(input.days[0]!.ranges).toEqual([{ start: '09:00', end: '18:00' }])
  })

  it('A7: a range ending at 00:00 runs to midnight (24:00), and one ending before its start runs into the next day', () => {
    const form = newScheduleForm()
    form.days[4]!.ranges = [
      { start: '18:00', end: '00:00' },
      { start: '22:00', end: '06:00' },
    ]
    expect(toScheduleInput(form).days[4]!.ranges).toEqual([
      { start: '18:00', end: '24:00' },
      { start: '22:00', end: '06:00' },
    ])
    expect(crossesMidnight({ start: '18:00', end: '00:00' })).toBe(false)
    expect(crossesMidnight({ start: '22:00', end: '06:00' })).toBe(true)
  })

  it('A7: a saved schedule comes back with its closed days closed and 24:00 shown as 00:00', () => {
    const form = fromSchedule({
      name: '夜班',
      flowId: 'f1',
      days: [{ weekday: 6, ranges: [{ start: '00:00', end: '24:00' }] }],
    })
    expect(form.days.filter((day) => day.isOpen).map((day) => day.weekday)).toEqual([6])
    expect(form.days[5]!.ranges).toEqual([{ start: '00:00', end: '00:00' }])
    expect(toScheduleInput(form).days).toEqual([{ weekday: 6, ranges: [{ start: '00:00', end: '24:00' }] }])
  })

  it('A7: the API’s problems land on the weekday they name, counting only the days sent', () => {
    const form = newScheduleForm()
    form.days[0]!.isOpen = false
    const sent = toScheduleInput(form)
    const placed = placeScheduleProblems(
      sent,
      [
        {
          field: 'days.1.ranges.0.start',
          code: 'OVERLAPPING_RANGES',
          params: { other: '22:00–06:00' },
          message: 'overlaps 22:00–06:00',
        },
        { field: 'flowId', code: 'REQUIRED', message: 'is required' },
      ],
      (problem) => `${problem.code} ${problem.params?.other ?? ''}`.trim(),
    )
    expect(placed.days.get(3)).toEqual(['1: OVERLAPPING_RANGES 22:00–06:00'])
    expect(placed.fields.flowId).toBe('REQUIRED')
  })

  it('A7: weekdays with the same hours are grouped for the list', () => {
    const office = [{ start: '09:00', end: '18:00' }]
    expect(
      groupHours([
        { weekday: 1, ranges: office },
        { weekday: 2, ranges: office },
        { weekday: 3, ranges: office },
        { weekday: 6, ranges: [{ start: '10:00', end: '16:00' }] },
        { weekday: 7, ranges: office },
      ]),
    ).toEqual([
      { from: 1, to: 3, ranges: office },
      { from: 6, to: 6, ranges: [{ start: '10:00', end: '16:00' }] },
      { from: 7, to: 7, ranges: office },
    ])
  })
})
