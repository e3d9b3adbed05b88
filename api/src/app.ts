// Assembles the API in order: database → pub/sub → services → schema → HTTP server. main.ts and tests call it.
import type { FastifyInstance } from 'fastify'
import { systemClock, type Clock } from './common/clock.js'
import type { Config } from './config.js'
import { Database } from './db/database.js'
import { buildApiSchema } from './graphql/schema.js'
import { InProcessPubSub, type PubSub } from './graphql/pubsub.js'
import { createHttpServer } from './http/server.js'
import { entities, tenantOwnedEntities } from './modules/index.js'
import { createServices, type Services } from './services.js'

export interface ApiOptions {
  config: Config
  /** Owner connection string (migrations); the API itself queries as the unprivileged app role. */
  ownerUrl: string
  clock?: Clock
  pubsub?: PubSub
  isTenantFilterEnabled?: boolean
}

export interface Api {
  app: FastifyInstance
  db: Database
  services: Services
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string
  stop(): Promise<void>
}

export async function startApi({
  config,
  ownerUrl,
  clock = systemClock,
  pubsub,
  isTenantFilterEnabled,
}: ApiOptions): Promise<Api> {
  const db = await Database.open({
    ownerUrl,
    appUrl: config.databaseAppUrl,
    entities,
    tenantOwnedEntities,
    isTenantFilterEnabled,
  })
  const bus = pubsub ?? new InProcessPubSub()
  const services = createServices({ config, db, pubsub: bus, clock })
  const schema = await buildApiSchema(bus)
  const app = await createHttpServer({ config, schema, services, pubsub: bus, db })
  const address = await app.listen({ host: config.host, port: config.port })
  return {
    app,
    db,
    services,
    url: address.replace('[::1]', '127.0.0.1'),
    async stop() {
      await app.close()
      await bus.close()
      await db.close()
    },
  }
}
