// Times as PRODUCT.md wants them: in the tenant's time zone and the chosen language.
import { useLocale } from '../i18n'
import { useTenantStore } from '../stores/tenant'

export function useFormat() {
  const { locale } = useLocale()
  const tenantStore = useTenantStore()

  function format(iso: string | null | undefined, options: Intl.DateTimeFormatOptions): string {
    if (!iso) return '—'
    return new Intl.DateTimeFormat(locale.value, {
      ...options,
      timeZone: tenantStore.tenant?.timeZone,
    }).format(new Date(iso))
  }

  /** Date and minute, for lists. */
  const dateTime = (iso: string | null | undefined) =>
    format(iso, { dateStyle: 'medium', timeStyle: 'short' })
  /** Time to the second, for what happened within one call. */
  const time = (iso: string | null | undefined) => format(iso, { timeStyle: 'medium' })

  return { dateTime, time }
}
