import { describe, expect, it } from 'vitest'
import { NotFoundError, ValidationError } from '../../common/errors.js'
import { checkDefinition, resultOf, scoreInspection, type ScorecardDefinition } from './scorecard.js'

const problemsOf = (work: () => unknown) => {
  try {
    work()
  } catch (error) {
    if (error instanceof ValidationError) return error.problems.map((p) => `${p.field}:${p.code}`)
    throw error
  }
  throw new Error('expected a ValidationError')
}

const card = checkDefinition(
  {
    name: '服务质检',
    sections: [
      {
        name: '开场',
        criteria: [
          { name: '问候语', maxPoints: 10 },
          { name: '核实身份', maxPoints: 30 },
        ],
      },
      { name: '合规', criteria: [{ name: '泄露客户信息', maxPoints: 0, isFatal: true }] },
    ],
  },
  null,
)
const [greeting, identity] = card.definition.sections[0]!.criteria
const fatal = card.definition.sections[1]!.criteria[0]!

describe('A10 scorecard maths', () => {
  it('A10: the score is points given over points possible; a criterion’s points are its weight', () => {
    expect(card.maxPoints).toBe(40)
    const scored = scoreInspection(card.definition, {
      scores: [
        { criterionId: greeting!.id, points: 10 },
        { criterionId: identity!.id, points: 15 },
        { criterionId: fatal.id, points: 0 },
      ],
    })
    expect(scored.result).toEqual({ points: 25, maxPoints: 40, percent: 62.5, isFatalFailed: false })
    // Losing the 30-point criterion costs three times what losing the 10-point one does.
    const missGreeting = resultOf(card.definition, [
      { criterionId: greeting!.id, points: 0, isFailed: false },
      { criterionId: identity!.id, points: 30, isFailed: false },
    ])
    const missIdentity = resultOf(card.definition, [
      { criterionId: greeting!.id, points: 10, isFailed: false },
      { criterionId: identity!.id, points: 0, isFailed: false },
    ])
    expect(100 - missGreeting.percent).toBe(25)
    expect(100 - missIdentity.percent).toBe(75)
  })

  it('A10: a failed fatal item sets the whole score to zero', () => {
    const scored = scoreInspection(card.definition, {
      scores: [
        { criterionId: greeting!.id, points: 10 },
        { criterionId: identity!.id, points: 30 },
        { criterionId: fatal.id, points: 0, isFailed: true },
      ],
    })
    expect(scored.result).toEqual({ points: 0, maxPoints: 40, percent: 0, isFatalFailed: true })
  })

  it('A10: scores are checked against the version: every criterion once, within its points, fatal marks on fatal items only', () => {
    expect(
      problemsOf(() =>
        scoreInspection(card.definition, {
          scores: [
            { criterionId: greeting!.id, points: 11, isFailed: true },
            { criterionId: greeting!.id, points: 1 },
            { criterionId: 'nope', points: 1 },
          ],
          comments: [{ text: '语速过快', atSeconds: 12.5, criterionId: 'other' }],
        }),
      ),
    ).toEqual([
      'scores.0.points:TOO_LARGE',
      'scores.0.isFailed:NOT_A_FATAL_ITEM',
      'scores.1.criterionId:CRITERION_SCORED_TWICE',
      'scores.2.criterionId:UNKNOWN_CRITERION',
      'scores:CRITERION_NOT_SCORED',
      'scores:CRITERION_NOT_SCORED',
      'comments.0.criterionId:UNKNOWN_CRITERION',
    ])
  })

  it('A10: a definition’s problems name the section and criterion', () => {
    expect(
      problemsOf(() =>
        checkDefinition(
          {
            name: ' ',
            sections: [
              {
                name: '开场',
                criteria: [
                  { name: '问候语', maxPoints: 10 },
                  { name: '问候语', maxPoints: 0 },
                ],
              },
              { name: '结束', criteria: [] },
            ],
          },
          null,
        ),
      ),
    ).toEqual([
      'name:REQUIRED',
      'sections.0.criteria.1.maxPoints:NO_POINTS_TO_SCORE',
      'sections.1.criteria:TOO_FEW',
      'sections.0.criteria.1.name:DUPLICATE_CRITERION',
    ])
    expect(
      problemsOf(() =>
        checkDefinition(
          {
            name: 'x',
            sections: [
              {
                name: 'a',
                criteria: [
                  { name: 'b', maxPoints: 1 },
                  { name: 'B', maxPoints: 1 },
                ],
              },
            ],
          },
          null,
        ),
      ),
    ).toEqual(['sections.0.criteria.1.name:DUPLICATE_CRITERION'])
  })

  it('A10: an edit keeps the IDs of criteria it names; IDs from elsewhere are not found', () => {
    const previous: ScorecardDefinition = card.definition
    const next = checkDefinition(
      {
        name: '服务质检',
        sections: [{ name: '开场', criteria: [{ id: identity!.id, name: '核实身份', maxPoints: 20 }] }],
      },
      previous,
    )
    expect(next.definition.sections[0]!.criteria[0]!.id).toBe(identity!.id)
    expect(next.maxPoints).toBe(20)
    expect(() =>
      checkDefinition(
        { name: 'x', sections: [{ name: 'a', criteria: [{ id: 'invented', name: 'b', maxPoints: 1 }] }] },
        previous,
      ),
    ).toThrow(NotFoundError)
    const twice = { id: identity!.id, name: 'b', maxPoints: 1 }
    expect(
      problemsOf(() =>
        checkDefinition(
          { name: 'x', sections: [{ name: 'a', criteria: [twice, { ...twice, name: 'c' }] }] },
          previous,
        ),
      ),
    ).toEqual(['sections.0.criteria.1.id:DUPLICATE_CRITERION'])
  })
})
