import { flushPromises } from '@vue/test-utils'
import { expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { routes } from '../router'
import { describeMounted, mountAdmin } from '../testing'
import AreaLink from './AreaLink.vue'

describeMounted('A11: links between areas lead only where the viewer may go', () => {
  async function linkFor(role: 'GROUP_LEADER' | 'ADMIN', area: string) {
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/')
    const link = mountAdmin(AreaLink, {
      role,
      plugins: [router],
      props: { area },
    })
    await flushPromises()
    return link
  }

  it('A11: an administrator gets the link to the skill groups; a group leader is told to ask an administrator', async () => {
    const admin = await linkFor('ADMIN', 'skillGroups')
    expect(admin.find('a').attributes('href')).toBe('/skill-groups')
    expect(admin.find('[data-testid="ask-admin"]').exists()).toBe(false)

    const leader = await linkFor('GROUP_LEADER', 'skillGroups')
    expect(leader.find('a').exists()).toBe(false)
    expect(leader.find('[data-testid="ask-admin"]').text()).toBe('“技能组”由管理员设置，需要时请联系管理员。')
  })

  it('A11: a group leader keeps the links to the areas they may open', async () => {
    const leader = await linkFor('GROUP_LEADER', 'callRecords')
    expect(leader.find('a').attributes('href')).toBe('/statistics/call-records')
  })
})
