// SQL for the transfer directory: an agent's colleagues (active agents of their organisation, all of
// them for a viewer without one, the viewer excluded), with each one's status.
import type { EntityManager } from '../../db/database.js'
import { AgentStatus } from './presence.js'

/** Whose colleagues: the agent, and the organisation whose members they may hand calls to. */
export interface ColleaguesOf {
  userId: string
  organization: string | null | undefined
}

const COLLEAGUES = `
  from app_user u left join agent_presence p on p.user_id = u.id
  where u.agent_number is not null and u.status = 'ACTIVE' and u.deleted_at is null and u.id <> ?
    and (cast(? as text) is null or u.organization = ?)`

function colleagueParams(of: ColleaguesOf): unknown[] {
  return [of.userId, of.organization ?? null, of.organization ?? null]
}

/** Whether `agentId` is one of the colleagues of `of` (in `em`'s tenant). */
export async function isColleague(em: EntityManager, of: ColleaguesOf, agentId: string): Promise<boolean> {
  const rows = await em.execute(`select 1 ${COLLEAGUES} and u.id = ?`, [...colleagueParams(of), agentId])
  return rows.length > 0
}

export interface Colleague {
  id: string
  name: string
  agentNumber: string
  status: AgentStatus
}

/** Free agents first, then by name; a call center's transfer list stays well under the limit. */
export async function colleaguesOf(em: EntityManager, of: ColleaguesOf): Promise<Colleague[]> {
  const rows = await em.execute<
    Array<{ id: string; name: string; agent_number: string; status: string | null }>
  >(
    `select u.id, u.name, u.agent_number, p.status ${COLLEAGUES}
     order by (p.status = 'IDLE') desc nulls last, u.name limit 500`,
    colleagueParams(of),
  )
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    agentNumber: row.agent_number,
    status: (row.status as AgentStatus | null) ?? AgentStatus.OFFLINE,
  }))
}
