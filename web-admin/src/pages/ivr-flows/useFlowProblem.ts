// The API's problems with one field of a flow, worded by their codes in the console's language.
import { useProblemText } from '@cc/web-common'
import { useI18n } from 'vue-i18n'
import type { MenuProblem } from './flowTree'

/** The problems of one field as one line; undefined when there are none. */
export function useFlowProblem() {
  const { t } = useI18n()
  const problemText = useProblemText()
  return (problems: readonly Pick<MenuProblem, 'code' | 'params'>[]): string | undefined =>
    problems.length ? problems.map(problemText).join(t('listSeparator')) : undefined
}
