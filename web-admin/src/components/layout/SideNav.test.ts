import { useSessionStore } from '@cc/web-common'
import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '../../router'
import { describeMounted, mountAdmin } from '../../testing'
import SideNav from './SideNav.vue'

describeMounted('A11: the 外呼 menu is telesales work', () => {
  it('A11: company-wide and telesales people see the 外呼 menu; inbound people do not', async () => {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/')
    const nav = mountAdmin(SideNav, { plugins: [router] })
    await flushPromises()
    expect(nav.find('[data-testid="nav-outbound"]').exists()).toBe(true)
    expect(nav.find('[data-testid="nav-outbound"]').text()).toContain('外呼')

    const session = useSessionStore()
    session.user = { ...session.user!, organization: 'INBOUND' }
    await flushPromises()
    expect(nav.find('[data-testid="nav-outbound"]').exists()).toBe(false)
    expect(nav.find('[data-testid="nav-customerCare"]').exists()).toBe(true)

    session.user = { ...session.user!, organization: 'TELESALES' }
    await flushPromises()
    expect(nav.find('[data-testid="nav-outbound"]').exists()).toBe(true)
  })
})
