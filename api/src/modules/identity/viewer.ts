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
  /** Set when an API key (X5) authenticated the request: `userId` and `sessionId` are then the key's ID. */
  apiKeyId?: string
}

export interface RequestOrigin {
  address: string
  userAgent: string | null
}

export const SESSION_ENDED = 'identity.session-ended'

export interface SessionEnded {
  sessionId: string
  userId: string
  reason:
    'LOGGED_OUT' | 'PASSWORD_CHANGED' | 'REVOKED' | 'ACCOUNT_DISABLED' | 'PASSWORD_RESET' | 'API_KEY_REVOKED'
}

/** A user's role, organisation, status or password changed: cached viewers of them are stale. */
export const VIEWER_CHANGED = 'identity.viewer-changed'

export interface ViewerChanged {
  userId: string
  /**
   * The role or organisation changed, so what the user may see did: subscriptions authorised for the
   * old rights are closed, and the client subscribes again under the new ones.
   */
  accessChanged?: boolean
}
