// The SQL of the service summary report (A9): summaries of a period counted by category and agent, by
// category and the call's skill group, and by day of the company's time zone, in one pass.
import type { TenantSql } from '../../db/database.js'
import type { Organization } from '../identity/roles.js'
import type { CallReach } from '../organization/access-policy.js'

export interface SummaryCountConditions {
  from: Date
  to: Date
  timeZone: string
  /** Whose summaries (by the agent who wrote them, AccessPolicy.callReach); null: the whole company. */
  reach: CallReach | null
  /** The organisations whose summaries the viewer sees (A11); null: both. */
  organizations: readonly Organization[] | null
  skillGroupIds: readonly string[] | null
  agentIds: readonly string[] | null
}

/** One grouping of the counts: by (category, agent), by (category, skill group) or by day. */
export type SummaryCount =
  | { by: 'agent'; categoryId: string | null; key: string; count: number }
  | { by: 'skillGroup'; categoryId: string | null; key: string | null; count: number }
  | { by: 'day'; day: Date; count: number }

/**
 * The counts of the summaries written in [from, to) (service_summary_period_idx). The skill group is the
 * call's: a summary whose call record is not flushed yet counts under none, like a call dialled out.
 */
export async function summaryCounts(
  sql: TenantSql,
  conditions: SummaryCountConditions,
): Promise<SummaryCount[]> {
  const params: unknown[] = [sql.tenantId, conditions.from, conditions.to, conditions.timeZone]
  const clauses = ['s.tenant_id = $1', 's.created_at >= $2', 's.created_at < $3']
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value)
    clauses.push(clause(`$${params.length}`))
  }
  if (conditions.reach) add((n) => `s.agent_id = any(${n}::uuid[])`, conditions.reach.agentIds)
  if (conditions.organizations) add((n) => `s.organization = any(${n}::text[])`, conditions.organizations)
  if (conditions.agentIds?.length) add((n) => `s.agent_id = any(${n}::uuid[])`, conditions.agentIds)
  if (conditions.skillGroupIds?.length)
    add((n) => `c.skill_group_id = any(${n}::uuid[])`, conditions.skillGroupIds)
  const rows = await sql.query<{
    category_id: string | null
    agent_id: string | null
    skill_group_id: string | null
    day: Date | null
    by_agent: boolean
    by_group: boolean
    count: number
  }>(
    `select s.category_id, s.agent_id, c.skill_group_id, d.day, count(*)::int as count,
            grouping(s.agent_id) = 0 as by_agent, grouping(c.skill_group_id) = 0 as by_group
     from service_summary s
       cross join lateral (select date_trunc('day', s.created_at at time zone $4) at time zone $4 as day) d
       left join call_record c on c.tenant_id = s.tenant_id and c.id = s.call_id
     where ${clauses.join(' and ')}
     group by grouping sets ((s.category_id, s.agent_id), (s.category_id, c.skill_group_id), (d.day))`,
    params,
  )
  return rows.map((row): SummaryCount => {
    if (row.by_agent)
      return { by: 'agent', categoryId: row.category_id, key: row.agent_id!, count: row.count }
    if (row.by_group)
      return { by: 'skillGroup', categoryId: row.category_id, key: row.skill_group_id, count: row.count }
    return { by: 'day', day: new Date(row.day!), count: row.count }
  })
}
