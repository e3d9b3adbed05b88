// The setup checklist of a new company, in the order each step depends on the one before: what is done,
// and which step comes next.
import type { SetupProgress } from '../../graphql/dashboard'

export const SETUP_STEPS = ['skillGroup', 'number', 'route', 'agents', 'answering'] as const
export type SetupStepName = (typeof SETUP_STEPS)[number]

export interface SetupStep {
  name: SetupStepName
  isDone: boolean
  /** The first step not done; at most one step is next. */
  isNext: boolean
}

export interface SetupFacts {
  progress: SetupProgress
  /** Agents signed in to the workstation now (any status but OFFLINE). */
  agentsOnline: number
}

function isStepDone(name: SetupStepName, { progress, agentsOnline }: SetupFacts): boolean {
  switch (name) {
    case 'skillGroup':
      return progress.skillGroups.totalCount > 0
    case 'number':
      return progress.phoneNumbers.totalCount > 0
    case 'route':
      return progress.phoneNumbers.items.some((number) => number.skillGroupId || number.scheduleId)
    case 'agents':
      return progress.skillGroups.items.some((group) => group.members.length > 0)
    case 'answering':
      return agentsOnline > 0
  }
}

export function setupSteps(facts: SetupFacts): SetupStep[] {
  const done = SETUP_STEPS.map((name) => isStepDone(name, facts))
  const next = done.indexOf(false)
  return SETUP_STEPS.map((name, index) => ({ name, isDone: done[index]!, isNext: index === next }))
}
