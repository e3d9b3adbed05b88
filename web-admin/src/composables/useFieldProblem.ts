// The API's reasons for refusing a field that the forms' own checks cannot catch, in the console's language;
// any other reason is shown as the API words it.
import { useI18n } from 'vue-i18n'

const problemKeys: Record<string, string> = {
  'is not a valid phone number': 'fieldProblems.invalidPhoneNumber',
  'is not an ISO 3166 region code with phone numbers, e.g. CN': 'fieldProblems.unknownRegion',
}

export function useFieldProblem() {
  const { t } = useI18n()
  return (message: string | undefined): string | undefined => {
    const key = message === undefined ? undefined : problemKeys[message]
    return key ? t(key) : message
  }
}
