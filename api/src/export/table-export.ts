// Lists exported as files (G6 now, reports later): CSV or XLSX written batch by batch to an HTTP response,
// so an export of any length holds one batch in memory. A list says what its columns are and hands over
// its rows as an async iterable of batches; this file knows nothing of any list.
import { once } from 'node:events'
import type { Writable } from 'node:stream'

export type ExportFormat = 'csv' | 'xlsx'
export type ExportLanguage = 'zh' | 'en'

export interface ExportColumn<Row> {
  header: Record<ExportLanguage, string>
  /** Numbers are written as numbers and times as times in the tenant's time zone; the rest as text. */
  kind: 'text' | 'number' | 'time'
  value(row: Row, language: ExportLanguage): string | number | Date | null
  /** Column width in characters (XLSX). */
  width?: number
}

export interface TableExport<Row> {
  /** Also the worksheet's name. */
  title: string
  columns: ExportColumn<Row>[]
  batches: AsyncIterable<Row[]>
  /** IANA name: times are shown as clocks there read them. */
  timeZone: string
  language: ExportLanguage
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const TIME_FORMAT = 'yyyy-mm-dd hh:mm:ss'

const DAY_MS = 86_400_000

/**
 * Reads moments as the wall clock of a time zone, answered as the same clock in UTC (what XLSX stores;
 * `clockText` writes it for CSV), to the second. Intl answers a dozen objects for each moment, and rows
 * have two or three times each (asked of Intl, they took two thirds of a CSV export's time); so the zone's
 * offset is asked of Intl once per UTC day, at the day's first and last second, and used for every moment
 * of a day whose two offsets agree. A day with a transition (daylight saving) asks Intl for each moment.
 */
export function wallClock(timeZone: string): (moment: Date) => Date {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  const clockOf = (ms: number): number => {
    const part: Record<string, string> = {}
    for (const { type, value } of format.formatToParts(ms)) part[type] = value
    return new Date(
      `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}Z`,
    ).getTime()
  }
  /** Per UTC day number: the offset all day, or null when it changes during the day. */
  const offsets = new Map<number, number | null>()
  return (moment) => {
    const ms = Math.floor(moment.getTime() / 1000) * 1000
    const day = Math.floor(ms / DAY_MS)
    let offset = offsets.get(day)
    if (offset === undefined) {
      const first = day * DAY_MS
      const last = first + DAY_MS - 1000
      const atFirst = clockOf(first) - first
      offset = clockOf(last) - last === atFirst ? atFirst : null
      if (offsets.size >= 4096) offsets.clear()
      offsets.set(day, offset)
    }
    return new Date(offset === null ? clockOf(ms) : ms + offset)
  }
}

/** A wall clock from `wallClock` as text: `2027-01-04 09:30:00`. */
export function clockText(clock: Date): string {
  const iso = clock.toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
}

/**
 * One CSV field (RFC 4180). Text a spreadsheet would run as a formula (=, @, or + and - not starting a
 * number) gets a leading apostrophe: an exported customer note must not become a formula on an
 * administrator's machine, while phone numbers like +8613800138000 stay as they are.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  let text = value
  if (/^[=@\t\r]/.test(text) || /^[+-](?![\d\s()]*$)/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

async function drained(out: Writable): Promise<void> {
  if (out.writableNeedDrain) await once(out, 'drain')
}

/**
 * CSV in UTF-8 with a byte order mark, which spreadsheet programs need to read Chinese correctly. Each
 * batch becomes one string, built field by field (no array per row).
 */
export async function writeCsv<Row>(out: Writable, table: TableExport<Row>): Promise<void> {
  const clock = wallClock(table.timeZone)
  const { columns, language } = table
  out.write('\uFEFF' + columns.map((column) => csvField(column.header[language])).join(',') + '\r\n')
  for await (const rows of table.batches) {
    let chunk = ''
    for (const row of rows) {
      for (let index = 0; index < columns.length; index++) {
        const value = columns[index]!.value(row, language)
        if (index) chunk += ','
        chunk += csvField(value instanceof Date ? clockText(clock(value)) : value)
      }
      chunk += '\r\n'
    }
    out.write(chunk)
    await drained(out)
  }
  out.end()
}

/**
 * XLSX through exceljs's streaming WorkbookWriter: each row is committed (serialised and let go) as it
 * is added, and the zip is written to `out` as it grows. Strings are inline rather than shared, since a
 * shared-string table would keep every distinct text in memory until the end. exceljs is loaded at the
 * first XLSX file rather than with the API (some 4 MB of the idle process's heap).
 */
export async function writeXlsx<Row>(out: Writable, table: TableExport<Row>): Promise<void> {
  const { default: ExcelJS } = await import('exceljs')
  const clock = wallClock(table.timeZone)
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  const sheet = workbook.addWorksheet(table.title)
  sheet.columns = table.columns.map((column, index) => ({
    header: column.header[table.language],
    key: String(index),
    width: column.width ?? 16,
    ...(column.kind === 'time' ? { style: { numFmt: TIME_FORMAT } } : {}),
  }))
  for await (const rows of table.batches) {
    for (const row of rows)
      sheet
        .addRow(
          table.columns.map((column) => {
            const value = column.value(row, table.language)
            return value instanceof Date ? clock(value) : value
          }),
        )
        .commit()
    await drained(out)
  }
  sheet.commit()
  await workbook.commit()
}

export function writeTable<Row>(format: ExportFormat, out: Writable, table: TableExport<Row>): Promise<void> {
  return format === 'csv' ? writeCsv(out, table) : writeXlsx(out, table)
}
