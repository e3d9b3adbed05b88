// The call handling form: its fields, what it sends, and the regions the home-region select offers.
import type { AcdSettingsForm } from '../../graphql/acd'
import type { UpdateAcdSettingsInput } from '../../graphql/generated/graphql'

export type SettingsValues = Omit<AcdSettingsForm, 'updatedAt'>
export type SettingsField = keyof SettingsValues

export const SETTINGS_FIELDS = [
  'afterCallWorkSeconds',
  'ringTimeoutSeconds',
  'maxMissedOffers',
  'heartbeatTimeoutSeconds',
  'announcePosition',
  'announceIntervalSeconds',
  'callbackEnabled',
  'callbackKey',
  'recordingEnabled',
  'outboundCallerId',
  'homeRegion',
  'allowInternational',
  'allowPremiumRate',
  'maxConcurrentOutbound',
  'maxOutboundPerSecond',
] as const satisfies readonly SettingsField[]

/** The ranges the API accepts (settings.service.ts), so the inputs cannot leave them. */
export const LIMITS = {
  afterCallWorkSeconds: [0, 3600],
  ringTimeoutSeconds: [5, 120],
  maxMissedOffers: [1, 20],
  heartbeatTimeoutSeconds: [10, 600],
  announceIntervalSeconds: [10, 600],
  maxConcurrentOutbound: [0, 10000],
  maxOutboundPerSecond: [0, 1000],
} as const satisfies Partial<Record<SettingsField, readonly [number, number]>>

export const CALLBACK_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const

/** The form's copy of the saved settings, without the save time. */
export function toFormValues(settings: AcdSettingsForm): SettingsValues {
  return Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, settings[field]])) as SettingsValues
}

/** Everything, so the saved settings are what the admin sees; an empty caller ID removes it. */
export function toSettingsInput(values: SettingsValues): UpdateAcdSettingsInput {
  return {
    ...values,
    outboundCallerId: values.outboundCallerId?.trim() || null,
    homeRegion: values.homeRegion.trim().toUpperCase(),
  }
}

export function isChanged(values: SettingsValues, saved: SettingsValues): boolean {
  return SETTINGS_FIELDS.some((field) => values[field] !== saved[field])
}

/**
 * Codes the browser knows a name for but that are no country with phone numbers: groupings (EU, UN),
 * private-use codes, and withdrawn ones (the Soviet Union, Yugoslavia…). The API has the final word.
 */
const NOT_DIALLABLE = new Set(
  'AN AQ BU BV CP CQ CS DD DG DY EA EU EZ FX GS HM HV IC NH PN QO RH SU TF TP UK UM UN VD XA XB YD YU ZR ZZ'.split(
    ' ',
  ),
)

export interface RegionOption {
  code: string
  label: string
}

/** ISO 3166 regions with phone numbers, named in `locale` and sorted by that name. */
export function regionOptions(locale: string): RegionOption[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
  const options: RegionOption[] = []
  for (const first of letters)
    for (const second of letters) {
      const code = first + second
      const name = NOT_DIALLABLE.has(code) ? undefined : names.of(code)
      if (name && name !== code) options.push({ code, label: `${name} (${code})` })
    }
  return options.sort((a, b) => a.label.localeCompare(b.label, locale))
}
