// Which page a visitor may see, decided from the session alone so that it is testable without a router.
import type { LocationQuery, RouteLocationRaw } from 'vue-router'
import type { SessionUser } from '../graphql/session'

declare module 'vue-router' {
  interface RouteMeta {
    /** Sign-in and signup pages: for visitors; signed-in users are sent on. */
    isPublic?: boolean
    /** Sends the page's first queries (`prefetch`) with the navigation, while the page's code loads. */
    prefetch?: () => void
  }
}

/** Route names both SPAs define. */
export const ROUTE = { login: 'login', changePassword: 'change-password', home: 'home' } as const

export interface GuardedRoute {
  name?: string | symbol | null
  fullPath: string
  query: LocationQuery
  meta: { isPublic?: boolean }
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
export function guardRoute(
  to: GuardedRoute,
  user: Pick<SessionUser, 'mustChangePassword'> | null,
): true | RouteLocationRaw {
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
  return true
}
