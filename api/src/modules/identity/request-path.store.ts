// SQL of the request path (every signed-in request asks it, so each is one round trip): the session
// behind a token hash, found before any tenant is known through a platform function; its last-seen time
// pushed forward; and the viewer's user, read in one statement bound to the tenant.
import { ReferenceKind } from '@mikro-orm/core'
import { sqlLiteral, type Database } from '../../db/database.js'
import type { Organization, Role, UserStatus } from './roles.js'
import type { SessionKind } from './session.entity.js'
import { User } from './user.entity.js'

/** A session found by its token's hash, with what a viewer of it needs. */
export interface SessionFound {
  sessionId: string
  tenantId: string
  userId: string
  kind: SessionKind
  expiresAt: Date
  revokedAt: Date | null
  lastSeenAt: Date
  role: Role
  organization: Organization | null
  status: UserStatus
  mustChangePassword: boolean
}

export async function findSessionByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<SessionFound | undefined> {
  const [row] = await db.platformQuery<{
    session_id: string
    tenant_id: string
    user_id: string
    kind: SessionKind
    expires_at: string | Date
    revoked_at: string | Date | null
    last_seen_at: string | Date
    role: Role
    organization: Organization | null
    status: UserStatus
    must_change_password: boolean
  }>('select * from auth_find_session(?)', [tokenHash])
  return (
    row && {
      sessionId: row.session_id,
      tenantId: row.tenant_id,
      userId: row.user_id,
      kind: row.kind,
      expiresAt: new Date(row.expires_at),
      revokedAt: row.revoked_at === null ? null : new Date(row.revoked_at),
      lastSeenAt: new Date(row.last_seen_at),
      role: row.role,
      organization: row.organization,
      status: row.status,
      mustChangePassword: row.must_change_password,
    }
  )
}

/** Records the session as seen at `now`, now lasting until `expiresAt`. */
export async function touchSession(
  db: Database,
  session: { tenantId: string; sessionId: string },
  now: Date,
  expiresAt: Date,
): Promise<void> {
  await db.statementInTenant(
    session.tenantId,
    `update session set last_seen_at = ${sqlLiteral(now)}, expires_at = ${sqlLiteral(expiresAt)}
     where id = ${sqlLiteral(session.sessionId)} and tenant_id = ${sqlLiteral(session.tenantId)}`,
  )
}

/** The user's select list (the entity's eager scalar columns), worked out once per database. */
const userColumns = new WeakMap<Database, string>()

/**
 * The user, or undefined: one round trip. The ORM's own result mapper (column names to properties,
 * timestamps to dates, as `findOne` does) makes a plain record of the user's fields: only read and sent,
 * it needs no entity, whose construction costs MikroORM's per-property change tracking on every request.
 */
export async function readUser(db: Database, tenantId: string, userId: string): Promise<User | undefined> {
  let columns = userColumns.get(db)
  if (!columns) {
    columns = selectListOf(db, User)
    userColumns.set(db, columns)
  }
  const [row] = await db.statementInTenant<Record<string, unknown>>(
    tenantId,
    `select ${columns} from app_user
     where id = ${sqlLiteral(userId)} and tenant_id = ${sqlLiteral(tenantId)}`,
  )
  return row && (db.orm.em.getComparator().mapResult<User>(User.name, row) as User)
}

function selectListOf(db: Database, entity: { name: string }): string {
  return db.orm
    .getMetadata()
    .get(entity.name)
    .props.filter((prop) => prop.kind === ReferenceKind.SCALAR && !prop.lazy && prop.persist !== false)
    .map((prop) => prop.fieldNames[0])
    .join(', ')
}
