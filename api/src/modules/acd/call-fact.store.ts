// X2: call facts written outside a queue statement (holds and transfers, which change no row today),
// one prepared insert each. The queue's own facts are CTEs of its statements (queue-entry.store.ts).
import { prepared, type TenantSql } from '../../db/database.js'

export type CallFactKind = 'HELD' | 'RESUMED' | 'TRANSFERRED'

export interface CallFactInput {
  callId: string
  kind: CallFactKind
  at: Date
  agentId: string
  /** TRANSFERRED: BLIND or CONSULTED. */
  outcome?: string | null
}

const APPEND = prepared(`insert into call_fact (tenant_id, call_id, kind, at, agent_id, outcome)
  values ($1, $2, $3, $4, $5, $6)`)

export async function appendCallFact(sql: TenantSql, fact: CallFactInput): Promise<void> {
  await sql.query(APPEND, [sql.tenantId, fact.callId, fact.kind, fact.at, fact.agentId, fact.outcome ?? null])
}
