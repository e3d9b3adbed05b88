// The SQL of contact plans: the lists and exports (one condition builder for both, so an export holds
// exactly the rows its list shows), the customer history's keyset page, the calls placed for plans, the
// merge step and the due job's claim across tenants.
import type { Database } from '../../db/database.js'
import { sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
import type { Organization } from '../identity/roles.js'
import type { StoredPlanStatus } from './contact-plan.entity.js'

/** The state people see: OVERDUE is PENDING past its time. */
export type PlanState = 'PENDING' | 'OVERDUE' | 'DONE' | 'CANCELLED'

export interface PlanRow {
  id: string
  customerId: string
  customerName: string
  organization: Organization
  ownerId: string
  ownerName: string
  phoneNumber: string
  dueAt: Date
  purpose: string
  notes: string
  status: StoredPlanStatus
  closedAt: Date | null
  createdAt: Date
  callCount: number
}

/** Which plans: the viewer's reach (A11) and the list's filter. */
export interface PlanConditions {
  /** Organisations whose customers' plans the viewer sees. */
  organizations: Organization[]
  /** Owners the viewer sees; null: every owner in those organisations. */
  ownerIds: string[] | null
  state?: PlanState | null
  dueFrom?: Date | null
  dueTo?: Date | null
  ownerId?: string | null
  /** Digits the number contains. */
  numberDigits?: string | null
  /** What "overdue" is measured against. */
  now: Date
}

/** A position in due order, newest first: the last row of a page. */
export interface PlanCursor {
  dueAt: Date
  id: string
}

const SELECT = `
  select p.id, p.customer_id as "customerId", coalesce(c.name, '') as "customerName",
         p.organization, p.owner_id as "ownerId", coalesce(u.name, '') as "ownerName",
         p.phone_number as "phoneNumber", p.due_at as "dueAt", p.purpose, p.notes, p.status,
         p.closed_at as "closedAt", p.created_at as "createdAt",
         (select count(*) from contact_plan_call l where l.contact_plan_id = p.id)::int as "callCount"
  from contact_plan p
  left join customer c on c.id = p.customer_id
  left join app_user u on u.id = p.owner_id`

type Stored<T> = {
  [Key in keyof T]: T[Key] extends Date
    ? Date | string
    : T[Key] extends Date | null
      ? Date | string | null
      : T[Key]
}

// The lean SQL path hands timestamps over as text.
const dateOf = (value: Date | string) => new Date(value)
const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value))

function planOf(row: Stored<PlanRow>): PlanRow {
  return {
    ...row,
    dueAt: dateOf(row.dueAt),
    closedAt: dateOrNull(row.closedAt),
    createdAt: dateOf(row.createdAt),
  }
}

function whereOf(tenantId: string, conditions: PlanConditions): { where: string; params: unknown[] } {
  const params: unknown[] = [tenantId, conditions.organizations]
  const clauses = ['p.tenant_id = $1', 'p.organization = any($2::text[])']
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value)
    clauses.push(clause(`$${params.length}`))
  }
  if (conditions.ownerIds) add((n) => `p.owner_id = any(${n}::uuid[])`, conditions.ownerIds)
  if (conditions.ownerId) add((n) => `p.owner_id = ${n}`, conditions.ownerId)
  if (conditions.dueFrom) add((n) => `p.due_at >= ${n}`, conditions.dueFrom)
  if (conditions.dueTo) add((n) => `p.due_at < ${n}`, conditions.dueTo)
  if (conditions.numberDigits) add((n) => `p.phone_number like '%' || ${n} || '%'`, conditions.numberDigits)
  switch (conditions.state) {
    case 'PENDING':
      add((n) => `p.status = 'PENDING' and p.due_at > ${n}`, conditions.now)
      break
    case 'OVERDUE':
      add((n) => `p.status = 'PENDING' and p.due_at <= ${n}`, conditions.now)
      break
    case 'DONE':
    case 'CANCELLED':
      add((n) => `p.status = ${n}`, conditions.state)
      break
  }
  return { where: clauses.join(' and '), params }
}

export async function countPlans(
  source: EntityManager | TenantSql,
  conditions: PlanConditions,
): Promise<number> {
  const sql = sqlIn(source)
  const { where, params } = whereOf(sql.tenantId, conditions)
  const [row] = await sql.query<{ total: number }>(
    `select count(*)::int as total from contact_plan p where ${where}`,
    params,
  )
  return row!.total
}

/** One page of the list, newest due first. */
export async function pageOfPlans(
  source: EntityManager | TenantSql,
  conditions: PlanConditions,
  offset: number,
  limit: number,
): Promise<PlanRow[]> {
  const sql = sqlIn(source)
  const { where, params } = whereOf(sql.tenantId, conditions)
  const rows = await sql.query<Stored<PlanRow>>(
    `${SELECT} where ${where} order by p.due_at desc, p.id desc offset ${Number(offset)} limit ${Number(limit)}`,
    params,
  )
  return rows.map(planOf)
}

/** The rows after `after` in the list's order: an export reads the whole list batch by batch this way. */
export async function plansAfter(
  source: EntityManager | TenantSql,
  conditions: PlanConditions,
  after: PlanCursor | null,
  limit: number,
): Promise<PlanRow[]> {
  const sql = sqlIn(source)
  const { where, params } = whereOf(sql.tenantId, conditions)
  let keyset = ''
  if (after) {
    params.push(after.dueAt, after.id)
    keyset = ` and (p.due_at, p.id) < ($${params.length - 1}, $${params.length}::uuid)`
  }
  const rows = await sql.query<Stored<PlanRow>>(
    `${SELECT} where ${where}${keyset} order by p.due_at desc, p.id desc limit ${Number(limit)}`,
    params,
  )
  return rows.map(planOf)
}

/**
 * A customer's plans, newest due first, for the customer history timeline: `before` is the last plan
 * of the previous page. The caller has checked that the viewer sees the customer.
 */
export async function customerPlans(
  source: EntityManager | TenantSql,
  customerId: string,
  page: { before?: PlanCursor | null; limit: number },
): Promise<PlanRow[]> {
  const sql = sqlIn(source)
  const params: unknown[] = [sql.tenantId, customerId]
  let keyset = ''
  if (page.before) {
    params.push(page.before.dueAt, page.before.id)
    keyset = ' and (p.due_at, p.id) < ($3, $4::uuid)'
  }
  const rows = await sql.query<Stored<PlanRow>>(
    `${SELECT} where p.tenant_id = $1 and p.customer_id = $2${keyset}
     order by p.due_at desc, p.id desc limit ${Number(page.limit)}`,
    params,
  )
  return rows.map(planOf)
}

/** A call placed for a plan. */
export async function linkCall(
  source: EntityManager | TenantSql,
  planId: string,
  callId: string,
): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(
    `insert into contact_plan_call (tenant_id, contact_plan_id, call_id) values ($1, $2, $3) on conflict do nothing`,
    [sql.tenantId, planId, callId],
  )
}

export interface PlanCall {
  planId: string
  callId: string
  startedAt: Date | null
  answeredAt: Date | null
  endedAt: Date | null
  agentId: string | null
  hasRecording: boolean
}

/** The calls placed for each plan, oldest first; a call the switch has not reported yet has no times. */
export async function callsOfPlans(
  source: EntityManager | TenantSql,
  planIds: string[],
): Promise<Map<string, PlanCall[]>> {
  const sql = sqlIn(source)
  const calls = new Map<string, PlanCall[]>(planIds.map((id) => [id, []]))
  if (!planIds.length) return calls
  const rows = await sql.query<Stored<PlanCall>>(
    `select l.contact_plan_id as "planId", l.call_id as "callId", r.started_at as "startedAt",
            r.bridged_at as "answeredAt", r.ended_at as "endedAt", r.agent_id as "agentId",
            (r.recording_file is not null) as "hasRecording"
     from contact_plan_call l left join call_record r on r.id = l.call_id
     where l.tenant_id = $1 and l.contact_plan_id = any($2::uuid[])
     order by l.created_at, l.call_id`,
    [sql.tenantId, planIds],
  )
  for (const row of rows)
    calls.get(row.planId)?.push({
      ...row,
      startedAt: dateOrNull(row.startedAt),
      answeredAt: dateOrNull(row.answeredAt),
      endedAt: dateOrNull(row.endedAt),
    })
  return calls
}

/** A merge: the merged customer's plans follow the survivor. */
export async function movePlans(
  source: EntityManager | TenantSql,
  fromId: string,
  toId: string,
): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(`update contact_plan set customer_id = $3 where tenant_id = $1 and customer_id = $2`, [
    sql.tenantId,
    fromId,
    toId,
  ])
}

export interface DuePlan {
  id: string
  tenantId: string
  ownerId: string
  dueAt: Date
}

/** Claims up to `limit` plans due by `now` whose reminder is not sent, in every tenant; each only once. */
export async function claimDuePlans(db: Database, now: Date, limit: number): Promise<DuePlan[]> {
  const rows = await db.platformQuery<{
    id: string
    tenant_id: string
    owner_id: string
    due_at: Date | string
  }>('select * from contact_plan_claim_due(?, ?)', [now, limit])
  return rows.map((row) => ({
    id: row.id,
    tenantId: row.tenant_id,
    ownerId: row.owner_id,
    dueAt: new Date(row.due_at),
  }))
}
