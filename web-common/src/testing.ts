// Test helpers: mount a component with the plugins startSpa installs, and answer its GraphQL requests.
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { vi } from 'vitest'
import type { Component } from 'vue'
import { createAppI18n } from './i18n'

export function mountWithPlugins(component: Component, options: { props?: Record<string, unknown> } = {}) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createAppI18n({
    'zh-CN': { app: { console: '管理后台' } },
    en: { app: { console: 'Admin console' } },
  })
  return mount(component, {
    props: options.props,
    global: { plugins: [pinia, i18n] },
    attachTo: document.body,
  })
}

/** Every fetch answers with this GraphQL response body; returns the mock to inspect the requests. */
export function answerGraphQL(body: unknown) {
  const fetchMock = vi.fn(
    async (_url: string, _init: RequestInit) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  )
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export function graphQLError(code: string, extensions: Record<string, unknown> = {}, message = 'refused') {
  return { errors: [{ message, extensions: { code, ...extensions } }], data: null }
}
