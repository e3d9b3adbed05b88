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
import { LoginOutcome } from './login-attempt.entity.js'
import { LoginThrottle } from './login-throttle.js'
import { hashPassword, passwordSchema, verifyAgainstDecoy, verifyPassword } from './password.js'
import type { Organization, Role } from './roles.js'
import { UserStatus } from './roles.js'
import { Session, SessionKind } from './session.entity.js'
import { findSessionByTokenHash, readUser, touchSession } from './request-path.store.js'
import { User } from './user.entity.js'
import { ownersOfEmail } from './user-email.store.js'
import { ViewerCache } from './viewer-cache.js'
import {
  SESSION_ENDED,
  VIEWER_CHANGED,
  type RequestOrigin,
  type SessionEnded,
  type Viewer,
  type ViewerChanged,
} from './viewer.js'

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

/** Another kind of bearer credential (API keys, X5), recognised by its prefix. */
export interface TokenAuthenticator {
  prefix: string
  authenticate(token: string, tokenHash: string): Promise<Viewer | null>
}

export const userUpdatedTopic = (userId: string) => `identity.user-updated.${userId}`

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

export class IdentityService {
  private readonly throttle: LoginThrottle
  private readonly viewerCache = new ViewerCache()
  private readonly stopWatching = new AbortController()
  private readonly tokenAuthenticators: TokenAuthenticator[] = []
  private userColumns: string | undefined

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
    private readonly sessionTtlMs: number,
  ) {
    this.throttle = new LoginThrottle(clock)
    void this.evictOnChanges(this.stopWatching.signal)
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
      const outcome = found ? LoginOutcome.SUCCEEDED : LoginOutcome.FAILED
      await this.throttle.record(em, email, origin.address, outcome)
      return found
    })
    if (!user) throw new UnauthenticatedError('Email or password is incorrect.')
    const kind = input.issueBearerToken ? SessionKind.BEARER : SessionKind.COOKIE
    return this.db.inTenant(user.tenantId, (em) => this.startSession(em, user, kind, origin))
  }

  /** Until when the user's sign-in is locked by wrong passwords; null when they may sign in. */
  async signInLockedUntil(user: User): Promise<Date | null> {
    return this.db.platform((em) => this.signInLockOf(em, user.email))
  }

  /** The same, inside the caller's transaction. */
  async signInLockOf(em: EntityManager, email: string): Promise<Date | null> {
    const accountKey = email.toLowerCase()
    return (await this.throttle.accountLocks(em, [accountKey])).get(accountKey) ?? null
  }

  /** Forgets the account's wrong passwords and lifts its lock, inside the caller's transaction. */
  async resetSignInFailures(em: EntityManager, email: string): Promise<void> {
    await this.throttle.unlock(em, email.toLowerCase())
  }

  private async findUserForLogin(email: string, password: string): Promise<User | null> {
    const [match] = await this.db.platform((em) => ownersOfEmail(em, email))
    if (!match) return verifyAgainstDecoy(password).then(() => null)
    const user = await this.db.inTenant(match.tenantId, (em) =>
      em.findOne(User, { id: match.userId }, { populate: ['passwordHash'] }),
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
    const tokenHash = hashToken(token)
    const now = this.clock.now()
    const cached = this.viewerCache.get(tokenHash, now.getTime())
    if (cached) return cached
    const other = this.tokenAuthenticators.find((authenticator) => token.startsWith(authenticator.prefix))
    if (other) {
      const viewer = await other.authenticate(token, tokenHash)
      if (viewer) this.viewerCache.set(tokenHash, viewer, now.getTime())
      return viewer
    }
    const session = await findSessionByTokenHash(this.db, tokenHash)
    if (!session || session.revokedAt || session.expiresAt <= now || session.status !== UserStatus.ACTIVE)
      return null
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_RESOLUTION_MS)
      await touchSession(this.db, session, now, new Date(now.getTime() + this.sessionTtlMs))
    const viewer: Viewer = {
      userId: session.userId,
      tenantId: session.tenantId,
      sessionId: session.sessionId,
      sessionKind: session.kind,
      role: session.role,
      organization: session.organization,
      mustChangePassword: session.mustChangePassword,
    }
    this.viewerCache.set(tokenHash, viewer, now.getTime())
    return viewer
  }

  registerTokenAuthenticator(authenticator: TokenAuthenticator): void {
    this.tokenAuthenticators.push(authenticator)
  }

  /** Keeps the viewer cache honest: ended sessions and changed users are forgotten on every instance. */
  private async evictOnChanges(signal: AbortSignal): Promise<void> {
    const ended = this.pubsub.subscribe<SessionEnded>(SESSION_ENDED, signal)
    const changed = this.pubsub.subscribe<ViewerChanged>(VIEWER_CHANGED, signal)
    await Promise.all([
      (async () => {
        for await (const event of ended)
          this.viewerCache.evict((viewer) => viewer.sessionId === event.sessionId)
      })(),
      (async () => {
        for await (const event of changed) this.viewerCache.evict((viewer) => viewer.userId === event.userId)
      })(),
    ])
  }

  stop(): void {
    this.stopWatching.abort()
  }

  async logout(viewer: Viewer): Promise<void> {
    await this.revokeSessions(viewer.tenantId, { id: viewer.sessionId }, 'LOGGED_OUT')
  }

  /** The viewer's user: one round trip, since every signed-in page asks for it. */
  async me(viewer: Viewer): Promise<User> {
    const user = await readUser(this.db, viewer.tenantId, viewer.userId)
    if (!user) throw new NotFoundError('User')
    return user
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
        throw new ValidationError([
          { field: 'currentPassword', code: 'INCORRECT_PASSWORD', message: 'is incorrect' },
        ])
      }
      if (await verifyPassword(user.passwordHash, newPassword)) {
        throw new ValidationError([
          { field: 'newPassword', code: 'SAME_PASSWORD', message: 'must differ from the current password' },
        ])
      }
      const localPart = user.email.split('@')[0] ?? ''
      if (localPart.length >= 4 && newPassword.toLowerCase().includes(localPart)) {
        throw new ValidationError([
          {
            field: 'newPassword',
            code: 'PASSWORD_CONTAINS_EMAIL_NAME',
            message: 'must not contain your email name',
          },
        ])
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
    await this.publishUserChanged(viewer.userId)
    return user
  }

  /** Everything derived from the user (cached viewers, `viewerUpdated` subscribers) learns of the change. */
  async publishUserChanged(userId: string, { accessChanged = false } = {}): Promise<void> {
    const change: ViewerChanged = { userId, accessChanged }
    await this.pubsub.publish(VIEWER_CHANGED, change)
    await this.pubsub.publish(userUpdatedTopic(userId), change)
  }

  /** The viewer's user, re-read each time something about it changes. */
  async *viewerUpdates(viewer: Viewer): AsyncIterableIterator<User> {
    for await (const _change of this.pubsub.subscribe(userUpdatedTopic(viewer.userId)))
      yield await this.me(viewer)
  }

  /** An administrator gave the user a new password: it must be changed at next sign-in (A2). */
  async setTemporaryPassword(user: User, password: string): Promise<void> {
    user.passwordHash = await hashPassword(password)
    user.passwordChangedAt = this.clock.now()
    user.mustChangePassword = true
  }

  /** Signs the user out everywhere at once (account disabled or deleted, password reset). */
  async endSessionsOf(tenantId: string, userId: string, reason: SessionEnded['reason']): Promise<number> {
    return this.revokeSessions(tenantId, { userId }, reason)
  }

  /** Ends what an API key authenticated: cached viewers and open subscriptions (sessionId is the key's). */
  async publishCredentialEnded(
    sessionId: string,
    userId: string,
    reason: SessionEnded['reason'],
  ): Promise<void> {
    const event: SessionEnded = { sessionId, userId, reason }
    await this.pubsub.publish(SESSION_ENDED, event)
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

  /** Signs the user out everywhere but here: a lost laptop, a shared computer left signed in. */
  async revokeOtherSessions(viewer: Viewer): Promise<number> {
    return this.revokeSessions(
      viewer.tenantId,
      { userId: viewer.userId, id: { $ne: viewer.sessionId } },
      'REVOKED',
    )
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

/** The columns an ORM read of the entity loads: its scalars, not the lazy ones. */
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
