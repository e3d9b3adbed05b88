import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { eventually } from '../../test/eventually.js'
import { freePort } from '../../test/free-port.js'
import { EmbeddedPostgresError, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.js'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const modulePath = fileURLToPath(new URL('./embedded-postgres.ts', import.meta.url))

/** An API stand-in in its own process: starts the embedded PostgreSQL, says `ready`, then idles until killed. */
async function startInAnotherProcess(dir: string, port: number): Promise<ChildProcess> {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(modulePath)}
    await startEmbeddedPostgres({ dir: ${JSON.stringify(dir)}, port: ${port} })
    console.log('ready')
    setInterval(() => {}, 60_000)`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve()
    })
    child.once('exit', (code) =>
      reject(new Error(`the API stand-in exited (${code}) before PostgreSQL was ready`)),
    )
  })
  return child
}

async function query(db: EmbeddedDatabase, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: db.ownerUrl() })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

const postmasterPid = async (dir: string) =>
  Number((await readFile(path.join(dir, 'cluster/postmaster.pid'), 'utf8')).split('\n')[0])

describe('Development mode: the embedded PostgreSQL after a hard kill (issue 12)', () => {
  let dir: string
  let port: number
  let standIn: ChildProcess | undefined

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'cc-embedded-pg-'))
    // mkdtemp makes it private to root; the server runs as the postgres user and must reach its cluster.
    await chmod(dir, 0o755)
    port = await freePort()
  })
  afterAll(async () => {
    if (standIn) {
      standIn.kill('SIGKILL')
      await once(standIn, 'exit')
    }
    // A failed test may leave a server running on the directory: stop it as pg_ctl would.
    const lockFile = path.join(dir, 'cluster/postmaster.pid')
    if (existsSync(lockFile)) {
      process.kill(await postmasterPid(dir), 'SIGINT')
      await eventually(() => expect(existsSync(lockFile)).toBe(false), 30_000, 100)
    }
    await rm(dir, { recursive: true, force: true })
  })

  it('refuses a data directory whose PostgreSQL is in use by the live process that started it', async () => {
    standIn = await startInAnotherProcess(dir, port)
    const start = startEmbeddedPostgres({ dir, port })
    await expect(start).rejects.toThrow(EmbeddedPostgresError)
    await expect(start).rejects.toThrow(/in use by the running process that started it \(pid \d+\)/)
  })

  it('stops the PostgreSQL that an API killed by SIGKILL left running, and starts afresh', async () => {
    standIn ??= await startInAnotherProcess(dir, port)
    standIn.kill('SIGKILL')
    await once(standIn, 'exit')
    standIn = undefined
    const leftover = await postmasterPid(dir)
    expect(() => process.kill(leftover, 0), 'the server outlives the API killed by SIGKILL').not.toThrow()

    const notices: string[] = []
    const db = await startEmbeddedPostgres({ dir, port, onNotice: (notice) => notices.push(notice) })
    try {
      expect(notices).toEqual([
        `Stopping the PostgreSQL (pid ${leftover}) an earlier run left running on ${dir}/cluster…`,
      ])
      expect(await postmasterPid(dir)).not.toBe(leftover)
      expect(await query(db, 'select 1 as one')).toEqual([{ one: 1 }])
    } finally {
      await db.stop()
    }
  })

  it('starts over a stale postmaster.pid whose process is gone', async () => {
    // What a server killed outright leaves behind: its lock file, naming a process that no longer exists.
    const db = await startEmbeddedPostgres({ dir, port })
    const lockFile = path.join(dir, 'cluster/postmaster.pid')
    const staleLock = await readFile(lockFile, 'utf8')
    await db.stop()
    await writeFile(lockFile, staleLock)

    const notices: string[] = []
    const restarted = await startEmbeddedPostgres({ dir, port, onNotice: (notice) => notices.push(notice) })
    try {
      expect(notices).toEqual([])
      expect(await query(restarted, 'select 1 as one')).toEqual([{ one: 1 }])
    } finally {
      await restarted.stop()
    }
  })

  it('says what failed when the server does not start, instead of rejecting with nothing', async () => {
    const squatter = createServer().listen(port, '127.0.0.1')
    await once(squatter, 'listening')
    try {
      const start = startEmbeddedPostgres({ dir, port })
      await expect(start).rejects.toThrow(EmbeddedPostgresError)
      await expect(start).rejects.toThrow(/did not start \(port \d+.*\n[\s\S]*Address already in use/)
    } finally {
      squatter.close()
    }
  })
})
