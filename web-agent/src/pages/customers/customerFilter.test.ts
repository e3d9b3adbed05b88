import { describe, expect, it } from 'vitest'
import { emptySearch, filterOfSearch, queryOfSearch, searchOfQuery } from './customerFilter'

describe('the customers page filter', () => {
  it('G4: the number box searches by the last digits unless the whole number is asked for', () => {
    expect(filterOfSearch({ ...emptySearch(), number: ' 8000 ' })).toEqual({ numberEndsWith: '8000' })
    expect(filterOfSearch({ number: '13800008000', numberMatch: 'EXACT', name: '王' })).toEqual({
      number: '13800008000',
      name: '王',
    })
    expect(filterOfSearch(emptySearch())).toEqual({})
  })

  it('G4: a search survives the round trip through the address, and an empty one leaves it bare', () => {
    const search = { number: '13800008000', numberMatch: 'EXACT' as const, name: '王' }
    expect(searchOfQuery(queryOfSearch(search))).toEqual(search)
    expect(queryOfSearch({ ...emptySearch(), numberMatch: 'EXACT' })).toEqual({})
    expect(searchOfQuery({ number: ['1', '2'] })).toEqual(emptySearch())
  })
})
