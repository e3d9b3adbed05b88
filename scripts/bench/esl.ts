// `npm run bench -- esl`: (a) ESL codec events/s on the captured streams, beside drachtio-modesl's
// parser on the same bytes; (b) the ingest pipeline: two simulated nodes placing calls at rising
// rates into one cluster writing call records to PostgreSQL.
import { readFileSync } from 'node:fs'
import { EventEmitter } from 'node:events'
import { createRequire } from 'node:module'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { FrameParser, decodeEvent, isEventFrame } from '../../api/src/telephony/esl/codec'
import { Database } from '../../api/src/db/database.js'
import { entities, tenantOwnedEntities } from '../../api/src/modules/index.js'
import { PgCallStore } from '../../api/src/modules/calls/call-record.store.js'
import { inboundDialplanVariables } from '../../api/src/telephony/calls/variables'
import { PgOwnershipLock } from '../../api/src/telephony/cluster/ownership-lock'
import { SwitchCluster } from '../../api/src/telephony/cluster/switch-cluster'
import { SwitchSimulator } from '../../api/src/telephony/sim/switch'
import { startBenchPostgres } from './lib/postgres.js'
import { median, percentile, round } from './lib/stats.js'

const require = createRequire(import.meta.url)
const ModeslParser = require('drachtio-modesl/lib/esl/Parser.js') as new (
  socket: EventEmitter,
) => EventEmitter

// ---- (a) codec -------------------------------------------------------------------------------

/** The event frames of the plain-text captures (modesl reads only plain events), repeated. */
function capturedEventStream(copies: number): { bytes: Buffer; events: number } {
  const frames: Buffer[] = []
  for (const name of ['esl-originate', 'esl-park-control', 'esl-outbound-trigger']) {
    const raw = readFileSync(new URL(`../../../shared/freeswitch/${name}.raw`, import.meta.url))
    const parser = new FrameParser()
    for (const frame of parser.push(raw).items) {
      if (isEventFrame(frame) && frame.contentType === 'text/event-plain') frames.push(encodeAgain(frame))
    }
  }
  const one = Buffer.concat(frames)
  return { bytes: Buffer.concat(Array.from({ length: copies }, () => one)), events: frames.length * copies }
}

function encodeAgain(frame: { headers: Record<string, string>; body: Buffer }): Buffer {
  return Buffer.concat([
    Buffer.from(`Content-Length: ${frame.body.length}\nContent-Type: ${frame.headers['Content-Type']}\n\n`),
    frame.body,
  ])
}

const CHUNK = 64 * 1024
function chunks(bytes: Buffer): Buffer[] {
  const list: Buffer[] = []
  for (let i = 0; i < bytes.length; i += CHUNK) list.push(bytes.subarray(i, i + CHUNK))
  return list
}

function ourCodec(input: Buffer[]): number {
  const parser = new FrameParser()
  let events = 0
  for (const chunk of input) {
    for (const frame of parser.push(chunk).items) if (decodeEvent(frame).name) events++
  }
  return events
}

/**
 * The same, also reading every event's `headers` and `variables` records, which decodeEvent builds on
 * first read: the price a consumer pays when it needs the full dictionaries rather than typed fields.
 */
function ourCodecWithRecords(input: Buffer[]): number {
  const parser = new FrameParser()
  let events = 0
  for (const chunk of input) {
    for (const frame of parser.push(chunk).items) {
      const event = decodeEvent(frame)
      if (event.headers['Event-Name'] !== undefined && event.variables) events++
    }
  }
  return events
}

/**
 * drachtio-modesl's parser does comparable work eagerly: it splits every frame, URL-decodes every
 * value of the event body (decodeURIComponent), and builds an object of them plus an Event holding
 * a {name, value} list, as our headerList. It builds no typed fields.
 */
function modesl(input: Buffer[]): number {
  const socket = new EventEmitter()
  const parser = new ModeslParser(socket)
  let events = 0
  parser.on('esl::event', () => events++)
  for (const chunk of input) socket.emit('data', chunk)
  return events
}

function rate(run: (input: Buffer[]) => number, input: Buffer[], expected: number): number {
  const rounds: number[] = []
  for (let round = 0; round < 5; round++) {
    const start = performance.now()
    const seen = run(input)
    const seconds = (performance.now() - start) / 1000
    if (seen !== expected) throw new Error(`parsed ${seen} events, expected ${expected}`)
    rounds.push(seen / seconds)
  }
  return median(rounds)
}

// ---- (b) ingest ------------------------------------------------------------------------------

async function ingest(): Promise<
  { rate: number; callsPerSecond: number; eventsPerSecond: number; p99: number; lost: number }[]
> {
  const pg = await startBenchPostgres()
  const ownerUrl = await pg.createDatabase('bench_esl')
  const db = await Database.open({ ownerUrl, entities, tenantOwnedEntities, poolSize: 4 })
  const tenantId = '00000000-0000-4000-8000-000000000001'
  const owner = await import('pg')
  const client = new owner.default.Client({ connectionString: ownerUrl })
  await client.connect()
  await client.query(`insert into tenant (id, name) values ($1, 'Bench')`, [tenantId])
  await client.end()
  const sims = [0, 1].map(
    () =>
      new SwitchSimulator({
        dialplan: (call) => inboundDialplanVariables({ tenantId, number: call.to }),
        heartbeatIntervalMs: 20_000,
      }),
  )
  const ports = await Promise.all(sims.map((sim) => sim.start()))
  const silent = { debug() {}, info() {}, warn() {}, error: (c: object, m: string) => console.error(m, c) }
  const cluster = new SwitchCluster({
    nodes: ports.map((port, i) => ({ name: `bench-${i}`, host: '127.0.0.1', port, password: 'ClueCon' })),
    lock: new PgOwnershipLock(db.orm.config.get('clientUrl') as string, silent),
    store: new PgCallStore(db),
    logger: silent,
    ownershipPollMs: 200,
    flushIntervalMs: 50,
    flushMaxBatch: 1000,
  })
  let synced = 0
  const allSynced = new Promise<void>((resolve) => cluster.onSynced(() => ++synced === 2 && resolve()))
  cluster.start()
  await allSynced

  const results = []
  for (const rate of [100, 200, 400, 800, 1200, 1600]) {
    const lags: number[] = []
    const ended = new Set<string>()
    const stop = cluster.queue.onFlush((report) => {
      lags.push(...report.lagsMs)
      for (const id of report.endedCallIds) ended.add(id)
    })
    const placed: string[] = []
    const seconds = 4
    const tickMs = 20
    const start = performance.now()
    let eventsBefore = 0
    for (let tick = 0; tick < (seconds * 1000) / tickMs; tick++) {
      const due = Math.round(((tick + 1) * tickMs * rate) / 1000) - placed.length
      for (let i = 0; i < due; i++) {
        const sim = sims[placed.length % 2]!
        const uuid = await sim.placeInboundCall({ from: '13800000000', to: '4001' })
        placed.push(uuid)
        // Hold each call one tick, then the caller hangs up: 4 events per call.
        setTimeout(() => sim.hangup(uuid), tickMs)
      }
      const wait = start + (tick + 1) * tickMs - performance.now()
      if (wait > 0) await sleep(wait)
    }
    eventsBefore = placed.length * 4
    const deadline = performance.now() + 10_000
    while (ended.size < placed.length && performance.now() < deadline) await sleep(50)
    stop()
    const elapsed = (performance.now() - start) / 1000
    results.push({
      rate,
      callsPerSecond: round(placed.length / seconds),
      eventsPerSecond: round(eventsBefore / seconds),
      p99: round(lags.length ? percentile(lags, 99) : NaN),
      lost: placed.length - ended.size,
    })
    console.log(
      `  ${rate} calls/s offered: p99 lag ${results.at(-1)!.p99} ms, lost ${results.at(-1)!.lost}, ${round(elapsed)} s`,
    )
  }
  await cluster.stop()
  await Promise.all(sims.map((sim) => sim.stop()))
  await db.close()
  await pg.stop()
  return results
}

const stream = capturedEventStream(2000)
const input = chunks(stream.bytes)
console.log(`ESL codec: ${stream.events} events, ${round(stream.bytes.length / 1e6)} MB in 64 KiB chunks`)
const ours = rate(ourCodec, input, stream.events)
const theirs = rate(modesl, input, stream.events)
const oursWithRecords = rate(ourCodecWithRecords, input, stream.events)
console.log(`  ours:                         ${Math.round(ours)} events/s`)
console.log(`  ours, reading both records:   ${Math.round(oursWithRecords)} events/s`)
console.log(`  drachtio-modesl:              ${Math.round(theirs)} events/s`)
console.log(`  ratio:                        ${round(ours / theirs, 2)}x`)
console.log(`  ratio, reading both records:  ${round(oursWithRecords / theirs, 2)}x`)
// `npm run bench -- esl --codec-only` stops here, for quick turns while working on the codec.
if (process.argv.includes('--codec-only')) process.exit(0)
console.log('Ingest (two simulated nodes → one cluster → PostgreSQL):')
const steps = await ingest()
const sustained = steps.filter((step) => step.p99 < 250 && step.lost === 0).at(-1)
console.log(
  sustained
    ? `  highest sustained: ${sustained.callsPerSecond} calls/s, ${sustained.eventsPerSecond} events/s (p99 ${sustained.p99} ms, none lost)`
    : '  no step met p99 < 250 ms without loss',
)
