// The SQL of calls' customers (call_customer): the linker's claim across tenants, the link it makes, and
// the merge step. The screen pop keeps its own link for the calls agents take (screen_pop).
import { prepared, sqlIn, type Database, type EntityManager, type TenantSql } from '../../db/database.js'
import type { Organization } from '../identity/roles.js'

type Source = EntityManager | TenantSql

/** An ended call whose customer is to be found or created. */
export interface PendingCallCustomer {
  tenantId: string
  callId: string
  organization: Organization
  /** The other party's number as the switch gave it; not always a phone number. */
  partyNumber: string | null
}

/** Claims up to `limit` ended calls to link, in every tenant; each only once. */
export async function claimPendingCallCustomers(db: Database, limit: number): Promise<PendingCallCustomer[]> {
  const rows = await db.platformQuery<{
    tenant_id: string
    call_id: string
    organization: Organization
    party_number: string | null
  }>('select * from call_customer_claim_pending(?)', [limit])
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    callId: row.call_id,
    organization: row.organization,
    partyNumber: row.party_number,
  }))
}

const LINK = prepared(`update call_customer set customer_id = $3 where tenant_id = $1 and call_id = $2`)

export async function linkCallCustomer(source: Source, callId: string, customerId: string): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(LINK, [sql.tenantId, callId, customerId])
}

const MOVE = prepared(`update call_customer set customer_id = $3 where tenant_id = $1 and customer_id = $2`)

/** A merged customer's calls follow the survivor. */
export async function moveCallCustomers(source: Source, fromId: string, toId: string): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(MOVE, [sql.tenantId, fromId, toId])
}
