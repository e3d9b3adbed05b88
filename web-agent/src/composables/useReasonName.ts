import { useI18n } from 'vue-i18n'

/** A not-ready reason's name: built-in ones in the page's language, the company's own as named. */
export function useReasonName() {
  const { t, te } = useI18n()
  return (reason: { code?: string | null; name: string } | undefined): string => {
    if (!reason) return ''
    const key = `phoneBar.reasons.${reason.code ?? ''}`
    return reason.code && te(key) ? t(key) : reason.name
  }
}
