// A fresh database per test file, so files run in parallel and never see each other's rows.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

export async function createTestDatabase(): Promise<string> {
  const adminUrl = inject('pgAdminUrl')
  const name = `test_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`create database ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}
