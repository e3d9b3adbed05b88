import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { computed, shallowRef } from 'vue'
import { answerOperations, describeMounted, mountAdmin } from '../../testing'
import TaskDetail from './TaskDetail.vue'

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
  followUpResults: [{ value: 'INTERESTED', labelZh: '有意向', labelEn: 'Interested', isSuccess: true }],
  agentIds: ['a1'],
  skillGroupIds: [],
  status: 'ACTIVE',
  dialing: {
    mode: 'PROGRESSIVE',
    callingWindows: [],
    holidays: [],
    retryAfterMinutes: 30,
    maxRetries: 2,
    dailyAttemptCap: 3,
  },
  createdAt: '2026-12-01T00:00:00Z',
  itemCount: 2,
  dialledCount: 0,
  resultCount: 0,
}

const item = (id: string, phoneNumber: string, dialRefusal: string | null) => ({
  id,
  phoneNumber,
  customFields: {},
  assigneeAgentId: 'a1',
  assigneeSkillGroupId: null,
  status: 'NEW',
  followUpResult: null,
  notes: '',
  nextContactAt: null,
  lockedBy: null,
  dialRefusal,
  createdAt: '2026-12-01T00:00:00Z',
})

const agents = shallowRef([{ id: 'a1', name: '王小明' }])
const options = {
  numbers: shallowRef([]),
  agents,
  skillGroups: shallowRef([]),
  fields: shallowRef([]),
  agentNames: computed(() => new Map(agents.value.map((agent) => [agent.id, agent.name]))),
  groupNames: computed(() => new Map<string, string>()),
  load: async () => undefined,
}

describeMounted('TaskDetail', () => {
  it('X4: a number the progressive dialer gave up on is marked not dialable, with the reason', async () => {
    answerOperations({
      OutboundTask: { data: { outboundTask: task } },
      TaskItems: {
        data: {
          taskItems: {
            totalCount: 2,
            items: [
              item('i1', '+12127365081', 'INTERNATIONAL_NOT_ALLOWED'),
              item('i2', '+8613800770081', null),
            ],
          },
        },
      },
    })
    const wrapper = mountAdmin(TaskDetail, { props: { taskId: 't1', options } })
    await flushPromises()

    const marks = wrapper.findAll('[data-testid=item-not-dialable]')
    expect(marks).toHaveLength(1)
    expect(marks[0]!.text()).toBe('不可拨打')
    const rows = wrapper.findAll('[data-testid=items-table] .el-table__body tr')
    expect(rows[0]!.text()).toContain('不可拨打')
    expect(rows[1]!.text()).not.toContain('不可拨打')
    // The reason is the refusal's own text, shown on hover.
    await marks[0]!.trigger('mouseenter')
    await new Promise((resolve) => setTimeout(resolve, 300))
    await flushPromises()
    expect(document.body.textContent).toContain('这是国际号码，公司未允许拨打国际电话')
  })
})
