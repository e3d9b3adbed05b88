// SQL the ACD sends before any tenant is known: which company a dialled number or a SIP user belongs
// to, and the sweeper's due work across companies. Each goes through a platform function of the
// migrations (security definer, reading only what the lookup needs), never a tenant's tables directly.
import type { Database } from '../../db/database.js'

export interface NumberOwner {
  tenantId: string
  skillGroupId: string | null
  scheduleId: string | null
}

/** The company a number (as stored, E.164) belongs to, and where its calls go. */
export async function ownerOfNumber(db: Database, number: string): Promise<NumberOwner | undefined> {
  const [row] = await db.platformQuery<{
    tenant_id: string
    skill_group_id: string | null
    schedule_id: string | null
  }>('select tenant_id, skill_group_id, schedule_id from auth_find_phone_number(?)', [number])
  return row && { tenantId: row.tenant_id, skillGroupId: row.skill_group_id, scheduleId: row.schedule_id }
}

/** The agent a SIP user of a SIP domain is. */
export async function agentBySipUser(
  db: Database,
  user: string,
  realm: string,
): Promise<{ tenantId: string; userId: string } | undefined> {
  const [row] = await db.platformQuery<{ tenant_id: string; user_id: string }>(
    'select * from acd_find_agent_by_sip(?, ?)',
    [user, realm],
  )
  return row && { tenantId: row.tenant_id, userId: row.user_id }
}

export interface PendingWork {
  kind: 'PRESENCE' | 'QUEUE'
  tenantId: string
  /** The agent (PRESENCE) or the queue entry (QUEUE). */
  id: string
}

/** Agents and queues, in every company, with something timed out at `now`. */
export async function pendingWork(db: Database, now: Date): Promise<PendingWork[]> {
  const rows = await db.platformQuery<{ kind: 'PRESENCE' | 'QUEUE'; tenant_id: string; id: string }>(
    'select * from acd_pending_work(?)',
    [now],
  )
  return rows.map((row) => ({ kind: row.kind, tenantId: row.tenant_id, id: row.id }))
}
