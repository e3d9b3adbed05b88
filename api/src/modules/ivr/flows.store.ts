// SQL the IVR flow service sends past the ORM: version numbers, who uses a flow's prompts and skill
// groups (read from the versions' reference arrays), and which targets of a draft's keys exist.
import type { EntityManager } from '../../db/database.js'
import type { Organization } from '../identity/roles.js'

/** A member's name; undefined once they are gone (or for an API key). */
export async function memberName(em: EntityManager, userId: string): Promise<string | undefined> {
  const [row] = await em.execute<Array<{ name: string }>>('select name from app_user where id = ?', [userId])
  return row?.name
}

/** The number the flow's next version takes. */
export async function nextVersionNumber(em: EntityManager, flowId: string): Promise<number> {
  const [row] = await em.execute<Array<{ next: number }>>(
    'select coalesce(max(version), 0) + 1 as next from ivr_flow_version where flow_id = ?',
    [flowId],
  )
  return row!.next
}

/** Names of the flows whose draft or live version plays the prompt, in order. */
export async function flowNamesUsingPrompt(em: EntityManager, promptId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ name: string }>>(
    `select distinct f.name from ivr_flow f join ivr_flow_version v on v.flow_id = f.id
      where v.status in ('DRAFT', 'PUBLISHED') and cast(? as uuid) = any(v.prompt_ids) order by f.name`,
    [promptId],
  )
  return rows.map((row) => row.name)
}

/** Which of the skill groups keys of a draft or live version send callers to, by flow name. */
export async function skillGroupsUsedByFlows(
  em: EntityManager,
  skillGroupIds: string[],
): Promise<Array<{ skillGroupId: string; flowName: string }>> {
  const rows = await em.execute<Array<{ skill_group_id: string; name: string }>>(
    `select distinct g.id as skill_group_id, f.name from ivr_flow f
       join ivr_flow_version v on v.flow_id = f.id
       cross join unnest(v.skill_group_ids) as g(id)
      where v.status in ('DRAFT', 'PUBLISHED') and g.id = any(cast(? as uuid[])) order by f.name`,
    [`{${skillGroupIds.join(',')}}`],
  )
  return rows.map((row) => ({ skillGroupId: row.skill_group_id, flowName: row.name }))
}

/** Those of `ids` that the query finds, in the organisation when one is given. */
async function existing(
  em: EntityManager,
  sql: string,
  ids: string[],
  organization: Organization | null,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await em.execute<Array<{ id: string }>>(
    `${sql} and (cast(? as text) is null or organization = ?)`,
    [`{${[...new Set(ids)].join(',')}}`, organization, organization],
  )
  return new Set(rows.map((row) => row.id))
}

/** Those of the skill groups that exist (in the organisation, when one is given). */
export const existingSkillGroups = (em: EntityManager, ids: string[], organization: Organization | null) =>
  existing(em, 'select id from skill_group where id = any(cast(? as uuid[]))', ids, organization)

/** Those of the members that exist and are active (in the organisation, when one is given). */
export const activeAgents = (em: EntityManager, ids: string[], organization: Organization | null) =>
  existing(
    em,
    `select id from app_user where id = any(cast(? as uuid[])) and deleted_at is null and status = 'ACTIVE'`,
    ids,
    organization,
  )
