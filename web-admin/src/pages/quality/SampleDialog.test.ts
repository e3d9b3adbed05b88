import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, mountAdmin, sentTo } from '../../testing'
import SampleDialog from './SampleDialog.vue'

const scorecard = { id: 'card-1', name: '呼入服务标准', version: 1, maxPoints: 10, sections: [] }

/** Samples every matching call, the API answering `result`; the toast the dialog leaves. */
async function sampleAnswered(result: { callIds: string[]; inspectionIds: string[]; skipped: unknown[] }) {
  const fetchMock = answerOperations({
    Agents: { data: { agents: { totalCount: 0, items: [] } } },
    SkillGroupOptions: { data: { skillGroups: { items: [] } } },
    SampleQaCalls: { data: { sampleQaCalls: { seed: 'seed-1', ...result } } },
  })
  const wrapper = mountAdmin(SampleDialog, { props: { modelValue: true, scorecards: [scorecard] } })
  await flushPromises()
  const vm = wrapper.vm as unknown as { $: { setupState: { form: { scorecardId: string; mode: string } } } }
  vm.$.setupState.form.scorecardId = scorecard.id
  vm.$.setupState.form.mode = 'FILTER'
  await flushPromises()
  document.querySelector<HTMLElement>('[data-testid=sample-confirm]')!.click()
  await vi.waitFor(() => expect(sentTo(fetchMock, 'SampleQaCalls')).toHaveLength(1))
  await flushPromises()
  return document.querySelector('.el-message')?.textContent?.trim() ?? ''
}

describe('SampleDialog', { timeout: 30_000 }, () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('A10: a sampling that skipped calls whose recording was removed meanwhile says how many were inspected, how many skipped and why', async () => {
    const toast = await sampleAnswered({
      callIds: ['c1', 'c2', 'c3'],
      inspectionIds: ['i1'],
      skipped: [
        { callId: 'c2', reason: 'RECORDING_REMOVED' },
        { callId: 'c3', reason: 'RECORDING_REMOVED' },
      ],
    })
    expect(toast).toBe(
      '已为 1 通电话创建质检（种子 seed-1）；2 通电话的录音在抽取时已按录音保存期限删除，未创建质检',
    )
  })

  it('A10: a sampling without skips says how many calls were picked', async () => {
    const toast = await sampleAnswered({ callIds: ['c1', 'c2'], inspectionIds: ['i1', 'i2'], skipped: [] })
    expect(toast).toBe('已抽取 2 通电话，种子 seed-1')
  })
})
