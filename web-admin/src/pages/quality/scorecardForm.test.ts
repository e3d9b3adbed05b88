import { describe, expect, it } from 'vitest'
import { newCriterion, scorecardForm, toScorecardInput, totalPoints } from './scorecardForm'

const published = {
  id: 'card-1',
  name: '呼入服务标准',
  version: 3,
  maxPoints: 40,
  publishedAt: '2026-12-01T02:00:00.000Z',
  sections: [
    {
      name: '开场',
      criteria: [
        { id: 'greet', name: '问候', description: '先报工号', maxPoints: 10, isFatal: false },
        { id: 'leak', name: '泄露客户信息', description: '', maxPoints: 0, isFatal: true },
      ],
    },
    {
      name: '解决问题',
      criteria: [{ id: 'solve', name: '一次解决', description: '', maxPoints: 30, isFatal: false }],
    },
  ],
}

describe('A10: the scorecard editor', () => {
  it('starts a new scorecard with one section and one 10-point criterion', () => {
    const form = scorecardForm(null)
    expect(form.sections).toHaveLength(1)
    expect(form.sections[0]!.criteria).toEqual([newCriterion()])
    expect(totalPoints(form)).toBe(10)
  })

  it('publishes the next version naming the criteria it keeps, so the report follows them', () => {
    const form = scorecardForm(published)
    form.name = ' 呼入服务标准（新） '
    form.sections[1]!.criteria.push({ ...newCriterion(), name: ' 结束语 ', maxPoints: 5 })
    const input = toScorecardInput(form)
    expect(input.name).toBe('呼入服务标准（新）')
    expect(input.sections.flatMap((section) => section.criteria.map((criterion) => criterion.id))).toEqual([
      'greet',
      'leak',
      'solve',
      null,
    ])
    expect(input.sections[1]!.criteria[1]).toEqual({
      id: null,
      name: '结束语',
      description: '',
      maxPoints: 5,
      isFatal: false,
    })
    expect(totalPoints(form)).toBe(45)
  })

  it('edits a copy: the published version on screen does not change while the form does', () => {
    const form = scorecardForm(published)
    form.sections[0]!.criteria[0]!.maxPoints = 20
    expect(published.sections[0]!.criteria[0]!.maxPoints).toBe(10)
  })
})
