// Starts one real redis-server on loopback for the whole run (Debian package `redis-server`), like
// global-setup.ts does for PostgreSQL. Tests reach it through `testRedisUrl()` in redis.ts; when the
// binary is missing, those tests fail with the reason instead of being skipped.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createConnection } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from './free-port.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** redis://127.0.0.1:<port>, or '' when no Redis could be started (see redisUnavailable). */
    redisUrl: string
    /** Why redisUrl is empty. */
    redisUnavailable: string
  }
}

const INSTALL_HINT =
  'redis-server is not installed: the Redis pub/sub tests need it (Debian: `apt-get install -y redis-server`; .ci/run installs it)'

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(String(data).startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
  })
}

export async function startRedis(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout?.on('data', (data) => (output += String(data)))
  child.stderr?.on('data', (data) => (output += String(data)))
  const failed = new Promise<never>((_resolve, reject) => {
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(INSTALL_HINT) : error),
    )
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${output}`)))
  })
  failed.catch(() => {})
  const deadline = Date.now() + 10_000
  while (!(await Promise.race([answersPing(port), failed]))) {
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`redis-server did not answer on port ${port} within 10 s:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  child.removeAllListeners('exit')
  return { url: `redis://127.0.0.1:${port}`, child }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.REDIS_URL) {
    project.provide('redisUrl', process.env.REDIS_URL)
    project.provide('redisUnavailable', '')
    return async () => {}
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'cc-test-redis-'))
  try {
    const { url, child } = await startRedis(dir)
    project.provide('redisUrl', url)
    project.provide('redisUnavailable', '')
    return async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      await rm(dir, { recursive: true, force: true })
    }
  } catch (error) {
    // Only the tests that need Redis fail (with this reason); the rest of the run goes on.
    project.provide('redisUrl', '')
    project.provide('redisUnavailable', (error as Error).message)
    await rm(dir, { recursive: true, force: true })
    return async () => {}
  }
}
