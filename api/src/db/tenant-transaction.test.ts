import 'reflect-metadata'
import { randomUUID } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase } from '../../test/database.js'
import { entities, tenantOwnedEntities } from '../modules/index.js'
import { Database, afterCommit, prepared, sqlIn } from './database.js'

describe('Foundation: the lean tenant transaction', () => {
  let db: Database
  let ownerUrl: string
  let statements: string[]
  const tenantId = randomUUID()
  const originalQuery = pg.Client.prototype.query

  beforeAll(async () => {
    ownerUrl = await createTestDatabase()
    db = await Database.open({ ownerUrl, entities, tenantOwnedEntities, poolSize: 2 })
    const owner = new pg.Client({ connectionString: ownerUrl })
    await owner.connect()
    await owner.query(`insert into tenant (id, name, sip_domain) values ($1, 'Lean', 'lean.example.com')`, [
      tenantId,
    ])
    await owner.end()
    // Every round trip the API's connections make, as the text sent.
    statements = []
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const [first] = args as [string | { text: string }]
      statements.push(typeof first === 'string' ? first : first.text)
      return (originalQuery as (...a: unknown[]) => unknown).apply(this, args)
    } as never
  })
  afterAll(async () => {
    pg.Client.prototype.query = originalQuery
    await db.close()
  })

  it('sends BEGIN and the tenant in one round trip, then the work, then COMMIT', async () => {
    statements.length = 0
    const rows = await db.inTenantSql(tenantId, (sql) =>
      sql.query<{ tenant: string; id: string }>(
        prepared(`select current_setting('app.tenant_id') as tenant, id from tenant where id = $1`),
        [tenantId],
      ),
    )
    expect(rows).toEqual([{ tenant: tenantId, id: tenantId }])
    expect(statements).toEqual([
      `begin; select set_config('app.tenant_id', '${tenantId}', true)`,
      `select current_setting('app.tenant_id') as tenant, id from tenant where id = $1`,
      'commit',
    ])
  })

  it('runs effects only after the commit, and none on rollback', async () => {
    const seen: string[] = []
    await db.inTenantSql(tenantId, async (sql) => {
      sql.afterCommit(() => seen.push('committed'))
      await sql.query('select 1')
      expect(seen).toEqual([])
    })
    expect(seen).toEqual(['committed'])
    await expect(
      db.inTenantSql(tenantId, async (sql) => {
        sql.afterCommit(() => seen.push('rolled back'))
        await sql.query(`update tenant set name = 'Renamed' where id = $1`, [tenantId])
        throw new Error('work failed')
      }),
    ).rejects.toThrow('work failed')
    expect(seen).toEqual(['committed'])
    const [tenant] = await db.inTenantSql(tenantId, (sql) =>
      sql.query<{ name: string }>('select name from tenant where id = $1', [tenantId]),
    )
    expect(tenant).toEqual({ name: 'Lean' })
  })

  it('keeps a connection usable after a failed statement, and prepares a statement once per connection', async () => {
    await expect(db.inTenantSql(tenantId, (sql) => sql.query('select 1/0'))).rejects.toThrow(/division/)
    const statement = prepared('select $1::int + 1 as n')
    for (let i = 0; i < 3; i++)
      expect(await db.inTenantSql(tenantId, (sql) => sql.query(statement, [i]))).toEqual([{ n: i + 1 }])
  })

  it('refuses a tenant that is not a UUID, before touching the database', async () => {
    await expect(db.inTenantSql(`x', false); drop table tenant; --`, async () => 1)).rejects.toThrow(
      /not a tenant ID/,
    )
  })

  it('gives an ORM transaction the same SQL face, on its own connection and with its afterCommit', async () => {
    const seen: string[] = []
    await db.inTenant(tenantId, async (em) => {
      const sql = sqlIn(em)
      const [row] = await sql.query<{ tenant: string }>(`select current_setting('app.tenant_id') as tenant`)
      expect(row).toEqual({ tenant: tenantId })
      await sql.query(`update tenant set name = 'Through SQL' where id = $1`, [tenantId])
      sql.afterCommit(() => seen.push('sql'))
      afterCommit(em, () => seen.push('orm'))
      // The ORM sees the row the SQL face changed: one transaction, one connection.
      const [orm] = await em.execute<Array<{ name: string }>>('select name from tenant where id = ?', [
        tenantId,
      ])
      expect(orm).toEqual({ name: 'Through SQL' })
      expect(seen).toEqual([])
    })
    expect(seen).toEqual(['sql', 'orm'])
  })

  it("connects where the URL says: through PostgreSQL's Unix socket when it names a folder in `host`", async () => {
    const socketDirectory = new URL(ownerUrl).searchParams.get('host')
    const lean = await db.inTenantSql(tenantId, (sql) =>
      sql.query<{ address: string | null }>('select inet_server_addr() as address'),
    )
    const orm = await db.inTenant(tenantId, (em) =>
      em.getConnection().execute<Array<{ address: string | null }>>('select inet_server_addr() as address'),
    )
    // PostgreSQL has no server address for a Unix-socket connection.
    const addresses = [lean[0]?.address, orm[0]?.address]
    if (socketDirectory) expect(addresses).toEqual([null, null])
    else expect(addresses).toEqual([expect.any(String), expect.any(String)])
  })
})
