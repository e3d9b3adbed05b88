// SQL behind transfers and dial-outs: how a person's phone is reached, and which queue holds calls for
// one agent. Both run inside the caller's tenant transaction, so row-level security scopes them.
import type { EntityManager } from '../../db/database.js'

export interface PersonPhone {
  agentNumber: string | null
  mobile: string | null
  sipDomain: string | null
}

/** A member's agent number and mobile, with their company's SIP domain. */
export async function phoneOf(em: EntityManager, userId: string): Promise<PersonPhone | undefined> {
  const [row] = await em.execute<
    Array<{ agent_number: string | null; mobile: string | null; sip_domain: string | null }>
  >(
    'select u.agent_number, u.mobile, t.sip_domain from app_user u join tenant t on t.id = u.tenant_id where u.id = ?',
    [userId],
  )
  return row && { agentNumber: row.agent_number, mobile: row.mobile, sipDomain: row.sip_domain }
}

/** The agent's best-priority skill group. */
export async function firstSkillGroupOf(em: EntityManager, agentId: string): Promise<string | null> {
  const [membership] = await em.execute<Array<{ skill_group_id: string }>>(
    'select skill_group_id from skill_group_member where user_id = ? order by priority limit 1',
    [agentId],
  )
  return membership?.skill_group_id ?? null
}

/** Whether the skill group exists (in the transaction's tenant). */
export async function isSkillGroup(em: EntityManager, skillGroupId: string): Promise<boolean> {
  const [group] = await em.execute<Array<{ id: string }>>('select id from skill_group where id = ?', [
    skillGroupId,
  ])
  return group !== undefined
}
