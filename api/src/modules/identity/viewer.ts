import type { Organization, Role } from './roles.js'
import type { SessionKind } from './session.entity.js'

/** Who is making a request: resolved once per request from the session token. */
export interface Viewer {
  userId: string
  tenantId: string
  sessionId: string
  sessionKind: SessionKind
  role: Role
  organization: Organization | null
  mustChangePassword: boolean
}

export interface RequestOrigin {
  address: string
  userAgent: string | null
}

export const SESSION_ENDED = 'identity.session-ended'

export interface SessionEnded {
  sessionId: string
  userId: string
  reason: 'LOGGED_OUT' | 'PASSWORD_CHANGED' | 'REVOKED'
}
