// vue-i18n for both SPAs: zh-CN first, English second, the choice kept in localStorage.
import { computed } from 'vue'
import { createI18n, useI18n } from 'vue-i18n'
import elementEn from 'element-plus/es/locale/lang/en'
import elementZhCn from 'element-plus/es/locale/lang/zh-cn'
import { commonMessages } from './messages'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh-CN'

const STORAGE_KEY = 'cc.locale'

const elementLocales = { 'zh-CN': elementZhCn, en: elementEn }

function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale)
}

function savedLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY)
  return isLocale(saved) ? saved : DEFAULT_LOCALE
}

type Messages = Record<Locale, Record<string, unknown>>

/** Each SPA adds its own namespaces (nav, areas, workstation…) to the shared ones. */
export function createAppI18n(appMessages: Messages) {
  const locale = savedLocale()
  document.documentElement.lang = locale
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: DEFAULT_LOCALE,
    messages: {
      'zh-CN': { ...commonMessages['zh-CN'], ...appMessages['zh-CN'] },
      en: { ...commonMessages.en, ...appMessages.en },
    },
  })
}

export function useLocale() {
  const { locale } = useI18n({ useScope: 'global' })
  return {
    locale: computed(() => (isLocale(locale.value) ? locale.value : DEFAULT_LOCALE)),
    elementLocale: computed(() => elementLocales[isLocale(locale.value) ? locale.value : DEFAULT_LOCALE]),
    setLocale(next: Locale): void {
      locale.value = next
      localStorage.setItem(STORAGE_KEY, next)
      document.documentElement.lang = next
    },
  }
}
