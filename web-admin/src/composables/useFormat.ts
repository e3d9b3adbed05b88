// Times as PRODUCT.md wants them: in the tenant's time zone and the chosen language.
import { useLocale, useTenantStore } from '@cc/web-common'

export function useFormat() {
  const { locale } = useLocale()
  const tenantStore = useTenantStore()

  function dateTime(iso: string | null | undefined): string {
    if (!iso) return '—'
    return new Intl.DateTimeFormat(locale.value, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: tenantStore.tenant?.timeZone,
    }).format(new Date(iso))
  }

  return { dateTime }
}
