// Puts a failed request's field problems next to the form fields and everything else in a message, worded
// by the codes the API shares with the consoles (../problems.ts): the API's English never reaches people.
import { ElMessage } from 'element-plus'
import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import { GraphQLRequestError } from '../graphql/client'

/**
 * Words a problem code with its values (`params`, also as the JSONObject a GraphQL field gives); a code
 * this console does not know yet gets a general line.
 */
export function useProblemText() {
  const { t, te } = useI18n()
  return (problem: { code?: string | null; params?: unknown }): string => {
    const params = typeof problem.params === 'object' && problem.params !== null ? problem.params : {}
    return problem.code && te(`problems.${problem.code}`)
      ? t(`problems.${problem.code}`, { ...params })
      : t('problems.INVALID_VALUE')
  }
}

export function useServerErrors<Field extends string>(fields: readonly Field[]) {
  const { t, te } = useI18n()
  const problemText = useProblemText()
  const fieldErrors = reactive<Partial<Record<string, string>>>({})

  function isFormField(field: string | undefined): field is Field {
    return fields.includes(field as Field)
  }

  function describe(error: GraphQLRequestError): string {
    // Rate limits name the wait; a reason without its own minutes (an older server's) takes them from here.
    const minutes = Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60))
    if (error.reason && te(`problems.${error.reason}`))
      return t(`problems.${error.reason}`, { minutes, ...error.params })
    if (error.problems.length > 0) return error.problems.map(problemText).join(t('listSeparator'))
    return t(te(`errors.${error.code}`) ? `errors.${error.code}` : 'errors.REFUSED', { minutes })
  }

  function clear(): void {
    for (const field of Object.keys(fieldErrors)) delete fieldErrors[field]
  }

  /**
   * `overrides` words a category or reason for this form, e.g. UNAUTHENTICATED at sign-in means a wrong
   * password.
   */
  function report(error: unknown, overrides: Partial<Record<string, string>> = {}): void {
    if (!(error instanceof GraphQLRequestError)) {
      console.error(error)
      ElMessage.error(t('errors.INTERNAL_SERVER_ERROR'))
      return
    }
    const override = (error.reason && overrides[error.reason]) || overrides[error.code]
    if (override) {
      ElMessage.error(override)
      return
    }
    const unplaced = error.problems.filter((problem) => {
      if (!isFormField(problem.field)) return true
      fieldErrors[problem.field] = problemText(problem)
      return false
    })
    // A refusal about one of the form's fields (a name already taken) is shown at that field.
    if (error.reason && isFormField(error.field)) {
      fieldErrors[error.field] = describe(error)
      return
    }
    if (error.problems.length > 0 && unplaced.length === 0) return
    ElMessage.error(
      unplaced.length > 0 ? unplaced.map(problemText).join(t('listSeparator')) : describe(error),
    )
  }

  return { fieldErrors, clear, report, describe }
}
