import { describe, expect, it } from 'vitest'
import type { SkillGroupRow } from '../../graphql/groups'
import { overflowTargets, routingInput, routingOf } from './routingForm'

function skillGroup(id: string, organization: 'INBOUND' | 'TELESALES' = 'INBOUND'): SkillGroupRow {
  return {
    id,
    name: id,
    description: '',
    organization,
    strategy: 'LONGEST_IDLE',
    maxWaitSeconds: 300,
    maxQueueLength: 50,
    overflowAction: 'MESSAGE_HANGUP',
    overflowSkillGroupId: null,
    isPostCallSurveyEnabled: false,
    isRecordingEnabled: true,
    members: [],
  }
}

describe('skill group routing form', () => {
  it('A3: a new skill group starts from the API’s defaults, and an unchanged form sends nothing', () => {
    expect(routingOf(null)).toEqual(routingOf(skillGroup('a')))
    expect(routingInput(routingOf(null), routingOf(null))).toBeNull()
  })

  it('A3: a change sends the whole routing; hanging up forgets the overflow target', () => {
    const before = { ...routingOf(null), overflowAction: 'SKILL_GROUP' as const, overflowSkillGroupId: 'b' }
    expect(routingInput({ ...before, strategy: 'PRIORITY' }, before)).toEqual({
      strategy: 'PRIORITY',
      maxWaitSeconds: 300,
      maxQueueLength: 50,
      overflowAction: 'SKILL_GROUP',
      overflowSkillGroupId: 'b',
      isPostCallSurveyEnabled: false,
      isRecordingEnabled: true,
    })
    expect(routingInput({ ...before, overflowAction: 'MESSAGE_HANGUP' }, before)).toMatchObject({
      overflowAction: 'MESSAGE_HANGUP',
      overflowSkillGroupId: null,
    })
  })

  it('A3/A11: callers overflow only to another skill group of the same organisation', () => {
    const groups = [skillGroup('self'), skillGroup('other'), skillGroup('sales', 'TELESALES')]
    expect(overflowTargets(groups, groups[0]!, 'INBOUND').map((group) => group.id)).toEqual(['other'])
    expect(overflowTargets(groups, null, 'TELESALES').map((group) => group.id)).toEqual(['sales'])
  })
})
