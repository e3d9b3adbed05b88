// `npm run bench -- graphql`: an authenticated query reading one row through the whole stack (HTTP,
// session, tenant filter and row-level security, ORM), against a bare Apollo answering a constant on
// the same HTTP layer. Alternating rounds; medians and their ratio are what count.
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import autocannon from 'autocannon'
import { startBenchPostgres } from './lib/postgres.js'
import { median, round } from './lib/stats.js'

/** Printed by graphql-server.ts before the JSON describing the server it started. */
const READY = 'BENCH_SERVER_READY'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = 32

interface Server {
  process: ChildProcess
  url: string
  token: string
  query: string
}

async function startServer(mode: 'full' | 'bare', ownerUrl: string): Promise<Server> {
  const child = spawn('npx', ['tsx', 'scripts/bench/graphql-server.ts', mode, ownerUrl], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const readyLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY)) resolve(line.slice(READY.length))
    })
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)))
  })
  return { process: child, ...(JSON.parse(readyLine) as Omit<Server, 'process'>) }
}

async function load(server: Server, seconds: number): Promise<{ rps: number; p99: number; errors: number }> {
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

async function stopServer(server: Server): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  server.process.kill('SIGTERM')
  await exited
}

const postgres = await startBenchPostgres()
const ownerUrl = await postgres.createDatabase('bench_graphql')
const figures = { full: [] as { rps: number; p99: number }[], bare: [] as { rps: number; p99: number }[] }
try {
  for (let round_ = 1; round_ <= ROUNDS; round_++) {
    for (const mode of ['bare', 'full'] as const) {
      const server = await startServer(mode, ownerUrl)
      const result = await (async () => {
        try {
          await load(server, 2) // warm-up: JIT, connection pool, caches
          return await load(server, SECONDS)
        } finally {
          await stopServer(server)
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
