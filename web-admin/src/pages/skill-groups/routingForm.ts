// The routing part of the skill group drawer: what it starts from, what it sends, which targets it offers.
import type {
  OverflowAction,
  RoutingStrategy,
  UpdateSkillGroupRoutingInput,
} from '../../graphql/generated/graphql'
import type { SkillGroupRow } from '../../graphql/groups'

export const STRATEGIES: readonly RoutingStrategy[] = [
  'LONGEST_IDLE',
  'ROUND_ROBIN',
  'FEWEST_CALLS',
  'PRIORITY',
]
export const OVERFLOW_ACTIONS: readonly OverflowAction[] = ['MESSAGE_HANGUP', 'SKILL_GROUP']

export interface RoutingForm {
  strategy: RoutingStrategy
  maxWaitSeconds: number
  maxQueueLength: number
  overflowAction: OverflowAction
  overflowSkillGroupId: string | null
  isPostCallSurveyEnabled: boolean
  isRecordingEnabled: boolean
}

/** What the API gives a new skill group (the skill_group column defaults). */
const NEW_SKILL_GROUP: RoutingForm = {
  strategy: 'LONGEST_IDLE',
  maxWaitSeconds: 300,
  maxQueueLength: 50,
  overflowAction: 'MESSAGE_HANGUP',
  overflowSkillGroupId: null,
  isPostCallSurveyEnabled: false,
  isRecordingEnabled: true,
}

export function routingOf(skillGroup: SkillGroupRow | null): RoutingForm {
  if (!skillGroup) return { ...NEW_SKILL_GROUP }
  const { strategy, maxWaitSeconds, maxQueueLength, overflowAction, overflowSkillGroupId } = skillGroup
  return {
    strategy,
    maxWaitSeconds,
    maxQueueLength,
    overflowAction,
    overflowSkillGroupId,
    isPostCallSurveyEnabled: skillGroup.isPostCallSurveyEnabled,
    isRecordingEnabled: skillGroup.isRecordingEnabled,
  }
}

/** The input to send, or null when nothing changed (an unchanged save then writes no audit entry). */
export function routingInput(form: RoutingForm, before: RoutingForm): UpdateSkillGroupRoutingInput | null {
  const input: UpdateSkillGroupRoutingInput = {
    ...form,
    overflowSkillGroupId: form.overflowAction === 'SKILL_GROUP' ? form.overflowSkillGroupId : null,
  }
  const isChanged = (Object.keys(input) as (keyof RoutingForm)[]).some((key) => input[key] !== before[key])
  return isChanged ? input : null
}

/** Callers may overflow to another skill group of the same organisation only. */
export function overflowTargets<Option extends { id: string; organization: string }>(
  skillGroups: readonly Option[],
  self: { id: string } | null,
  organization: string | null,
): Option[] {
  return skillGroups.filter((group) => group.id !== self?.id && group.organization === organization)
}
