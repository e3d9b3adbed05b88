// `npm run bench -- graphql`: an authenticated query reading one row through the whole stack (HTTP,
// session, tenant filter and row-level security, ORM), against a bare Apollo answering a constant on
// the same HTTP layer. Alternating rounds; medians and their ratio are what count.
import autocannon from 'autocannon'
import { startBenchServer, stopBenchServer, type BenchServer } from './lib/api-server.js'
import { startBenchPostgres } from './lib/postgres.js'
import { median, round } from './lib/stats.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32

async function load(
  server: BenchServer,
  seconds: number,
): Promise<{ rps: number; p99: number; errors: number }> {
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
  return { rps: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx }
}

const postgres = await startBenchPostgres()
const ownerUrl = await postgres.createDatabase('bench_graphql')
const figures = { full: [] as { rps: number; p99: number }[], bare: [] as { rps: number; p99: number }[] }
try {
  for (let round_ = 1; round_ <= ROUNDS; round_++) {
    for (const mode of ['bare', 'full'] as const) {
      const server = await startBenchServer(mode, ownerUrl)
      const result = await (async () => {
        try {
          await load(server, 2) // warm-up: JIT, connection pool, caches
          return await load(server, SECONDS)
        } finally {
          await stopBenchServer(server)
        }
      })()
      if (result.errors > 0) throw new Error(`${mode}: ${result.errors} failed requests`)
      figures[mode].push(result)
      console.log(`round ${round_} ${mode.padEnd(4)} ${round(result.rps, 0)} req/s  p99 ${result.p99} ms`)
    }
  }
} finally {
  await postgres.stop()
}

const summary = (mode: 'full' | 'bare') => ({
  rps: median(figures[mode].map((figure) => figure.rps)),
  p99: median(figures[mode].map((figure) => figure.p99)),
})
const full = summary('full')
const bare = summary('bare')
console.log(`
GraphQL (${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections, medians)
  full stack  ${round(full.rps, 0)} req/s   p99 ${full.p99} ms   (query { me { id email } }, bearer session)
  bare Apollo ${round(bare.rps, 0)} req/s   p99 ${bare.p99} ms   (constant resolver, same Fastify layer)
  ratio       ${round((100 * full.rps) / bare.rps, 1)} % of bare   (target ≥ 70 %)`)
