import { describe, expect, it } from 'vitest'
import type { NotReadyReasonRow } from '../../graphql/acd'
import { moveReason } from './reorder'

const row = (id: string, sortOrder: number, kind: 'CUSTOM' | 'SYSTEM' = 'CUSTOM'): NotReadyReasonRow => ({
  id,
  name: id,
  kind,
  code: null,
  sortOrder,
})

describe('moveReason', () => {
  const rows = [row('rest', 1), row('meeting', 2), row('training', 3), row('missed', 1000, 'SYSTEM')]

  it('G3: moving up swaps with the reason above; only changed positions are saved', () => {
    expect(moveReason(rows, 'training', -1)).toEqual([
      { id: 'training', sortOrder: 2 },
      { id: 'meeting', sortOrder: 3 },
    ])
    expect(moveReason(rows, 'rest', 1)).toEqual([
      { id: 'meeting', sortOrder: 1 },
      { id: 'rest', sortOrder: 2 },
    ])
  })

  it('G3: nothing moves past either end, and system reasons never move', () => {
    expect(moveReason(rows, 'rest', -1)).toEqual([])
    expect(moveReason(rows, 'training', 1)).toEqual([])
    expect(moveReason(rows, 'missed', -1)).toEqual([])
  })

  it('G3: positions that were equal or sparse are renumbered in the shown order', () => {
    const sparse = [row('a', 0), row('b', 0), row('c', 7)]
    expect(moveReason(sparse, 'c', -1)).toEqual([
      { id: 'a', sortOrder: 1 },
      { id: 'c', sortOrder: 2 },
      { id: 'b', sortOrder: 3 },
    ])
  })
})
