import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ValidationError } from '../../common/errors.js'
import type { ImportRow } from './import-file.js'
import { readXlsxRows } from './xlsx-rows.js'

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PACKAGE_RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** The parts of a one-sheet workbook as other tools write them; `parts` adds to or replaces them. */
function handWrittenParts(sheetData: string, parts: Record<string, string> = {}): Record<string, string> {
  return {
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    '_rels/.rels':
      `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" ` +
      `Type="${RELATIONSHIPS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml':
      `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}"><sheets>` +
      `<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}"><Relationship Id="rId1" ` +
      `Type="${RELATIONSHIPS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
    ...parts,
  }
}

describe('A13: XLSX rows read through the zip central directory', () => {
  let dir: string
  let files = 0

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'xlsx-rows-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const rowsOf = async (bytes: Buffer): Promise<ImportRow[]> => {
    const file = path.join(dir, `${files++}.xlsx`)
    await writeFile(file, bytes)
    const rows: ImportRow[] = []
    for await (const row of readXlsxRows(file)) rows.push(row)
    return rows
  }
  /** The refusal's code and message, or what else the read threw. */
  const refusalOf = async (bytes: Buffer) => {
    const error = await rowsOf(bytes).then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
    expect(error).toBeInstanceOf(ValidationError)
    const [problem] = (error as ValidationError).problems
    return { code: problem!.code, message: problem!.message }
  }
  /** A zip of `parts` in the order given, stored or deflated. */
  const zipOf = (
    parts: Record<string, string | Uint8Array>,
    compression: 'STORE' | 'DEFLATE' = 'DEFLATE',
  ) => {
    const zip = new JSZip()
    for (const [name, content] of Object.entries(parts)) zip.file(name, content)
    return zip.generateAsync({ type: 'nodebuffer', compression })
  }

  const exceljsRows: ImportRow[] = [
    { line: 1, cells: ['手机号', '产品', '年龄', '登记日期', '合计', '备注'] },
    { line: 2, cells: ['13500135001', '宽带', '41.5', '2026-11-03', '83', '红色加粗'] },
    { line: 4, cells: ['135 0013 5002', '电视', '', '', '电视!'] },
  ]
  const exceljsWorkbook = async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('名单')
    sheet.addRow(['手机号', '产品', '年龄', '登记日期', '合计', '备注'])
    sheet.addRow([
      13500135001,
      ' 宽带 ',
      41.5,
      new Date(Date.UTC(2026, 10, 3)),
      { formula: 'C2*2', result: 83 },
      { richText: [{ text: '红色' }, { text: '加粗', font: { bold: true } }] },
    ])
    sheet.addRow([])
    sheet.addRow(['135 0013 5002', '电视', '', null, { formula: 'B4&"!"', result: '电视!' }])
    return Buffer.from(await workbook.xlsx.writeBuffer())
  }

  it('A13: a workbook written by exceljs reads as a person sees it: strings, numbers, a date, results, rich text', async () => {
    expect(await rowsOf(await exceljsWorkbook())).toEqual(exceljsRows)
  })

  it('A13: every cell is read whichever part the archive holds last (workbook, shared strings, sheet)', async () => {
    const written = await JSZip.loadAsync(await exceljsWorkbook())
    const parts: Record<string, Uint8Array> = {}
    for (const file of Object.values(written.files))
      if (!file.dir) parts[file.name] = await file.async('uint8array')
    // exceljs's streaming unzip at times never handed over the archive's last entry (exceljs issue 3064).
    for (const last of ['xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
      const { [last]: lastPart, ...others } = parts
      expect(lastPart, last).toBeDefined()
      for (const compression of ['STORE', 'DEFLATE'] as const) {
        const reordered = await zipOf({ ...others, [last]: lastPart! }, compression)
        expect(Object.keys((await JSZip.loadAsync(reordered)).files).at(-1)).toBe(last)
        expect(await rowsOf(reordered), `${last} last, ${compression}`).toEqual(exceljsRows)
      }
    }
  })

  it('A13: inline strings, cells and rows without references, skipped rows, booleans, errors and phonetic runs', async () => {
    const sheetData =
      '<row><c t="inlineStr"><is><t>手机号</t></is></c><c t="inlineStr"><is><t>姓名</t></is></c>' +
      '<c t="inlineStr"><is><t>标记</t></is></c></row>' +
      '<row><c t="inlineStr"><is><t xml:space="preserve"> 13800138000 </t></is></c>' +
      '<c t="inlineStr"><is><r><t>张</t></r><r><rPr><b/></rPr><t>三</t></r></is></c><c t="b"><v>1</v></c></row>' +
      '<row r="7"><c r="B7" t="s"><v>0</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>A1</f><v>x &amp; y</v></c></row>' +
      '<row r="8"><c r="A8" t="s"><v>1</v></c></row>'
    const sharedStrings =
      `<sst xmlns="${MAIN}"><si><r><t>東</t></r><r><t>京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh></si>` +
      '<si><t><![CDATA[13900139000]]></t></si></sst>'
    const parts = handWrittenParts(sheetData, {
      'xl/sharedStrings.xml': sharedStrings,
      'xl/_rels/workbook.xml.rels':
        `<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">` +
        `<Relationship Id="rId1" Type="${RELATIONSHIPS}/worksheet" Target="/xl/worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${RELATIONSHIPS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    })
    expect(await rowsOf(await zipOf(parts))).toEqual([
      { line: 1, cells: ['手机号', '姓名', '标记'] },
      { line: 2, cells: ['13800138000', '张三', 'true'] },
      { line: 7, cells: ['', '東京', '', 'x & y'] },
      { line: 8, cells: ['13900139000'] },
    ])
  })

  it('A13: dates by built-in and custom formats, in the 1900 and the 1904 date systems', async () => {
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>` +
      '<numFmt numFmtId="165" formatCode="[Red]0.00&quot; days&quot;"/></numFmts>' +
      '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
      '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs></styleSheet>'
    // 46329 is 2026-11-03 counted from 1900; from 1904 the same serial is four years and a day later.
    const sheetData =
      '<row r="1"><c r="A1" s="1"><v>46329</v></c><c r="B1" s="2"><v>46329.75</v></c>' +
      '<c r="C1" s="3"><v>46330</v></c><c r="D1"><v>1.5E+3</v></c><c r="E1"><v>0.1</v></c></row>'
    const workbook = (workbookPr: string) =>
      `<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${workbookPr}<sheets>` +
      `<sheet name="名单" sheetId="1" r:id="rId1"/></sheets></workbook>`
    const withStyles = (workbookPr: string) =>
      handWrittenParts(sheetData, { 'xl/workbook.xml': workbook(workbookPr), 'xl/styles.xml': styles })
    expect(await rowsOf(await zipOf(withStyles('')))).toEqual([
      { line: 1, cells: ['2026-11-03', '2026-11-03', '46330', '1500', '0.1'] },
    ])
    expect(await rowsOf(await zipOf(withStyles('<workbookPr date1904="1"/>')))).toEqual([
      { line: 1, cells: ['2030-11-04', '2030-11-04', '46330', '1500', '0.1'] },
    ])
  })

  it('A13: a cut-off file, a workbook without its sheet or shared strings, and broken XML are refused', async () => {
    const whole = await exceljsWorkbook()
    expect(await refusalOf(whole.subarray(0, Math.floor(whole.length / 2)))).toEqual({
      code: 'INVALID_XLSX',
      message: expect.stringContaining('is not a readable Excel workbook'),
    })
    const { 'xl/worksheets/sheet1.xml': _, ...sheetless } = handWrittenParts('')
    expect(await refusalOf(await zipOf(sheetless))).toEqual({
      code: 'INVALID_XLSX',
      message: 'is not a readable Excel workbook: it has no sheet',
    })
    const stringless = handWrittenParts('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')
    expect(await refusalOf(await zipOf(stringless))).toEqual({
      code: 'INVALID_XLSX',
      message: 'is not a readable Excel workbook: its cells refer to shared strings, and it has none',
    })
    const broken = handWrittenParts('<row r="1"><c r="A1"><v>1</v></row>')
    expect(await refusalOf(await zipOf(broken))).toMatchObject({ code: 'INVALID_XLSX' })
  })
})
