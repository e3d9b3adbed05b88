// SQL the call lists and the dashboard send past the ORM: counts by outcome, and which calls the ACD
// offered an agent (its status history logs each offer: OFFERED, then OFFER_ANSWERED when they picked
// up; the detail is the call's ID).
import { sqlIn, type EntityManager } from '../../db/database.js'
import { reachSql } from '../call-records/call-records.store.js'
import type { CallReach } from '../organization/access-policy.js'
import type { CallCounts } from './calls.types.js'

/** Calls started in [from, to) by outcome, of those the reach takes (null: the whole company). */
export async function countCalls(
  em: EntityManager,
  reach: CallReach | null,
  from: Date,
  to: Date,
): Promise<CallCounts> {
  const sql = sqlIn(em)
  const params: unknown[] = [sql.tenantId, from, to]
  const visible = reach ? ` and ${reachSql(reach, params)}` : ''
  const [row] = await sql.query<Record<keyof CallCounts, number>>(
    `select
       count(*) filter (where direction = 'INBOUND')::int as inbound,
       count(*) filter (where direction = 'INBOUND' and answered_at is not null)::int as answered,
       count(*) filter (where direction = 'INBOUND' and answered_at is null and ended_at is not null)::int
         as abandoned,
       count(*) filter (where direction = 'INBOUND' and answered_at is null and ended_at is null)::int
         as "unansweredLive",
       count(*) filter (where direction = 'OUTBOUND')::int as outbound,
       count(*) filter (where direction = 'OUTBOUND' and answered_at is not null)::int as "outboundAnswered"
     from call_record c where tenant_id = $1 and started_at >= $2 and started_at < $3${visible}`,
    params,
  )
  return row!
}

/** The calls the status history says were offered to (OFFERED) or answered by (OFFER_ANSWERED) an agent. */
const offerLog = (cause: 'OFFERED' | 'OFFER_ANSWERED') =>
  `select cast(l.detail as uuid) from agent_status_log l where l.user_id = ? and l.cause = '${cause}'`

/**
 * Conditions on a call record aliased `c`, for a query builder; each `?` takes the agent's ID. Sets of
 * IDs rather than per-row subqueries, so the planner starts from the agent's few calls
 * (call_record_agent_idx, agent_status_log_offer_idx) instead of every call of the tenant.
 */
export const agentCallConditions = {
  /** The agent's calls: those whose record names them, and those offered to them. */
  isAgentsCall: `c.id in (select m.id from call_record m where m.agent_id = ? union all ${offerLog('OFFERED')})`,
  /** Answered by the agent; mirrors `isAnsweredBy` in my-calls.service.ts. */
  isAnsweredByAgent: `(c.id in (${offerLog('OFFER_ANSWERED')})
  or (c.agent_id = ? and c.answered_at is not null and c.id not in (${offerLog('OFFERED')})))`,
}

/** Whether each of `callIds` offered to the agent was answered by them; calls never offered are absent. */
export async function offersTo(
  em: EntityManager,
  userId: string,
  callIds: string[],
): Promise<Map<string, boolean>> {
  if (callIds.length === 0) return new Map()
  const rows = await em.execute<Array<{ call_id: string; is_taken: boolean }>>(
    `select detail as call_id, bool_or(cause = 'OFFER_ANSWERED') as is_taken from agent_status_log
      where user_id = ? and cause in ('OFFERED', 'OFFER_ANSWERED') and detail in (?) group by detail`,
    [userId, callIds],
  )
  return new Map(rows.map((row) => [row.call_id, row.is_taken]))
}
