import { describe, expect, it } from 'vitest'
import {
  applyPatch,
  checkFieldValue,
  CustomFieldType,
  MAX_TEXT_LENGTH,
  validateCustomFieldValues,
  type FieldRules,
} from './custom-field-values.js'

const REGION = 'CN'
const field = (type: CustomFieldType, more: Partial<FieldRules> = {}): FieldRules => ({
  key: 'f',
  type,
  isRequired: false,
  options: [],
  ...more,
})
const check = (rules: FieldRules, value: unknown) => checkFieldValue(rules, value, REGION)
const codeOf = (rules: FieldRules, value: unknown) => {
  const checked = check(rules, value)
  return 'problem' in checked ? checked.problem.code : 'OK'
}
const colours = [{ value: 'red' }, { value: 'blue' }]

describe('G4: custom field values, one type at a time', () => {
  it('TEXT is trimmed text up to 500 characters', () => {
    expect(check(field(CustomFieldType.TEXT), '  VIP  ')).toEqual({ value: 'VIP' })
    expect(codeOf(field(CustomFieldType.TEXT), 42)).toBe('NOT_TEXT')
    expect(check(field(CustomFieldType.TEXT), 'x'.repeat(MAX_TEXT_LENGTH + 1))).toEqual({
      problem: { code: 'TOO_LONG', params: { maximum: MAX_TEXT_LENGTH }, message: expect.any(String) },
    })
  })

  it('LONG_TEXT takes up to 5000 characters', () => {
    expect(codeOf(field(CustomFieldType.LONG_TEXT), 'x'.repeat(2000))).toBe('OK')
    expect(codeOf(field(CustomFieldType.LONG_TEXT), 'x'.repeat(5001))).toBe('TOO_LONG')
  })

  it('NUMBER is a finite JSON number, not a numeric string', () => {
    expect(check(field(CustomFieldType.NUMBER), 3.5)).toEqual({ value: 3.5 })
    expect(check(field(CustomFieldType.NUMBER), 0)).toEqual({ value: 0 })
    expect(codeOf(field(CustomFieldType.NUMBER), '3')).toBe('NOT_A_NUMBER')
    expect(codeOf(field(CustomFieldType.NUMBER), Number.NaN)).toBe('NOT_A_NUMBER')
  })

  it('DATE is a real calendar date YYYY-MM-DD', () => {
    expect(check(field(CustomFieldType.DATE), '2024-02-29')).toEqual({ value: '2024-02-29' })
    expect(codeOf(field(CustomFieldType.DATE), '2023-02-29')).toBe('INVALID_DATE')
    expect(codeOf(field(CustomFieldType.DATE), '29/02/2024')).toBe('INVALID_DATE')
  })

  it('SINGLE_CHOICE is one of the options', () => {
    expect(check(field(CustomFieldType.SINGLE_CHOICE, { options: colours }), 'red')).toEqual({ value: 'red' })
    expect(codeOf(field(CustomFieldType.SINGLE_CHOICE, { options: colours }), 'green')).toBe('INVALID_CHOICE')
  })

  it('MULTIPLE_CHOICE is a list of options, repeats dropped; an empty list is no value', () => {
    const rules = field(CustomFieldType.MULTIPLE_CHOICE, { options: colours })
    expect(check(rules, ['blue', 'red', 'blue'])).toEqual({ value: ['blue', 'red'] })
    expect(check(rules, [])).toEqual({ value: undefined })
    expect(codeOf(rules, 'red')).toBe('NOT_A_LIST')
    expect(codeOf(rules, ['red', 'green'])).toBe('INVALID_CHOICE')
  })

  it('PHONE is stored in E.164, national numbers read in the company’s home region', () => {
    expect(check(field(CustomFieldType.PHONE), '138 0013 8000')).toEqual({ value: '+8613800138000' })
    expect(check(field(CustomFieldType.PHONE), '+1 415 555 2671')).toEqual({ value: '+14155552671' })
    expect(checkFieldValue(field(CustomFieldType.PHONE), '(415) 555-2671', 'US')).toEqual({
      value: '+14155552671',
    })
    expect(codeOf(field(CustomFieldType.PHONE), '12345')).toBe('INVALID_PHONE_NUMBER')
  })

  it('EMAIL is a valid address, in lower case', () => {
    expect(check(field(CustomFieldType.EMAIL), 'Li.Lei@Example.com')).toEqual({ value: 'li.lei@example.com' })
    expect(codeOf(field(CustomFieldType.EMAIL), 'li.lei@')).toBe('INVALID_EMAIL')
  })

  it('a required field refuses null, empty text and an empty list; an optional one takes them as no value', () => {
    for (const type of Object.values(CustomFieldType)) {
      const rules = field(type, { options: colours })
      const empty =
        type === CustomFieldType.MULTIPLE_CHOICE ? [] : type === CustomFieldType.NUMBER ? null : '  '
      expect({ type, optional: check(rules, empty) }).toEqual({ type, optional: { value: undefined } })
      expect({ type, required: codeOf({ ...rules, isRequired: true }, empty) }).toEqual({
        type,
        required: 'REQUIRED',
      })
      expect({ type, absent: codeOf({ ...rules, isRequired: true }, undefined) }).toEqual({
        type,
        absent: 'REQUIRED',
      })
    }
  })
})

describe('G4: a record’s custom field values as a whole', () => {
  const fields: FieldRules[] = [
    { key: 'level', type: CustomFieldType.SINGLE_CHOICE, isRequired: true, options: [{ value: 'VIP' }] },
    { key: 'age', type: CustomFieldType.NUMBER, isRequired: false, options: [] },
    { key: 'note', type: CustomFieldType.TEXT, isRequired: false, options: [] },
  ]

  it('normalises every value and leaves empty ones out', () => {
    expect(
      validateCustomFieldValues(fields, { level: 'VIP', age: 30, note: ' ' }, { defaultRegion: REGION }),
    ).toEqual({ values: { level: 'VIP', age: 30 }, problems: [] })
  })

  it('names every refused field by path and stable code, unknown keys included', () => {
    const result = validateCustomFieldValues(
      fields,
      { age: 'thirty', nickname: 'Lei' },
      { defaultRegion: REGION, path: 'input.customFields' },
    )
    expect(result.values).toEqual({})
    expect(result.problems.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'input.customFields.nickname', code: 'UNKNOWN_CUSTOM_FIELD' },
      { field: 'input.customFields.level', code: 'REQUIRED' },
      { field: 'input.customFields.age', code: 'NOT_A_NUMBER' },
    ])
  })

  it('refuses values that are not an object of keys', () => {
    expect(validateCustomFieldValues(fields, ['VIP'], { defaultRegion: REGION }).problems).toEqual([
      { field: 'customFields', code: 'INVALID_VALUE', message: expect.any(String) },
    ])
  })

  it('a patch replaces given keys, clears those given as null and keeps the rest', () => {
    expect(applyPatch({ level: 'VIP', age: 30 }, { age: null, note: 'x' })).toEqual({
      level: 'VIP',
      note: 'x',
    })
  })
})
