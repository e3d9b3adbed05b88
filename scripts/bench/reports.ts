// `npm run bench -- reports [--calls=N] [--days=D] [--rounds=R]`: the call report (A9) on a big tenant.
// One tenant gets N calls (default 10,000,000, the size) spread over D days (default 365) up to
// now, nine others N/10 each, written as CSV files and loaded with COPY (call_record, call_fact,
// agent_status_log) as a bulk load: secondary indexes built after it, idle per-row triggers off (bulkLoad).
// The hourly rollups are then made by the rollup job itself. Prints p50/p99 of the 24-hour chart and of
// a 31-day call report by agent, each read from the rollups (closed hours) plus the open hour, and
// computed from the raw calls in the same run (the same SELECT over every hour), with the ratio; the
// generation, load and rollup times and the database size.
// Then the filtered call-records page (first and 50th, keyset), as the console reads it.
import { randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { once } from 'node:events'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
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
const OTHER_TENANTS = 9
const AGENTS = 200
const SELLERS = 20
const GROUPS = 10
const HOUR_MS = 3_600_000
const PAGE_SIZE = 20
const TIME_ZONE = 'Asia/Shanghai'
const SETTINGS: RollupSettings = { timeZone: TIME_ZONE, serviceLevelMs: 20_000, shortAbandonMs: 0 }

const seconds = (since: number) => round((performance.now() - since) / 1000, 1)

interface Tenant {
  id: string
  agents: string[]
  sellers: string[]
  groups: string[]
  calls: number
}

/** A tenant with its agents (their status log needs the rows) and skill group IDs. */
async function createTenant(owner: pg.Client, name: string, calls: number): Promise<Tenant> {
  const id = randomUUID()
  await owner.query('insert into tenant (id, name, time_zone) values ($1, $2, $3)', [id, name, TIME_ZONE])
  const users = async (count: number, organization: string) =>
    (
      await owner.query<{ id: string }>(
        `insert into app_user (id, tenant_id, email, name, password_hash, role, organization)
         select gen_random_uuid(), $1::uuid, $2 || '-' || n || '-' || $1::text || '@bench.example', 'Agent ' || n, '-',
                'AGENT', $3
           from generate_series(1, $4::int) n returning id`,
        [id, organization.toLowerCase(), organization, count],
      )
    ).rows.map((row) => row.id)
  return {
    id,
    agents: await users(AGENTS, 'INBOUND'),
    sellers: await users(SELLERS, 'TELESALES'),
    groups: Array.from({ length: GROUPS }, () => randomUUID()),
    calls,
  }
}

/** A CSV file written as fast as the disk takes it. */
function csvFile(file: string) {
  const out = createWriteStream(file)
  let chunk = ''
  return {
    async line(fields: Array<string | number | null>) {
      chunk += fields.map((field) => (field === null ? '' : String(field))).join(',') + '\n'
      if (chunk.length > 1 << 20) {
        if (!out.write(chunk)) await once(out, 'drain')
        chunk = ''
      }
    },
    async close() {
      out.end(chunk)
      await once(out, 'finish')
    },
  }
}

/**
 * Evenly spaced calls up to now, each agent's calls far enough apart that their handling never overlaps:
 * 75 % answered (some after an overflow), 15 % abandoned, 5 % callbacks; every fifth call also a seller's
 * outbound call, 70 % of them answered.
 */
async function writeCalls(dir: string, tenant: Tenant, end: number): Promise<void> {
  const records = csvFile(path.join(dir, `records-${tenant.id}.csv`))
  const facts = csvFile(path.join(dir, `facts-${tenant.id}.csv`))
  const statuses = csvFile(path.join(dir, `statuses-${tenant.id}.csv`))
  const span = DAYS * 24 * HOUR_MS
  const start = end - span
  const iso = (ms: number) => new Date(ms).toISOString()
  for (let i = 0; i < tenant.calls; i++) {
    const t = start + Math.floor((i * span) / tenant.calls)
    // Each agent answers one skill group's calls, each skill group has its number: as a company is set up.
    const agent = tenant.agents[i % AGENTS]!
    const group = tenant.groups[(i % AGENTS) % GROUPS]!
    const number = `40080010${(i % AGENTS) % 5}`
    const callId = randomUUID()
    const wait = (5 + ((i * 7919) % 60)) * 1000
    const fate = (i * 2654435761) % 20
    const talk = (30 + ((i * 104729) % 240)) * 1000
    const acw = (i % 60) * 1000
    const answered = fate < 15 || fate === 19
    const fact = (kind: string, at: number, extra: Array<string | number | null>) =>
      facts.line([tenant.id, callId, kind, iso(at), ...extra])
    // tenant, call, kind, at, direction, organization, skill group, agent, outcome, duration
    await fact('ENQUEUED', t, ['INBOUND', 'INBOUND', group, null, null, null])
    let answeredIn = group
    if (fate === 19) {
      answeredIn = tenant.groups[((i % AGENTS) + 1) % GROUPS]!
      await fact('OVERFLOWED', t + wait / 2, [null, null, group, null, 'SKILL_GROUP', wait / 2])
      await fact('ENQUEUED', t + wait / 2, ['INBOUND', 'INBOUND', answeredIn, null, null, null])
    }
    if (answered) {
      await fact('OFFERED', t + wait - 4000, [null, null, answeredIn, agent, null, null])
      await fact('OFFER_ENDED', t + wait, [null, null, answeredIn, agent, 'ANSWERED', 4000])
      await fact('ANSWERED', t + wait, [null, null, answeredIn, agent, 'CALL', wait])
      if (fate === 1) {
        await fact('HELD', t + wait + 10_000, [null, null, null, agent, null, null])
        await fact('RESUMED', t + wait + 25_000, [null, null, null, agent, null, null])
      }
      await statuses.line([tenant.id, agent, 'ON_CALL', 'BENCH', iso(t + wait)])
      await statuses.line([tenant.id, agent, 'AFTER_CALL_WORK', 'BENCH', iso(t + wait + talk)])
      await statuses.line([tenant.id, agent, 'IDLE', 'BENCH', iso(t + wait + talk + acw)])
    } else if (fate < 18) await fact('ABANDONED', t + wait, [null, null, group, null, 'QUEUED', wait])
    else await fact('CALLBACK_REQUESTED', t + wait, [null, null, group, null, null, wait])
    // id, tenant, node, direction, dialled, caller, callee, agent, skill group, started, answered, ended
    await records.line([
      callId,
      tenant.id,
      'bench',
      'INBOUND',
      number,
      `138${String(i % 1e8).padStart(8, '0')}`,
      number,
      answered ? agent : null,
      answeredIn,
      iso(t),
      answered ? iso(t + wait) : null,
      iso(t + wait + (answered ? talk : 0)),
    ])
    if (i % 5 === 0) {
      const isAnswered = i % 10 !== 5 || i % 3 === 0
      await records.line([
        randomUUID(),
        tenant.id,
        'bench',
        'OUTBOUND',
        null,
        number,
        `139${String(i % 1e8).padStart(8, '0')}`,
        tenant.sellers[i % SELLERS]!,
        null,
        iso(t + 1000),
        isAnswered ? iso(t + 9000) : null,
        iso(t + (isAnswered ? 120_000 : 30_000)),
      ])
    }
  }
  await Promise.all([records.close(), facts.close(), statuses.close()])
}

async function copyIn(owner: pg.Client, dir: string, tenant: Tenant): Promise<void> {
  const file = (kind: string) => path.join(dir, `${kind}-${tenant.id}.csv`)
  const started = performance.now()
  // Facts first: a call's outcome is decided as its row goes in (migration …08000000_call_outcome).
  await owner.query(
    `copy call_fact (tenant_id, call_id, kind, at, direction, organization, skill_group_id, agent_id, outcome,
       duration_ms) from '${file('facts')}' with (format csv)`,
  )
  await owner.query(
    `copy call_record (id, tenant_id, switch_node, direction, dialled_number, caller_number, callee_number,
       agent_id, skill_group_id, started_at, answered_at, ended_at) from '${file('records')}' with (format csv)`,
  )
  await owner.query(
    `copy agent_status_log (tenant_id, user_id, status, cause, at) from '${file('statuses')}' with (format csv)`,
  )
  if (process.env.BENCH_VERBOSE) console.log(`  COPY of ${tenant.calls} calls: ${seconds(started)} s`)
}

/** Per-row triggers the load turns off: none of them has anything to do for these calls. */
const IDLE_TRIGGERS = [
  // Linking ended calls to customers (G4) is not what this measures, and it would triple the load's time.
  ['call_record', 'call_record_customer'],
  // No tenant here has a webhook endpoint: each row would only look for one.
  ['call_record', 'call_record_webhooks'],
  ['agent_status_log', 'agent_status_log_webhooks'],
  // Redecides the outcome of an ended call when a late fact comes; the facts go in before the calls.
  ['call_fact', 'call_fact_outcome'],
] as const

/**
 * Loads as a bulk load should: the idle per-row triggers off, and the loaded tables' secondary indexes
 * dropped and built again afterwards (one sort each instead of an index entry per row). The rollups'
 * statement triggers stay on (they queue the hours the job rolls up), so do the call records' outcome
 * trigger and the index it reads the facts by.
 */
async function bulkLoad(owner: pg.Client, load: () => Promise<void>): Promise<void> {
  const { rows: indexes } = await owner.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
      where i.schemaname = 'public' and i.tablename in ('call_record', 'call_fact', 'agent_status_log')
        and i.indexname <> 'call_fact_call_idx'
        and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  )
  for (const [table, trigger] of IDLE_TRIGGERS)
    await owner.query(`alter table ${table} disable trigger ${trigger}`)
  for (const { name } of indexes) await owner.query(`drop index ${name}`)
  await load()
  const started = performance.now()
  for (const { definition } of indexes) await owner.query(definition)
  if (process.env.BENCH_VERBOSE)
    console.log(`  ${indexes.length} indexes built again in ${seconds(started)} s`)
  for (const [table, trigger] of IDLE_TRIGGERS)
    await owner.query(`alter table ${table} enable trigger ${trigger}`)
}

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
const dir = await mkdtemp(path.join(tmpdir(), 'cc-bench-reports-'))
await chmod(dir, 0o755)
try {
  const ownerUrl = await postgres.createDatabase('bench_reports')
  const db = await Database.open({ ownerUrl, entities, tenantOwnedEntities, poolSize: 4 })
  const owner = new pg.Client({ connectionString: ownerUrl })
  await owner.connect()
  try {
    const end = Math.floor(Date.now() / 1000) * 1000
    const big = await createTenant(owner, 'Big Company', CALLS)
    const tenants = [big]
    for (let n = 1; n <= OTHER_TENANTS; n++)
      tenants.push(await createTenant(owner, `Company ${n}`, Math.floor(CALLS / 10)))
    const total = tenants.reduce((sum, tenant) => sum + tenant.calls, 0)
    console.log(`${total.toLocaleString('en')} calls over ${DAYS} days in ${tenants.length} tenants`)

    let started = performance.now()
    for (const tenant of tenants) await writeCalls(dir, tenant, end)
    const generateSeconds = seconds(started)
    started = performance.now()
    await bulkLoad(owner, async () => {
      for (const tenant of tenants) await copyIn(owner, dir, tenant)
    })
    await owner.query('analyze')
    const copySeconds = seconds(started)
    console.log(`generated CSV in ${generateSeconds} s, COPY and ANALYZE in ${copySeconds} s`)

    started = performance.now()
    const job = new CallRollupJob({
      db,
      settings: {
        read: async () => ({ serviceLevelSeconds: 20, shortAbandonSeconds: 0 }) as AcdSettingsValues,
      },
      clock: { now: () => new Date() },
      logger: console,
    })
    const hours = await job.runOnce()
    await owner.query('analyze')
    const rollupSeconds = seconds(started)
    console.log(`rolled up ${hours.toLocaleString('en')} hours in ${rollupSeconds} s`)

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
      `Generation ${generateSeconds} s, COPY ${copySeconds} s, rollups ${rollupSeconds} s; target p99 < 200 ms and ≥ 20× raw`,
    )
  } finally {
    await owner.end()
    await db.close()
  }
} finally {
  await rm(dir, { recursive: true, force: true })
  await postgres.stop()
}
