// The webhook outbox across tenants: claiming due deliveries and recording each attempt, through the two
// security-definer functions of the webhooks migration (the dispatcher works for every tenant at once).
import type { Database } from '../../db/database.js'

export interface DueDelivery {
  id: string
  tenantId: string
  endpointId: string
  eventType: string
  payload: unknown
  occurredAt: Date
  /** Including the attempt this claim is for. */
  attemptCount: number
  url: string
  secretSealed: string
}

interface DueRow {
  id: string
  tenant_id: string
  endpoint_id: string
  event_type: string
  payload: unknown
  occurred_at: Date | string
  attempt_count: number
  url: string
  secret_sealed: string
}

export interface AttemptOutcome {
  deliveryId: string
  at: Date
  statusCode: number | null
  error: string | null
  durationMs: number
  delivered: boolean
  /** When to try again; null when delivered or given up. */
  nextAttemptAt: Date | null
}

/** Claims up to `limit` due deliveries, leased until `leaseUntil` (due again then if no outcome is recorded). */
export async function claimDueDeliveries(
  db: Database,
  now: Date,
  leaseUntil: Date,
  limit: number,
): Promise<DueDelivery[]> {
  const rows = await db.platformQuery<DueRow>('select * from webhook_claim_due(?, ?, ?)', [
    now,
    leaseUntil,
    limit,
  ])
  return rows.map((row) => ({
    id: row.id,
    tenantId: row.tenant_id,
    endpointId: row.endpoint_id,
    eventType: row.event_type,
    payload: row.payload,
    occurredAt: new Date(row.occurred_at),
    attemptCount: row.attempt_count,
    url: row.url,
    secretSealed: row.secret_sealed,
  }))
}

/** Records an attempt; true when it disabled the endpoint (failing for a day). */
export async function recordAttempt(db: Database, outcome: AttemptOutcome): Promise<boolean> {
  const [row] = await db.platformQuery<{ disabled: boolean }>(
    'select webhook_record_attempt(?, ?, ?, ?, ?, ?, ?) as disabled',
    [
      outcome.deliveryId,
      outcome.at,
      outcome.statusCode,
      outcome.error,
      outcome.durationMs,
      outcome.delivered,
      outcome.nextAttemptAt,
    ],
  )
  return row?.disabled ?? false
}
