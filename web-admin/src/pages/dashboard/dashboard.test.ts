import { describe, expect, it } from 'vitest'
import { setupSteps } from './setup'
import { startOfDayIn } from './today'

const empty = {
  skillGroups: { totalCount: 0, items: [] },
  phoneNumbers: { totalCount: 0, items: [] },
}

describe('dashboard', () => {
  it('A3, A4, A7: a new company’s next setup step is the first one not done', () => {
    expect(setupSteps({ progress: empty, agentsOnline: 0 }).map((step) => [step.name, step.isNext])).toEqual([
      ['skillGroup', true],
      ['number', false],
      ['route', false],
      ['agents', false],
      ['answering', false],
    ])
    const someDone = setupSteps({
      progress: {
        skillGroups: { totalCount: 1, items: [{ id: 'g', members: [{ userId: 'a' }] }] },
        phoneNumbers: { totalCount: 1, items: [{ id: 'n', skillGroupId: null, scheduleId: null }] },
      },
      agentsOnline: 0,
    })
    expect(someDone.map((step) => step.isDone)).toEqual([true, true, false, true, false])
    expect(someDone.filter((step) => step.isNext).map((step) => step.name)).toEqual(['route'])
    const allDone = setupSteps({
      progress: {
        skillGroups: { totalCount: 1, items: [{ id: 'g', members: [{ userId: 'a' }] }] },
        phoneNumbers: { totalCount: 1, items: [{ id: 'n', skillGroupId: null, scheduleId: 's' }] },
      },
      agentsOnline: 1,
    })
    expect(allDone.every((step) => step.isDone && !step.isNext)).toBe(true)
  })

  it('X2: today starts at midnight in the company’s time zone', () => {
    const now = new Date('2026-03-11T01:30:15.500Z')
    expect(startOfDayIn('Asia/Shanghai', now).toISOString()).toBe('2026-03-10T16:00:00.000Z')
    expect(startOfDayIn('UTC', now).toISOString()).toBe('2026-03-11T00:00:00.000Z')
    expect(startOfDayIn('America/New_York', now).toISOString()).toBe('2026-03-10T04:00:00.000Z')
  })
})
