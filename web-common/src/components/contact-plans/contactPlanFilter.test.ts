import { describe, expect, it } from 'vitest'
import { emptyPlanFilter, isOpen, isPlanFilterEmpty, toPlanFilter } from './contactPlanFilter'

describe('G6: the contact plan filter', () => {
  it('G6: asks for nothing when empty, and for each condition given', () => {
    expect(toPlanFilter(emptyPlanFilter())).toEqual({})
    expect(isPlanFilterEmpty(emptyPlanFilter())).toBe(true)
    const days: [Date, Date] = [new Date(2027, 0, 4), new Date(2027, 0, 6)]
    const filter = toPlanFilter({ status: 'OVERDUE', days, number: ' 138-0013 ', ownerId: 'a' })
    expect(filter).toEqual({
      status: 'OVERDUE',
      dueFrom: new Date(2027, 0, 4).toISOString(),
      dueTo: new Date(2027, 0, 7).toISOString(),
      customerNumber: '1380013',
      ownerId: 'a',
    })
  })

  it('G6: the workstation’s own plans stay its own whatever the form says', () => {
    expect(toPlanFilter({ ...emptyPlanFilter(), ownerId: 'other' }, 'me').ownerId).toBe('me')
  })

  it('G6: only pending and overdue plans can still change', () => {
    expect(['PENDING', 'OVERDUE', 'DONE', 'CANCELLED'].map((status) => isOpen(status as never))).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
})
