// `npm run bench -- startup`: how long `npm start` takes on an installed clone until /graphql answers:
// cold (no database, SPAs and API not built) once, then warm restarts (median of 5).
import { spawn } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { chmod, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { median, round } from './lib/stats.js'

const WARM_RUNS = 5
const repoRoot = path.resolve(import.meta.dirname, '../..')
const port = 4600 + Math.floor(Math.random() * 300)
const pgPort = 55000 + Math.floor(Math.random() * 500)

async function graphqlAnswers(): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    return response.ok
  } catch {
    return false
  }
}

/** Starts `npm start`, returns seconds until the first successful GraphQL answer, then Ctrl-C's it. */
async function timeStart(dataDir: string): Promise<number> {
  const started = performance.now()
  const child = spawn('npm', ['start'], {
    cwd: repoRoot,
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(pgPort) },
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  while (!(await graphqlAnswers())) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const seconds = (performance.now() - started) / 1000
  process.kill(-child.pid!, 'SIGINT')
  await exited
  // PostgreSQL shuts down on the same Ctrl-C; give its port a moment before the next start.
  while (await graphqlAnswers()) await new Promise((resolve) => setTimeout(resolve, 50))
  return seconds
}

/** When each build npm start makes was last written: a warm run that rebuilt something is no warm run. */
const builtFiles = ['web-admin/dist/index.html', 'web-agent/dist/index.html', 'api/dist/main.js']
const buildTimes = () => builtFiles.map((file) => statSync(path.join(repoRoot, file)).mtimeMs).join()

const dataDir = await mkdtemp(path.join(tmpdir(), 'cc-bench-start-'))
await chmod(dataDir, 0o755)
const builds = ['web-admin/dist', 'web-agent/dist', 'api/dist'].map((dir) => path.join(repoRoot, dir))
try {
  // Cold: move the builds aside so npm start makes them, and start on an empty data directory.
  for (const dir of builds) if (existsSync(dir)) await rename(dir, `${dir}.bench-aside`)
  const cold = await timeStart(dataDir)
  console.log(`cold start ${round(cold, 2)} s (initdb, migrations, demo seed, both SPAs and the API built)`)
  for (const dir of builds) await rm(`${dir}.bench-aside`, { recursive: true, force: true })
  const warm: number[] = []
  // Others editing the working tree meanwhile make npm start rebuild; such a run is timed again.
  for (let attempt = 1; warm.length < WARM_RUNS && attempt <= 3 * WARM_RUNS; attempt++) {
    const before = buildTimes()
    const seconds = await timeStart(dataDir)
    if (buildTimes() !== before) {
      console.log(`warm start: ${round(seconds, 2)} s, not counted: sources changed meanwhile and it rebuilt`)
      continue
    }
    warm.push(seconds)
    console.log(`warm start ${warm.length}: ${round(seconds, 2)} s`)
  }
  console.log(`
npm start → first /graphql answer
  cold (fresh data, SPAs and API built)  ${round(cold, 2)} s
  warm restart (median of ${warm.length})            ${round(median(warm), 2)} s   (min ${round(Math.min(...warm), 2)}, max ${round(Math.max(...warm), 2)})`)
} finally {
  for (const dir of builds) {
    if (existsSync(`${dir}.bench-aside`) && !existsSync(dir)) await rename(`${dir}.bench-aside`, dir)
  }
  await rm(dataDir, { recursive: true, force: true })
}
