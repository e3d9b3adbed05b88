// Starts one real PostgreSQL for the whole run (embedded unless DATABASE_URL is set); each test file
// then creates its own database from the migrations.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import exitHook from 'async-exit-hook'
import type { TestProject } from 'vitest/node'
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.js'
import { freePort } from './free-port.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Owner connection to the server's `postgres` database; test databases are created through it. */
    pgAdminUrl: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // embedded-postgres registers a shutdown hook that answers the process's natural end with
  // process.exit(0), which would hide the failing exit code Vitest sets: failed tests would pass CI.
  // The teardown below stops PostgreSQL itself; the hook stays for Ctrl-C and kill.
  // Each project runs this set-up; the hook is only there to remove the first time.
  for (const event of ['beforeExit', 'exit'])
    if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event)
  if (process.env.DATABASE_URL) {
    project.provide('pgAdminUrl', process.env.DATABASE_URL)
    return async () => {}
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'cc-test-pg-'))
  // mkdtemp makes it private to root; the server runs as the postgres user and must reach its cluster.
  await chmod(dir, 0o755)
  const pg = await startEmbeddedPostgres({ dir, port: await freePort() })
  project.provide('pgAdminUrl', pg.ownerUrl())
  return async () => {
    await pg.stop()
    await rm(dir, { recursive: true, force: true })
  }
}
