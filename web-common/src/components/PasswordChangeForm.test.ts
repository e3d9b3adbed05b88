import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { answerGraphQL, graphQLError, mountWithPlugins } from '../testing'
import PasswordChangeForm from './PasswordChangeForm.vue'

type Wrapper = ReturnType<typeof mountWithPlugins>

async function fillAndSubmit(wrapper: Wrapper, current: string, next: string, confirmation: string) {
  await wrapper.find('[data-testid=current-password]').setValue(current)
  await wrapper.find('[data-testid=new-password]').setValue(next)
  await wrapper.find('[data-testid=confirm-password]').setValue(confirmation)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

function errorAt(wrapper: Wrapper, testId: string): string {
  const item = wrapper.find(`[data-testid=${testId}]`).element.closest('.el-form-item')
  return item?.querySelector('.el-form-item__error')?.textContent?.trim() ?? ''
}

describe('PasswordChangeForm', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('G1: a mismatched confirmation is caught before asking the server', async () => {
    const fetchMock = answerGraphQL({ data: null })
    const wrapper = mountWithPlugins(PasswordChangeForm)
    await fillAndSubmit(wrapper, 'Given2026pass', 'Chosen2026pass', 'Chosen2026typo')
    await vi.waitFor(() => expect(errorAt(wrapper, 'confirm-password')).toBe('两次输入的密码不一致'))
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('G1: the password policy is checked as the API checks it', async () => {
    answerGraphQL({ data: null })
    const wrapper = mountWithPlugins(PasswordChangeForm)
    await fillAndSubmit(wrapper, 'Given2026pass', 'onlyletters', 'onlyletters')
    await vi.waitFor(() => expect(errorAt(wrapper, 'new-password')).toBe('密码需同时包含字母和数字'))
  })

  it('G1: a BAD_USER_INPUT problem from the server is shown at its field', async () => {
    answerGraphQL(
      graphQLError('BAD_USER_INPUT', {
        problems: [{ field: 'currentPassword', code: 'INCORRECT_PASSWORD', message: 'is incorrect' }],
      }),
    )
    const wrapper = mountWithPlugins(PasswordChangeForm)
    await fillAndSubmit(wrapper, 'Wrong2026pass', 'Chosen2026pass', 'Chosen2026pass')
    await vi.waitFor(() => expect(errorAt(wrapper, 'current-password')).toBe('当前密码不正确'))
    expect(errorAt(wrapper, 'new-password')).toBe('')
  })
})
