import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../i18n'
import AppealDeadline from './AppealDeadline.vue'

const DAY_MS = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString()

function deadline(inspection: { appealDeadline: string | null; appeal?: unknown }) {
  return mount(AppealDeadline, {
    props: { inspection },
    global: { plugins: [createPinia(), createAppI18n({ 'zh-CN': {}, en: {} })] },
  }).text()
}

describe('A10: an inspection’s appeal deadline, as the agent and the workbench show it', () => {
  it('A10: open until the deadline, closed after it; nothing before submission or once appealed', () => {
    expect(deadline({ appealDeadline: inDays(3) })).toMatch(/^可申诉至 \S/)
    expect(deadline({ appealDeadline: inDays(-1) })).toBe('已过申诉期')
    expect(deadline({ appealDeadline: null })).toBe('')
    expect(deadline({ appealDeadline: inDays(3), appeal: { status: 'PENDING' } })).toBe('')
  })
})
