// The call handling form: its fields and what it sends. The home region is edited on the company page.
import type { AcdSettingsForm } from '../../graphql/acd'
import type { UpdateAcdSettingsInput } from '../../graphql/generated/graphql'

export type SettingsValues = Omit<AcdSettingsForm, 'updatedAt' | 'homeRegion'>
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
  'outboundRecordingEnabled',
  'recordingRetentionDays',
  'isRecordingStereo',
  'appealWindowDays',
  'outboundSurveyEnabled',
  'requireSummaryBeforeReady',
  'outboundCallerId',
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
  recordingRetentionDays: [1, 3650],
  appealWindowDays: [1, 365],
} as const satisfies Partial<Record<SettingsField, readonly [number, number]>>

export const CALLBACK_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const

/** The form's copy of the saved settings, without the save time. */
export function toFormValues(settings: AcdSettingsForm): SettingsValues {
  return Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, settings[field]])) as SettingsValues
}

/** Everything, so the saved settings are what the admin sees; an empty caller ID removes it. */
export function toSettingsInput(values: SettingsValues): UpdateAcdSettingsInput {
  return { ...values, outboundCallerId: values.outboundCallerId?.trim() || null }
}

export function isChanged(values: SettingsValues, saved: SettingsValues): boolean {
  return SETTINGS_FIELDS.some((field) => values[field] !== saved[field])
}
