// Which page a visitor may see, decided from the session alone so that it is testable without a router.
import type { LocationQuery, RouteLocationRaw } from 'vue-router'
import type { SessionUser } from '../graphql/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Sign-in and signup pages: for visitors; signed-in users are sent on. */
    isPublic?: boolean
    /** Sends the page's first queries (`prefetch`) with the navigation, while the page's code loads. */
    prefetch?: () => void
    /** Whether the signed-in user's role lets them use the page; if not, they land on the home page. */
    mayOpen?: (user: GuardedUser) => boolean
  }
}

/** What the guard reads of the signed-in user. */
export type GuardedUser = Pick<SessionUser, 'mustChangePassword'> &
  Partial<Pick<SessionUser, 'role' | 'organization'>>

/** The home page's query naming the page the user's role could not open, so the page can say so. */
export const NOT_ALLOWED_QUERY = 'notAllowed'

/** Route names both SPAs define. */
export const ROUTE = { login: 'login', changePassword: 'change-password', home: 'home' } as const

export interface GuardedRoute {
  name?: string | symbol | null
  fullPath: string
  query: LocationQuery
  meta: { isPublic?: boolean; mayOpen?: (user: GuardedUser) => boolean }
}

/** Only paths inside the SPA: a crafted `?redirect=https://…` must not send a user elsewhere. */
function redirectTarget(query: LocationQuery): RouteLocationRaw {
  const { redirect } = query
  return typeof redirect === 'string' && redirect.startsWith('/') && !redirect.startsWith('//')
    ? redirect
    : { name: ROUTE.home }
}

function redirectBackTo(fullPath: string): LocationQuery {
  return fullPath === '/' ? {} : { redirect: fullPath }
}

function carryRedirect(query: LocationQuery): LocationQuery {
  return typeof query.redirect === 'string' ? { redirect: query.redirect } : {}
}

/** `true` lets the navigation through; anything else is where to go instead. */
export function guardRoute(to: GuardedRoute, user: GuardedUser | null): true | RouteLocationRaw {
  if (to.name === ROUTE.changePassword) {
    if (!user) return { name: ROUTE.login }
    return user.mustChangePassword ? true : redirectTarget(to.query)
  }
  if (to.meta.isPublic) {
    if (!user) return true
    if (user.mustChangePassword) return { name: ROUTE.changePassword, query: carryRedirect(to.query) }
    return redirectTarget(to.query)
  }
  if (!user) return { name: ROUTE.login, query: redirectBackTo(to.fullPath) }
  if (user.mustChangePassword) return { name: ROUTE.changePassword, query: redirectBackTo(to.fullPath) }
  if (to.meta.mayOpen && !to.meta.mayOpen(user))
    return { name: ROUTE.home, query: { [NOT_ALLOWED_QUERY]: String(to.name ?? '') } }
  return true
}
