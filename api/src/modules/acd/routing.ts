// The ACD's claim: one statement that picks an IDLE agent of a skill group by the group's strategy,
// reserves them (RINGING), stamps the round-robin pointer and logs the change. `FOR UPDATE SKIP
// LOCKED` makes concurrent claims (other calls, other API instances) pass over a row being claimed
// instead of waiting for it, so no agent is reserved twice and no claim blocks another.
import type { EntityManager } from '../../db/database.js'
import { RoutingStrategy } from '../organization/skill-group.entity.js'

export { RoutingStrategy }

/** Candidate order per strategy; ties always go to the agent idle longest. */
const ORDER: Record<RoutingStrategy, string> = {
  [RoutingStrategy.LONGEST_IDLE]: 'p.idle_since asc',
  [RoutingStrategy.ROUND_ROBIN]: 'm.last_offered_at asc nulls first, p.idle_since asc',
  [RoutingStrategy.FEWEST_CALLS]: `case when p.calls_today_on = (
      select (cast(? as timestamptz) at time zone t.time_zone)::date from tenant t where t.id = p.tenant_id
    ) then p.calls_today else 0 end asc, p.idle_since asc`,
  [RoutingStrategy.PRIORITY]: 'm.priority asc, p.idle_since asc',
}

export interface ClaimRequest {
  readonly tenantId: string
  readonly skillGroupId: string
  readonly strategy: RoutingStrategy
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
  readonly agentNumber: string | null
  readonly mobile: string | null
  readonly sipDomain: string | null
}

/** Candidate selection shared by the claim and the benchmark's baseline. */
export function candidateSql(strategy: RoutingStrategy, lock: 'skip locked' | 'none'): string {
  return `
    select p.user_id from agent_presence p
      join skill_group_member m on m.user_id = p.user_id and m.skill_group_id = ?
      join app_user u on u.id = p.user_id
    where p.tenant_id = ? and p.status = 'IDLE' and u.deleted_at is null and u.status = 'ACTIVE'
      and not (p.user_id = any(cast(? as uuid[]))) and (cast(? as uuid) is null or p.user_id = cast(? as uuid))
      and (p.answering_mode = 'MOBILE' or p.registered_node is null or p.registered_node = ?)
    order by ${ORDER[strategy]}
    limit 1
    ${lock === 'skip locked' ? 'for update of p skip locked' : ''}`
}

export function candidateParams(request: ClaimRequest): unknown[] {
  const only = request.onlyAgentId ?? null
  const params: unknown[] = [
    request.skillGroupId,
    request.tenantId,
    `{${request.excludedAgentIds.join(',')}}`,
    only,
    only,
    request.node,
  ]
  if (request.strategy === RoutingStrategy.FEWEST_CALLS) params.push(request.now)
  return params
}

const RESERVE = `status = 'RINGING', status_reason_id = null, status_since = ?, status_cause = 'OFFERED',
  idle_since = null, offer_call_id = ?, offer_leg_uuid = ?, offer_expires_at = ?`
const RESERVED = 'returning p.user_id, p.tenant_id, p.answering_mode'

/**
 * Reserves one candidate (RINGING), stamps the round-robin pointer and logs the offer, in one
 * statement. With 'skip locked' the candidate is locked as it is chosen; with 'none' (the benchmark's
 * baseline) the update re-checks IDLE and finds nothing when another transaction took the agent first.
 */
export async function reserveAgent(
  em: EntityManager,
  request: ClaimRequest,
  lock: 'skip locked' | 'none',
): Promise<ClaimedAgent | undefined> {
  const reserveParams = [request.now, request.callId, request.legUuid, request.expiresAt]
  const [claimed, claimedParams] =
    lock === 'skip locked'
      ? [
          `candidate as (${candidateSql(request.strategy, lock)}),
           claimed as (update agent_presence p set ${RESERVE} from candidate c where p.user_id = c.user_id ${RESERVED})`,
          [...candidateParams(request), ...reserveParams],
        ]
      : [
          `claimed as (update agent_presence p set ${RESERVE}
             where p.user_id = (${candidateSql(request.strategy, lock)}) and p.status = 'IDLE' ${RESERVED})`,
          [...reserveParams, ...candidateParams(request)],
        ]
  const [row] = await em.execute<
    Array<{
      user_id: string
      name: string
      answering_mode: 'SIP' | 'MOBILE'
      agent_number: string | null
      mobile: string | null
      sip_domain: string | null
    }>
  >(
    `with ${claimed},
     pointer as (
       update skill_group_member m set last_offered_at = ?
         from claimed c where m.user_id = c.user_id and m.skill_group_id = ?),
     logged as (
       insert into agent_status_log (tenant_id, user_id, status, previous_status, cause, detail, at)
       select c.tenant_id, c.user_id, 'RINGING', 'IDLE', 'OFFERED', ?, ? from claimed c)
     select c.user_id, c.answering_mode, u.name, u.agent_number, u.mobile, t.sip_domain
       from claimed c join app_user u on u.id = c.user_id join tenant t on t.id = c.tenant_id`,
    [...claimedParams, request.now, request.skillGroupId, request.callId, request.now],
  )
  if (!row) return undefined
  return {
    userId: row.user_id,
    name: row.name,
    answeringMode: row.answering_mode,
    agentNumber: row.agent_number,
    mobile: row.mobile,
    sipDomain: row.sip_domain,
  }
}

/** The ACD's claim: the candidate is locked as it is chosen, so concurrent claims pass over it. */
export function claimAgent(em: EntityManager, request: ClaimRequest): Promise<ClaimedAgent | undefined> {
  return reserveAgent(em, request, 'skip locked')
}
