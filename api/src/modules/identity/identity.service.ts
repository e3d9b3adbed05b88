// Sign-in, sessions and passwords.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Database, EntityManager } from '../../db/database.js'
import type { Clock } from '../../common/clock.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { NotFoundError, UnauthenticatedError, ValidationError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import { LoginThrottle } from './login-throttle.js'
import { hashPassword, passwordSchema, verifyAgainstDecoy, verifyPassword } from './password.js'
import type { Organization, Role } from './roles.js'
import { UserStatus } from './roles.js'
import { Session, SessionKind } from './session.entity.js'
import { User } from './user.entity.js'
import { SESSION_ENDED, type RequestOrigin, type SessionEnded, type Viewer } from './viewer.js'

export const emailSchema = z
  .string()
  .trim()
  .max(254, 'must be at most 254 characters')
  .email('is not a valid email address')
  .transform((email) => email.toLowerCase())

const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(254)
    .transform((email) => email.toLowerCase()),
  password: z.string().min(1, 'is required').max(1024),
})

export interface NewUser {
  email: string
  name: string
  password: string
  role: Role
  organization: Organization | null
  mustChangePassword: boolean
}

export interface StartedSession {
  token: string
  viewer: Viewer
}

/** Sessions are refreshed at most this often, so reads do not turn into a write per request. */
const LAST_SEEN_RESOLUTION_MS = 60_000

export const userUpdatedTopic = (userId: string) => `identity.user-updated.${userId}`

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

export class IdentityService {
  private readonly throttle: LoginThrottle

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
    private readonly sessionTtlMs: number,
  ) {
    this.throttle = new LoginThrottle(clock)
  }

  /** Creates a user inside the caller's tenant transaction; the password must already satisfy the policy. */
  async createUser(em: EntityManager, tenantId: string, input: NewUser): Promise<User> {
    const user = em.create(User, {
      id: randomUUID(),
      tenantId,
      email: input.email,
      name: input.name,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      organization: input.organization,
      status: UserStatus.ACTIVE,
      mustChangePassword: input.mustChangePassword,
      createdAt: this.clock.now(),
      updatedAt: this.clock.now(),
    })
    em.persist(user)
    return user
  }

  async login(
    input: { email: string; password: string; issueBearerToken?: boolean | null },
    origin: RequestOrigin,
  ): Promise<StartedSession> {
    const { email, password } = validateInput(loginSchema, input)
    // The attempt is recorded in its own committed transaction before the outcome is thrown.
    const user = await this.db.platform(async (em) => {
      await this.throttle.assertAllowed(em, email, origin.address)
      const found = await this.findUserForLogin(email, password)
      await this.throttle.record(em, email, origin.address, found !== null)
      return found
    })
    if (!user) throw new UnauthenticatedError('Email or password is incorrect.')
    const kind = input.issueBearerToken ? SessionKind.BEARER : SessionKind.COOKIE
    return this.db.inTenant(user.tenantId, (em) => this.startSession(em, user, kind, origin))
  }

  private async findUserForLogin(email: string, password: string): Promise<User | null> {
    const [match] = await this.db.platform((em) =>
      em.execute<{ user_id: string; tenant_id: string }[]>('select * from auth_find_user_by_email(?)', [
        email,
      ]),
    )
    if (!match) return verifyAgainstDecoy(password).then(() => null)
    const user = await this.db.inTenant(match.tenant_id, (em) =>
      em.findOne(User, { id: match.user_id }, { populate: ['passwordHash'] }),
    )
    if (!user || !(await verifyPassword(user.passwordHash, password))) return null
    return user.status === UserStatus.ACTIVE ? user : null
  }

  async startSession(
    em: EntityManager,
    user: User,
    kind: SessionKind,
    origin: RequestOrigin,
  ): Promise<StartedSession> {
    const token = randomBytes(32).toString('base64url')
    const now = this.clock.now()
    const session = em.create(Session, {
      id: randomUUID(),
      tenantId: user.tenantId,
      userId: user.id,
      tokenHash: hashToken(token),
      kind,
      address: origin.address,
      userAgent: origin.userAgent?.slice(0, 512) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + this.sessionTtlMs),
    })
    await em.persistAndFlush(session)
    return { token, viewer: toViewer(user, session) }
  }

  /** The viewer behind a session token, or null when the token is unknown, expired or revoked. */
  async authenticate(token: string): Promise<Viewer | null> {
    if (token.length < 20 || token.length > 200) return null
    const [match] = await this.db.platform((em) =>
      em.execute<{ session_id: string; tenant_id: string }[]>('select * from auth_find_session(?)', [
        hashToken(token),
      ]),
    )
    if (!match) return null
    return this.db.inTenant(match.tenant_id, async (em) => {
      const session = await em.findOne(Session, { id: match.session_id })
      const now = this.clock.now()
      if (!session || session.revokedAt || session.expiresAt <= now) return null
      const user = await em.findOne(User, { id: session.userId })
      if (!user || user.status !== UserStatus.ACTIVE) return null
      if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS) {
        session.lastSeenAt = now
        session.expiresAt = new Date(now.getTime() + this.sessionTtlMs)
        await em.flush()
      }
      return toViewer(user, session)
    })
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.revokeSessions(viewer.tenantId, { id: viewer.sessionId }, 'LOGGED_OUT')
  }

  me(viewer: Viewer): Promise<User> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const user = await em.findOne(User, { id: viewer.userId })
      if (!user) throw new NotFoundError('User')
      return user
    })
  }

  /** Ends every other session of the user: whoever knew the old password is signed out. */
  async changePassword(
    viewer: Viewer,
    input: { currentPassword: string; newPassword: string },
  ): Promise<User> {
    const { newPassword } = validateInput(z.object({ newPassword: passwordSchema }), input)
    const user = await this.db.inTenant(viewer.tenantId, async (em) => {
      const user = await em.findOneOrFail(User, { id: viewer.userId }, { populate: ['passwordHash'] })
      if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
        throw new ValidationError([{ field: 'currentPassword', message: 'is incorrect' }])
      }
      if (await verifyPassword(user.passwordHash, newPassword)) {
        throw new ValidationError([
          { field: 'newPassword', message: 'must differ from the current password' },
        ])
      }
      const localPart = user.email.split('@')[0] ?? ''
      if (localPart.length >= 4 && newPassword.toLowerCase().includes(localPart)) {
        throw new ValidationError([{ field: 'newPassword', message: 'must not contain your email name' }])
      }
      user.passwordHash = await hashPassword(newPassword)
      user.passwordChangedAt = this.clock.now()
      user.mustChangePassword = false
      return user
    })
    await this.revokeSessions(
      viewer.tenantId,
      { userId: viewer.userId, id: { $ne: viewer.sessionId } },
      'PASSWORD_CHANGED',
    )
    await this.pubsub.publish(userUpdatedTopic(viewer.userId), { userId: viewer.userId })
    return user
  }

  /** The viewer's user, re-read each time something about it changes. */
  async *viewerUpdates(viewer: Viewer): AsyncIterableIterator<User> {
    for await (const _change of this.pubsub.subscribe(userUpdatedTopic(viewer.userId)))
      yield await this.me(viewer)
  }

  async sessions(viewer: Viewer, pageInput?: PageInput): Promise<Page<Session>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [items, totalCount] = await em.findAndCount(
        Session,
        { userId: viewer.userId, revokedAt: null, expiresAt: { $gt: this.clock.now() } },
        { orderBy: { lastSeenAt: 'desc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  async revokeSession(viewer: Viewer, sessionId: string): Promise<void> {
    const revoked = await this.revokeSessions(
      viewer.tenantId,
      { id: sessionId, userId: viewer.userId },
      'REVOKED',
    )
    if (revoked === 0) throw new NotFoundError('Session')
  }

  private async revokeSessions(
    tenantId: string,
    where: Record<string, unknown>,
    reason: SessionEnded['reason'],
  ): Promise<number> {
    const ended = await this.db.inTenant(tenantId, async (em) => {
      const sessions = await em.find(Session, { ...where, revokedAt: null })
      for (const session of sessions) session.revokedAt = this.clock.now()
      return sessions
    })
    for (const session of ended) {
      const event: SessionEnded = { sessionId: session.id, userId: session.userId, reason }
      await this.pubsub.publish(SESSION_ENDED, event)
    }
    return ended.length
  }
}

function toViewer(user: User, session: Session): Viewer {
  return {
    userId: user.id,
    tenantId: user.tenantId,
    sessionId: session.id,
    sessionKind: session.kind,
    role: user.role,
    organization: user.organization ?? null,
    mustChangePassword: user.mustChangePassword,
  }
}
