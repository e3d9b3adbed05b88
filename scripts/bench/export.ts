// `npm run bench -- export`: 100,000 contact plans exported to XLSX and to CSV by the whole API in its own
// process, compiled and run as `npm start` runs it (HTTP, session, tenant transaction, keyset batches,
// exceljs / the CSV writer). Prints rows per second and the API process's resident memory: its peak while
// exporting (sampled every 20 ms from /proc, and the kernel's high-water mark VmHWM) against its size just
// before. Target: peak under 200 MB.
import pg from 'pg'
import { createBenchFixture, startCompiledApi, stopBenchServer, type BenchServer } from './lib/api-server.js'
import { startBenchPostgres } from './lib/postgres.js'
import { residentBytes, samplePeakRss } from './lib/process-memory.js'
import { median, round } from './lib/stats.js'
import { tableLines } from './lib/table.js'

const PLANS = Number(process.env.BENCH_PLANS ?? 100_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const MB = 1024 * 1024

/** A thousand customers with a number each, and the plans spread over them and a year. */
async function seed(ownerUrl: string, tenantId: string, ownerId: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl })
  await client.connect()
  await client.query(
    `insert into customer (id, tenant_id, organization, name)
     select gen_random_uuid(), $1, 'INBOUND', '客户 ' || n from generate_series(1, 1000) n`,
    [tenantId],
  )
  await client.query(
    `insert into customer_phone (tenant_id, organization, e164, customer_id)
     select $1, 'INBOUND', '+86138' || lpad(row_number() over ()::text, 8, '0'), id from customer where tenant_id = $1`,
    [tenantId],
  )
  await client.query(
    `insert into contact_plan (id, tenant_id, organization, customer_id, owner_id, phone_number, due_at, purpose,
                               notes, status, created_at, updated_at)
     select gen_random_uuid(), $1, 'INBOUND', c.customer_id, $2, c.e164,
            now() - interval '180 days' + n * interval '5 minutes', '回访满意度，确认送货时间 #' || n,
            case when n % 3 = 0 then '客户希望下午联系，注意避开午休时间' else '' end,
            case when n % 10 = 0 then 'DONE' else 'PENDING' end, now(), now()
     from generate_series(1, $3::int) n
     join lateral (select customer_id, e164 from customer_phone where tenant_id = $1
                   offset (n % 1000) limit 1) c on true`,
    [tenantId, ownerId, PLANS],
  )
  await client.query('analyze contact_plan')
  await client.end()
}

interface Figure {
  seconds: number
  bytes: number
  rowsPerSecond: number
  /** Highest sampled RSS during the export, and the RSS just before it. */
  peakMb: number
  beforeMb: number
}

async function exportOnce(server: BenchServer, format: 'csv' | 'xlsx'): Promise<Figure> {
  const pid = server.process.pid!
  const before = (await residentBytes(pid)).rss
  const sampler = samplePeakRss(pid, before)
  const started = performance.now()
  const response = await fetch(`${server.url}/export/contact-plans?format=${format}`, {
    headers: { authorization: `Bearer ${server.token}` },
  })
  if (!response.ok) throw new Error(`export answered ${response.status}: ${await response.text()}`)
  let bytes = 0
  const reader = response.body!.getReader()
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength
  const seconds = (performance.now() - started) / 1000
  const peak = sampler.stop()
  const rows = Number(response.headers.get('x-total-rows'))
  if (rows !== PLANS) throw new Error(`the export counted ${rows} rows, not ${PLANS}`)
  return { seconds, bytes, rowsPerSecond: rows / seconds, peakMb: peak / MB, beforeMb: before / MB }
}

const postgres = await startBenchPostgres()
try {
  const ownerUrl = await postgres.createDatabase('bench_export')
  const fixture = await createBenchFixture(ownerUrl)
  await seed(ownerUrl, fixture.tenantId, fixture.userId)
  const server = await startCompiledApi(ownerUrl, fixture)
  try {
    const idle = (await residentBytes(server.process.pid!)).rss / MB
    const figures: Record<'xlsx' | 'csv', Figure[]> = { xlsx: [], csv: [] }
    for (let round_ = 0; round_ < ROUNDS; round_++)
      for (const format of ['xlsx', 'csv'] as const) figures[format].push(await exportOnce(server, format))
    const hwm = (await residentBytes(server.process.pid!)).hwm / MB
    console.log(`\n${PLANS.toLocaleString('en')} contact plans, ${ROUNDS} rounds, medians:\n`)
    console.log(
      tableLines(
        [
          ['format', (format: 'xlsx' | 'csv') => format.toUpperCase()],
          ['seconds', (format) => round(median(figures[format].map((f) => f.seconds)), 2)],
          ['rows/s', (format) => Math.round(median(figures[format].map((f) => f.rowsPerSecond)))],
          ['file MB', (format) => round(median(figures[format].map((f) => f.bytes)) / MB, 1)],
          ['RSS before MB', (format) => round(median(figures[format].map((f) => f.beforeMb)))],
          ['peak RSS MB', (format) => round(Math.max(...figures[format].map((f) => f.peakMb)))],
        ],
        ['xlsx', 'csv'],
      ).join('\n'),
    )
    console.log(`\nAPI process idle before the first export: ${round(idle)} MB RSS`)
    console.log(`API process high-water mark (VmHWM, whole run): ${round(hwm)} MB; target: peak under 200 MB`)
    console.log(
      `XLSX/CSV time ratio: ${round(median(figures.xlsx.map((f) => f.seconds)) / median(figures.csv.map((f) => f.seconds)), 2)}`,
    )
  } finally {
    await stopBenchServer(server)
  }
} finally {
  await postgres.stop()
}
