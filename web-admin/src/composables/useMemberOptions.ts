// Members a group or skill group may take: those of its organisation, at most 100 (the API's page limit).
import { request } from '@cc/web-common'
import { shallowRef } from 'vue'
import { AgentsDocument, type AgentRow } from '../graphql/agents'
import type { Organization, Role } from '../graphql/generated/graphql'

export function useMemberOptions() {
  const members = shallowRef<AgentRow[]>([])

  async function load(organization: Organization, role?: Role): Promise<void> {
    members.value = (
      await request(AgentsDocument, {
        filter: { organization, role, status: 'ACTIVE' },
        page: { limit: 100, offset: 0 },
      })
    ).agents.items
  }

  return { members, load }
}
