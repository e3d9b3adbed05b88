// The request path's hot statements in one round trip to PostgreSQL, inside the tenant's transaction.
//
// The tenant's `set_config(…, true)` and the statement travel as one simple-protocol query. PostgreSQL
// runs a multi-statement query as one implicit transaction, so the setting binds row-level security
// for exactly this statement and is gone before the connection returns to the pool: the guarantee
// `Database.inTenant` gives with BEGIN, set_config, the statement and COMMIT (four round trips and the
// ORM's query building). The simple protocol takes no parameters, so values are inlined as escaped
// literals (`sqlLiteral`), and statements still name `tenant_id` themselves, row-level security being
// the second guard. Issue 13.1's lean tenant transaction in db/ is the place for this once it lands.
import pg from 'pg'
import type { Database } from '../../db/database.js'

type Literal = string | number | boolean | Date | null

/** A value as an SQL literal for a statement of `queryInTenant`. */
export function sqlLiteral(value: Literal): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`)
    return String(value)
  }
  return pg.escapeLiteral(value instanceof Date ? value.toISOString() : value)
}

interface PooledClient {
  query(text: string): Promise<pg.QueryResult | pg.QueryResult[]>
}

/**
 * Runs one statement (values already inlined with `sqlLiteral`) bound to the tenant, in one round
 * trip on a connection of the ORM's pool, and returns its rows.
 */
export async function queryInTenant<Row>(db: Database, tenantId: string, statement: string): Promise<Row[]> {
  const knex = db.orm.em.getConnection().getKnex()
  const client = (await knex.client.acquireConnection()) as PooledClient
  try {
    const results = await client.query(
      `select set_config('app.tenant_id', ${sqlLiteral(tenantId)}, true); ${statement}`,
    )
    return (results as pg.QueryResult[])[1]!.rows as Row[]
  } finally {
    await knex.client.releaseConnection(client)
  }
}
