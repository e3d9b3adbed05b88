// The ACD benchmark's baseline: the same claim as routing.ts's `claimAgent`, but as a plain
// `UPDATE … WHERE user_id = (SELECT … LIMIT 1) AND status = 'IDLE'` without `FOR UPDATE SKIP LOCKED`.
// Two instances then pick the same longest-idle agent; the loser waits for the winner's transaction,
// finds the row no longer IDLE, updates nothing and must try again.
import type { EntityManager } from '../../../api/src/db/database.js'
import type { ClaimRequest, ClaimedAgent } from '../../../api/src/modules/acd/routing.js'
import { candidateParams, candidateSql } from '../../../api/src/modules/acd/routing.js'

export interface PlainClaimCounters {
  /** Updates that found their candidate taken by another transaction, and were retried. */
  lostRaces: number
}

interface ClaimedRow {
  user_id: string
  name: string
  answering_mode: 'SIP' | 'MOBILE'
  agent_number: string | null
  mobile: string | null
  sip_domain: string | null
}

export function plainUpdateClaim(counters: PlainClaimCounters) {
  return async (em: EntityManager, request: ClaimRequest): Promise<ClaimedAgent | undefined> => {
    for (;;) {
      // Apart from the candidate's lock, this is claimAgent's statement: reserve, stamp the
      // round-robin pointer, log RINGING, return what ringing the agent needs.
      const [row] = await em.execute<ClaimedRow[]>(
        `with claimed as (
           update agent_presence p
              set status = 'RINGING', status_reason_id = null, status_since = ?, status_cause = 'OFFERED',
                  idle_since = null, offer_call_id = ?, offer_leg_uuid = ?, offer_expires_at = ?
            where p.user_id = (${candidateSql(request.strategy, 'none')}) and p.status = 'IDLE'
           returning p.user_id, p.tenant_id, p.answering_mode),
         pointer as (
           update skill_group_member m set last_offered_at = ?
             from claimed c where m.user_id = c.user_id and m.skill_group_id = ?),
         logged as (
           insert into agent_status_log (tenant_id, user_id, status, previous_status, cause, detail, at)
           select c.tenant_id, c.user_id, 'RINGING', 'IDLE', 'OFFERED', ?, ? from claimed c)
         select c.user_id, c.answering_mode, u.name, u.agent_number, u.mobile, t.sip_domain
           from claimed c join app_user u on u.id = c.user_id join tenant t on t.id = c.tenant_id`,
        [
          request.now,
          request.callId,
          request.legUuid,
          request.expiresAt,
          ...candidateParams(request),
          request.now,
          request.skillGroupId,
          request.callId,
          request.now,
        ],
      )
      if (row)
        return {
          userId: row.user_id,
          name: row.name,
          answeringMode: row.answering_mode,
          agentNumber: row.agent_number,
          mobile: row.mobile,
          sipDomain: row.sip_domain,
        }
      // Nothing updated: either nobody is IDLE, or another transaction took the candidate first.
      const [candidate] = await em.execute<Array<{ user_id: string }>>(
        candidateSql(request.strategy, 'none'),
        candidateParams(request),
      )
      if (!candidate) return undefined
      counters.lostRaces++
    }
  }
}
