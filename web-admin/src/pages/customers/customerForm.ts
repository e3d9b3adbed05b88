// The customer list's search box as the API's filter, and custom field values as the list and the drawer
// show and send them.
import type { CustomFieldRow } from '../../graphql/customers'
import type { CustomerFilter, Organization } from '../../graphql/generated/graphql'
import { labelOf } from '../custom-fields/labels'

/** Digits (with spaces, dashes or a +) search numbers by their last digits; anything else searches names. */
export function customerFilterOf(search: string, organization: Organization | null): CustomerFilter {
  const text = search.trim()
  const filter: CustomerFilter = {}
  if (/^\+?[\d\s-]+$/.test(text)) filter.numberEndsWith = text
  else if (text) filter.name = text
  if (organization) filter.organization = organization
  return filter
}

/** A customer's `customFields` (a JSON object) as values by key. */
export function valuesOf(customFields: unknown): Record<string, unknown> {
  return typeof customFields === 'object' && customFields !== null
    ? (customFields as Record<string, unknown>)
    : {}
}

/** A stored value as a cell shows it: choices by their label in the console's language. */
export function displayValue(field: CustomFieldRow, customFields: unknown, locale: string): string {
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

/** What the drawer's inputs hold for each field: text, a number, a date string or choices. */
export type FieldInput = string | number | string[] | null

export function fieldInputsOf(
  fields: readonly CustomFieldRow[],
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
  fields: readonly CustomFieldRow[],
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
