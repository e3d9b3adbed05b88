// The ACD benchmark's baseline: the same claim as routing.store.ts's `claimAgent`, but as a plain
// `UPDATE … WHERE user_id = (SELECT … LIMIT 1) AND status = 'IDLE'` without `FOR UPDATE SKIP LOCKED`.
// Two instances then pick the same longest-idle agent; the loser waits for the winner's transaction,
// finds the row no longer IDLE, updates nothing and must try again.
import { prepared, type TenantSql } from '../../../api/src/db/database.js'
import type { ClaimRequest, ClaimedAgent } from '../../../api/src/modules/acd/routing.store.js'
import { candidateSql, claimParams, reserveAgent } from '../../../api/src/modules/acd/routing.store.js'

export interface PlainClaimCounters {
  /** Updates that found their candidate taken by another transaction, and were retried. */
  lostRaces: number
}

export function plainUpdateClaim(counters: PlainClaimCounters) {
  return async (sql: TenantSql, request: ClaimRequest): Promise<ClaimedAgent | undefined> => {
    for (;;) {
      const claimed = await reserveAgent(sql, request, 'none')
      if (claimed) return claimed
      // Nothing updated: either nobody is IDLE, or another transaction took the candidate first.
      const [candidate] = await sql.query<{ user_id: string }>(
        prepared(candidateSql(request.strategy, 'none')),
        claimParams(request).slice(0, 6),
      )
      if (!candidate) return undefined
      counters.lostRaces++
    }
  }
}
