// SQL of the ACD's claim: one statement that picks an IDLE agent of a skill group by the group's strategy,
// reserves them (RINGING), stamps the round-robin pointer, logs the change and marks the call offered. `FOR UPDATE SKIP
// LOCKED` makes concurrent claims (other calls, other API instances) pass over a row being claimed
// instead of waiting for it, so no agent is reserved twice and no claim blocks another.
import { prepared, type TenantSql } from '../../db/database.js'
import { RoutingStrategy } from '../organization/skill-group.entity.js'

export { RoutingStrategy }

/**
 * Parameters of the claim statement: $1 tenant, $2 skill group, $3 agents excluded, $4 the only agent
 * (or null), $5 the switch node, $6 now, $7 the queue entry (the call), $8 the agent leg, $9 the expiry.
 */
const ORDER: Record<RoutingStrategy, string> = {
  [RoutingStrategy.LONGEST_IDLE]: 'p.idle_since asc',
  [RoutingStrategy.ROUND_ROBIN]: 'm.last_offered_at asc nulls first, p.idle_since asc',
  [RoutingStrategy.FEWEST_CALLS]: `case when p.calls_today_on = (
      select ($6::timestamptz at time zone t.time_zone)::date from tenant t where t.id = p.tenant_id
    ) then p.calls_today else 0 end asc, p.idle_since asc`,
  [RoutingStrategy.PRIORITY]: 'm.priority asc, p.idle_since asc',
}

export interface ClaimRequest {
  readonly tenantId: string
  readonly skillGroupId: string
  readonly strategy: RoutingStrategy
  /** The queue entry's ID: the reservation names it, and the entry becomes OFFERING in the same statement. */
  readonly callId: string
  /** UUID the agent leg will get, so the reservation names its ringing leg from the start. */
  readonly legUuid: string
  readonly now: Date
  readonly expiresAt: Date
  /** Agents who already missed this call; they get it again only after everyone else had a turn. */
  readonly excludedAgentIds: readonly string[]
  /** A transfer to one agent: only they may be claimed. */
  readonly onlyAgentId?: string | null
  /** The switch node the agent's leg will be placed on: SIP phones registered elsewhere are out of reach. */
  readonly node: string
}

export interface ClaimedAgent {
  readonly userId: string
  readonly name: string
  readonly answeringMode: 'SIP' | 'MOBILE'
  readonly phoneKind: 'SOFTPHONE' | 'DESK_PHONE' | null
  readonly agentNumber: string | null
  readonly mobile: string | null
  readonly sipDomain: string | null
}

/** Candidate selection shared by the claim and the benchmark's baseline (parameters as the claim's). */
export function candidateSql(strategy: RoutingStrategy, lock: 'skip locked' | 'none'): string {
  return `
    select p.user_id from agent_presence p
      join skill_group_member m on m.user_id = p.user_id and m.skill_group_id = $2::uuid and m.tenant_id = $1::uuid
      join app_user u on u.id = p.user_id and u.tenant_id = $1::uuid
    where p.tenant_id = $1::uuid and p.status = 'IDLE' and u.deleted_at is null and u.status = 'ACTIVE'
      and not (p.user_id = any($3::uuid[])) and ($4::uuid is null or p.user_id = $4::uuid)
      and (p.answering_mode = 'MOBILE' or p.registered_node is null or p.registered_node = $5::text)
      and $6::timestamptz is not null -- names $6 for the strategies whose order does not use it
    order by ${ORDER[strategy]}
    limit 1
    ${lock === 'skip locked' ? 'for update of p skip locked' : ''}`
}

/** The claim's parameters; the candidate selection alone takes the first six. */
export function claimParams(request: ClaimRequest): unknown[] {
  return [
    request.tenantId,
    request.skillGroupId,
    request.excludedAgentIds,
    request.onlyAgentId ?? null,
    request.node,
    request.now,
    request.callId,
    request.legUuid,
    request.expiresAt,
  ]
}

const RESERVE = `status = 'RINGING', status_reason_id = null, status_since = $6, status_cause = 'OFFERED',
  idle_since = null, offer_call_id = $7::uuid, offer_leg_uuid = $8::uuid, offer_expires_at = $9::timestamptz`
const RESERVED = 'returning p.user_id, p.tenant_id, p.answering_mode, p.phone_kind'

function claimStatement(strategy: RoutingStrategy, lock: 'skip locked' | 'none') {
  const claimed =
    lock === 'skip locked'
      ? `candidate as (${candidateSql(strategy, lock)}),
         claimed as (update agent_presence p set ${RESERVE} from candidate c
           where p.user_id = c.user_id and p.tenant_id = $1 ${RESERVED})`
      : `claimed as (update agent_presence p set ${RESERVE}
           where p.user_id = (${candidateSql(strategy, lock)}) and p.tenant_id = $1 and p.status = 'IDLE' ${RESERVED})`
  return prepared(`with ${claimed},
     pointer as (
       update skill_group_member m set last_offered_at = $6
         from claimed c where m.user_id = c.user_id and m.skill_group_id = $2 and m.tenant_id = $1),
     logged as (
       insert into agent_status_log (tenant_id, user_id, status, previous_status, cause, detail, at)
       select c.tenant_id, c.user_id, 'RINGING', 'IDLE', 'OFFERED', $7::uuid::text, $6 from claimed c),
     offered as (
       update queue_entry q set state = 'OFFERING', offered_agent_id = c.user_id, offer_leg_uuid = $8,
         offer_expires_at = $9, offered_at = $6
         from claimed c where q.id = $7 and q.tenant_id = $1
         returning q.id, q.call_id, q.skill_group_id, c.user_id),
     offer_fact as (
       insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id)
       select $1, coalesce(o.call_id, o.id), 'OFFERED', $6, o.skill_group_id, o.user_id from offered o)
     select c.user_id, c.answering_mode, c.phone_kind, u.name, u.agent_number, u.mobile, t.sip_domain
       from claimed c join app_user u on u.id = c.user_id join tenant t on t.id = c.tenant_id`)
}

/**
 * Reserves one candidate (RINGING), stamps the round-robin pointer, logs the offer and marks the queue
 * entry OFFERING, in one prepared statement. With 'skip locked' the candidate is locked as it is
 * chosen; with 'none' (the benchmark's baseline) the update re-checks IDLE and finds nothing when
 * another transaction took the agent first.
 */
export async function reserveAgent(
  sql: TenantSql,
  request: ClaimRequest,
  lock: 'skip locked' | 'none',
): Promise<ClaimedAgent | undefined> {
  const [row] = await sql.query<{
    user_id: string
    name: string
    answering_mode: 'SIP' | 'MOBILE'
    phone_kind: 'SOFTPHONE' | 'DESK_PHONE' | null
    agent_number: string | null
    mobile: string | null
    sip_domain: string | null
  }>(claimStatement(request.strategy, lock), claimParams(request))
  if (!row) return undefined
  return {
    userId: row.user_id,
    name: row.name,
    answeringMode: row.answering_mode,
    phoneKind: row.phone_kind,
    agentNumber: row.agent_number,
    mobile: row.mobile,
    sipDomain: row.sip_domain,
  }
}

/** The ACD's claim: the candidate is locked as it is chosen, so concurrent claims pass over it. */
export function claimAgent(sql: TenantSql, request: ClaimRequest): Promise<ClaimedAgent | undefined> {
  return reserveAgent(sql, request, 'skip locked')
}
