// Test helpers of the admin console: mount a page or dialog with the console's words and a signed-in
// role, and answer each GraphQL operation it sends by name.
import { useSessionStore } from '@cc/web-common'
import { mount } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, vi } from 'vitest'
import type { Component, Plugin } from 'vue'
// The shared words (validation, error codes) come with the i18n set-up both SPAs use; tests reach it by path
// because the package exports only what the SPAs themselves import.
import { createAppI18n } from '../../web-common/src/i18n'
import type { Role } from './graphql/generated/graphql'
import { adminMessages } from './i18n/messages'
import { areaGroups } from './router/areas'

export function mountAdmin(
  component: Component,
  {
    props = {},
    role = 'SUPER_ADMIN',
    plugins = [],
  }: { props?: Record<string, unknown>; role?: Role; plugins?: Plugin[] } = {},
) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSessionStore().user = {
    id: 'viewer',
    name: 'Viewer',
    email: 'viewer@example.com',
    role,
    organization: null,
    status: 'ACTIVE',
    mustChangePassword: false,
  } as never
  return mount(component, {
    props,
    global: { plugins: [pinia, createAppI18n(adminMessages), ...plugins] },
    attachTo: document.body,
  })
}

/**
 * Tests of mounted pages and drawers: each starts on an empty page (no toast, nothing left in the body,
 * the real `fetch` back). Mounting Element Plus forms in happy-dom takes seconds on a busy machine.
 */
export function describeMounted(name: string, tests: () => void): void {
  describe(name, { timeout: 20_000 }, () => {
    afterEach(() => {
      ElMessage.closeAll()
      document.body.innerHTML = ''
      vi.unstubAllGlobals()
    })
    tests()
  })
}

/** The API's answer when it refuses fields of the input (BAD_USER_INPUT), each problem at its field. */
export function invalidFields(
  problems: Array<{ field: string; code: string; message: string; params?: Record<string, unknown> }>,
) {
  return {
    errors: [{ message: 'Some fields are invalid.', extensions: { code: 'BAD_USER_INPUT', problems } }],
  }
}

/** The `area` and `group` props the router gives the page of this area. */
export function areaProps(name: string): { area: unknown; group: unknown } {
  const group = areaGroups.find((candidate) => candidate.areas.some((area) => area.name === name))!
  return { area: group.areas.find((area) => area.name === name)!, group }
}

type Answer = unknown | ((variables: Record<string, unknown>) => unknown)

/**
 * Answers each request by its operation name (`query AcdSettings` → `AcdSettings`) with the given
 * response body; returns the mock, whose calls hold what was sent.
 */
export function answerOperations(answers: Record<string, Answer>) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const { query, variables } = JSON.parse(String(init.body)) as {
      query: string
      variables?: Record<string, unknown>
    }
    const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? ''
    const answer = answers[name]
    if (answer === undefined) throw new Error(`no answer for the operation ${name}`)
    const body = typeof answer === 'function' ? answer(variables ?? {}) : answer
    return new Response(JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

/** What was sent to the operation of this name, in order. */
export function sentTo(
  fetchMock: ReturnType<typeof answerOperations>,
  name: string,
): Record<string, unknown>[] {
  return fetchMock.mock.calls
    .map(([, init]) => JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> })
    .filter((request) => new RegExp(`^\\s*(query|mutation)\\s+${name}\\b`).test(request.query))
    .map((request) => request.variables)
}
