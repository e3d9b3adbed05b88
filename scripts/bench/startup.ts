// `npm run bench -- startup`: how long `npm start` takes on an installed clone until /graphql answers:
// cold (no database, SPAs not built) once, then warm restarts (median of 5).
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
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

const dataDir = await mkdtemp(path.join(tmpdir(), 'cc-bench-start-'))
await chmod(dataDir, 0o755)
const builtSpas = ['web-admin/dist', 'web-agent/dist'].map((dir) => path.join(repoRoot, dir))
try {
  // Cold: move the built SPAs aside so npm start builds them, and start on an empty data directory.
  for (const dir of builtSpas) if (existsSync(dir)) await rename(dir, `${dir}.bench-aside`)
  const cold = await timeStart(dataDir)
  console.log(`cold start ${round(cold, 2)} s (initdb, migrations, demo seed, both SPAs built)`)
  for (const dir of builtSpas) await rm(`${dir}.bench-aside`, { recursive: true, force: true })
  const warm: number[] = []
  for (let run = 1; run <= WARM_RUNS; run++) {
    warm.push(await timeStart(dataDir))
    console.log(`warm start ${run}: ${round(warm.at(-1)!, 2)} s`)
  }
  console.log(`
npm start → first /graphql answer
  cold (fresh data, SPAs built)  ${round(cold, 2)} s
  warm restart (median of ${WARM_RUNS})       ${round(median(warm), 2)} s   (min ${round(Math.min(...warm), 2)}, max ${round(Math.max(...warm), 2)})`)
} finally {
  for (const dir of builtSpas) {
    if (existsSync(`${dir}.bench-aside`) && !existsSync(dir)) await rename(`${dir}.bench-aside`, dir)
  }
  await rm(dataDir, { recursive: true, force: true })
}
