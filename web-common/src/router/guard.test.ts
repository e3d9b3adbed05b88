import { describe, expect, it } from 'vitest'
import { guardRoute, type GuardedRoute } from './guard'

function route(fullPath: string, overrides: Partial<GuardedRoute> = {}): GuardedRoute {
  return { name: 'page', fullPath, query: {}, meta: {}, ...overrides }
}

const loginPage = route('/login', { name: 'login', meta: { isPublic: true } })
const changePasswordPage = route('/change-password', { name: 'change-password' })
const settled = { mustChangePassword: false }
const pending = { mustChangePassword: true }

describe('guardRoute', () => {
  it('sends a visitor to the login page and remembers where they were going', () => {
    expect(guardRoute(route('/ivr/flows?tab=holiday'), null)).toEqual({
      name: 'login',
      query: { redirect: '/ivr/flows?tab=holiday' },
    })
  })

  it('lets a visitor see the public pages', () => {
    expect(guardRoute(loginPage, null)).toBe(true)
  })

  it('G1: sends a user who must change the given password to the password change, from anywhere', () => {
    expect(guardRoute(route('/agents'), pending)).toEqual({
      name: 'change-password',
      query: { redirect: '/agents' },
    })
    expect(guardRoute(loginPage, pending)).toEqual({ name: 'change-password', query: {} })
    expect(guardRoute(changePasswordPage, pending)).toBe(true)
  })

  it('lets a signed-in user through, and on from the login page to where they were going', () => {
    expect(guardRoute(route('/agents'), settled)).toBe(true)
    expect(guardRoute({ ...loginPage, query: { redirect: '/agents' } }, settled)).toBe('/agents')
    expect(guardRoute(loginPage, settled)).toEqual({ name: 'home' })
    expect(guardRoute({ ...changePasswordPage, query: { redirect: '/monitoring' } }, settled)).toBe(
      '/monitoring',
    )
  })

  it('never redirects outside the app', () => {
    for (const redirect of ['https://evil.example', '//evil.example', 'javascript:alert(1)']) {
      expect(guardRoute({ ...loginPage, query: { redirect } }, settled)).toEqual({ name: 'home' })
    }
  })
})
