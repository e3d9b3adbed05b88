// `npm run bench -- import`: a generated CSV of 1,000,000 numbers with 5 custom fields imported into an
// outbound task by the whole API in its own process (compiled, as `npm start` runs it): HTTP upload, header
// read, mapping, streamed parse, E.164 normalisation, field checks, COPY into staging, the database's
// duplicate and do-not-call checks and the move into task_item. Side by side, in the same run, a bare COPY
// of the same file through psql into a table of its columns: the limit here. Prints rows per second of both,
// their ratio (target: at least 50 %) and the API process's peak resident memory (target: under 300 MB).
// BENCH_IMPORT_FORMAT=xlsx uploads the same rows as an XLSX workbook instead (shared strings, as Excel
// writes them); the bare COPY still reads the CSV. Also timed alone: the file reader over the uploaded file.
import { execFile } from 'node:child_process'
import { createWriteStream, openAsBlob } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { once } from 'node:events'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import ExcelJS from 'exceljs'
import pg from 'pg'
import { readImportRows, sniffImportFile } from '../../api/src/modules/outbound/import-file.js'
import { createBenchFixture, startCompiledApi, stopBenchServer, type BenchServer } from './lib/api-server.js'
import { startBenchPostgres } from './lib/postgres.js'
import { residentBytes, samplePeakRss } from './lib/process-memory.js'
import { round } from './lib/stats.js'

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000)
const PSQL = process.env.PSQL ?? 'psql'
const MB = 1024 * 1024
const FORMAT = process.env.BENCH_IMPORT_FORMAT === 'xlsx' ? 'xlsx' : 'csv'
const LEVELS = ['A', 'B', 'C']
const HEADER = ['手机号', '姓名', '年龄', '登记日期', '等级', '备注']

/** Mainland mobile numbers, unique, with a name, an age, a date, a choice and a note. */
function row(n: number): [string, string, number, string, string, string] {
  const day = String((n % 28) + 1).padStart(2, '0')
  return [
    `1380${String(n).padStart(7, '0')}`,
    `客户${n}`,
    18 + (n % 60),
    `2026-11-${day}`,
    LEVELS[n % 3]!,
    `备注 ${n % 1000}`,
  ]
}

async function writeCsv(file: string): Promise<void> {
  const out = createWriteStream(file)
  out.write(`${HEADER.join()}\n`)
  let chunk = ''
  for (let n = 0; n < ROWS; n++) {
    chunk += `${row(n).join()}\n`
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain')
      chunk = ''
    }
  }
  out.end(chunk)
  await once(out, 'finish')
}

async function writeXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true })
  const sheet = workbook.addWorksheet('名单')
  sheet.addRow(HEADER).commit()
  for (let n = 0; n < ROWS; n++) sheet.addRow(row(n)).commit()
  sheet.commit()
  await workbook.commit()
}

async function gql<T>(
  server: BenchServer,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { data?: T; errors?: unknown[] }
  if (body.errors) throw new Error(JSON.stringify(body.errors))
  return body.data!
}

/** A task with the file's five fields; answers its ID and the field IDs by column. */
async function createTask(server: BenchServer): Promise<{ taskId: string; fields: Record<string, string> }> {
  const { addPhoneNumber } = await gql<{ addPhoneNumber: { id: string } }>(
    server,
    'mutation { addPhoneNumber(input: { number: "+862188889999" }) { id } }',
  )
  const definitions = [
    ['姓名', 'name', 'TEXT', true, ''],
    ['年龄', 'age', 'NUMBER', false, ''],
    ['登记日期', 'signed_up', 'DATE', false, ''],
    [
      '等级',
      'level',
      'SINGLE_CHOICE',
      false,
      LEVELS.map((v) => `{ value: "${v}", labelZh: "${v}", labelEn: "${v}" }`).join(),
    ],
    ['备注', 'note', 'TEXT', false, ''],
  ] as const
  const fields: Record<string, string> = {}
  for (const [column, key, type, isRequired, options] of definitions) {
    const { createCustomFieldDefinition } = await gql<{ createCustomFieldDefinition: { id: string } }>(
      server,
      `mutation { createCustomFieldDefinition(input: { entity: OUTBOUND_TASK, key: "${key}", labelZh: "${column}",
         labelEn: "${key}", type: ${type}, isRequired: ${isRequired}${options ? `, options: [${options}]` : ''} }) { id } }`,
    )
    fields[column] = createCustomFieldDefinition.id
  }
  const { createOutboundTask } = await gql<{ createOutboundTask: { id: string } }>(
    server,
    'mutation ($input: CreateOutboundTaskInput!) { createOutboundTask(input: $input) { id } }',
    {
      input: {
        name: 'Bench import',
        startsOn: '2026-12-01',
        endsOn: '2026-12-31',
        callerIdNumberId: addPhoneNumber.id,
        customFieldIds: Object.values(fields),
      },
    },
  )
  return { taskId: createOutboundTask.id, fields }
}

interface ImportFigure {
  seconds: number
  uploadSeconds: number
  imported: number
  rejected: number
  peakMb: number
  beforeMb: number
}

async function importEndToEnd(server: BenchServer, file: string, fileName: string): Promise<ImportFigure> {
  const { taskId, fields } = await createTask(server)
  const pid = server.process.pid!
  const before = (await residentBytes(pid)).rss
  const sampler = samplePeakRss(pid, before)
  const started = performance.now()
  const form = new FormData()
  form.append('file', await openAsBlob(file), fileName)
  const uploaded = await fetch(`${server.url}/outbound/tasks/${taskId}/imports`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${server.token}` },
  })
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${await uploaded.text()}`)
  const { import: listImport } = (await uploaded.json()) as { import: { id: string } }
  const uploadSeconds = (performance.now() - started) / 1000
  await gql(
    server,
    'mutation ($input: StartTaskItemImportInput!) { startTaskItemImport(input: $input) { id } }',
    {
      input: {
        importId: listImport.id,
        phoneColumn: '手机号',
        fields: Object.entries(fields).map(([column, customFieldId]) => ({ customFieldId, column })),
        assignment: 'UNASSIGNED',
      },
    },
  )
  type State = { status: string; rowsImported: number; rowsRejected: number; failureCode: string | null }
  let state: State
  for (;;) {
    ;({ listImport: state } = await gql<{ listImport: State }>(
      server,
      'query ($id: ID!) { listImport(id: $id) { status rowsImported rowsRejected failureCode } }',
      { id: listImport.id },
    ))
    if (state.status !== 'RUNNING') break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const seconds = (performance.now() - started) / 1000
  const peak = sampler.stop()
  if (state.status !== 'SUCCEEDED') throw new Error(`the import ended ${state.status} ${state.failureCode}`)
  return {
    seconds,
    uploadSeconds,
    imported: state.rowsImported,
    rejected: state.rowsRejected,
    peakMb: peak / MB,
    beforeMb: before / MB,
  }
}

/** The same file through psql's \copy into a table of its six text columns: no checks, no indexes. */
async function bareCopy(ownerUrl: string, file: string): Promise<number> {
  const client = new pg.Client({ connectionString: ownerUrl })
  await client.connect()
  await client.query(
    'create table bench_bare_copy (phone text, name text, age text, signed_up text, level text, note text)',
  )
  await client.end()
  const started = performance.now()
  await promisify(execFile)(PSQL, [
    ownerUrl,
    '-v',
    'ON_ERROR_STOP=1',
    '-c',
    `\\copy bench_bare_copy from '${file}' with (format csv, header)`,
  ])
  return (performance.now() - started) / 1000
}

/** The reader alone, in this process: seconds to read every row of the file. */
async function readOnly(file: string): Promise<number> {
  const started = performance.now()
  let rows = 0
  for await (const _ of readImportRows(file, await sniffImportFile(file, path.basename(file)))) rows++
  if (rows !== ROWS + 1) throw new Error(`the reader gave ${rows} rows, not ${ROWS + 1}`)
  return (performance.now() - started) / 1000
}

const dir = await mkdtemp(path.join(tmpdir(), 'bench-import-'))
const file = path.join(dir, 'numbers.csv')
const upload = path.join(dir, `numbers.${FORMAT}`)
const postgres = await startBenchPostgres()
try {
  await writeCsv(file)
  if (FORMAT === 'xlsx') await writeXlsx(upload)
  const fileMb = (await stat(upload)).size / MB
  const ownerUrl = await postgres.createDatabase('bench_import')
  const fixture = await createBenchFixture(ownerUrl)
  const server = await startCompiledApi(ownerUrl, fixture)
  let figure: ImportFigure
  let hwm: number
  try {
    figure = await importEndToEnd(server, upload, path.basename(upload))
    hwm = (await residentBytes(server.process.pid!)).hwm / MB
  } finally {
    await stopBenchServer(server)
  }
  const copySeconds = await bareCopy(ownerUrl, file)
  const readSeconds = await readOnly(upload)
  const importRate = ROWS / figure.seconds
  const copyRate = ROWS / copySeconds
  console.log(
    `\n${ROWS.toLocaleString('en')} rows, 5 custom fields, ${round(fileMb, 1)} MB ${FORMAT.toUpperCase()}\n`,
  )
  console.log(`| path | seconds | rows/s |`)
  console.log(`|---|--:|--:|`)
  console.log(
    `| import, end to end (upload ${round(figure.uploadSeconds, 1)} s) | ${round(figure.seconds, 1)} | ${Math.round(importRate)} |`,
  )
  console.log(`| the file reader alone | ${round(readSeconds, 1)} | ${Math.round(ROWS / readSeconds)} |`)
  console.log(`| bare COPY through psql | ${round(copySeconds, 1)} | ${Math.round(copyRate)} |`)
  console.log(`\nimported ${figure.imported}, rejected ${figure.rejected}`)
  console.log(`import / bare COPY rate: ${round((100 * importRate) / copyRate)} % (target: at least 50 %)`)
  console.log(
    `API process RSS: ${round(figure.beforeMb)} MB before, peak ${round(figure.peakMb)} MB while importing, ` +
      `high-water mark ${round(hwm)} MB (target: peak under 300 MB)`,
  )
} finally {
  await postgres.stop()
  await rm(dir, { recursive: true, force: true })
}
