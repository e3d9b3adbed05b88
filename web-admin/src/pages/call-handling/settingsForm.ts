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
  'surveyScale',
  'surveyLabels',
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
  surveyScale: [2, 9],
  appealWindowDays: [1, 365],
} as const satisfies Partial<Record<SettingsField, readonly [number, number]>>

/** A survey label's length in each language (settings.service.ts). */
export const MAX_SURVEY_LABEL_LENGTH = 20

export type SurveyLabel = SettingsValues['surveyLabels'][number]
export const SURVEY_LANGUAGES = ['zh', 'en'] as const

/**
 * The labels for a new scale: the ones already written stay on their scores, scores above the old scale
 * get empty labels to fill in, and those above the new scale go.
 */
export function resizeLabels(labels: readonly SurveyLabel[], scale: number): SurveyLabel[] {
  return Array.from({ length: scale }, (_, index) => ({ ...(labels[index] ?? { zh: '', en: '' }) }))
}

/** The form's field of one label's text, as the API names it in a refusal (surveyLabels.0.zh). */
export const labelField = (index: number, language: (typeof SURVEY_LANGUAGES)[number]) =>
  `surveyLabels.${index}.${language}`

/** Every label text left blank, by its field: the survey cannot be saved with one. */
export function blankLabelFields(labels: readonly SurveyLabel[]): string[] {
  return labels.flatMap((label, index) =>
    SURVEY_LANGUAGES.filter((language) => !label[language].trim()).map((language) =>
      labelField(index, language),
    ),
  )
}

export const CALLBACK_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '*', '#'] as const

/** The form's copy of the saved settings, without the save time; the labels are copies to edit. */
export function toFormValues(settings: AcdSettingsForm): SettingsValues {
  const values = Object.fromEntries(
    SETTINGS_FIELDS.map((field) => [field, settings[field]]),
  ) as SettingsValues
  return { ...values, surveyLabels: resizeLabels(settings.surveyLabels, settings.surveyScale) }
}

/** Everything, so the saved settings are what the admin sees; an empty caller ID removes it. */
export function toSettingsInput(values: SettingsValues): UpdateAcdSettingsInput {
  return {
    ...values,
    outboundCallerId: values.outboundCallerId?.trim() || null,
    // Only the label texts: the form's objects may carry the GraphQL type name.
    surveyLabels: values.surveyLabels.map(({ zh, en }) => ({ zh, en })),
  }
}

export function isChanged(values: SettingsValues, saved: SettingsValues): boolean {
  return SETTINGS_FIELDS.some((field) =>
    field === 'surveyLabels'
      ? JSON.stringify(toSettingsInput(values).surveyLabels) !==
        JSON.stringify(toSettingsInput(saved).surveyLabels)
      : values[field] !== saved[field],
  )
}
