import { describe, expect, it } from 'vitest'
import { previewScore, scoreForm, toScoresInput } from './scoring'

const scorecard = {
  sections: [
    {
      name: '开场',
      criteria: [
        { id: 'greet', name: '问候', description: '', maxPoints: 10, isFatal: false },
        { id: 'verify', name: '核实身份', description: '', maxPoints: 30, isFatal: false },
      ],
    },
    {
      name: '合规',
      criteria: [{ id: 'abuse', name: '辱骂客户', description: '', maxPoints: 0, isFatal: true }],
    },
  ],
}

describe('A10: the score preview on the workbench', () => {
  it('counts the criteria not scored yet and adds the points given so far', () => {
    const form = scoreForm(scorecard)
    expect(previewScore(scorecard, form)).toEqual({
      points: 0,
      maxPoints: 40,
      percent: 0,
      isFatalFailed: false,
      unscored: 3,
    })
    form.greet!.points = 10
    form.verify!.points = 20
    form.abuse!.points = 0
    expect(previewScore(scorecard, form)).toMatchObject({ points: 30, percent: 75, unscored: 0 })
  })

  it('weights by points: a 30-point criterion counts three times a 10-point one, rounded to two decimals', () => {
    const form = scoreForm(scorecard)
    Object.assign(form.greet!, { points: 10 })
    Object.assign(form.verify!, { points: 1 })
    Object.assign(form.abuse!, { points: 0 })
    expect(previewScore(scorecard, form).percent).toBe(27.5)
    form.greet!.points = 1
    expect(previewScore(scorecard, form).percent).toBe(5)
  })

  it('scores the call 0 when a fatal item fails, whatever the other points', () => {
    const form = scoreForm(scorecard, [
      { criterionId: 'greet', points: 10, isFailed: false },
      { criterionId: 'verify', points: 30, isFailed: false },
      { criterionId: 'abuse', points: 0, isFailed: true },
    ])
    expect(previewScore(scorecard, form)).toMatchObject({ points: 0, percent: 0, isFatalFailed: true })
  })

  it('sends every criterion with isFailed only on fatal items, and the comments', () => {
    const form = scoreForm(scorecard)
    form.greet = { points: 5, isFailed: true }
    const input = toScoresInput(scorecard, form, [{ text: '语速过快', atSeconds: 12.5 }])
    expect(input.scores).toEqual([
      { criterionId: 'greet', points: 5, isFailed: false },
      { criterionId: 'verify', points: 0, isFailed: false },
      { criterionId: 'abuse', points: 0, isFailed: false },
    ])
    expect(input.comments).toEqual([{ text: '语速过快', atSeconds: 12.5 }])
  })
})
