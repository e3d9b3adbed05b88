// Foundation: the app role's password is the PostgreSQL server's, not a database's (roles.ts).
import 'reflect-metadata'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../test/database.js'
import { entities, tenantOwnedEntities } from '../modules/index.js'
import { Database } from './database.js'
import { prepareAppRole } from './roles.js'

describe('Foundation: API instances on two databases of one PostgreSQL server', () => {
  const opened: Database[] = []
  afterAll(() => Promise.all(opened.map((db) => db.close())))

  it('Foundation: an instance still opens connections after another started on the other database', async () => {
    const [first, second] = [await createTestDatabase(), await createTestDatabase()]
    // Opening migrates the database and gives the app role its password, as an API instance starts.
    opened.push(await Database.open({ ownerUrl: first, entities, tenantOwnedEntities, poolSize: 1 }))
    const firstAppUrl = await prepareAppRole(first)
    opened.push(await Database.open({ ownerUrl: second, entities, tenantOwnedEntities, poolSize: 1 }))

    // The first instance's pool opens a new connection with the URL it was given at its start.
    const client = new pg.Client({ connectionString: firstAppUrl })
    await client.connect()
    const [row] = (await client.query<{ name: string }>('select current_database() as name')).rows
    await client.end()
    expect(`/${row!.name}`).toBe(new URL(first).pathname)
  })
})
