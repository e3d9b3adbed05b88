import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, mountAdmin, sentTo } from '../../testing'
import SkillGroupDrawer from './SkillGroupDrawer.vue'

function skillGroup(id: string, name: string, organization = 'INBOUND') {
  return {
    id,
    name,
    description: '',
    organization,
    strategy: 'LONGEST_IDLE',
    maxWaitSeconds: 300,
    maxQueueLength: 50,
    overflowAction: 'MESSAGE_HANGUP',
    overflowSkillGroupId: null,
    isPostCallSurveyEnabled: false,
    isRecordingEnabled: true,
    members: [],
  }
}

const main = skillGroup('main', '一线')
const groups = [main, skillGroup('backup', '二线'), skillGroup('sales', '电销组', 'TELESALES')]

async function open(props: Record<string, unknown>) {
  const wrapper = mountAdmin(SkillGroupDrawer, { props: { modelValue: false, ...props } })
  await wrapper.setProps({ modelValue: true })
  await flushPromises()
  return wrapper
}

function radio(label: string): HTMLInputElement {
  const item = [...document.querySelectorAll('[data-testid=skill-group-routing] .el-radio')].find((element) =>
    element.textContent?.includes(label),
  )
  return item!.querySelector('input')!
}

describe('SkillGroupDrawer: call distribution (A3)', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A3: every strategy is explained in one line', async () => {
    answerOperations({ SkillGroupOptions: { data: { skillGroups: { totalCount: 3, items: groups } } } })
    await open({ skillGroup: main })
    const text = document.querySelector('[data-testid=skill-group-routing]')!.textContent!
    for (const words of ['最长空闲优先', '轮流分配', '接听最少优先', '按优先级', '同级时空闲最久者优先'])
      expect(text).toContain(words)
  })

  it('A3: overflowing to a skill group needs one, of the same organisation; only routing changes are sent', async () => {
    const fetchMock = answerOperations({
      SkillGroupOptions: { data: { skillGroups: { totalCount: 3, items: groups } } },
      UpdateSkillGroup: { data: { updateSkillGroup: main } },
      UpdateSkillGroupRouting: { data: { updateSkillGroupRouting: main } },
    })
    await open({ skillGroup: main })
    radio('转到其他技能组').click()
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=skill-group-save]')!.click()
    await flushPromises()
    await vi.waitFor(() =>
      expect(
        document
          .querySelector('[data-testid=routing-overflow-target]')
          ?.closest('.el-form-item')
          ?.querySelector('.el-form-item__error')?.textContent,
      ).toContain('溢出到'),
    )
    expect(sentTo(fetchMock, 'UpdateSkillGroup')).toEqual([])

    // The choice offers the other inbound skill group only.
    document.querySelector<HTMLElement>('[data-testid=routing-overflow-target] .el-select__wrapper')!.click()
    await flushPromises()
    const options = [...document.querySelectorAll('.el-select-dropdown__item')].map((item) =>
      item.textContent?.trim(),
    )
    expect(options).toContain('二线')
    expect(options).not.toContain('一线')
    expect(options).not.toContain('电销组')
  })

  it('A5: turning on the post-call survey, explained on the page, sends it with the routing', async () => {
    const fetchMock = answerOperations({
      SkillGroupOptions: { data: { skillGroups: { totalCount: 3, items: groups } } },
      UpdateSkillGroup: { data: { updateSkillGroup: main } },
      UpdateSkillGroupRouting: { data: { updateSkillGroupRouting: main } },
    })
    await open({ skillGroup: main })
    const text = document.querySelector('[data-testid=skill-group-routing]')!.textContent!
    expect(text).toContain('通话后满意度评价')
    expect(text).toContain('坐席挂机时客户留在线上')
    document.querySelector<HTMLElement>('[data-testid=routing-post-call-survey]')!.click()
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=skill-group-save]')!.click()
    await flushPromises()
    await vi.waitFor(() =>
      expect(sentTo(fetchMock, 'UpdateSkillGroupRouting')).toEqual([
        expect.objectContaining({ input: expect.objectContaining({ isPostCallSurveyEnabled: true }) }),
      ]),
    )
  })

  it('issue 19: turning a group’s recording off, explained on the page, sends it with the routing', async () => {
    const fetchMock = answerOperations({
      SkillGroupOptions: { data: { skillGroups: { totalCount: 3, items: groups } } },
      UpdateSkillGroup: { data: { updateSkillGroup: main } },
      UpdateSkillGroupRouting: { data: { updateSkillGroupRouting: main } },
    })
    await open({ skillGroup: main })
    const text = document.querySelector('[data-testid=skill-group-routing]')!.textContent!
    expect(text).toContain('关闭后本技能组的来电不录音')
    document.querySelector<HTMLElement>('[data-testid=routing-recording]')!.click()
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=skill-group-save]')!.click()
    await flushPromises()
    await vi.waitFor(() =>
      expect(sentTo(fetchMock, 'UpdateSkillGroupRouting')).toEqual([
        expect.objectContaining({ input: expect.objectContaining({ isRecordingEnabled: false }) }),
      ]),
    )
  })

  it('A3: saving without touching the routing sends no routing change', async () => {
    const fetchMock = answerOperations({
      SkillGroupOptions: { data: { skillGroups: { totalCount: 3, items: groups } } },
      UpdateSkillGroup: { data: { updateSkillGroup: main } },
    })
    await open({ skillGroup: main })
    document.querySelector<HTMLButtonElement>('[data-testid=skill-group-save]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(sentTo(fetchMock, 'UpdateSkillGroup')).toHaveLength(1))
    expect(sentTo(fetchMock, 'UpdateSkillGroupRouting')).toEqual([])
  })
})
