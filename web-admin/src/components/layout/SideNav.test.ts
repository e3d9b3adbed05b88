import { useSessionStore } from '@cc/web-common'
import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '../../router'
import { answerOperations, describeMounted, mountAdmin } from '../../testing'
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

describeMounted('A10: an agent is offered only the areas they may open', () => {
  async function menuOf(role: 'AGENT' | 'GROUP_LEADER', isQaInspector: boolean): Promise<string[]> {
    answerOperations({ IsQaInspector: { data: { isQaInspector } } })
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/')
    const nav = mountAdmin(SideNav, { role, plugins: [router] })
    await flushPromises()
    // Groups with one area show as an item; the others' entries render once opened.
    for (const group of nav.findAll('.el-sub-menu__title')) await group.trigger('click')
    await flushPromises()
    return nav.findAll('[data-testid^="nav-"]').map((entry) => entry.attributes('data-testid')!)
  }

  it('A10: a QA inspector who is an agent sees the quality areas and their account, nothing else', async () => {
    // 设置 holds only My account for them, so it shows as one item.
    expect(await menuOf('AGENT', true)).toEqual([
      'nav-home',
      'nav-quality',
      'nav-qaWorkbench',
      'nav-qaScorecards',
      'nav-qaReport',
      'nav-settings',
    ])
  })

  it('A10: an agent who does not inspect sees only their account; a group leader every area', async () => {
    expect(await menuOf('AGENT', false)).toEqual(['nav-home', 'nav-settings'])
    document.body.innerHTML = ''
    const leader = await menuOf('GROUP_LEADER', false)
    expect(leader).toEqual(
      expect.arrayContaining(['nav-agents', 'nav-callRecords', 'nav-qaWorkbench', 'nav-accountSettings']),
    )
  })
})
