import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, mountAdmin, sentTo } from '../../testing'
import PhoneNumberDrawer from './PhoneNumberDrawer.vue'
import PhoneNumbersPage from './PhoneNumbersPage.vue'

const skillGroup = {
  id: 'sg1',
  name: '热线',
  description: '',
  organization: 'INBOUND',
  strategy: 'LONGEST_IDLE',
  maxWaitSeconds: 300,
  maxQueueLength: 50,
  overflowAction: 'MESSAGE_HANGUP',
  overflowSkillGroupId: null,
  overflowSkillGroup: null,
  isPostCallSurveyEnabled: false,
  isRecordingEnabled: true,
  members: [],
}

function errorAt(testId: string): string {
  const item = document.querySelector(`[data-testid=${testId}]`)?.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

describe('PhoneNumbersPage', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A3: without numbers the page says what to do', async () => {
    answerOperations({
      PhoneNumberList: { data: { phoneNumbers: { totalCount: 0, items: [] } } },
      SkillGroupOptions: { data: { skillGroups: { totalCount: 0, items: [] } } },
    })
    const wrapper = mountAdmin(PhoneNumbersPage, { props: areaProps('phoneNumbers') })
    await flushPromises()
    expect(wrapper.find('[data-testid=empty-state]').text()).toContain('添加贵公司从运营商处获得的呼入号码')
  })

  it('A3: a number without a skill group is flagged in the list', async () => {
    const number = {
      id: 'n1',
      number: '+864008001234',
      description: '热线',
      skillGroupId: null,
      skillGroup: null,
    }
    answerOperations({
      PhoneNumberList: {
        data: { phoneNumbers: { totalCount: 1, items: [{ ...number, createdAt: '2026-12-10T08:00:00Z' }] } },
      },
      SkillGroupOptions: { data: { skillGroups: { totalCount: 1, items: [skillGroup] } } },
    })
    const wrapper = mountAdmin(PhoneNumbersPage, { props: areaProps('phoneNumbers') })
    await flushPromises()
    const row = wrapper.find('[data-testid=numbers-table] tbody tr')
    expect(row.text()).toContain('+864008001234')
    expect(row.text()).toContain('未设置')
  })
})

describe('PhoneNumbersPage routes', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A3, A7: each number names where it routes: the skill group, or the daily IVR with its flow and today’s holiday', async () => {
    const base = { description: '', createdAt: '2026-12-10T08:00:00Z' }
    const daily = { name: '工作日', flow: { name: '主菜单' } }
    answerOperations({
      PhoneNumberList: {
        data: {
          phoneNumbers: {
            totalCount: 3,
            items: [
              {
                ...base,
                id: 'n1',
                number: '+864008001001',
                skillGroupId: 'sg1',
                skillGroup: { id: 'sg1', name: '热线' },
                scheduleId: null,
                schedule: null,
              },
              {
                ...base,
                id: 'n2',
                number: '+864008001002',
                skillGroupId: null,
                skillGroup: null,
                scheduleId: 's1',
                schedule: { ...daily, holidayToday: null },
              },
              {
                ...base,
                id: 'n3',
                number: '+864008001003',
                skillGroupId: null,
                skillGroup: null,
                scheduleId: 's1',
                schedule: {
                  ...daily,
                  holidayToday: {
                    id: 'h1',
                    name: '春节',
                    action: 'FLOW',
                    flow: { id: 'f2', name: '节日菜单' },
                  },
                },
              },
            ],
          },
        },
      },
      SkillGroupOptions: { data: { skillGroups: { totalCount: 1, items: [skillGroup] } } },
    })
    const wrapper = mountAdmin(PhoneNumbersPage, { props: areaProps('phoneNumbers') })
    await flushPromises()
    const routes = wrapper.findAll('[data-testid=number-destination]').map((cell) => cell.text())
    expect(routes[0]).toBe('热线')
    expect(routes[1]).toContain('日常 IVR')
    expect(routes[1]).toContain('工作日')
    expect(routes[1]).toContain('流程：主菜单')
    expect(routes[1]).not.toContain('节假日')
    expect(routes[2]).toContain('今日节假日“春节”：改走流程：节日菜单')
  })
})

describe('PhoneNumberDrawer', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A3: a number another company holds is refused at the number field, without saying whose', async () => {
    const fetchMock = answerOperations({
      AddPhoneNumber: {
        errors: [
          {
            message: 'This number belongs to another company or is already added.',
            extensions: { code: 'CONFLICT', reason: 'NUMBER_TAKEN', field: 'number' },
          },
        ],
      },
      IvrScheduleOptions: { data: { ivrSchedules: { items: [] } } },
    })
    const wrapper = mountAdmin(PhoneNumberDrawer, {
      props: { modelValue: false, phoneNumber: null, skillGroups: [skillGroup] },
    })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    const input = document.querySelector<HTMLInputElement>('input[data-testid=number-number]')!
    input.value = ' 4008001234 '
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=number-save]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(errorAt('number-number')).toBe('该号码已属于其他企业，或已经添加过'))
    expect(sentTo(fetchMock, 'AddPhoneNumber')).toEqual([
      { input: { number: '4008001234', description: '', skillGroupId: null, scheduleId: null } },
    ])
  })

  it('A7: a number can follow a daily IVR instead of a skill group, which clears its skill group', async () => {
    const number = {
      id: 'n1',
      number: '+864008001234',
      description: '热线',
      skillGroupId: 'sg1',
      scheduleId: null,
    }
    const fetchMock = answerOperations({
      IvrScheduleOptions: { data: { ivrSchedules: { items: [{ id: 's1', name: '工作日' }] } } },
      UpdatePhoneNumber: ({ input }: Record<string, unknown>) => ({
        data: {
          updatePhoneNumber: {
            ...number,
            ...(input as object),
            skillGroup: null,
            createdAt: '2026-12-10T08:00:00Z',
          },
        },
      }),
    })
    const wrapper = mountAdmin(PhoneNumberDrawer, {
      props: { modelValue: false, phoneNumber: number, skillGroups: [skillGroup] },
    })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    const scheduleRoute = [
      ...document.querySelectorAll<HTMLInputElement>('[data-testid=number-route] input'),
    ].find((radio) => radio.value === 'SCHEDULE')!
    scheduleRoute.click()
    await flushPromises()
    document.querySelector<HTMLElement>('[data-testid=number-schedule] .el-select__wrapper')!.click()
    await flushPromises()
    ;[...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')]
      .find((item) => item.textContent === '工作日')!
      .click()
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=number-save]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'UpdatePhoneNumber')).toHaveLength(1))
    expect(sentTo(fetchMock, 'UpdatePhoneNumber')[0]).toEqual({
      id: 'n1',
      input: { number: '+864008001234', description: '热线', skillGroupId: null, scheduleId: 's1' },
    })
  })
})
