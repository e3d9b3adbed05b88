// A5: a survey label (the company's word for a score, kept with each answer) in the page's language.
import { useLocale } from '../i18n'

export interface SurveyLabelText {
  zh: string
  en: string
}

export function useSurveyLabel() {
  const { locale } = useLocale()
  return (label: SurveyLabelText | null | undefined): string | null =>
    label ? label[locale.value === 'en' ? 'en' : 'zh'] : null
}
