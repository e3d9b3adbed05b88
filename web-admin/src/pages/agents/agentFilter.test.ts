import { describe, expect, it } from 'vitest'
import { emptyAgentFilter, isFiltered, toAgentFilter } from './agentFilter'

describe('toAgentFilter', () => {
  it('sends no filter at all when nothing is chosen or the search is only spaces', () => {
    expect(toAgentFilter(emptyAgentFilter())).toBeUndefined()
    expect(toAgentFilter({ ...emptyAgentFilter(), search: '   ' })).toBeUndefined()
    expect(isFiltered(emptyAgentFilter())).toBe(false)
  })

  it('sends only the chosen conditions, the search trimmed', () => {
    const form = {
      ...emptyAgentFilter(),
      search: ' 1001 ',
      organization: 'TELESALES' as const,
      status: 'DISABLED' as const,
    }
    expect(toAgentFilter(form)).toEqual({ search: '1001', organization: 'TELESALES', status: 'DISABLED' })
    expect(toAgentFilter({ ...emptyAgentFilter(), groupId: 'g1', role: 'GROUP_LEADER' })).toEqual({
      groupId: 'g1',
      role: 'GROUP_LEADER',
    })
  })
})
