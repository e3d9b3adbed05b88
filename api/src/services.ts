// Builds every domain service once; resolvers reach them through the GraphQL context.
import type { Clock } from './common/clock.js'
import type { Config } from './config.js'
import type { Database } from './db/database.js'
import type { PubSub } from './graphql/pubsub.js'
import { IdentityService } from './modules/identity/identity.service.js'
import { TenancyService } from './modules/tenancy/tenancy.service.js'

export interface Services {
  identity: IdentityService
  tenancy: TenancyService
}

export interface Infrastructure {
  config: Config
  db: Database
  pubsub: PubSub
  clock: Clock
}

export function createServices({ config, db, pubsub, clock }: Infrastructure): Services {
  const identity = new IdentityService(db, pubsub, clock, config.sessionTtlMs)
  const tenancy = new TenancyService(db, identity, clock)
  return { identity, tenancy }
}
