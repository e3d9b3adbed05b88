import { afterEach, describe, expect, it, vi } from 'vitest'
import LoginPage from '../pages/LoginPage.vue'
import { mountWithPlugins } from '../testing'

function submitLabel(wrapper: ReturnType<typeof mountWithPlugins>): string {
  return wrapper.find('[data-testid=login-submit]').text()
}

describe('LanguageSwitcher', () => {
  afterEach(() => {
    document.body.innerHTML = ''
    localStorage.clear()
  })

  it('starts in Simplified Chinese', () => {
    const wrapper = mountWithPlugins(LoginPage)
    expect(submitLabel(wrapper)).toBe('登录')
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('switches to English, and remembers the choice for the next visit', async () => {
    const wrapper = mountWithPlugins(LoginPage)
    await wrapper.find('[data-testid=language-switcher]').trigger('click')
    const english = await vi.waitFor(() => {
      const item = document.querySelector<HTMLElement>('[data-testid=locale-en]')
      if (!item) throw new Error('the language menu is not open')
      return item
    })
    english.click()
    await vi.waitFor(() => expect(submitLabel(wrapper)).toBe('Sign in'))
    expect(document.documentElement.lang).toBe('en')

    wrapper.unmount()
    expect(submitLabel(mountWithPlugins(LoginPage))).toBe('Sign in')
  })
})
