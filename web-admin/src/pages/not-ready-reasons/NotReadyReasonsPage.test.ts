import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, areaProps, mountAdmin, sentTo } from '../../testing'
import NotReadyReasonsPage from './NotReadyReasonsPage.vue'

const reasons = [
  { id: 'rest', name: '小休', kind: 'CUSTOM', code: 'REST', sortOrder: 1 },
  { id: 'meeting', name: '会议', kind: 'CUSTOM', code: 'MEETING', sortOrder: 2 },
  { id: 'missed', name: '未接超限', kind: 'SYSTEM', code: 'MISSED_OFFERS', sortOrder: 1000 },
]

function rowsOf(wrapper: ReturnType<typeof mountAdmin>) {
  return wrapper.findAll('[data-testid=reasons-table] .el-table__body-wrapper tbody tr')
}

describe('NotReadyReasonsPage', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G3: system reasons are tagged and offer no actions; custom ones can be renamed and deleted', async () => {
    answerOperations({ NotReadyReasons: { data: { notReadyReasons: reasons } } })
    const wrapper = mountAdmin(NotReadyReasonsPage, { props: areaProps('notReadyReasons') })
    await flushPromises()
    const rows = rowsOf(wrapper)
    expect(rows).toHaveLength(3)
    expect(rows[0]!.text()).toContain('重命名')
    expect(rows[2]!.text()).toContain('系统')
    expect(rows[2]!.text()).toContain('由系统自动设置，不能修改或选择')
    expect(rows[2]!.text()).not.toContain('重命名')
  })

  it('G3: moving a reason down saves the two positions that change, then reloads', async () => {
    const fetchMock = answerOperations({
      NotReadyReasons: { data: { notReadyReasons: reasons } },
      UpdateNotReadyReason: ({ id }: Record<string, unknown>) => ({
        data: { updateNotReadyReason: reasons.find((reason) => reason.id === id) },
      }),
    })
    const wrapper = mountAdmin(NotReadyReasonsPage, { props: areaProps('notReadyReasons') })
    await flushPromises()
    const [up, down] = rowsOf(wrapper)[0]!.findAll('button')
    expect(up!.attributes('disabled')).toBeDefined()
    await down!.trigger('click')
    await flushPromises()
    expect(sentTo(fetchMock, 'UpdateNotReadyReason')).toEqual([
      { id: 'meeting', input: { sortOrder: 1 } },
      { id: 'rest', input: { sortOrder: 2 } },
    ])
    expect(sentTo(fetchMock, 'NotReadyReasons')).toHaveLength(2)
  })

  it('G3: agents and leaders see the list read-only', async () => {
    answerOperations({ NotReadyReasons: { data: { notReadyReasons: reasons } } })
    const wrapper = mountAdmin(NotReadyReasonsPage, {
      props: areaProps('notReadyReasons'),
      role: 'GROUP_LEADER',
    })
    await flushPromises()
    expect(wrapper.find('[data-testid=reasons-add]').exists()).toBe(false)
    expect(wrapper.findAll('[data-testid=reasons-table] button')).toHaveLength(0)
    expect(wrapper.text()).toContain('仅管理员可以修改示忙原因。')
  })
})
