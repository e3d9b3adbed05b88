// Custom field values (G4, A13) as forms show and send them, shared by the admin console's customers and
// the workstation's service summary: the API checks each value against its field on every write.

/** What the forms need of a field definition (both SPAs' generated fragments have it). */
export interface CustomFieldShape {
  key: string
  type: string
  isRequired: boolean
  isHidden: boolean
  labelZh: string
  labelEn: string
  options: readonly { value: string; labelZh: string; labelEn: string }[]
}

/** A field's (or option's, or category's) label in the console's language: Chinese for zh-CN, English otherwise. */
export function labelOf(labelled: { labelZh: string; labelEn: string }, locale: string): string {
  return locale.startsWith('zh') ? labelled.labelZh : labelled.labelEn
}

/** A record's `customFields` (a JSON object) as values by key. */
export function valuesOf(customFields: unknown): Record<string, unknown> {
  return typeof customFields === 'object' && customFields !== null
    ? (customFields as Record<string, unknown>)
    : {}
}

/** A stored value as text: choices by their label in the console's language. */
export function displayValue(field: CustomFieldShape, customFields: unknown, locale: string): string {
  const value = valuesOf(customFields)[field.key]
  if (value === undefined || value === null) return ''
  const option = (chosen: unknown) => field.options.find((candidate) => candidate.value === chosen)
  if (field.type === 'SINGLE_CHOICE') {
    const chosen = option(value)
    return chosen ? labelOf(chosen, locale) : String(value)
  }
  if (field.type === 'MULTIPLE_CHOICE' && Array.isArray(value))
    return value.map((each) => (option(each) ? labelOf(option(each)!, locale) : String(each))).join(', ')
  return String(value)
}

/** What a form's inputs hold for each field: text, a number, a date string or choices. */
export type FieldInput = string | number | string[] | null

export function fieldInputsOf(
  fields: readonly CustomFieldShape[],
  values: Record<string, unknown>,
): Record<string, FieldInput> {
  return Object.fromEntries(
    fields.map((field) => {
      const value = values[field.key]
      if (field.type === 'MULTIPLE_CHOICE') return [field.key, Array.isArray(value) ? [...value] : []]
      if (field.type === 'NUMBER') return [field.key, typeof value === 'number' ? value : null]
      return [field.key, typeof value === 'string' ? value : '']
    }),
  )
}

/** Every field's value for the API: empty text, no number and no choice are sent as null (cleared). */
export function customFieldsOf(
  fields: readonly CustomFieldShape[],
  inputs: Record<string, FieldInput>,
): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((field) => {
      const input = inputs[field.key]
      if (Array.isArray(input)) return [field.key, input.length ? input : null]
      if (typeof input === 'string') return [field.key, input.trim() || null]
      return [field.key, input ?? null]
    }),
  )
}
