// The first sheet of an XLSX workbook (ECMA-376 SpreadsheetML) as the rows of an import, read through the
// zip's central directory: each part is opened by name when the rows need it, so the order of the archive's
// entries does not matter, and the sheet is parsed as it streams, never held whole.
import { posix } from 'node:path'
import type { Readable } from 'node:stream'
import { SaxesParser } from 'saxes'
import yauzl from 'yauzl'
import { ValidationError } from '../../common/errors.js'
import type { ImportRow } from './import-file.js'

/** Built-in number formats that show a date or time (ECMA-376 Part 1, 18.8.30, with the East Asian ids). */
const DATE_FORMAT_IDS = new Set([...range(14, 22), ...range(27, 36), ...range(45, 47), ...range(50, 58)])
/** Days from Excel's day 0 (1899-12-30) to 1970-01-01, and from the 1900 system's day 0 to the 1904's. */
const UNIX_EPOCH_SERIAL = 25569
const DATE1904_OFFSET = 1462
const DAY_MS = 86_400_000

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index)
}

function unreadable(reason: string): ValidationError {
  return new ValidationError([
    { field: 'file', code: 'INVALID_XLSX', message: `is not a readable Excel workbook: ${reason}` },
  ])
}

type Attributes = Record<string, string>

interface XmlVisitor {
  open?(name: string, attributes: Attributes): void
  text?(text: string): void
  close?(name: string): void
}

/** An element's or attribute's name without its prefix: tools differ in the prefixes they declare. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}

function attribute(attributes: Attributes, name: string): string | undefined {
  for (const key in attributes) if (localName(key) === name) return attributes[key]
  return undefined
}

/** What the zip and XML readers throw, as a refusal of the file; the file system's own errors stay as they are. */
function refusalOf(error: unknown): unknown {
  if (error instanceof ValidationError || (error as { syscall?: string }).syscall) return error
  return unreadable((error as Error).message)
}

/** The archive's parts by lower-cased name (Excel ignores their case), from its central directory. */
class XlsxArchive {
  private constructor(
    private readonly zip: yauzl.ZipFile,
    private readonly entries: Map<string, yauzl.Entry>,
  ) {}

  static async open(filePath: string): Promise<XlsxArchive> {
    let zip: yauzl.ZipFile | undefined
    try {
      zip = await yauzl.openPromise(filePath, { lazyEntries: true, autoClose: false })
      const entries = new Map<string, yauzl.Entry>()
      await new Promise<void>((resolve, reject) => {
        zip!.on('entry', (entry: yauzl.Entry) => {
          entries.set(entry.fileName.toLowerCase(), entry)
          zip!.readEntry()
        })
        zip!.once('end', resolve)
        zip!.once('error', reject)
        zip!.readEntry()
      })
      return new XlsxArchive(zip, entries)
    } catch (error) {
      zip?.close()
      throw refusalOf(error)
    }
  }

  has(path: string): boolean {
    return this.entries.has(path.toLowerCase())
  }

  /** Feeds the part's XML to `visitor`, yielding after each chunk so that the caller can hand rows on. */
  async *parse(path: string, visitor: XmlVisitor): AsyncGenerator<void> {
    const entry = this.entries.get(path.toLowerCase())
    if (!entry) throw unreadable(`it lacks the part ${path}`)
    const parser = new SaxesParser()
    parser.on('opentag', (tag) => visitor.open?.(localName(tag.name), tag.attributes as Attributes))
    parser.on('text', (text) => visitor.text?.(text))
    parser.on('cdata', (text) => visitor.text?.(text))
    parser.on('closetag', (tag) => visitor.close?.(localName(tag.name)))
    let stream: Readable | undefined
    try {
      stream = await this.zip.openReadStreamPromise(entry)
      stream.setEncoding('utf8')
      for await (const chunk of stream) {
        parser.write(chunk as string)
        yield
      }
      parser.close()
    } catch (error) {
      throw refusalOf(error)
    } finally {
      stream?.destroy()
    }
  }

  async read(path: string, visitor: XmlVisitor): Promise<void> {
    for await (const _ of this.parse(path, visitor));
  }

  close(): void {
    this.zip.close()
  }
}

interface Relationship {
  id: string
  type: string
  /** The part's name in the archive. */
  target: string
}

/** The relationships of a part, targets resolved against `base` (the part's folder), or from the root. */
async function readRelationships(archive: XlsxArchive, path: string, base: string): Promise<Relationship[]> {
  const relationships: Relationship[] = []
  if (!archive.has(path)) return relationships
  await archive.read(path, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return
      const target = attributes.Target ?? ''
      relationships.push({
        id: attributes.Id ?? '',
        type: attributes.Type ?? '',
        target: target.startsWith('/') ? target.slice(1) : posix.normalize(base + target),
      })
    },
  })
  return relationships
}

interface Workbook {
  sheetPath: string
  sharedStringsPath: string
  stylesPath: string
  is1904: boolean
}

/** Where the first sheet and the parts its cells need are, and the date system. */
async function readWorkbook(archive: XlsxArchive): Promise<Workbook> {
  const root = await readRelationships(archive, '_rels/.rels', '')
  const workbookPath = root.find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml'
  if (!archive.has(workbookPath)) throw unreadable(`it lacks the part ${workbookPath}`)
  let sheetId: string | undefined
  let is1904 = false
  await archive.read(workbookPath, {
    open(name, attributes) {
      if (name === 'sheet') sheetId ??= attribute(attributes, 'id')
      else if (name === 'workbookPr') is1904 = ['1', 'true'].includes(attributes.date1904 ?? '')
    },
  })
  const folder = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)
  const relationships = await readRelationships(
    archive,
    `${folder}_rels/${workbookPath.slice(folder.length)}.rels`,
    folder,
  )
  const sheetPath = relationships.find((r) => r.id === sheetId)?.target
  if (sheetId === undefined || !sheetPath || !archive.has(sheetPath)) throw unreadable('it has no sheet')
  // Where the relationships do not name them, the parts' usual names.
  const partOf = (type: string, usual: string) =>
    relationships.find((r) => r.type.endsWith(type))?.target ?? folder + usual
  return {
    sheetPath,
    sharedStringsPath: partOf('/sharedStrings', 'sharedStrings.xml'),
    stylesPath: partOf('/styles', 'styles.xml'),
    is1904,
  }
}

/** Whether a number format shows a date: any of y, m, d, h, s outside quoted text, [colours, conditions], escapes. */
function isDateFormat(code: string): boolean {
  return /[ymdhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*]|[\\_*]./g, ''))
}

/** For each cell style (`s`), whether it shows numbers as dates. */
async function readDateStyles(archive: XlsxArchive, path: string): Promise<boolean[]> {
  const formats = new Map<number, string>()
  const formatIds: number[] = []
  let isInCellXfs = false
  if (!archive.has(path)) return []
  await archive.read(path, {
    open(name, attributes) {
      if (name === 'numFmt') formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '')
      else if (name === 'cellXfs') isInCellXfs = true
      else if (name === 'xf' && isInCellXfs) formatIds.push(Number(attributes.numFmtId ?? 0))
    },
    close(name) {
      if (name === 'cellXfs') isInCellXfs = false
    },
  })
  return formatIds.map((id) => {
    const code = formats.get(id)
    return code === undefined ? DATE_FORMAT_IDS.has(id) : isDateFormat(code)
  })
}

/** The shared strings, rich text runs joined, phonetic runs (furigana) left out. */
async function readSharedStrings(archive: XlsxArchive, path: string): Promise<string[] | undefined> {
  if (!archive.has(path)) return undefined
  const strings: string[] = []
  let text = ''
  let isText = false
  let phonetic = 0
  await archive.read(path, {
    open(name) {
      if (name === 'si') text = ''
      else if (name === 't') isText = phonetic === 0
      else if (name === 'rPh') phonetic++
    },
    text(chunk) {
      if (isText) text += chunk
    },
    close(name) {
      if (name === 't') isText = false
      else if (name === 'rPh') phonetic--
      else if (name === 'si') strings.push(text.trim())
    },
  })
  return strings
}

/** The zero-based column of a cell reference such as `AB12`, or undefined when it has no letters. */
function columnOf(reference: string): number | undefined {
  let column = 0
  let index = 0
  for (; index < reference.length; index++) {
    const code = reference.charCodeAt(index)
    if (code < 65 || code > 90) break
    column = column * 26 + code - 64
  }
  return index ? column - 1 : undefined
}

function numberText(value: number): string {
  return Number.isInteger(value) ? value.toFixed(0) : String(value)
}

/** A date serial as YYYY-MM-DD, in UTC as exceljs counted it; one out of a date's range as its number. */
function dateText(serial: number, is1904: boolean): string {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL + (is1904 ? DATE1904_OFFSET : 0)) * DAY_MS))
  return Number.isNaN(date.getTime()) ? numberText(serial) : date.toISOString().slice(0, 10)
}

interface Sheet {
  is1904: boolean
  dateStyles: boolean[]
  strings: string[] | undefined
}

/**
 * A cell as the text a person sees: strings trimmed, numbers without exponent, dates as YYYY-MM-DD,
 * booleans as true/false, formulas by their cached result, errors (#N/A…) empty.
 */
function cellText(sheet: Sheet, type: string, text: string, style: number): string {
  switch (type) {
    case 's': {
      if (!sheet.strings) throw unreadable('its cells refer to shared strings, and it has none')
      const string = sheet.strings[Number(text)]
      if (string === undefined) throw unreadable(`a cell refers to shared string ${text}, which it lacks`)
      return string
    }
    case 'str':
    case 'inlineStr':
      return text.trim()
    case 'b':
      return parseInt(text, 10) === 0 ? 'false' : 'true'
    case 'e':
      return ''
    case 'd':
      return text.trim().slice(0, 10)
    default: {
      const value = text.trim() === '' ? NaN : Number(text)
      if (!Number.isFinite(value)) return ''
      return sheet.dateStyles[style] ? dateText(value, sheet.is1904) : numberText(value)
    }
  }
}

/**
 * The sheet's rows, pushed onto `rows` as each ends; rows whose cells are all empty are left out. Rows and
 * cells without a reference (`r`) follow the one before.
 */
function sheetVisitor(sheet: Sheet, rows: ImportRow[]): XmlVisitor {
  let line = 0
  let cells: string[] = []
  let column = 0
  let type = 'n'
  let style = 0
  let text = ''
  let hasValue = false
  let isInCell = false
  let isInline = false
  let isText = false
  let phonetic = 0
  return {
    open(name, attributes) {
      switch (name) {
        case 'row':
          line = attributes.r ? Number(attributes.r) : line + 1
          cells = []
          column = 0
          break
        case 'c':
          isInCell = true
          column = (attributes.r ? columnOf(attributes.r) : undefined) ?? column
          type = attributes.t ?? 'n'
          style = attributes.s ? Number(attributes.s) : 0
          text = ''
          hasValue = false
          break
        case 'v':
          isText = isInCell
          break
        case 'is':
          isInline = isInCell
          break
        case 't':
          isText = isInline && phonetic === 0
          break
        case 'rPh':
          phonetic++
          break
      }
    },
    text(chunk) {
      if (isText) text += chunk
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          hasValue ||= isText
          isText = false
          break
        // A formula without a cached result still makes a cell, as exceljs counted it.
        case 'f':
          hasValue ||= isInCell
          break
        case 'rPh':
          phonetic--
          break
        case 'is':
          isInline = false
          break
        case 'c':
          if (hasValue) {
            while (cells.length < column) cells.push('')
            cells[column] = cellText(sheet, type, text, style)
          }
          column++
          isInCell = false
          break
        case 'row':
          if (cells.some((cell) => cell !== '')) rows.push({ line, cells })
          break
      }
    },
  }
}

/** The rows of the workbook's first sheet, header first. */
export async function* readXlsxRows(filePath: string): AsyncGenerator<ImportRow> {
  const archive = await XlsxArchive.open(filePath)
  try {
    const workbook = await readWorkbook(archive)
    const sheet: Sheet = {
      is1904: workbook.is1904,
      dateStyles: await readDateStyles(archive, workbook.stylesPath),
      strings: await readSharedStrings(archive, workbook.sharedStringsPath),
    }
    const rows: ImportRow[] = []
    for await (const _ of archive.parse(workbook.sheetPath, sheetVisitor(sheet, rows))) yield* rows.splice(0)
  } finally {
    archive.close()
  }
}
