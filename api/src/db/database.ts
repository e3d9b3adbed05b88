// Opens PostgreSQL for the API: migrations as the owner, then every query as the unprivileged app role.
import { MikroORM, type EntityManager, type Options } from '@mikro-orm/postgresql'
import { Migrator } from '@mikro-orm/migrations'
import { migrationsList } from './migrations/index.js'
import { prepareAppRole } from './roles.js'

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

/** Effects (notifications, follow-up work) waiting for their transaction to commit. */
const committedEffects = new WeakMap<EntityManager, Array<() => void>>()

/**
 * Runs `effect` once the `inTenant` transaction of `em` has committed, and never if it rolls back:
 * subscribers must not hear of a change that did not happen. Outside such a transaction: now.
 */
export function afterCommit(em: EntityManager, effect: () => void): void {
  const pending = committedEffects.get(em)
  if (pending) pending.push(effect)
  else effect()
}

export async function migrate(ownerUrl: string): Promise<void> {
  const orm = await MikroORM.init({
    clientUrl: ownerUrl,
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
   * transaction so a pooled connection never carries it into the next one.
   */
  async inTenant<T>(tenantId: string, work: (em: EntityManager) => Promise<T>): Promise<T> {
    const em = this.orm.em.fork()
    em.setFilterParams('tenant', { tenantId })
    const effects: Array<() => void> = []
    const result = await em.transactional(async (tx) => {
      committedEffects.set(tx, effects)
      await tx.execute(`select set_config('app.tenant_id', ?, true)`, [tenantId])
      return work(tx)
    })
    for (const effect of effects) effect()
    return result
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
