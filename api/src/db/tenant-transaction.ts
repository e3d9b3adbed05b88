// The lean tenant transaction: hot paths (the ACD's per-call work) send their SQL straight through
// node-postgres on one pinned connection, with no ORM or query builder in between.
import pg from 'pg'

/** One SQL text with `$n` parameters; a named one is prepared once per connection and its plan reused. */
export interface Statement {
  readonly name?: string
  readonly text: string
}

const preparedByText = new Map<string, Statement>()

/**
 * A statement PostgreSQL parses and plans once per connection. The same text always gets the same
 * name, so texts built at run time (a strategy's ORDER BY) are fine as long as there are few of them.
 */
export function prepared(text: string): Statement {
  let statement = preparedByText.get(text)
  if (!statement) {
    statement = { name: `cc_${preparedByText.size + 1}`, text }
    preparedByText.set(text, statement)
  }
  return statement
}

const TENANT_SQL = Symbol('TenantSql')

/**
 * SQL inside one transaction bound to a tenant. Row-level security confines it to `tenantId`; hot SQL
 * still names `tenant_id = $n` itself, so a policy gone wrong never widens what it reads or changes.
 */
export interface TenantSql {
  readonly [TENANT_SQL]: true
  readonly tenantId: string
  query<Row extends object = Record<string, unknown>>(
    statement: Statement | string,
    values?: readonly unknown[],
  ): Promise<Row[]>
  /** Runs `effect` once the transaction committed, never if it rolls back. */
  afterCommit(effect: () => void): void
}

export function isTenantSql(value: unknown): value is TenantSql {
  return typeof value === 'object' && value !== null && TENANT_SQL in value
}

/** Builds the SQL face of a transaction whose connection `connection()` gives. */
export function tenantSql(
  tenantId: string,
  connection: () => pg.ClientBase | Promise<pg.ClientBase>,
  afterCommit: (effect: () => void) => void,
): TenantSql {
  return {
    [TENANT_SQL]: true,
    tenantId,
    async query<Row extends object>(statement: Statement | string, values: readonly unknown[] = []) {
      const client = await connection()
      const query = typeof statement === 'string' ? { text: statement } : statement
      const result = await client.query<Row>({ ...query, values: values as unknown[] })
      return result.rows
    },
    afterCommit,
  }
}

/** Where the lean transaction gets its connection: the ORM's own pool (see Database.inTenantSql). */
export interface ConnectionSource {
  acquire(): Promise<pg.ClientBase>
  /** `failure`: the connection is unusable (a failed rollback) and must not serve anyone else. */
  release(connection: pg.ClientBase, failure?: unknown): void
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function checkedTenantId(tenantId: string): string {
  if (!UUID.test(tenantId)) throw new Error(`not a tenant ID: ${JSON.stringify(tenantId)}`)
  return tenantId
}

type Literal = string | number | boolean | Date | null

/** A value as an SQL literal, for `statementInTenant`, whose one simple query cannot carry parameters. */
export function sqlLiteral(value: Literal): string {
  if (value === null) return 'null'
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`)
    return String(value)
  }
  return pg.escapeLiteral(value instanceof Date ? value.toISOString() : value)
}

/**
 * One statement bound to a tenant in one round trip: the tenant's `set_config(…, true)` and the
 * statement go as one simple query, which PostgreSQL runs as one implicit transaction, so the setting
 * binds row-level security for this statement alone and is gone before the connection is reused.
 * Values are inlined with `sqlLiteral`; the statement still names `tenant_id` itself.
 */
export async function statementInTenant<Row>(
  source: ConnectionSource,
  tenantId: string,
  statement: string,
): Promise<Row[]> {
  const connection = await source.acquire()
  try {
    const results = (await connection.query(
      `select set_config('app.tenant_id', '${checkedTenantId(tenantId)}', true); ${statement}`,
    )) as unknown as pg.QueryResult[]
    return results[1]!.rows as Row[]
  } finally {
    source.release(connection)
  }
}

/**
 * Runs `work` in one transaction bound to a tenant on one pinned connection: `BEGIN` and the tenant's
 * `set_config(…, true)` go as one round trip (two statements in one simple query, which cannot carry
 * parameters: the tenant is a UUID checked here, so the literal is safe), then the work's statements,
 * then `COMMIT`. Effects registered with `afterCommit` run after the commit, in order; on rollback none.
 */
export async function inLeanTransaction<T>(
  source: ConnectionSource,
  tenantId: string,
  work: (sql: TenantSql, connection: pg.ClientBase) => Promise<T>,
): Promise<T> {
  checkedTenantId(tenantId)
  const connection = await source.acquire()
  const effects: Array<() => void> = []
  let failure: unknown
  let result: T
  try {
    await connection.query(`begin; select set_config('app.tenant_id', '${tenantId}', true)`)
    result = await work(
      tenantSql(
        tenantId,
        () => connection,
        (effect) => effects.push(effect),
      ),
      connection,
    )
    await connection.query('commit')
  } catch (error) {
    await connection.query('rollback').catch((rollbackFailed: unknown) => {
      failure = rollbackFailed
    })
    throw error
  } finally {
    source.release(connection, failure)
  }
  for (const effect of effects) effect()
  return result
}
