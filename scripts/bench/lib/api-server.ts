// The whole API (or a comparison server) in its own process, started by graphql-server.ts, so that a
// benchmark's load generator or browser driver does not share the server's event loop.
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import { benchNodeOptions } from './node-options.js'

/** Printed by graphql-server.ts before the JSON describing what it started. */
export const READY = 'BENCH_SERVER_READY'

/** What graphql-server.ts can serve; see its first comment. */
export type BenchMode = 'full' | 'limit' | 'postgraphile' | 'bare'

/** A freshly signed-up company's super administrator, signed in with a bearer token. */
export interface BenchFixture {
  token: string
  tenantId: string
  userId: string
}

/** What a started server prints: where it listens and the query that reads the administrator's row. */
export interface ReadyServer {
  url: string
  query: string
}

export interface BenchServer extends ReadyServer {
  process: ChildProcess
  /** The fixture's bearer token (empty for `bare`). */
  token: string
}

/** PostGraphile 4 needs graphql 15, so it runs apart from the API's graphql 16. */
const scriptOf = (mode: string) =>
  mode === 'postgraphile' ? 'scripts/bench/postgraphile-server.ts' : 'scripts/bench/graphql-server.ts'

/** Runs the script of `args[0]` (a mode, or `setup`) until it prints its READY line: the process and that JSON. */
async function spawnBenchProcess<T>(
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ child: ChildProcess; ready: T }> {
  // Node itself rather than `npx tsx`: SIGTERM then reaches the server, not an npx that dies and leaves
  // the server running (and holding the benchmark's stderr open) until PostgreSQL is gone.
  const child = spawn(
    process.execPath,
    [...benchNodeOptions, '--import', 'tsx', scriptOf(args[0]!), ...args],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } },
  )
  const readyLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith(READY)) resolve(line.slice(READY.length))
      else process.stderr.write(`${line}\n`)
    })
    child.once('exit', (code) => reject(new Error(`${args[0]} server exited with ${code}`)))
  })
  return { child, ready: JSON.parse(readyLine) as T }
}

/** Migrates the database and signs a company up (in a process of its own, which then exits). */
export async function createBenchFixture(ownerUrl: string): Promise<BenchFixture> {
  const { child, ready } = await spawnBenchProcess<BenchFixture>(['setup', ownerUrl])
  if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve))
  return ready
}

export async function startBenchServer(
  mode: BenchMode,
  ownerUrl: string,
  fixture?: BenchFixture,
  /** Added to the server's environment (the page-load benchmark's console folders). */
  env: NodeJS.ProcessEnv = {},
): Promise<BenchServer> {
  const { child, ready } = await spawnBenchProcess<Omit<BenchServer, 'process'>>(
    [mode, ownerUrl, JSON.stringify(fixture ?? (await createBenchFixture(ownerUrl)))],
    env,
  )
  return { process: child, ...ready }
}

export async function stopBenchServer(server: BenchServer): Promise<void> {
  const exited = new Promise((resolve) => server.process.once('exit', resolve))
  server.process.kill('SIGTERM')
  await exited
}

/** A port nothing listens on now: the compiled API takes its port from PORT and does not print it. */
async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/**
 * The API as `npm start` runs it: api/dist/main.js (built first, as scripts/start.sh does) with plain Node,
 * production settings and no demo company, on the benchmark's database. For figures about the process
 * itself (its memory), which tsx's compiler caches would distort.
 */
export async function startCompiledApi(ownerUrl: string, fixture: BenchFixture): Promise<BenchServer> {
  await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/build-api.ts'])
  const port = await freePort()
  const child = spawn(process.execPath, [...benchNodeOptions, 'api/dist/main.js'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      DATABASE_URL: ownerUrl,
      PORT: String(port),
      DATA_DIR: await mkdtemp(path.join(tmpdir(), 'bench-api-')),
    },
  })
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('Cloud call center is running')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the compiled API exited with ${code}`)))
  })
  return { process: child, url: `http://127.0.0.1:${port}`, query: '', token: fixture.token }
}
