import { flushPromises } from '@vue/test-utils'
import { expect, it, vi } from 'vitest'
import { shallowRef } from 'vue'
import { answerOperations, describeMounted, invalidFields, mountAdmin, sentTo } from '../../testing'
import TaskDrawer from './TaskDrawer.vue'

const task = {
  id: 't1',
  name: '冬季活动',
  description: '',
  startsOn: '2026-12-01',
  endsOn: '2027-01-31',
  callerIdNumberId: 'n1',
  callerIdNumber: '+862188880009',
  customFieldIds: [],
  script: '',
  followUpResults: [{ value: 'INTERESTED', labelZh: '有意向', labelEn: 'Interested' }],
  agentIds: [],
  skillGroupIds: [],
  status: 'ACTIVE',
  dialing: {
    mode: 'PROGRESSIVE',
    callingWindows: [{ start: '09:00', end: '12:00' }],
    holidays: ['2027-01-01'],
    retryAfterMinutes: 20,
    maxRetries: 1,
    dailyAttemptCap: 2,
  },
  createdAt: '2026-12-01T00:00:00Z',
  itemCount: 0,
  dialledCount: 0,
  resultCount: 0,
}

const options = {
  numbers: shallowRef([{ id: 'n1', number: '+862188880009' }]),
  agents: shallowRef([]),
  skillGroups: shallowRef([]),
  fields: shallowRef([]),
}

async function open(props: Record<string, unknown>) {
  const wrapper = mountAdmin(TaskDrawer, { props: { modelValue: false, options, ...props } })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

const save = () => document.querySelector<HTMLButtonElement>('[data-testid=task-save]')!.click()
const section = () => document.querySelector('[data-testid=task-dialing]')!

describeMounted('TaskDrawer', () => {
  it('X4: a new task is preview; the progressive rules and the answering-machine note show only for progressive', async () => {
    await open({ task: null })
    expect(section().textContent).toContain('预览式')
    expect(document.querySelector('[data-testid=task-dialing-amd]')).toBeNull()
    document
      .querySelector<HTMLInputElement>('[data-testid=task-dialing-mode] input[value=PROGRESSIVE]')!
      .click()
    await flushPromises()
    expect(document.querySelector('[data-testid=task-dialing-amd]')!.textContent).toContain('不识别应答机')
    expect(section().textContent).toContain('呼叫时段')
    expect(section().textContent).toContain('被叫号码所在地区的当地时间')
  })

  it('X4: a progressive task’s rules are shown and saved as they are', async () => {
    const fetchMock = answerOperations({ UpdateOutboundTask: { data: { updateOutboundTask: task } } })
    await open({ task })
    expect(document.querySelector('[data-testid=task-window-0]')).not.toBeNull()
    save()
    await flushPromises()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'UpdateOutboundTask')).toHaveLength(1))
    expect(sentTo(fetchMock, 'UpdateOutboundTask')[0]).toMatchObject({
      id: 't1',
      input: { dialing: task.dialing },
    })
  })

  it('X4: a window the API refuses is marked at its row, in Chinese', async () => {
    answerOperations({
      UpdateOutboundTask: invalidFields([
        {
          field: 'dialing.callingWindows.0.end',
          code: 'WINDOW_END_BEFORE_START',
          message: 'must be after the start',
        },
      ]),
    })
    await open({ task })
    save()
    await flushPromises()
    await vi.waitFor(() =>
      expect(document.querySelector('[data-testid=task-window-0]')!.textContent).toContain(
        '呼叫时段的结束时间必须晚于开始时间',
      ),
    )
  })
})
