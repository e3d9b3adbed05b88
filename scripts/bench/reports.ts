// `npm run bench -- reports [--calls=N] [--days=D] [--rounds=R] [--raw-rounds=R] [--connections=C]`: the
// call report (A9) on a big tenant. One tenant gets N calls (default 10,000,000, the size) spread
// over D days (default 365) up to now, nine others N/10 each, generated inside PostgreSQL over C connections
// at once (default 2) as a bulk load: keys and secondary indexes made after it, idle per-row triggers off
// (lib/reports-load.ts). The hourly rollups are then made by the rollup job itself, C jobs at once as C API
// instances would. Prints p50/p99 of the 24-hour chart and of a 31-day call report by agent, each read from
// the rollups (closed hours) plus the open hour, and computed from the raw calls in the same run (the same
// SELECT over every hour), with the ratio; the load and rollup times and the database size.
// Then the filtered call-records page (first and 50th, keyset), as the console reads it.
import { loadavg } from 'node:os'
import pg from 'pg'
import { Database, type TenantSql } from '../../api/src/db/database.js'
import type { AcdSettingsValues } from '../../api/src/modules/acd/settings.service.js'
import {
  callRecordsAfter,
  cursorForPage,
  type CallRecordConditions,
  type CallRecordCursor,
} from '../../api/src/modules/call-records/call-records.store.js'
import { entities, tenantOwnedEntities } from '../../api/src/modules/index.js'
import { reportSources } from '../../api/src/modules/reports/reports.service.js'
import { CallRollupJob } from '../../api/src/modules/reports/rollup-job.js'
import {
  bucketsOf,
  reportSums,
  type ReportCut,
  type RollupSettings,
} from '../../api/src/modules/reports/rollups.store.js'
import { startBenchPostgres } from './lib/postgres.js'
import { bulkLoad, checkOutcomes, createTenant, insertAllCalls, seconds } from './lib/reports-load.js'
import { percentile, round } from './lib/stats.js'
import { tableLines } from './lib/table.js'

const option = (name: string, fallback: number) => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`))
  return given ? Number(given.split('=')[1]) : fallback
}
const CALLS = option('calls', 10_000_000)
const DAYS = option('days', 365)
const ROUNDS = option('rounds', 20)
const RAW_ROUNDS = option('raw-rounds', 3)
/** Connections that load at once, and rollup jobs that run at once (one per core here). */
const CONNECTIONS = option('connections', 2)
const OTHER_TENANTS = 9
const HOUR_MS = 3_600_000
const PAGE_SIZE = 20
const TIME_ZONE = 'Asia/Shanghai'
const SETTINGS: RollupSettings = { timeZone: TIME_ZONE, serviceLevelMs: 20_000, shortAbandonMs: 0 }

/** p50/p99 in ms of `rounds` runs of `work`. */
async function timed(rounds: number, work: () => Promise<unknown>): Promise<{ p50: number; p99: number }> {
  const times: number[] = []
  for (let run = 0; run < rounds; run++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)) }
}

const postgres = await startBenchPostgres()
try {
  const ownerUrl = await postgres.createDatabase('bench_reports')
  const db = await Database.open({ ownerUrl, entities, tenantOwnedEntities, poolSize: 4 })
  const owner = new pg.Client({ connectionString: ownerUrl })
  await owner.connect()
  try {
    const end = Math.floor(Date.now() / 1000) * 1000
    const big = await createTenant(owner, 'Big Company', TIME_ZONE, CALLS)
    const tenants = [big]
    for (let n = 1; n <= OTHER_TENANTS; n++)
      tenants.push(await createTenant(owner, `Company ${n}`, TIME_ZONE, Math.floor(CALLS / 10)))
    const total = tenants.reduce((sum, tenant) => sum + tenant.calls, 0)
    console.log(`${total.toLocaleString('en')} calls over ${DAYS} days in ${tenants.length} tenants`)

    let started = performance.now()
    await bulkLoad(owner, () =>
      insertAllCalls(ownerUrl, tenants, { end, span: DAYS * 24 * HOUR_MS }, CONNECTIONS),
    )
    const loadSeconds = seconds(started)
    await checkOutcomes(owner)
    started = performance.now()
    await owner.query('analyze')
    const analyzeSeconds = seconds(started)
    console.log(`generated and loaded in ${loadSeconds} s, ANALYZE in ${analyzeSeconds} s`)

    // As many API instances' rollup jobs as connections: they share the dirty hours (SKIP LOCKED).
    started = performance.now()
    const job = () =>
      new CallRollupJob({
        db,
        settings: {
          read: async () => ({ serviceLevelSeconds: 20, shortAbandonSeconds: 0 }) as AcdSettingsValues,
        },
        clock: { now: () => new Date() },
        logger: console,
      }).runOnce()
    const runs = await Promise.all(Array.from({ length: CONNECTIONS }, job))
    const hours = runs.reduce((sum, done) => sum + done, 0)
    await owner.query('analyze')
    const rollupSeconds = seconds(started)
    console.log(`rolled up ${hours.toLocaleString('en')} hours in ${rollupSeconds} s (${CONNECTIONS} jobs)`)

    const now = new Date()
    // BENCH_EXPLAIN=1: each read runs once more with every statement's EXPLAIN (ANALYZE, BUFFERS) printed.
    const explaining = (sql: TenantSql): TenantSql =>
      Object.assign(Object.create(sql) as TenantSql, {
        async query(text: string, params?: unknown[]) {
          const plan = await sql.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${text}`, params)
          console.log(`\n${text.trim().slice(0, 200)}…\n${plan.map((row) => row['QUERY PLAN']).join('\n')}`)
          return sql.query(text, params)
        },
      })
    let isExplaining = false
    const inBig = <T>(work: (sql: TenantSql) => Promise<T>) =>
      db.inTenant(big.id, (_em, sql) => work(isExplaining ? explaining(sql) : sql))
    const report = async (range: { from: Date; to: Date }, cut: ReportCut, isRaw: boolean) =>
      inBig(async (sql) => {
        const sources = isRaw
          ? { days: [], hours: [], raw: [range] }
          : await reportSources(sql, range, SETTINGS, cut.interval)
        await bucketsOf(sql, range, cut.interval, TIME_ZONE)
        return reportSums(sql, sources, SETTINGS, now, cut, {
          visible: null,
          skillGroupId: null,
          agentId: null,
          direction: null,
        })
      })
    const currentHour = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS
    const chart = { from: new Date(currentHour - 23 * HOUR_MS), to: now }
    // Today and the 30 days before it, from midnight in the tenant's zone, as the console's custom period
    // of 31 days asks it (a window starting mid-day would read a partial first day hour by hour).
    const [{ monthStart }] = (
      await owner.query<{ monthStart: Date }>(
        `select (date_trunc('day', now() at time zone $1) - interval '30 days') at time zone $1 as "monthStart"`,
        [TIME_ZONE],
      )
    ).rows as [{ monthStart: Date }]
    const month = { from: monthStart, to: now }
    const reportRead = (range: { from: Date; to: Date }, cut: ReportCut) => ({
      read: () => report(range, cut, false),
      raw: () => report(range, cut, true),
    })
    // The call-records list of the console (A9): the company's inbound calls that ended in a callback
    // request (one in twenty), newest first, 20 a page; the 50th page is opened from the 49th's last row.
    const filter: CallRecordConditions = { reach: null, direction: 'INBOUND', outcome: 'CALLBACK' }
    const fiftieth = await inBig((sql) => cursorForPage(sql, filter, 50))
    const page = (cursor: CallRecordCursor | null) => () =>
      inBig((sql) => callRecordsAfter(sql, filter, cursor, PAGE_SIZE + 1))
    const measures: Array<{
      name: string
      read: () => Promise<unknown[]>
      raw?: () => Promise<unknown[]>
      isEmpty?: boolean
    }> = [
      { name: '24-hour chart (by hour)', ...reportRead(chart, { interval: 'hour', key: 'tenant' }) },
      {
        name: '31-day report by agent (by day)',
        ...reportRead(month, { interval: 'day', key: 'agent_id' }),
      },
      { name: 'call records, callbacks: page 1', read: page(null) },
      { name: 'call records, callbacks: page 50', read: page(fiftieth) },
      {
        // A rare outcome (none in these calls): the worst case of the list's filter.
        name: 'call records, missed (none)',
        read: () =>
          inBig((sql) => callRecordsAfter(sql, { ...filter, outcome: 'MISSED' }, null, PAGE_SIZE + 1)),
        isEmpty: true,
      },
    ]
    const results: Array<{
      name: string
      rows: number
      fast: { p50: number; p99: number }
      raw: { p50: number; p99: number } | null
    }> = []
    for (const measure of measures) {
      const rows = await measure.read()
      if (measure.raw && JSON.stringify(rows) !== JSON.stringify(await measure.raw()))
        throw new Error(`${measure.name}: the rollups and the raw calls disagree`)
      if ((rows.length === 0) !== Boolean(measure.isEmpty))
        throw new Error(`${measure.name}: ${rows.length} rows, expected ${measure.isEmpty ? 'none' : 'some'}`)
      const fast = await timed(ROUNDS, measure.read)
      const raw = measure.raw ? await timed(RAW_ROUNDS, measure.raw) : null
      results.push({ name: measure.name, rows: rows.length, fast, raw })
      if (process.env.BENCH_EXPLAIN) {
        isExplaining = true
        await measure.read()
        isExplaining = false
      }
    }
    const [{ size }] = (
      await owner.query<{ size: string }>(
        'select pg_size_pretty(pg_database_size(current_database())) as size',
      )
    ).rows as [{ size: string }]
    const [{ rollupRows }] = (
      await owner.query<{ rollupRows: number }>('select count(*)::int as "rollupRows" from call_rollup')
    ).rows as [{ rollupRows: number }]
    console.log(
      `\nBig tenant: ${CALLS.toLocaleString('en')} calls; ${ROUNDS} rounds, raw ${RAW_ROUNDS} rounds (ms); load average ${loadavg()
        .map((load) => round(load, 1))
        .join(', ')}:\n`,
    )
    console.log(
      tableLines(
        [
          ['read', (row: (typeof results)[number]) => row.name] as const,
          ['rows', (row) => row.rows],
          ['p50', (row) => row.fast.p50],
          ['p99', (row) => row.fast.p99],
          ['raw p50', (row) => row.raw?.p50 ?? '—'],
          ['raw p99', (row) => row.raw?.p99 ?? '—'],
          ['raw/fast (p50)', (row) => (row.raw ? `${round(row.raw.p50 / row.fast.p50, 1)}×` : '—')],
        ],
        results,
      ).join('\n'),
    )
    console.log(`\nDatabase size: ${size}; call_rollup rows: ${rollupRows.toLocaleString('en')}`)
    console.log(
      `Generation and load ${loadSeconds} s, ANALYZE ${analyzeSeconds} s, rollups ${rollupSeconds} s; target p99 < 200 ms and ≥ 20× raw`,
    )
  } finally {
    await owner.end()
    await db.close()
  }
} finally {
  await postgres.stop()
}
