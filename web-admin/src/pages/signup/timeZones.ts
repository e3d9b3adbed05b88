// Time zone choices for signup: every IANA zone the browser knows, labelled with its current UTC offset.
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai'

export interface TimeZoneOption {
  value: string
  label: string
}

function utcOffset(timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at)
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT'
  return name === 'GMT' ? 'UTC+00:00' : name.replace('GMT', 'UTC')
}

export function timeZoneOptions(at = new Date()): TimeZoneOption[] {
  const zones = Intl.supportedValuesOf('timeZone')
  // Some engines list only canonical names and leave out the default's alias.
  if (!zones.includes(DEFAULT_TIME_ZONE)) zones.unshift(DEFAULT_TIME_ZONE)
  return zones.map((zone) => ({ value: zone, label: `${zone} (${utcOffset(zone, at)})` }))
}
