import { guardRoute, useSessionStore } from '@cc/web-common'
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

describeMounted('A10 A11: each role is offered only the areas it may use', () => {
  async function menuOf(
    role: 'AGENT' | 'GROUP_LEADER' | 'ADMIN',
    isQaInspector: boolean,
    organization: 'INBOUND' | 'TELESALES' | null = null,
  ): Promise<string[]> {
    answerOperations({ IsQaInspector: { data: { isQaInspector } } })
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/')
    const nav = mountAdmin(SideNav, { role, plugins: [router] })
    const session = useSessionStore()
    session.user = { ...session.user!, organization }
    await flushPromises()
    // Groups with one area show as an item; the others' entries render once opened.
    for (const group of nav.findAll('.el-sub-menu__title')) await group.trigger('click')
    await flushPromises()
    const entries = nav.findAll('[data-testid^="nav-"]').map((entry) => entry.attributes('data-testid')!)
    nav.unmount()
    document.body.innerHTML = ''
    return entries
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

  it('A10: an agent who does not inspect sees only their account', async () => {
    expect(await menuOf('AGENT', false)).toEqual(['nav-home', 'nav-settings'])
  })

  it('A11: a group leader sees their team, customers, monitoring, reports, quality and account; no configuration', async () => {
    const SUPERVISING = [
      'nav-home',
      'nav-team',
      'nav-customerCare',
      'nav-customers',
      'nav-contactPlans',
      'nav-supervision',
      'nav-monitoring',
      'nav-kpiMonitor',
      'nav-statistics',
      'nav-callReport',
      'nav-serviceSummaries',
      'nav-callRecords',
      'nav-satisfactionRecords',
      'nav-satisfactionReport',
      'nav-quality',
      'nav-qaWorkbench',
      'nav-qaScorecards',
      'nav-qaReport',
    ]
    expect(await menuOf('GROUP_LEADER', false, 'INBOUND')).toEqual([...SUPERVISING, 'nav-settings'])
    // A telesales leader also distributes their tasks' items and follows the tasks' statistics.
    expect(await menuOf('GROUP_LEADER', false, 'TELESALES')).toEqual([
      ...SUPERVISING,
      'nav-outbound',
      'nav-outboundTasks',
      'nav-outboundStatistics',
      'nav-settings',
    ])
  })

  it('A11: an administrator sees the configuration a leader does not', async () => {
    const menu = await menuOf('ADMIN', false, 'INBOUND')
    for (const entry of [
      'nav-skillGroups',
      'nav-callHandling',
      'nav-ivrFlows',
      'nav-auditLog',
      'nav-companySettings',
    ])
      expect(menu).toContain(entry)
    expect(menu).not.toContain('nav-outbound')
  })
})

describeMounted('A11: the router keeps a group leader out of what they may not use', () => {
  it('A11: a leader opening the call settings lands on the home page, told why', async () => {
    answerOperations({})
    const router = createRouter({ history: createMemoryHistory(), routes })
    mountAdmin(SideNav, { role: 'GROUP_LEADER', plugins: [router] })
    const session = useSessionStore()
    router.beforeEach((to) => guardRoute(to, session.user))
    await router.push('/phone/call-handling')
    expect(router.currentRoute.value).toMatchObject({ name: 'home', query: { notAllowed: 'callHandling' } })
    await router.push('/statistics/call-records')
    expect(router.currentRoute.value.name).toBe('callRecords')
  })
})
