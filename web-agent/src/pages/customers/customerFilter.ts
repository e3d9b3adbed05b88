// The customers page's filters, kept in the address (so going back from a customer finds the list as it
// was) and turned into the API's filter.
import type { LocationQuery } from 'vue-router'
import type { CustomerFilter } from '../../graphql/customers'

/** How the number box matches: its last digits (what an agent usually has), or the whole number. */
export type NumberMatch = 'ENDS_WITH' | 'EXACT'

export interface CustomerSearch {
  number: string
  numberMatch: NumberMatch
  name: string
}

export function emptySearch(): CustomerSearch {
  return { number: '', numberMatch: 'ENDS_WITH', name: '' }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

export function searchOfQuery(query: LocationQuery): CustomerSearch {
  return {
    number: text(query.number),
    numberMatch: query.match === 'exact' ? 'EXACT' : 'ENDS_WITH',
    name: text(query.name),
  }
}

/** The address's query for a search: only what is set, so a cleared search is the bare page. */
export function queryOfSearch(search: CustomerSearch): Record<string, string> {
  const query: Record<string, string> = {}
  if (search.number.trim()) {
    query.number = search.number.trim()
    if (search.numberMatch === 'EXACT') query.match = 'exact'
  }
  if (search.name.trim()) query.name = search.name.trim()
  return query
}

export function filterOfSearch(search: CustomerSearch): CustomerFilter {
  const filter: CustomerFilter = {}
  const number = search.number.trim()
  if (number) filter[search.numberMatch === 'EXACT' ? 'number' : 'numberEndsWith'] = number
  if (search.name.trim()) filter.name = search.name.trim()
  return filter
}
