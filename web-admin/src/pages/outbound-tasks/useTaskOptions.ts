// What a task may use, loaded once per page: the company's numbers (caller ID), the telesales agents and
// skill groups (assignees, with members for the leader's share-out), the task-data custom fields.
import { request, useServerErrors } from '@cc/web-common'
import { computed, shallowRef } from 'vue'
import { PhoneNumbersDocument } from '../../graphql/acd'
import { AgentsDocument, type AgentRow } from '../../graphql/agents'
import { CustomFieldListDocument, type CustomFieldRow } from '../../graphql/customers'
import { TaskSkillGroupOptionsDocument } from '../../graphql/outbound'

const FIRST_HUNDRED = { limit: 100, offset: 0 }

export function useTaskOptions() {
  const { report } = useServerErrors([])
  const numbers = shallowRef<{ id: string; number: string }[]>([])
  const agents = shallowRef<AgentRow[]>([])
  const skillGroups = shallowRef<{ id: string; name: string; members: { userId: string }[] }[]>([])
  const fields = shallowRef<CustomFieldRow[]>([])
  const agentNames = computed(() => new Map(agents.value.map((agent) => [agent.id, agent.name])))
  const groupNames = computed(() => new Map(skillGroups.value.map((group) => [group.id, group.name])))

  async function load(): Promise<void> {
    try {
      const [phoneNumbers, people, groups, taskFields] = await Promise.all([
        request(PhoneNumbersDocument, { page: FIRST_HUNDRED }),
        request(AgentsDocument, { filter: { organization: 'TELESALES' }, page: FIRST_HUNDRED }),
        request(TaskSkillGroupOptionsDocument),
        request(CustomFieldListDocument, { entity: 'OUTBOUND_TASK' }),
      ])
      numbers.value = phoneNumbers.phoneNumbers.items
      agents.value = people.agents.items.filter(
        (agent) => agent.role === 'AGENT' || agent.role === 'GROUP_LEADER',
      )
      skillGroups.value = groups.skillGroups.items
      fields.value = taskFields.customFieldDefinitions
    } catch (error) {
      report(error)
    }
  }

  return { numbers, agents, skillGroups, fields, agentNames, groupNames, load }
}
