import { expect, it } from 'vitest'
import {
  DEFAULT_CHOICES,
  choicesFromQuery,
  kpiScopeFor,
  queryFromChoices,
  serviceLevelTone,
  shownSkillGroups,
  toneAtMost,
} from './choices'

it('A8 X2: a figure where less is better is green up to its good limit, amber up to its warning limit, red beyond', () => {
  const limits = { good: 20, warn: 40 }
  expect([0, 20, 20.5, 40, 40.1, 600].map((value) => toneAtMost(value, limits))).toEqual([
    'good',
    'good',
    'warn',
    'warn',
    'bad',
    'bad',
  ])
  // Nothing measured yet (no call answered today): no colour at all, not a green that means nothing.
  expect(toneAtMost(null, limits)).toBe('none')
  expect(toneAtMost(undefined, limits)).toBe('none')
})

it('X2: the service level is green at or over the company’s target, amber within the margin under it, red below', () => {
  expect(serviceLevelTone(0.8, 0.8, 5)).toBe('good')
  expect(serviceLevelTone(0.95, 0.8, 5)).toBe('good')
  // 0.1 + 0.7 is 0.7999…: a rounding error does not make a service level on target look short.
  expect(serviceLevelTone(0.1 + 0.7, 0.8, 5)).toBe('good')
  expect(serviceLevelTone(0.79, 0.8, 5)).toBe('warn')
  expect(serviceLevelTone(0.75, 0.8, 5)).toBe('warn')
  expect(serviceLevelTone(0.749, 0.8, 5)).toBe('bad')
  expect(serviceLevelTone(0.79, 0.8, 0)).toBe('bad')
  expect(serviceLevelTone(0.9, 0.9, 5)).toBe('good')
  expect(serviceLevelTone(null, 0.8, 5)).toBe('none')
})

it('A8: the choices survive a round trip through the URL, and a plain URL means the defaults', () => {
  expect(choicesFromQuery({})).toEqual(DEFAULT_CHOICES)
  expect(queryFromChoices(DEFAULT_CHOICES)).toEqual({})
  const chosen = {
    ...DEFAULT_CHOICES,
    skillGroupIds: ['sg-1', 'sg-2'],
    serviceLevelMargin: 10,
    asa: { good: 15, warn: 30 },
    abandonRate: { good: 2.5, warn: 8 },
  }
  const query = queryFromChoices(chosen)
  // Only what differs from the defaults is written, in a form short enough for a bookmark.
  expect(query).toEqual({ groups: 'sg-1,sg-2', slMargin: '10', asa: '15-30', abandon: '2.5-8' })
  expect(choicesFromQuery(query)).toEqual(chosen)
})

it('A8: a hand-edited or damaged URL falls back to the defaults for what it spells wrongly, keeping the rest', () => {
  const choices = choicesFromQuery({
    groups: 'sg-1,,sg-1,sg-2',
    slMargin: '-3',
    asa: '40-20',
    abandon: 'lots',
    aht: '200-300-400',
    wait: ['10-20', '30-60'],
  })
  expect(choices.skillGroupIds).toEqual(['sg-1', 'sg-2'])
  expect(choices.serviceLevelMargin).toBe(DEFAULT_CHOICES.serviceLevelMargin)
  expect(choices.asa).toEqual(DEFAULT_CHOICES.asa)
  expect(choices.abandonRate).toEqual(DEFAULT_CHOICES.abandonRate)
  expect(choices.aht).toEqual(DEFAULT_CHOICES.aht)
  expect(choices.longestWait).toEqual({ good: 10, warn: 20 })
  expect(choicesFromQuery({ slMargin: '101' }).serviceLevelMargin).toBe(DEFAULT_CHOICES.serviceLevelMargin)
})

it('A8 A11: chosen skill groups the viewer can no longer see drop out; the KPIs are those of the groups shown', () => {
  const visible = [{ skillGroupId: 'sg-1' }, { skillGroupId: 'sg-2' }, { skillGroupId: 'sg-3' }]
  expect(shownSkillGroups(visible, [])).toEqual(visible)
  expect(shownSkillGroups(visible, ['sg-3', 'sg-gone', 'sg-1'])).toEqual([visible[0], visible[2]])
  expect(shownSkillGroups(visible, ['sg-gone'])).toEqual([])

  expect(kpiScopeFor(['sg-1', 'sg-2', 'sg-3'], [])).toEqual({ kind: 'TENANT' })
  expect(kpiScopeFor(['sg-2'], ['sg-2'])).toEqual({ kind: 'SKILL_GROUP', ids: ['sg-2'] })
  // A chosen group that disappeared is left out: the others' KPIs, not a scope that would be refused.
  expect(kpiScopeFor(['sg-2'], ['sg-2', 'sg-gone'])).toEqual({ kind: 'SKILL_GROUP', ids: ['sg-2'] })
  expect(kpiScopeFor(['sg-1', 'sg-2'], ['sg-1', 'sg-2'])).toEqual({
    kind: 'SKILL_GROUP',
    ids: ['sg-1', 'sg-2'],
  })
  expect(kpiScopeFor([], ['sg-gone'])).toEqual({ kind: 'TENANT' })
  // The only group the viewer sees, with none chosen: the company's scope, which the API narrows to it.
  expect(kpiScopeFor(['sg-1'], [])).toEqual({ kind: 'TENANT' })
})
