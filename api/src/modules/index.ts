// What each domain module contributes to the schema and the ORM.
import { IdentityResolver } from './identity/identity.resolver.js'
import { LoginAttempt } from './identity/login-attempt.entity.js'
import { Session } from './identity/session.entity.js'
import { User } from './identity/user.entity.js'
import { TenancyResolver } from './tenancy/tenancy.resolver.js'
import { Tenant } from './tenancy/tenant.entity.js'

export const resolvers = [TenancyResolver, IdentityResolver] as const

export const entities = [Tenant, User, Session, LoginAttempt]

/** Rows of these belong to one tenant; the tenant filter and row-level security both guard them. */
export const tenantOwnedEntities = [Tenant, User, Session]
