// The agents table's filter bar as the `agents(filter:)` argument: empty choices are left out, not sent
// as empty strings, because the server would read "" as "match nothing".
import type { AgentFilter, Organization, Role, UserStatus } from '../../graphql/generated/graphql'

export interface AgentFilterForm {
  search: string
  groupId: string | null
  organization: Organization | null
  role: Role | null
  status: UserStatus | null
}

export function emptyAgentFilter(): AgentFilterForm {
  return { search: '', groupId: null, organization: null, role: null, status: null }
}

export function toAgentFilter(form: AgentFilterForm): AgentFilter | undefined {
  const filter: AgentFilter = {}
  const search = form.search.trim()
  if (search) filter.search = search
  if (form.groupId) filter.groupId = form.groupId
  if (form.organization) filter.organization = form.organization
  if (form.role) filter.role = form.role
  if (form.status) filter.status = form.status
  return Object.keys(filter).length > 0 ? filter : undefined
}

export function isFiltered(form: AgentFilterForm): boolean {
  return toAgentFilter(form) !== undefined
}

export const ORGANIZATIONS = ['INBOUND', 'TELESALES'] as const satisfies readonly Organization[]
export const ROLES = ['SUPER_ADMIN', 'ADMIN', 'GROUP_LEADER', 'AGENT'] as const satisfies readonly Role[]
export const STATUSES = ['ACTIVE', 'DISABLED'] as const satisfies readonly UserStatus[]
