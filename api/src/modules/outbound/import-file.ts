// Reads an uploaded list of numbers (A13 task items, the do-not-call list) row by row from disk, in bounded
// memory: CSV in UTF-8 (with or without BOM) or GBK (what Excel in China saves), or an XLSX workbook's first
// sheet. The file must be what its name says: a zip for .xlsx, text for .csv.
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline } from 'node:stream/promises'
import { parse } from 'csv-parse'
import iconv from 'iconv-lite'
import { ValidationError, type FieldProblem } from '../../common/errors.js'
import { readXlsxRows } from './xlsx-rows.js'

export type ImportFormat = 'CSV' | 'XLSX'
export type ImportEncoding = 'UTF8' | 'UTF8_BOM' | 'GBK' | 'XLSX'

export interface ImportFileKind {
  format: ImportFormat
  encoding: ImportEncoding
}

export interface ImportRow {
  /** Line (CSV) or row (XLSX) of the file, the header being 1: what the error file names. */
  line: number
  cells: string[]
}

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf])
const SNIFF_BYTES = 64 * 1024

function refused(code: FieldProblem['code'], message: string): ValidationError {
  return new ValidationError([{ field: 'file', code, message } as FieldProblem])
}

/** Whether `bytes` is UTF-8, forgiving a character cut off at the end of the sample. */
function isUtf8(bytes: Buffer, isWholeFile: boolean): boolean {
  let sample = bytes
  if (!isWholeFile) {
    // Drop a trailing partial sequence: back up over continuation bytes to the last lead byte.
    let end = bytes.length
    let back = 0
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++
    if (end - back - 1 >= 0 && bytes[end - back - 1]! >= 0xc0) end = end - back - 1
    sample = bytes.subarray(0, end)
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample)
    return true
  } catch {
    return false
  }
}

/**
 * What the file is, from its first bytes: XLSX by the zip signature, otherwise CSV text in UTF-8 (BOM or
 * not) or, when the bytes are not UTF-8, GBK. A name saying the other kind is refused, and so is binary.
 */
export async function sniffImportFile(filePath: string, fileName: string): Promise<ImportFileKind> {
  const handle = await open(filePath)
  let head: Buffer
  let size: number
  try {
    size = (await handle.stat()).size
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, size))
    await handle.read(buffer, 0, buffer.length, 0)
    head = buffer
  } finally {
    await handle.close()
  }
  const claimsXlsx = /\.xlsx$/i.test(fileName)
  const claimsCsv = /\.(csv|txt)$/i.test(fileName)
  if (!claimsXlsx && !claimsCsv) throw refused('NOT_A_SPREADSHEET', 'must be a .csv or .xlsx file')
  if (size === 0) throw refused('EMPTY_FILE', 'is empty')
  const isZip = head.subarray(0, 4).equals(ZIP_MAGIC)
  if (claimsXlsx) {
    if (!isZip) throw refused('NOT_AN_XLSX_FILE', 'is not an Excel workbook (.xlsx)')
    return { format: 'XLSX', encoding: 'XLSX' }
  }
  // eslint-disable-next-line no-control-regex
  if (isZip || /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(head.toString('latin1')))
    throw refused('NOT_A_TEXT_FILE', 'is not a text (CSV) file')
  if (head.subarray(0, 3).equals(UTF8_BOM)) return { format: 'CSV', encoding: 'UTF8_BOM' }
  return { format: 'CSV', encoding: isUtf8(head, size <= SNIFF_BYTES) ? 'UTF8' : 'GBK' }
}

/** The rows of the file, header first; empty lines are skipped. */
export async function* readImportRows(filePath: string, kind: ImportFileKind): AsyncGenerator<ImportRow> {
  if (kind.format === 'XLSX') yield* readXlsxRows(filePath)
  else yield* readCsvRows(filePath, kind.encoding)
}

async function* readCsvRows(filePath: string, encoding: ImportEncoding): AsyncGenerator<ImportRow> {
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    max_record_size: 64 * 1024,
  })
  // iconv-lite's decoder strips a UTF-8 BOM; GBK is read as GB18030, its superset.
  const decoder = iconv.decodeStream(encoding === 'GBK' ? 'gb18030' : 'utf8')
  const piping = pipeline(createReadStream(filePath), decoder, parser).catch((error: unknown) => {
    parser.destroy(error as Error)
  })
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[]
      info: { lines: number }
    }>) {
      // `info.lines` is where the record ended; multi-line quoted cells make it start earlier.
      let spanned = 0
      for (const cell of record) if (cell.includes('\n')) spanned += cell.split('\n').length - 1
      yield { line: info.lines - spanned, cells: record }
    }
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('CSV_'))
      throw refused('INVALID_CSV', `is not valid CSV: ${(error as Error).message}`)
    throw error
  } finally {
    parser.destroy()
    await piping
  }
}
