// Form rules shared by signup and the password change, mirroring the API's password policy.
import type { FormItemRule } from 'element-plus'
import { useI18n } from 'vue-i18n'

const PASSWORD_MIN_LENGTH = 10

export function useFormRules() {
  const { t } = useI18n()

  /** Messages are functions, so rules built once follow a later language switch. */
  function required(labelKey: string): FormItemRule {
    return {
      required: true,
      whitespace: true,
      message: () => t('validation.required', { field: t(labelKey) }),
      trigger: 'blur',
    }
  }

  const email: FormItemRule = { type: 'email', message: () => t('validation.emailInvalid'), trigger: 'blur' }

  const password: FormItemRule = {
    trigger: 'blur',
    validator: (_rule, value: string, callback) => {
      if (value.length < PASSWORD_MIN_LENGTH) callback(new Error(t('validation.passwordTooShort')))
      else if (!/\p{L}/u.test(value) || !/\d/.test(value))
        callback(new Error(t('validation.passwordLettersAndDigits')))
      else callback()
    },
  }

  function sameAs(other: () => string): FormItemRule {
    return {
      trigger: 'blur',
      validator: (_rule, value: string, callback) =>
        value === other() ? callback() : callback(new Error(t('validation.passwordMismatch'))),
    }
  }

  return { required, email, password, sameAs }
}
