// Opens PostgreSQL for the API: migrations as the owner, then every query as the unprivileged app role.
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql'
import { Migrator } from '@mikro-orm/migrations'
import type pg from 'pg'
import { migrationsList } from './migrations/index.js'
import { prepareAppRole } from './roles.js'
import {
  inLeanTransaction,
  isTenantSql,
  prepared,
  statementInTenant,
  tenantSql,
  type ConnectionSource,
  type TenantSql,
} from './tenant-transaction.js'

type EntityClass = abstract new (...args: never[]) => object

export interface DatabaseOptions {
  ownerUrl: string
  entities: EntityClass[]
  /** Entities carrying `tenantId` (and `Tenant` itself): the tenant filter applies to them. */
  tenantOwnedEntities: EntityClass[]
  /** Given in production; otherwise derived from the owner URL and prepared at start. */
  appUrl?: string
  /** Tests switch the ORM filter off to prove that row-level security alone isolates tenants. */
  isTenantFilterEnabled?: boolean
  poolSize?: number
}

export type { EntityManager }
export { prepared, sqlLiteral, type Statement, type TenantSql } from './tenant-transaction.js'

/** An `inTenant` transaction's effects waiting for the commit, and its SQL face (see sqlIn). */
interface OpenTransaction {
  effects: Array<() => void>
  sql: TenantSql
}

const openTransactions = new WeakMap<EntityManager, OpenTransaction>()

/**
 * Runs `effect` once the `inTenant` transaction of `em` has committed, and never if it rolls back:
 * subscribers must not hear of a change that did not happen. Outside such a transaction: now.
 */
export function afterCommit(em: EntityManager, effect: () => void): void {
  const pending = openTransactions.get(em)?.effects
  if (pending) pending.push(effect)
  else effect()
}

/**
 * The SQL face of an `inTenant` transaction: node-postgres on the transaction's own connection, so code
 * written for the lean transaction (hot paths) also runs inside an ORM transaction, with the same
 * prepared statements and the same afterCommit.
 */
export function sqlIn(source: EntityManager | TenantSql): TenantSql {
  if (isTenantSql(source)) return source
  const open = openTransactions.get(source)
  if (!open) throw new Error('sqlIn needs the EntityManager of a Database.inTenant transaction')
  return open.sql
}

/** The `set_config` of an ORM transaction, sent as a prepared statement past the ORM's formatting. */
const SET_TENANT = prepared(`select set_config('app.tenant_id', $1, true)`)

/** The raw pg connection under a knex transaction (its transactor's client always hands out that one). */
interface KnexTransactor {
  client: { acquireConnection(): Promise<pg.ClientBase> }
}

/** The knex client under MikroORM, whose pool the lean transaction borrows connections from. */
interface KnexClient {
  acquireConnection(): Promise<pg.ClientBase & { __knex__disposed?: unknown }>
  releaseConnection(connection: pg.ClientBase): Promise<void>
}

/**
 * A URL's `host` parameter, as libpq and node-postgres read it: a folder means PostgreSQL's Unix socket
 * there (cheaper per statement than TCP over loopback). MikroORM reads only the URL's host name.
 */
function socketDirectoryOf(url: string): string | undefined {
  return new URL(url).searchParams.get('host') ?? undefined
}

export async function migrate(ownerUrl: string): Promise<void> {
  const orm = await MikroORM.init({
    clientUrl: ownerUrl,
    host: socketDirectoryOf(ownerUrl),
    entities: [],
    discovery: { warnWhenNoEntities: false },
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    allowGlobalContext: true,
  })
  try {
    await orm.getMigrator().up()
  } finally {
    await orm.close()
  }
}

export class Database {
  private constructor(readonly orm: MikroORM) {}

  static async open(options: DatabaseOptions): Promise<Database> {
    await migrate(options.ownerUrl)
    const appUrl = options.appUrl ?? (await prepareAppRole(options.ownerUrl))
    const tenantEntityNames = options.tenantOwnedEntities.map((entity) => entity.name)
    const config: Options = {
      clientUrl: appUrl,
      host: socketDirectoryOf(appUrl),
      entities: options.entities,
      pool: { min: 0, max: options.poolSize ?? 10 },
      filters: {
        tenant: {
          cond: (
            args: { tenantId: string },
            _type: unknown,
            _em: unknown,
            _opts: unknown,
            entityName?: string,
          ) => (entityName === 'Tenant' ? { id: args.tenantId } : { tenantId: args.tenantId }),
          entity: tenantEntityNames,
          default: options.isTenantFilterEnabled ?? true,
        },
      },
    }
    return new Database(await MikroORM.init(config))
  }

  /**
   * Runs `work` in one transaction bound to a tenant. Both guards see it: the ORM filter through its
   * parameter, row-level security through `app.tenant_id`, which `set_config(…, true)` scopes to this
   * transaction so a pooled connection never carries it into the next one. `work` also gets the
   * transaction's SQL face, for the stores' functions that take a TenantSql (the hot paths' own).
   */
  async inTenant<T>(tenantId: string, work: (em: EntityManager, sql: TenantSql) => Promise<T>): Promise<T> {
    const em = this.orm.em.fork()
    em.setFilterParams('tenant', { tenantId })
    const effects: Array<() => void> = []
    const result = await em.transactional(async (tx) => {
      // MikroORM sends knex's BEGIN itself; the tenant follows on the same connection, prepared.
      const connection = (tx.getTransactionContext() as KnexTransactor).client.acquireConnection()
      const sql = tenantSql(
        tenantId,
        () => connection,
        (effect) => effects.push(effect),
      )
      openTransactions.set(tx, { effects, sql })
      await sql.query(SET_TENANT, [tenantId])
      return work(tx, sql)
    })
    for (const effect of effects) effect()
    return result
  }

  /**
   * The lean tenant transaction (tenant-transaction.ts) for hot paths: SQL only, on a connection of the
   * ORM's own pool, `BEGIN` and the tenant in one round trip. Same guards and afterCommit as inTenant.
   */
  inTenantSql<T>(tenantId: string, work: (sql: TenantSql) => Promise<T>): Promise<T> {
    return inLeanTransaction(this.connections, tenantId, work)
  }

  /**
   * The lean tenant transaction with its pg connection too, for what only the driver does: `COPY … FROM
   * STDIN` through pg-copy-streams (the bulk import, A13).
   */
  inTenantConnection<T>(
    tenantId: string,
    work: (sql: TenantSql, connection: pg.ClientBase) => Promise<T>,
  ): Promise<T> {
    return inLeanTransaction(this.connections, tenantId, work)
  }

  /**
   * One statement bound to the tenant in one round trip (tenant-transaction.ts), for the request path's
   * reads that every signed-in page makes; values inlined with `sqlLiteral`.
   */
  statementInTenant<Row>(tenantId: string, statement: string): Promise<Row[]> {
    return statementInTenant<Row>(this.connections, tenantId, statement)
  }

  private leanConnections: ConnectionSource | undefined

  private get connections(): ConnectionSource {
    const knex = this.orm.em.getConnection().getKnex().client as KnexClient
    return (this.leanConnections ??= {
      acquire: () => knex.acquireConnection(),
      release(connection: pg.ClientBase & { __knex__disposed?: unknown }, failure?: unknown) {
        // knex's pool drops a connection marked so instead of handing it out again.
        if (failure) connection.__knex__disposed = failure
        void knex.releaseConnection(connection)
      },
    })
  }

  /** Work before any tenant is known: platform tables and the `auth_*` functions only. */
  platform<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.orm.em.fork().transactional(work)
  }

  /** One platform-level statement outside any transaction: a single round trip. */
  platformQuery<Row>(sql: string, params: unknown[] = []): Promise<Row[]> {
    return this.orm.em.getConnection().execute<Row[]>(sql, params)
  }

  async isReachable(): Promise<boolean> {
    return this.orm.isConnected()
  }

  close(): Promise<void> {
    return this.orm.close(true)
  }
}
