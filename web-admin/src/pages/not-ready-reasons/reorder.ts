// Moving a not-ready reason up or down: the positions to save so the custom reasons keep the new order.
import type { NotReadyReasonRow } from '../../graphql/acd'

export interface PositionChange {
  id: string
  sortOrder: number
}

/**
 * Custom reasons are numbered 1, 2, 3… in their new order and only the rows whose number changes are
 * returned; system reasons stay where the platform put them (after all custom ones).
 */
export function moveReason(rows: readonly NotReadyReasonRow[], id: string, step: -1 | 1): PositionChange[] {
  const custom = rows.filter((row) => row.kind === 'CUSTOM')
  const from = custom.findIndex((row) => row.id === id)
  const to = from + step
  if (from < 0 || to < 0 || to >= custom.length) return []
  const order = [...custom]
  ;[order[from], order[to]] = [order[to]!, order[from]!]
  return order
    .map((row, index) => ({ id: row.id, sortOrder: index + 1, current: row.sortOrder }))
    .filter((row) => row.sortOrder !== row.current)
    .map(({ id: rowId, sortOrder }) => ({ id: rowId, sortOrder }))
}
