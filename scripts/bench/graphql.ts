// `npm run bench -- graphql`: an authenticated query reading the signed-in user's row, side by side:
// the whole API (HTTP, session, tenant filter and row-level security, resolvers), the limit (a
// hand-written server on the same Fastify + Apollo layer, node-postgres, one round trip per read),
// PostGraphile 4 (the same row through the same policy) and a bare Apollo answering a constant. Each
// runs in its own process, one at a time, in an order that rotates every round; medians and ratios
// within the run are what count on a shared machine.
import { readFile } from 'node:fs/promises'
import autocannon from 'autocannon'
import {
  createBenchFixture,
  startBenchServer,
  stopBenchServer,
  type BenchMode,
  type BenchServer,
} from './lib/api-server.js'
import { startBenchPostgres } from './lib/postgres.js'
import { median, round } from './lib/stats.js'
import { tableLines } from './lib/table.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32
const MODES: BenchMode[] = (process.env.BENCH_MODES?.split(',') as BenchMode[] | undefined) ?? [
  'full',
  'limit',
  'postgraphile',
  'bare',
]
const DESCRIPTIONS: Record<BenchMode, string> = {
  full: 'full stack',
  limit: 'limit (Apollo + node-postgres)',
  postgraphile: 'PostGraphile 4',
  bare: 'bare Apollo (constant)',
}

interface Figure {
  rps: number
  p99: number
  /** The server process's CPU (user + system) per answered request. */
  cpuMsPerRequest: number
}

/** CPU seconds a process has used so far (Linux; clock ticks of 10 ms). */
async function cpuSecondsOf(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14, 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

async function load(server: BenchServer, seconds: number): Promise<Figure & { errors: number }> {
  const cpuBefore = await cpuSecondsOf(server.process.pid!)
  const result = await autocannon({
    url: `${server.url}/graphql`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: {
      'content-type': 'application/json',
      ...(server.token ? { authorization: `Bearer ${server.token}` } : {}),
    },
    body: JSON.stringify({ query: server.query }),
  })
  const cpuMsPerRequest =
    (1000 * ((await cpuSecondsOf(server.process.pid!)) - cpuBefore)) / result.requests.total
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    cpuMsPerRequest,
    errors: result.errors + result.non2xx,
  }
}

/** The server answers the administrator's row, not an error that would make it look fast. */
async function checkAnswer(server: BenchServer, mode: BenchMode): Promise<void> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query: server.query }),
  })
  const body = (await response.json()) as { data?: Record<string, { email?: string } | null> }
  const row = Object.values(body.data ?? {})[0]
  if (!row?.email) throw new Error(`${mode} answered ${JSON.stringify(body)}`)
}

const postgres = await startBenchPostgres()
const ownerUrl = await postgres.createDatabase('bench_graphql')
const figures = Object.fromEntries(MODES.map((mode) => [mode, [] as Figure[]])) as Record<BenchMode, Figure[]>
try {
  const fixture = await createBenchFixture(ownerUrl)
  for (let round_ = 1; round_ <= ROUNDS; round_++) {
    // Rotate the order, so that no server always runs first, or right after the same neighbour.
    const order = MODES.map((_, index) => MODES[(index + round_ - 1) % MODES.length]!)
    for (const mode of order) {
      const server = await startBenchServer(mode, ownerUrl, fixture)
      const result = await (async () => {
        try {
          await checkAnswer(server, mode)
          await load(server, 2) // warm-up: JIT, connection pool, caches
          return await load(server, SECONDS)
        } finally {
          await stopBenchServer(server)
        }
      })()
      if (result.errors > 0) throw new Error(`${mode}: ${result.errors} failed requests`)
      figures[mode].push(result)
      console.log(
        `round ${round_} ${mode.padEnd(12)} ${round(result.rps, 0)} req/s  p99 ${result.p99} ms  ` +
          `CPU ${round(result.cpuMsPerRequest, 2)} ms/request`,
      )
    }
  }
} finally {
  await postgres.stop()
}

const summary = Object.fromEntries(
  MODES.map((mode) => [
    mode,
    {
      rps: median(figures[mode].map((figure) => figure.rps)),
      p99: median(figures[mode].map((figure) => figure.p99)),
      cpuMsPerRequest: median(figures[mode].map((figure) => figure.cpuMsPerRequest)),
    },
  ]),
) as Record<BenchMode, Figure>
/**
 * Two ratios of req/s: of the medians, and the median of each round's own ratio, which a machine
 * whose load changes from round to round disturbs less.
 */
const percentOf = (mode: BenchMode, base: BenchMode) => {
  if (!summary[mode] || !summary[base]) return '–'
  const ofMedians = (100 * summary[mode].rps) / summary[base].rps
  const perRound = median(
    figures[mode].map((figure, index) => (100 * figure.rps) / figures[base][index]!.rps),
  )
  return `${round(ofMedians, 1)} % (median of the rounds' ratios: ${round(perRound, 1)} %)`
}
console.log(
  [
    '',
    `GraphQL (${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections, medians)`,
    ...tableLines<BenchMode>(
      [
        ['server', (mode) => DESCRIPTIONS[mode]],
        ['req/s', (mode) => round(summary[mode].rps, 0)],
        ['p99', (mode) => `${summary[mode].p99} ms`],
        ['Node CPU/request', (mode) => `${round(summary[mode].cpuMsPerRequest, 2)} ms`],
        ['rounds (req/s)', (mode) => figures[mode].map((figure) => round(figure.rps, 0)).join(', ')],
      ],
      MODES,
    ),
    '',
    `full stack / limit: ${percentOf('full', 'limit')} (target ≥ 70 %)`,
    `full stack / PostGraphile: ${percentOf('full', 'postgraphile')} (target > 100 %)`,
    `limit / bare: ${percentOf('limit', 'bare')}`,
  ].join('\n'),
)
