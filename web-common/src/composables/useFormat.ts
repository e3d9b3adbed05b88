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

/** 0:42, 12:05, 1:02:09; a dash when there is nothing to count. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—'
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = String(seconds % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`
}
