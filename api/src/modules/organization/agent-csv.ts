// Reads a bulk-add CSV (A2): checks that it is really CSV text, maps its header (English or Chinese) to
// agent fields and yields each row with its line number, so errors name row, column and reason.
import { parse } from 'csv-parse/sync'
import { ValidationError, type Problem } from '../../common/errors.js'

export const MAX_IMPORT_BYTES = 512 * 1024
export const MAX_IMPORT_ROWS = 500

export type AgentCsvField =
  'name' | 'email' | 'agentNumber' | 'role' | 'organization' | 'groups' | 'mobile' | 'answeringMode'

const headerAliases: Record<AgentCsvField, string[]> = {
  name: ['name', '姓名', '名称'],
  email: ['email', '邮箱', '登录邮箱', '电子邮箱'],
  agentNumber: ['agentnumber', 'agent number', 'agent_number', '工号'],
  role: ['role', '角色'],
  organization: ['organization', 'organisation', '组织', '业务类型'],
  groups: ['groups', 'group', '分组', '组'],
  mobile: ['mobile', '手机', '手机号', '手机号码'],
  answeringMode: ['answeringmode', 'answering mode', 'answering_mode', '接听方式'],
}

const requiredFields: AgentCsvField[] = ['name', 'email', 'role']

/** Chinese values of the enumerations, as an admin console export would write them. */
export const valueAliases: Partial<Record<AgentCsvField, Record<string, string>>> = {
  role: { 管理员: 'ADMIN', 组长: 'GROUP_LEADER', 坐席: 'AGENT', 客服: 'AGENT' },
  organization: { 呼入: 'INBOUND', 电销: 'TELESALES', 外呼: 'TELESALES' },
  answeringMode: { 手机: 'MOBILE', 软电话: 'SIP', sip: 'SIP' },
}

export interface AgentCsvRow {
  /** Line of the file the row starts on; the header is line 1. */
  line: number
  values: Partial<Record<AgentCsvField, string>>
}

export interface AgentCsv {
  /** The header text of each field, to name columns in errors as the file names them. */
  columns: Partial<Record<AgentCsvField, string>>
  rows: AgentCsvRow[]
}

function problem(found: Problem, message: string): ValidationError {
  return new ValidationError([{ field: 'csv', ...found, message }])
}

export function readAgentCsv(csv: string, fileName?: string | null): AgentCsv {
  if (fileName && !/\.(csv|txt)$/i.test(fileName))
    throw problem({ code: 'NOT_A_CSV_FILE' }, 'must be a .csv file')
  if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_BYTES)
    throw problem(
      { code: 'FILE_TOO_LARGE', params: { limit: `${MAX_IMPORT_BYTES / 1024} KB` } },
      `is larger than ${MAX_IMPORT_BYTES / 1024} KB; split the file`,
    )
  // A spreadsheet saved as .xlsx, or an image, arrives as bytes no CSV file contains.
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(csv))
    throw problem({ code: 'NOT_A_TEXT_FILE' }, 'is not a UTF-8 text (CSV) file')
  let records: { record: string[]; info: { lines: number } }[]
  try {
    records = parse(csv, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      max_record_size: 4096,
    }) as unknown as { record: string[]; info: { lines: number } }[]
  } catch (error) {
    throw problem({ code: 'INVALID_CSV' }, `is not valid CSV: ${(error as Error).message}`)
  }
  const [header, ...body] = records
  if (!header) throw problem({ code: 'EMPTY_FILE' }, 'is empty')
  const columns: Partial<Record<AgentCsvField, string>> = {}
  const indexOf: Partial<Record<AgentCsvField, number>> = {}
  header.record.forEach((title, index) => {
    const key = title.trim().toLowerCase()
    const field = (Object.keys(headerAliases) as AgentCsvField[]).find((candidate) =>
      headerAliases[candidate].includes(key),
    )
    if (field && indexOf[field] === undefined) {
      indexOf[field] = index
      columns[field] = title.trim()
    }
  })
  const missing = requiredFields.filter((field) => indexOf[field] === undefined)
  if (missing.length)
    throw problem(
      { code: 'MISSING_COLUMNS', params: { columns: missing.join(', ') } },
      `has no column ${missing.join(', ')} in its first line (the header)`,
    )
  if (body.length === 0) throw problem({ code: 'NO_ROWS' }, 'has a header but no rows')
  if (body.length > MAX_IMPORT_ROWS)
    throw problem(
      { code: 'TOO_MANY_ROWS', params: { maximum: MAX_IMPORT_ROWS } },
      `has more than ${MAX_IMPORT_ROWS} rows; split the file`,
    )
  const rows = body.map(({ record, info }) => {
    const values: Partial<Record<AgentCsvField, string>> = {}
    for (const [field, index] of Object.entries(indexOf) as [AgentCsvField, number][]) {
      const raw = record[index]?.trim() ?? ''
      values[field] =
        valueAliases[field]?.[raw] ??
        (field === 'role' || field === 'organization' || field === 'answeringMode' ? raw.toUpperCase() : raw)
    }
    // `info.lines` is where the record ended; multi-line quoted cells make it start earlier.
    const spannedLines = record.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0)
    return { line: info.lines - spannedLines, values }
  })
  return { columns, rows }
}

/** Group cells list group names separated by `;`, `|` or `、`. */
export function groupNamesOf(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[;|、]/)
    .map((name) => name.trim())
    .filter(Boolean)
}
