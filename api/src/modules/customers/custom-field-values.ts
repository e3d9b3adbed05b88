// Tenant-defined fields (G4, A13) and the one validator their stored JSONB values pass on every write: pure,
// so the services, the definition-change check and the tests all run the same rules.
import { z } from 'zod'
import type { FieldProblem } from '../../common/errors.js'
import { phoneNumberSchema } from '../organization/phone.js'

/** The kinds of records that carry custom fields. */
export enum CustomFieldEntity {
  CUSTOMER = 'CUSTOMER',
  SERVICE_SUMMARY = 'SERVICE_SUMMARY',
  OUTBOUND_TASK = 'OUTBOUND_TASK',
}

export enum CustomFieldType {
  TEXT = 'TEXT',
  LONG_TEXT = 'LONG_TEXT',
  NUMBER = 'NUMBER',
  DATE = 'DATE',
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
}

export const CHOICE_TYPES: ReadonlySet<CustomFieldType> = new Set([
  CustomFieldType.SINGLE_CHOICE,
  CustomFieldType.MULTIPLE_CHOICE,
])

export const MAX_TEXT_LENGTH = 500
export const MAX_LONG_TEXT_LENGTH = 5000

/** A stored value: text (also dates, phones, emails, a single choice), a number, or several choices. */
export type CustomFieldValue = string | number | string[]
export type CustomFieldValues = Record<string, CustomFieldValue>

/** What the validator needs of a definition. */
export interface FieldRules {
  key: string
  type: CustomFieldType
  isRequired: boolean
  options: readonly { value: string }[]
}

/** A field problem before it knows its path. */
type ValueProblem = FieldProblem extends infer Each
  ? Each extends FieldProblem
    ? Omit<Each, 'field'>
    : never
  : never

type Checked = { value: CustomFieldValue | undefined } | { problem: ValueProblem }

const emailSchema = z.email()
const NO_OPTIONS: ReadonlySet<string> = new Set()
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether `text` is YYYY-MM-DD naming a day that exists (no 30 February). */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined
}

/**
 * One value against its field: the normalised value (trimmed text, a phone in E.164, choices without
 * repeats), `undefined` when empty, or why it is refused. Empty text and empty lists count as no value.
 */
export function checkFieldValue(field: FieldRules, raw: unknown, defaultRegion: string): Checked {
  const missing = (): Checked =>
    field.isRequired ? { problem: { code: 'REQUIRED', message: 'is required' } } : { value: undefined }
  if (raw === null || raw === undefined) return missing()
  // Only choices need the set; building it for every value cost bulk imports (A13) a set per cell.
  const allowed: ReadonlySet<string> = CHOICE_TYPES.has(field.type)
    ? new Set(field.options.map((option) => option.value))
    : NO_OPTIONS
  switch (field.type) {
    case CustomFieldType.NUMBER:
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        return { problem: { code: 'NOT_A_NUMBER', message: 'must be a number' } }
      return { value: raw }
    case CustomFieldType.MULTIPLE_CHOICE: {
      if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string'))
        return { problem: { code: 'NOT_A_LIST', message: 'must be a list of option values' } }
      const chosen = [...new Set(raw as string[])]
      if (chosen.some((value) => !allowed.has(value)))
        return { problem: { code: 'INVALID_CHOICE', message: 'is not one of the options' } }
      return chosen.length ? { value: chosen } : missing()
    }
    default: {
      const value = text(raw)
      if (value === undefined) return { problem: { code: 'NOT_TEXT', message: 'must be text' } }
      if (!value) return missing()
      return checkText(field, value, allowed, defaultRegion)
    }
  }
}

function checkText(
  field: FieldRules,
  value: string,
  allowed: ReadonlySet<string>,
  defaultRegion: string,
): Checked {
  switch (field.type) {
    case CustomFieldType.TEXT:
    case CustomFieldType.LONG_TEXT: {
      const maximum = field.type === CustomFieldType.TEXT ? MAX_TEXT_LENGTH : MAX_LONG_TEXT_LENGTH
      if (value.length > maximum)
        return {
          problem: {
            code: 'TOO_LONG',
            params: { maximum },
            message: `must be at most ${maximum} characters`,
          },
        }
      return { value }
    }
    case CustomFieldType.DATE:
      return isRealDate(value)
        ? { value }
        : { problem: { code: 'INVALID_DATE', message: 'must be a real date YYYY-MM-DD' } }
    case CustomFieldType.SINGLE_CHOICE:
      return allowed.has(value)
        ? { value }
        : { problem: { code: 'INVALID_CHOICE', message: 'is not one of the options' } }
    case CustomFieldType.PHONE: {
      const parsed = phoneNumberSchema(defaultRegion).safeParse(value)
      return parsed.success
        ? { value: parsed.data }
        : { problem: { code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' } }
    }
    case CustomFieldType.EMAIL:
      return emailSchema.safeParse(value).success
        ? { value: value.toLowerCase() }
        : { problem: { code: 'INVALID_EMAIL', message: 'is not a valid email address' } }
    default:
      return { problem: { code: 'INVALID_VALUE', message: 'is not acceptable' } }
  }
}

/**
 * A record's whole set of values against the fields of its kind: every problem at once, each at
 * `<path>.<key>`, and the normalised values (empty ones left out) when there is none. Keys without a
 * field are refused, so a value never outlives its definition unnoticed.
 */
export function validateCustomFieldValues(
  fields: readonly FieldRules[],
  values: unknown,
  options: { defaultRegion: string; path?: string },
): { values: CustomFieldValues; problems: FieldProblem[] } {
  const path = options.path ?? 'customFields'
  if (values === null || values === undefined) values = {}
  if (typeof values !== 'object' || Array.isArray(values))
    return {
      values: {},
      problems: [{ field: path, code: 'INVALID_VALUE', message: 'must be an object of field keys' }],
    }
  const input = values as Record<string, unknown>
  const byKey = new Map(fields.map((field) => [field.key, field]))
  const problems: FieldProblem[] = []
  for (const key of Object.keys(input))
    if (!byKey.has(key))
      problems.push({
        field: `${path}.${key}`,
        code: 'UNKNOWN_CUSTOM_FIELD',
        message: 'is not a custom field',
      })
  const normalised: CustomFieldValues = {}
  for (const field of fields) {
    const checked = checkFieldValue(field, input[field.key], options.defaultRegion)
    if ('problem' in checked) problems.push({ field: `${path}.${field.key}`, ...checked.problem })
    else if (checked.value !== undefined) normalised[field.key] = checked.value
  }
  return { values: problems.length ? {} : normalised, problems }
}

/** A patch over stored values: given keys replace, `null` clears, the rest stay. */
export function applyPatch(stored: CustomFieldValues, patch: unknown): unknown {
  if (patch === null || patch === undefined) return stored
  if (typeof patch !== 'object' || Array.isArray(patch)) return patch
  const merged: Record<string, unknown> = { ...stored }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key]
    else merged[key] = value
  }
  return merged
}
