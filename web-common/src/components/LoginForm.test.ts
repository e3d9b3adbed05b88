import { flushPromises } from '@vue/test-utils'
import { ElMessage } from 'element-plus'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSessionStore } from '../stores/session'
import { answerGraphQL, graphQLError, mountWithPlugins } from '../testing'
import LoginForm from './LoginForm.vue'

async function fillAndSubmit(wrapper: ReturnType<typeof mountWithPlugins>, email: string, password: string) {
  await wrapper.find('[data-testid=login-email]').setValue(email)
  await wrapper.find('[data-testid=login-password]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
}

describe('LoginForm', () => {
  afterEach(() => {
    ElMessage.closeAll()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })

  it('asks for the missing and malformed fields before calling the server', async () => {
    const fetchMock = answerGraphQL({ data: null })
    const wrapper = mountWithPlugins(LoginForm)
    await wrapper.find('form').trigger('submit')
    await vi.waitFor(() => {
      expect(wrapper.text()).toContain('请填写邮箱')
      expect(wrapper.text()).toContain('请填写密码')
    })

    await fillAndSubmit(wrapper, 'not-an-email', 'secret')
    await vi.waitFor(() => expect(wrapper.text()).toContain('邮箱格式不正确'))
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('says the email or password is wrong when the server answers UNAUTHENTICATED', async () => {
    answerGraphQL(graphQLError('UNAUTHENTICATED', {}, 'Email or password is incorrect.'))
    const wrapper = mountWithPlugins(LoginForm)
    await fillAndSubmit(wrapper, 'li.lei@example.com', 'wrong password 1')
    await vi.waitFor(() => expect(document.body.textContent).toContain('邮箱或密码不正确'))
  })

  it('tells how long to wait when the server answers RATE_LIMITED', async () => {
    answerGraphQL(graphQLError('RATE_LIMITED', { retryAfterSeconds: 540 }))
    const wrapper = mountWithPlugins(LoginForm)
    await fillAndSubmit(wrapper, 'li.lei@example.com', 'wrong password 6')
    await vi.waitFor(() => expect(document.body.textContent).toContain('尝试次数过多，请 9 分钟后再试'))
  })

  it('G1: explains a locked account in Chinese by its reason code: when to retry, or ask the administrator', async () => {
    answerGraphQL(
      graphQLError(
        'RATE_LIMITED',
        { retryAfterSeconds: 120, reason: 'ACCOUNT_LOCKED' },
        'Too many failed sign-in attempts for this account.',
      ),
    )
    const wrapper = mountWithPlugins(LoginForm)
    await fillAndSubmit(wrapper, 'li.lei@example.com', 'wrong password 6')
    await vi.waitFor(() =>
      expect(wrapper.find('[data-testid=login-lock-notice]').text()).toBe(
        '密码错误次数过多，账号已被暂时锁定。请 2 分钟后再试，或联系管理员为您解锁。',
      ),
    )
  })

  it('signs in over same-origin JSON, so the cookie and CSRF prevention work', async () => {
    const user = {
      id: 'u1',
      name: '李雷',
      email: 'li.lei@example.com',
      role: 'AGENT',
      organization: 'INBOUND',
      status: 'ACTIVE',
      mustChangePassword: false,
    }
    const fetchMock = answerGraphQL({ data: { login: { user } } })
    const wrapper = mountWithPlugins(LoginForm)
    await fillAndSubmit(wrapper, ' li.lei@example.com ', 'right password 1')
    await vi.waitFor(() => expect(useSessionStore().user).toEqual(user))

    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('/graphql')
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' })
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' })
    expect(JSON.parse(String(init.body)).variables).toEqual({
      input: { email: 'li.lei@example.com', password: 'right password 1' },
    })
  })
})
