import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerOperations, mountAdmin, sentTo } from '../../testing'
import ReasonDialog from './ReasonDialog.vue'

function errorAt(testId: string): string {
  const item = document.querySelector(`[data-testid=${testId}]`)?.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

describe('ReasonDialog', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G3: a name the company already uses is refused at the name field', async () => {
    const fetchMock = answerOperations({
      UpdateNotReadyReason: {
        errors: [
          { message: 'exists', extensions: { code: 'CONFLICT', reason: 'NAME_TAKEN', field: 'name' } },
        ],
      },
    })
    const reason = { id: 'lunch', name: '午饭', kind: 'CUSTOM', code: null, sortOrder: 4 }
    const wrapper = mountAdmin(ReasonDialog, { props: { modelValue: false, reason } })
    await wrapper.setProps({ modelValue: true })
    await flushPromises()
    const input = document.querySelector<HTMLInputElement>('input[data-testid=reason-name]')!
    expect(input.value).toBe('午饭')
    input.value = ' 会议 '
    input.dispatchEvent(new Event('input'))
    await flushPromises()
    document.querySelector<HTMLButtonElement>('[data-testid=reason-save]')!.click()
    await flushPromises()
    await vi.waitFor(() => expect(errorAt('reason-name')).toBe('名称已存在，请换一个名称'))
    expect(sentTo(fetchMock, 'UpdateNotReadyReason')).toEqual([{ id: 'lunch', input: { name: '会议' } }])
  })
})
