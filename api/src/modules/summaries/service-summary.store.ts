// The SQL of service summaries: whether an agent handled a call, the usage counts that guard categories,
// a merge's move, and the customer history's keyset page. Each statement names its tenant.
import { prepared, sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
import type { Organization } from '../identity/roles.js'
import { ServiceSummary } from './service-summary.entity.js'

const HANDLED_CALL = prepared(`
  select coalesce(case when c.direction = 'INBOUND' then c.caller_number else c.callee_number end,
                  p.call_number) as remote_number
  from (select 1) as one
    left join call_record c on c.tenant_id = $1 and c.id = $3
    left join agent_presence p on p.tenant_id = $1 and p.user_id = $2 and (p.call_id = $3 or p.acw_call_id = $3)
  where p.user_id is not null or c.agent_id = $2
     or exists (select 1 from agent_status_log l where l.tenant_id = $1 and l.user_id = $2
                and l.cause = 'OFFER_ANSWERED' and l.detail = $3::text)`)

/**
 * The call as the agent handled it, or undefined when they did not: it is (or was just) on their phone,
 * its record names them, or they answered the ACD's offer of it (a transfer's second agent included). The
 * record is flushed in batches, so the phone's own view counts while the call is fresh.
 */
export async function callHandledBy(
  source: EntityManager | TenantSql,
  userId: string,
  callId: string,
): Promise<{ remoteNumber: string | null } | undefined> {
  const sql = sqlIn(source)
  const [row] = await sql.query<{ remote_number: string | null }>(HANDLED_CALL, [
    sql.tenantId,
    userId,
    callId,
  ])
  return row && { remoteNumber: row.remote_number }
}

const HAS_SUMMARY = prepared(
  `select 1 from service_summary where tenant_id = $1 and call_id = $2 and agent_id = $3`,
)

/**
 * Holds, until the transaction ends, the right to write one agent's summary of one call: a second save
 * at the same moment (a double click, two tabs) waits and then corrects the first one's summary instead
 * of failing on the (call, agent) key.
 */
export async function lockSummaryOf(em: EntityManager, callId: string, agentId: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`summary:${callId}:${agentId}`])
}

export async function hasSummary(sql: TenantSql, userId: string, callId: string): Promise<boolean> {
  return (await sql.query(HAS_SUMMARY, [sql.tenantId, callId, userId])).length > 0
}

const CATEGORY_USAGE = prepared(
  `select (select count(*) from service_summary where tenant_id = $1 and category_id = $2)::int as summaries,
          (select count(*) from service_summary_category where tenant_id = $1 and parent_id = $2)::int as children`,
)

/** How many summaries use a category, and how many categories sit right below it. */
export async function categoryUsage(
  source: EntityManager | TenantSql,
  categoryId: string,
): Promise<{ summaries: number; children: number }> {
  const sql = sqlIn(source)
  const [row] = await sql.query<{ summaries: number; children: number }>(CATEGORY_USAGE, [
    sql.tenantId,
    categoryId,
  ])
  return row!
}

const MOVE_TO_CUSTOMER = prepared(
  `update service_summary set customer_id = $3 where tenant_id = $1 and customer_id = $2`,
)

/** A customer merge: the merged customer's summaries belong to the survivor. */
export async function moveSummaries(
  source: EntityManager | TenantSql,
  fromCustomerId: string,
  toCustomerId: string,
): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(MOVE_TO_CUSTOMER, [sql.tenantId, fromCustomerId, toCustomerId])
}

/** Where a page of a customer's history ends: the (time, id) of its last entry. */
export interface HistoryCursor {
  time: Date
  id: string
}

/**
 * A customer's service summaries for the history timeline (G4), newest first, `limit` of them written
 * before `before` (keyset paging on (createdAt, id), served by service_summary_customer_idx). Only the
 * summaries of `organizations` (the viewer's visible ones, A11); the caller checks the customer is theirs.
 */
export async function summariesOfCustomer(
  em: EntityManager,
  customerId: string,
  options: { organizations: readonly Organization[]; before?: HistoryCursor | null; limit: number },
): Promise<ServiceSummary[]> {
  const { before } = options
  return em.find(
    ServiceSummary,
    {
      customerId,
      organization: { $in: [...options.organizations] },
      ...(before
        ? { $or: [{ createdAt: { $lt: before.time } }, { createdAt: before.time, id: { $lt: before.id } }] }
        : {}),
    },
    { orderBy: { createdAt: 'desc', id: 'desc' }, limit: options.limit },
  )
}
