// Where a request carries its session token: the browser's httpOnly cookie or an API client's bearer header.
import type { IncomingHttpHeaders } from 'node:http'

export const SESSION_COOKIE = 'cc_session'

function cookieValue(cookieHeader: string | undefined, name: string): string | null {
  for (const part of cookieHeader?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return null
}

export function sessionTokenFrom(headers: IncomingHttpHeaders): string | null {
  const authorization = headers.authorization
  if (authorization?.startsWith('Bearer ')) return authorization.slice('Bearer '.length).trim()
  return cookieValue(headers.cookie, SESSION_COOKIE)
}

/** Whether the request's session is the browser's cookie (not an API client's bearer token). */
export function isCookieSession(headers: IncomingHttpHeaders): boolean {
  return !headers.authorization?.startsWith('Bearer ') && cookieValue(headers.cookie, SESSION_COOKIE) !== null
}
