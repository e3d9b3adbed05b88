import { flushPromises, mount } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import type { Window as HappyDomWindow } from 'happy-dom'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The shared words come with the i18n set-up both SPAs use; reached by path like the admin console's tests.
import { createAppI18n } from '../../../../web-common/src/i18n'
import { agentMessages } from '../../i18n/messages'
import { usePhoneStore } from '../../stores/phone'
import MyCallsPage from './MyCallsPage.vue'
import { answerOperations } from '../../testing'

const missed = {
  id: 'call-1',
  isAnswered: false,
  queueName: '售后热线',
  waitSeconds: 34,
  talkSeconds: null,
  call: {
    id: 'call-1',
    direction: 'INBOUND',
    callerNumber: '13800000001',
    calleeNumber: '+864001200001',
    dialledNumber: '+864001200001',
    startedAt: '2026-11-25T02:00:00Z',
    endedAt: '2026-11-25T02:00:34Z',
  },
}

/** The test window's width; media queries (the page's phone layout) follow it. */
function setWindowWidth(width: number): void {
  ;(window as unknown as HappyDomWindow).happyDOM.setViewport({ width, height: 800 })
}

// Unmounted after each test: a page left running would react to the next test's window (its size).
const mounted: Array<ReturnType<typeof mount>> = []

function mountPage() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(MyCallsPage, {
    global: { plugins: [pinia, createAppI18n(agentMessages)] },
    attachTo: document.body,
  })
  mounted.push(wrapper)
  return wrapper
}

const page = (items: unknown[]) => () => ({ data: { myCallRecords: { totalCount: items.length, items } } })

// Mounting Element Plus tables in happy-dom takes seconds on a busy machine.
describe('MyCallsPage', { timeout: 20_000 }, () => {
  afterEach(() => {
    for (const wrapper of mounted.splice(0)) wrapper.unmount()
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G8: without calls the page says where they will come from and what to do about filters', async () => {
    answerOperations({ MyCallRecords: page([]) })
    const wrapper = mountPage()
    await flushPromises()
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('接听或拨打的电话会出现在这里')
  })

  it('G8: a missed call shows the caller, the skill group, the wait and no talk time', async () => {
    answerOperations({ MyCallRecords: page([missed]) })
    const wrapper = mountPage()
    await flushPromises()
    const row = wrapper.find('.el-table__row')
    expect(row.find('[data-testid=my-call-number]').text()).toBe('13800000001')
    expect(row.find('[data-testid=call-outcome]').text()).toBe('未接')
    expect(row.text()).toContain('售后热线')
    expect(row.text()).toContain('0:34')
    expect(row.text()).toContain('—')
  })

  it('G8: on a phone each call is one row: the number and outcome, then direction, time, wait and group', async () => {
    setWindowWidth(390)
    try {
      answerOperations({ MyCallRecords: page([missed]) })
      const wrapper = mountPage()
      await flushPromises()
      expect(wrapper.find('.el-table__header-wrapper').exists()).toBe(false)
      const row = wrapper.find('.el-table__row')
      expect(row.findAll('td')).toHaveLength(1)
      expect(row.find('[data-testid=my-call-number]').text()).toBe('13800000001')
      expect(row.find('[data-testid=call-outcome]').text()).toBe('未接')
      expect(row.find('.facts').text()).toMatch(/呼入.*等待 0:34.*售后热线/s)
      // The range calendar is wider than a phone: a box for each end instead.
      expect(wrapper.findAll('.range .el-date-editor')).toHaveLength(2)
    } finally {
      setWindowWidth(1024)
    }
  })

  it('G8: call back is refused while signed out, and dials the caller with an idempotency key once idle', async () => {
    const sent = answerOperations({
      MyCallRecords: page([missed]),
      DialOut: () => ({ data: { dialOut: { callId: 'call-2' } } }),
    })
    const wrapper = mountPage()
    await flushPromises()
    const button = () => wrapper.find('[data-testid=call-back-button]')
    expect(button().attributes('disabled')).toBeDefined()

    const phone = usePhoneStore()
    phone.state = {
      ...phone.state,
      mode: 'DESK_PHONE',
      agent: { status: 'IDLE', reasonId: null, since: '', cause: 'CHOSEN', notice: null, offer: null },
    } as never
    await flushPromises()
    expect(button().attributes('disabled')).toBeUndefined()
    await button().trigger('click')
    await flushPromises()
    const dial = sent.find((request) => request.name === 'DialOut')
    expect(dial?.variables).toMatchObject({ number: '13800000001', idempotencyKey: expect.any(String) })
  })
})
