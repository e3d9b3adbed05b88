// G5: the workstation's reminders between a stand-in API (requests answered by operation name, the due
// feed fed by hand): one click dials the plan's number for the plan, and the call's end asks about the plan.
import { flushPromises, mount } from '@vue/test-utils'
import { ElMessageBox } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '../../../web-common/src/i18n'
import { agentMessages } from '../i18n/messages'

const api = vi.hoisted(() => ({
  sent: [] as Array<{ name: string; variables: Record<string, unknown> }>,
  overdue: 0,
  feed: undefined as ((data: unknown) => void) | undefined,
}))

vi.mock('@cc/web-common', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  request: async (document: { toString(): string }, variables: Record<string, unknown> = {}) => {
    const name = /(?:mutation|query) (\w+)/.exec(document.toString())![1]!
    api.sent.push({ name, variables })
    if (name === 'OverdueContactPlans') return { contactPlans: { totalCount: api.overdue } }
    if (name === 'DialOut') return { dialOut: { callId: 'call-9' } }
    if (name === 'CompleteContactPlan') return { completeContactPlan: { id: variables.id } }
    throw new Error(`no answer for ${name}`)
  },
  createSubscriptionClient: () => ({ dispose: async () => {} }),
  subscribe: (_client: unknown, _document: unknown, _variables: unknown, onData: (data: unknown) => void) => {
    api.feed = onData
    return () => (api.feed = undefined)
  },
  useSessionStore: () => ({ user: { id: 'agent-1' }, end: () => {} }),
}))

const { useContactPlanReminders } = await import('./useContactPlanReminders')
const { usePhoneStore } = await import('../stores/phone')

const plan = {
  id: 'plan-1',
  customerName: '王女士',
  phoneNumber: '+8613800138000',
  dueAt: '',
  purpose: '回访',
}

function mountWorkstation() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', name: 'contactPlans', component: { render: () => null } }],
  })
  const Host = defineComponent({
    setup() {
      useContactPlanReminders()
      return () => h('div')
    },
  })
  return mount(Host, {
    global: { plugins: [pinia, router, createAppI18n(agentMessages)] },
    attachTo: document.body,
  })
}

describe('G5: contact plan reminders on the workstation', { timeout: 20_000 }, () => {
  afterEach(() => {
    api.sent.length = 0
    api.overdue = 0
    document.body.innerHTML = ''
  })

  it('G5: a due plan is shown with one button that dials its number for the plan; the call’s end asks whether it is done', async () => {
    const wrapper = mountWorkstation()
    await flushPromises()
    api.feed!({ myContactPlanDue: plan })
    await flushPromises()
    const notice = document.querySelector('.plan-reminder')!
    expect(notice.textContent).toContain('王女士（+8613800138000）：回访')
    ;(notice.querySelector('[data-testid=plan-reminder-call]') as HTMLElement).click()
    await flushPromises()
    expect(api.sent.find((request) => request.name === 'DialOut')?.variables).toMatchObject({
      number: '+8613800138000',
      planId: 'plan-1',
    })

    const confirm = vi.spyOn(ElMessageBox, 'confirm').mockResolvedValue('confirm' as never)
    const phone = usePhoneStore()
    phone.state = { ...phone.state, call: { callId: 'call-9' } } as never
    await flushPromises()
    phone.state = { ...phone.state, call: null } as never
    await flushPromises()
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('+8613800138000'), expect.anything())
    expect(api.sent.find((request) => request.name === 'CompleteContactPlan')?.variables).toEqual({
      id: 'plan-1',
    })
    wrapper.unmount()
  })

  it('G5: plans that came due while the agent was away are counted when the workstation opens', async () => {
    api.overdue = 3
    const wrapper = mountWorkstation()
    await flushPromises()
    expect(document.querySelector('.plan-overdue')?.textContent).toContain('您有 3 条联系计划已过计划时间')
    wrapper.unmount()
  })
})
