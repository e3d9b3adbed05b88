// The agents and skill groups a supervisor may filter calls and ratings by (A11: what the API lets them
// see), at most 100 each: the API's page limit, and more than a company of this product's size has.
import { request, useServerErrors } from '@cc/web-common'
import { onMounted, shallowRef } from 'vue'
import { SkillGroupOptionsDocument, type SkillGroupOption } from '../../graphql/acd'
import { AgentsDocument } from '../../graphql/agents'

export function useCallFilterOptions() {
  const { report } = useServerErrors([])
  const agents = shallowRef<{ id: string; name: string }[]>([])
  const skillGroups = shallowRef<SkillGroupOption[]>([])
  onMounted(async () => {
    try {
      const [agentPage, groupPage] = await Promise.all([
        request(AgentsDocument, { page: { offset: 0, limit: 100 } }),
        request(SkillGroupOptionsDocument),
      ])
      agents.value = agentPage.agents.items
      skillGroups.value = groupPage.skillGroups.items
    } catch (error) {
      report(error)
    }
  })
  return { agents, skillGroups }
}
