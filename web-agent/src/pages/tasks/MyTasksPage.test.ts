import { flushPromises, mount } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
// The shared words come with the i18n set-up both SPAs use; reached by path like the admin console's tests.
import { createAppI18n } from '../../../../web-common/src/i18n'
import { agentMessages } from '../../i18n/messages'
import { initialState } from '../../phone/phoneBarMachine'
import { usePhoneStore } from '../../stores/phone'
import MyTasksPage from './MyTasksPage.vue'
import { answerOperations } from '../../testing'

const task = {
  id: 't1',
  name: '冬季活动',
  script: '您好，我是星辰云的客服……',
  customFieldIds: [],
  followUpResults: [{ value: 'INTERESTED', labelZh: '有意向', labelEn: 'Interested' }],
}
const item = {
  id: 'i1',
  taskId: 't1',
  taskName: '冬季活动',
  phoneNumber: '+8613800770001',
  customFields: {},
  status: 'LOCKED',
  followUpResult: null,
  notes: '',
  nextContactAt: null,
}

describe('MyTasksPage', { timeout: 20_000 }, () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('X4: a call the platform dialled for the agent opens its number with the script, as a preview dial would', async () => {
    const sent = answerOperations({
      TasksForAgent: () => ({ data: { outboundTasks: { items: [task] } } }),
      TaskFieldDefinitions: () => ({ data: { customFieldDefinitions: [] } }),
      MyTaskItems: (variables) => ({
        data: {
          myTaskItems:
            (variables.filter as { status?: string }).status === 'LOCKED'
              ? { totalCount: 1, items: [item] }
              : { totalCount: 0, items: [] },
        },
      }),
      OpenTaskItem: () => ({ data: { openTaskItem: item } }),
    })
    const pinia = createPinia()
    setActivePinia(pinia)
    const wrapper = mount(MyTasksPage, {
      global: { plugins: [pinia, createAppI18n(agentMessages)] },
      attachTo: document.body,
    })
    await flushPromises()
    expect(wrapper.find('[data-testid=task-item-panel]').exists()).toBe(false)

    const phone = usePhoneStore()
    phone.state = { ...initialState(), call: { callId: 'c1' } as never }
    await vi.waitFor(() => expect(wrapper.find('[data-testid=task-item-panel]').exists()).toBe(true))
    expect(wrapper.find('[data-testid=task-item-number]').text()).toBe('+8613800770001')
    expect(wrapper.find('[data-testid=task-item-script]').text()).toContain('您好')
    expect(sent.filter((request) => request.name === 'OpenTaskItem')).toEqual([
      { name: 'OpenTaskItem', variables: { id: 'i1' } },
    ])
    wrapper.unmount()
  })
})
