// A throwaway PostgreSQL for a benchmark run: DATABASE_URL when set, otherwise an embedded one.
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../../api/src/db/embedded-postgres.js'

export interface BenchPostgres {
  /** Owner URL of a new, empty database. */
  createDatabase(name: string): Promise<string>
  stop(): Promise<void>
}

export async function startBenchPostgres(
  port = 54400 + Math.floor(Math.random() * 500),
): Promise<BenchPostgres> {
  let adminUrl = process.env.DATABASE_URL
  let stopServer = async () => {}
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(tmpdir(), 'cc-bench-pg-'))
    await chmod(dir, 0o755)
    const server = await startEmbeddedPostgres({ dir, port })
    adminUrl = server.ownerUrl()
    stopServer = async () => {
      await server.stop()
      await rm(dir, { recursive: true, force: true })
    }
  }
  const admin = adminUrl
  return {
    async createDatabase(name) {
      const client = new pg.Client({ connectionString: admin })
      await client.connect()
      await client.query(`drop database if exists ${name}`)
      await client.query(`create database ${name}`)
      await client.end()
      const url = new URL(admin)
      url.pathname = `/${name}`
      return url.toString()
    },
    stop: stopServer,
  }
}
