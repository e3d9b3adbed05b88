import type { RequestOrigin, Viewer } from '../modules/identity/viewer.js'
import type { Services } from '../services.js'

/** Sets and clears the browser's httpOnly session cookie; WebSocket operations have none. */
export interface SessionCookie {
  set(token: string): void
  clear(): void
}

export interface GraphQLContext {
  viewer: Viewer | null
  services: Services
  origin: RequestOrigin
  sessionCookie: SessionCookie | null
}
