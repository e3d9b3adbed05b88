import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '../../../../web-common/src/i18n'
import { answerGraphQL } from '../../../../web-common/src/testing'
import { agentMessages } from '../../i18n/messages'
import { isAppealOpen } from '../../../../web-common/src/quality/appealWindow'
import MyInspectionsPage from './MyInspectionsPage.vue'

const DAY_MS = 86_400_000

/** A submitted inspection of the agent, `appealDeadline` from now (negative: passed). */
const inspection = (id: string, deadlineInDays: number) => ({
  id,
  callStartedAt: '2026-11-25T02:00:00Z',
  scorecardName: '服务质检',
  scorecardVersion: 1,
  inspectorName: '质检员',
  points: 30,
  maxPoints: 40,
  percent: 75,
  isFatalFailed: false,
  submittedAt: new Date(Date.now() - DAY_MS).toISOString(),
  appealDeadline: new Date(Date.now() + deadlineInDays * DAY_MS).toISOString(),
  recordingUrl: null,
  appeal: null,
})

// Mounting Element Plus tables in happy-dom takes seconds on a busy machine.
describe('MyInspectionsPage', { timeout: 20_000 }, () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A10: each result says until when the agent may appeal it, or that the window has closed', async () => {
    const items = [inspection('open', 6), inspection('closed', -1)]
    answerGraphQL({ data: { myQaInspections: { totalCount: items.length, items } } })
    const pinia = createPinia()
    setActivePinia(pinia)
    const wrapper = mount(MyInspectionsPage, {
      global: { plugins: [pinia, createAppI18n(agentMessages)] },
      attachTo: document.body,
    })
    await flushPromises()
    const until = wrapper.findAll('[data-testid=appeal-deadline]').map((cell) => cell.text())
    expect(until).toHaveLength(2)
    expect(until[0]).toMatch(/^可申诉至 \S/)
    expect(until[1]).toBe('已过申诉期')
    wrapper.unmount()
  })

  it('A10: an appealed inspection or one past its deadline can no longer be appealed', () => {
    const now = Date.parse('2027-01-10T00:00:00Z')
    expect(isAppealOpen({ appealDeadline: '2027-01-11T00:00:00Z', appeal: null }, now)).toBe(true)
    expect(isAppealOpen({ appealDeadline: '2027-01-09T00:00:00Z', appeal: null }, now)).toBe(false)
    expect(isAppealOpen({ appealDeadline: '2027-01-11T00:00:00Z', appeal: { status: 'PENDING' } }, now)).toBe(
      false,
    )
    expect(isAppealOpen({ appealDeadline: null, appeal: null }, now)).toBe(false)
  })
})
