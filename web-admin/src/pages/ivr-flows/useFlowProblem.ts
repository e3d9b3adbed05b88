// The API's reasons for refusing a flow's field, in the console's language; reasons not listed here (rare
// ones, or with details only the server knows) are shown as the API words them.
import { useI18n } from 'vue-i18n'
import type { MenuProblem } from './flowTree'

const problemKeys: Record<string, string> = {
  'choose what pressing this key does': 'ivrFlows.problems.chooseAction',
  'choose the prompt this menu plays': 'ivrFlows.problems.choosePrompt',
  'choose a skill group': 'ivrFlows.problems.chooseSkillGroup',
  'choose an agent': 'ivrFlows.problems.chooseAgent',
  'choose an outside number': 'ivrFlows.problems.chooseNumber',
  'choose a prompt to play': 'ivrFlows.problems.choosePlayPrompt',
  'add at least one key callers can press': 'ivrFlows.problems.addKey',
  'the first menu has no level above it': 'ivrFlows.problems.upFromRoot',
  'no such skill group (deleted, or not your company’s or organisation’s)': 'ivrFlows.problems.noSkillGroup',
  'no such active agent (deleted, disabled, or not your company’s or organisation’s)':
    'ivrFlows.problems.noAgent',
  'is not an approved voice prompt (pending review, rejected, deleted, or not your company’s)':
    'ivrFlows.problems.notApproved',
  'is required': 'problems.required',
}

/** The problems of one field as one line; undefined when there are none. */
export function useFlowProblem() {
  const { t } = useI18n()
  return (problems: readonly Pick<MenuProblem, 'message'>[]): string | undefined => {
    if (!problems.length) return undefined
    return problems
      .map(({ message }) => {
        const key = problemKeys[message]
        return key ? t(key) : message
      })
      .join('; ')
  }
}
