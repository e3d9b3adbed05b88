// G3 transfers: the colleagues an agent may hand a call to. Agents see each other here (name, agent
// number, status) although the team directory shows them only themselves, and never across the
// inbound / telesales divide (A11): the same rule guards the transfer itself.
import type { EntityManager } from '@mikro-orm/postgresql'
import type { Database } from '../../db/database.js'
import type { Viewer } from '../identity/viewer.js'
import { AgentStatus } from './presence.js'
import type { TransferableAgent } from './transfer-directory.types.js'

/** Active agents of the viewer's organisation (all of them for a viewer without one), the viewer excluded. */
const COLLEAGUES = `
  from app_user u left join agent_presence p on p.user_id = u.id
  where u.agent_number is not null and u.status = 'ACTIVE' and u.deleted_at is null and u.id <> ?
    and (cast(? as text) is null or u.organization = ?)`

function colleagueParams(viewer: Viewer): unknown[] {
  return [viewer.userId, viewer.organization, viewer.organization]
}

/** Whether `agentId` is one of the viewer's colleagues in the sense above (in `em`'s tenant). */
export async function isColleague(em: EntityManager, viewer: Viewer, agentId: string): Promise<boolean> {
  const rows = await em.execute(`select 1 ${COLLEAGUES} and u.id = ?`, [...colleagueParams(viewer), agentId])
  return rows.length > 0
}

export class TransferDirectory {
  constructor(private readonly db: Database) {}

  /** Free agents first, then by name; a call center's transfer list stays well under the limit. */
  agents(viewer: Viewer): Promise<TransferableAgent[]> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const rows = await em.execute<
        Array<{ id: string; name: string; agent_number: string; status: string | null }>
      >(
        `select u.id, u.name, u.agent_number, p.status ${COLLEAGUES}
         order by (p.status = 'IDLE') desc nulls last, u.name limit 500`,
        colleagueParams(viewer),
      )
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        agentNumber: row.agent_number,
        status: (row.status as AgentStatus | null) ?? AgentStatus.OFFLINE,
      }))
    })
  }
}
