// What each row of a bulk import (A13) becomes before the database sees it: the number in E.164 and the
// custom fields checked by the validator of single writes, or the first column refused and why, encoded as
// a line of COPY text. Pure and made of plain data, so it runs in the import's worker thread.
import type { FieldProblem } from '../../common/errors.js'
import { checkFieldValue, CustomFieldType, type FieldRules } from '../customers/custom-field-values.js'
import { toE164 } from '../organization/phone.js'
import type { ImportRow } from './import-file.js'

/** Which columns of the file hold what, and the rules their cells must pass: structured-clonable. */
export interface StagingPlan {
  phone: { column: string; index: number }
  /** The tenant's region, national numbers are read as of. */
  homeRegion: string
  fields: { rules: FieldRules; column: string; index: number }[]
  /** The do-not-call reason's column, if mapped. */
  reasonIndex: number | null
}

/** What one file row becomes in the staging table: its values, or the first column refused and why. */
export type StagedRow =
  | { line: number; phoneNumber: string; customFields: Record<string, unknown>; reason: string }
  | { line: number; column: string; code: FieldProblem['code'] }

/** A cell as the value its field type expects: numbers as numbers, several choices as a list. */
function cellValue(type: CustomFieldType, cell: string): unknown {
  if (cell === '') return undefined
  if (type === CustomFieldType.NUMBER) {
    const number = Number(cell.replace(/,/g, ''))
    return Number.isFinite(number) ? number : cell
  }
  if (type === CustomFieldType.MULTIPLE_CHOICE)
    return cell
      .split(/[;|、,，]/)
      .map((part) => part.trim())
      .filter(Boolean)
  return cell
}

export function stageRow(plan: StagingPlan, row: ImportRow): StagedRow {
  const phoneNumber = toE164(row.cells[plan.phone.index] ?? '', plan.homeRegion)
  if (phoneNumber === null) return { line: row.line, column: plan.phone.column, code: 'INVALID_PHONE_NUMBER' }
  const customFields: Record<string, unknown> = {}
  for (const { rules, column, index } of plan.fields) {
    const checked = checkFieldValue(rules, cellValue(rules.type, row.cells[index] ?? ''), plan.homeRegion)
    if ('problem' in checked) return { line: row.line, column, code: checked.problem.code }
    if (checked.value !== undefined) customFields[rules.key] = checked.value
  }
  const reason = plan.reasonIndex === null ? '' : (row.cells[plan.reasonIndex] ?? '').slice(0, 500)
  return { line: row.line, phoneNumber, customFields, reason }
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }
const NEEDS_ESCAPE = /[\\\t\n\r]/
const NEEDS_ESCAPE_ALL = /[\\\t\n\r]/g

/** One field of COPY's text format: backslash, tab and line breaks escaped; null is `\N`. */
function copyField(value: string | null): string {
  if (value === null) return '\\N'
  return NEEDS_ESCAPE.test(value) ? value.replace(NEEDS_ESCAPE_ALL, (char) => COPY_ESCAPES[char]!) : value
}

/** The row as a line of `import_stage` (store: stageRows): row, number, fields, reason, column, code. */
export function stagedLine(row: StagedRow): string {
  if ('code' in row) return `${row.line}\t\\N\t\\N\t\\N\t${copyField(row.column)}\t${copyField(row.code)}\n`
  return `${row.line}\t${copyField(row.phoneNumber)}\t${copyField(JSON.stringify(row.customFields))}\t${copyField(row.reason)}\t\\N\t\\N\n`
}
