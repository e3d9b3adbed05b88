// Puts a failed request's field problems next to the form fields and everything else in a message.
import { ElMessage } from 'element-plus'
import { reactive } from 'vue'
import { useI18n } from 'vue-i18n'
import { GraphQLRequestError, type FieldProblem } from '../graphql/client'

/**
 * The API words field problems in English. The ones a form can still meet after its own checks are
 * translated; any other is shown as sent rather than hidden.
 */
const problemKeys: Record<string, string> = {
  'is required': 'problems.required',
  'is incorrect': 'problems.incorrect',
  'must differ from the current password': 'problems.samePassword',
  'must not contain your email name': 'problems.containsEmailName',
  'is too common; choose another': 'problems.tooCommon',
  'is not a known IANA time zone, e.g. Asia/Shanghai': 'problems.unknownTimeZone',
}

export function useServerErrors<Field extends string>(fields: readonly Field[]) {
  const { t, te } = useI18n()
  const fieldErrors = reactive<Partial<Record<string, string>>>({})

  function isFormField(field: string | undefined): field is Field {
    return fields.includes(field as Field)
  }

  function problemText({ message }: FieldProblem): string {
    const key = problemKeys[message]
    return key ? t(key) : message
  }

  function describe(error: GraphQLRequestError): string {
    if (error.code === 'RATE_LIMITED') {
      // The reason, when the server gives one we know, says what else the user can do (e.g. ask to unlock).
      const reasonKey = `errors.reasons.${error.reason}`
      return t(error.reason && te(reasonKey) ? reasonKey : 'errors.RATE_LIMITED', {
        minutes: Math.max(1, Math.ceil((error.retryAfterSeconds ?? 60) / 60)),
      })
    }
    // A conflict without its own wording (a skill group still in use…) names the details only the server
    // knows, so its message beats the generic "already exists".
    if (error.code === 'CONFLICT' && error.field) {
      return te(`errors.conflict.${error.field}`) ? t(`errors.conflict.${error.field}`) : error.message
    }
    return te(`errors.${error.code}`) ? t(`errors.${error.code}`) : error.message
  }

  function clear(): void {
    for (const field of Object.keys(fieldErrors)) delete fieldErrors[field]
  }

  /** `overrides` words a code for this form, e.g. UNAUTHENTICATED at sign-in means a wrong password. */
  function report(error: unknown, overrides: Partial<Record<string, string>> = {}): void {
    if (!(error instanceof GraphQLRequestError)) {
      console.error(error)
      ElMessage.error(t('errors.INTERNAL_SERVER_ERROR'))
      return
    }
    const override = overrides[error.code]
    if (override) {
      ElMessage.error(override)
      return
    }
    const unplaced = error.problems.filter((problem) => {
      if (!isFormField(problem.field)) return true
      fieldErrors[problem.field] = problemText(problem)
      return false
    })
    if (error.code === 'CONFLICT' && isFormField(error.field)) {
      fieldErrors[error.field] = describe(error)
      return
    }
    if (error.problems.length > 0 && unplaced.length === 0) return
    const details = unplaced.map((problem) => `${problem.field}: ${problemText(problem)}`)
    ElMessage.error(details.length > 0 ? details.join('; ') : describe(error))
  }

  return { fieldErrors, clear, report, describe }
}
