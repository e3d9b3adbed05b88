import { describe, expect, it } from 'vitest'
import { emptyAuditFilter, toAuditFilter } from './auditFilter'

describe('toAuditFilter', () => {
  it('sends nothing when nothing is chosen', () => {
    expect(toAuditFilter(emptyAuditFilter())).toBeUndefined()
  })

  it('sends the chosen conditions, the action in upper case and the range as ISO times', () => {
    const from = new Date('2026-03-01T00:00:00Z')
    const to = new Date('2026-03-02T00:00:00Z')
    expect(
      toAuditFilter({
        entityType: 'SKILL_GROUP',
        actorId: 'u1',
        action: ' agent_created ',
        range: [from, to],
      }),
    ).toEqual({
      entityType: 'SKILL_GROUP',
      actorId: 'u1',
      action: 'AGENT_CREATED',
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-03-02T00:00:00.000Z',
    })
  })
})
