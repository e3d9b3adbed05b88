// SQL of the progressive dialer (X4): which companies and agents it dials for, which items are due, and
// the claim of one item for an agent. Every rule that another instance, a pause or the do-not-call list
// could change is checked again in the claim's own statement.
import type { Database, TenantSql } from '../../db/database.js'
import type { Organization, Role } from '../identity/roles.js'
import type { CallingWindow } from './calling-hours.js'

/** The companies with a running progressive task (a platform function: no tenant is known yet). */
export async function progressiveDialingTenants(db: Database): Promise<string[]> {
  const rows = await db.platformQuery<{ tenant_id: string }>(
    'select tenant_id from progressive_dialing_tenants()',
  )
  return rows.map((row) => row.tenant_id)
}

/**
 * Lets go of progressive items whose call, placed under the current lock, ended without the callee
 * answering (no answer, busy): the agent gets the next number, and the item waits for its retry. A call
 * linked before the lock was taken does not count, so a claim another instance is about to dial stays.
 * Only `agentId`'s item when given (an event about that agent).
 */
export async function releaseUnanswered(sql: TenantSql, now: Date, agentId?: string): Promise<void> {
  await sql.query(
    `update task_item i set locked_by = null, locked_at = null, updated_at = $2
       from outbound_task t
      where t.id = i.task_id and i.tenant_id = $1 and t.dialing_mode = 'PROGRESSIVE'
        and i.locked_by is not null and ($3::uuid is null or i.locked_by = $3) and i.status = 'DIALLED'
        and (select c.outcome from task_item_call l join call_record c on c.id = l.call_id
              where l.task_item_id = i.id and l.created_at >= i.locked_at
              order by l.created_at desc limit 1) = 'NOT_CONNECTED'`,
    [sql.tenantId, now, agentId ?? null],
  )
}

/** An agent of a running progressive task who is IDLE now and holds no item. */
export interface DialerAgent {
  userId: string
  sessionId: string | null
  role: Role
  organization: Organization | null
}

/** The company's idle agents of running progressive tasks who hold no item; only `agentId` when given. */
export async function idleProgressiveAgents(
  sql: TenantSql,
  staleBefore: Date,
  agentId?: string,
): Promise<DialerAgent[]> {
  return sql.query<DialerAgent>(
    `select p.user_id as "userId", p.session_id as "sessionId", u.role, u.organization
       from agent_presence p join app_user u on u.id = p.user_id
      where p.tenant_id = $1 and p.status = 'IDLE' and u.deleted_at is null
        and ($3::uuid is null or p.user_id = $3)
        and exists (select 1 from task_item i join outbound_task t on t.id = i.task_id
                     where i.tenant_id = $1 and i.assignee_agent_id = p.user_id
                       and t.status = 'ACTIVE' and t.dialing_mode = 'PROGRESSIVE')
        and not exists (select 1 from task_item i
                         where i.tenant_id = $1 and i.locked_by = p.user_id and i.locked_at >= $2)
      order by p.user_id`,
    [sql.tenantId, staleBefore, agentId ?? null],
  )
}

/**
 * Locks the agent's presence row while one item is chosen for them, so two instances never give one
 * agent two calls; SKIP LOCKED: the other instance leaves this agent alone this round. Re-checks IDLE
 * and that the agent holds no item, both possibly changed since the list was read.
 */
export async function holdIdleAgent(sql: TenantSql, agentId: string, staleBefore: Date): Promise<boolean> {
  const held = await sql.query(
    `select 1 from agent_presence p
      where p.tenant_id = $1 and p.user_id = $2 and p.status = 'IDLE'
      for update of p skip locked`,
    [sql.tenantId, agentId],
  )
  if (!held.length) return false
  // Asked only now, in a statement of its own: its snapshot sees an item another dialer claimed for the agent
  // and committed while this one waited for the row (read in the same statement as the lock, it would not).
  const holding = await sql.query(
    `select 1 from task_item i where i.tenant_id = $1 and i.locked_by = $2 and i.locked_at >= $3 limit 1`,
    [sql.tenantId, agentId, staleBefore],
  )
  return holding.length === 0
}

/**
 * Due: not refused for good, and never dialled; or dialled, the last call not connected (no answer, busy),
 * fewer retries than the task allows, and the retry time come. `$now` is the statement's parameter of that
 * name.
 */
const isDue = (
  item: string,
  task: string,
  now: string,
) => `${item}.dial_refusal is null and (${item}.status = 'NEW' or (
  ${item}.status = 'DIALLED' and ${item}.follow_up_result is null
  and (select c.outcome from task_item_call l join call_record c on c.id = l.call_id
        where l.task_item_id = ${item}.id order by l.created_at desc limit 1) = 'NOT_CONNECTED'
  and (select count(*) from task_item_call l where l.task_item_id = ${item}.id) <= ${task}.max_retries
  and (select max(l.created_at) from task_item_call l where l.task_item_id = ${item}.id)
      <= ${now}::timestamptz - make_interval(mins => ${task}.retry_after_minutes)))`

/** The task's period (start and end dates, in the company's zone) holds `today`, a parameter. */
const isInPeriod = (task: string, today: string) =>
  `${task}.starts_on <= ${today}::date and ${task}.ends_on >= ${today}::date`

/** An item the dialer may call for the agent, with its task's calendar rules. */
export interface DueItem {
  id: string
  phoneNumber: string
  callingWindows: CallingWindow[]
  holidays: string[]
}

/**
 * The agent's due items of running progressive tasks within their period on the company's `today`, oldest
 * first; the callee's calendar is checked by the caller.
 */
export async function dueItems(
  sql: TenantSql,
  agentId: string,
  moment: { now: Date; staleBefore: Date; today: string },
  limit: number,
): Promise<DueItem[]> {
  return sql.query<DueItem>(
    `select i.id, i.phone_number as "phoneNumber", t.calling_windows as "callingWindows", t.holidays
       from task_item i join outbound_task t on t.id = i.task_id
      where i.tenant_id = $1 and i.assignee_agent_id = $2
        and t.status = 'ACTIVE' and t.dialing_mode = 'PROGRESSIVE'
        and (i.locked_by is null or i.locked_at < $4)
        and ${isInPeriod('t', '$5')} and ${isDue('i', 't', '$3')}
      order by i.created_at, i.id limit ${Number(limit)}`,
    [sql.tenantId, agentId, moment.now, moment.staleBefore, moment.today],
  )
}

/**
 * Locks the item to the agent if, in this very statement, its task is still running, progressive (a
 * pause stops new dials at once) and within its period on the company's `today`, it is due and not open elsewhere, its number is not on the do-not-call
 * list and was dialled fewer times than the task's daily cap since `dayStart` (the callee's midnight).
 * SKIP LOCKED: an item another instance is claiming is left to it.
 */
export async function claimItem(
  sql: TenantSql,
  itemId: string,
  agentId: string,
  moment: { now: Date; staleBefore: Date; today: string },
  dayStart: Date,
): Promise<boolean> {
  const rows = await sql.query(
    `update task_item set locked_by = $3, locked_at = $4, updated_at = $4
      where id = (
        select i.id from task_item i join outbound_task t on t.id = i.task_id
         where i.tenant_id = $1 and i.id = $2 and i.assignee_agent_id = $3
           and t.status = 'ACTIVE' and t.dialing_mode = 'PROGRESSIVE' and ${isInPeriod('t', '$7')}
           and (i.locked_by is null or i.locked_at < $5)
           and ${isDue('i', 't', '$4')}
           and not exists (select 1 from do_not_call d
                            where d.tenant_id = $1 and d.phone_number = i.phone_number)
           and (select count(*) from task_item_call l join task_item j on j.id = l.task_item_id
                 where j.tenant_id = $1 and j.phone_number = i.phone_number and l.created_at >= $6)
               < t.daily_attempt_cap
         for update of i skip locked)
      returning id`,
    [sql.tenantId, itemId, agentId, moment.now, moment.staleBefore, dayStart, moment.today],
  )
  return rows.length > 0
}

/** Gives the item up after a dial that did not start (a pause in between, the outbound limits). */
export async function releaseClaim(sql: TenantSql, itemId: string, agentId: string): Promise<void> {
  await sql.query(
    'update task_item set locked_by = null, locked_at = null where tenant_id = $1 and id = $2 and locked_by = $3',
    [sql.tenantId, itemId, agentId],
  )
}

/** Gives the item up for good after a refusal no later round would change (the number is not allowed). */
export async function refuseItem(
  sql: TenantSql,
  itemId: string,
  agentId: string,
  reason: string,
  now: Date,
): Promise<void> {
  await sql.query(
    `update task_item set locked_by = null, locked_at = null, dial_refusal = $4, dial_refused_at = $5, updated_at = $5
      where tenant_id = $1 and id = $2 and locked_by = $3`,
    [sql.tenantId, itemId, agentId, reason, now],
  )
}

/**
 * The agent's own leg of the item's call was not answered: the customer was never dialled, so the call is
 * no attempt on the number. Its link goes (no retry used, no daily cap counted) and so does the lock; an
 * item that has no other call is NEW again.
 */
export async function forgetAgentUnanswered(
  sql: TenantSql,
  itemId: string,
  agentId: string,
  callId: string,
): Promise<void> {
  await sql.query('delete from task_item_call where tenant_id = $1 and task_item_id = $2 and call_id = $3', [
    sql.tenantId,
    itemId,
    callId,
  ])
  await sql.query(
    `update task_item i set locked_by = null, locked_at = null,
            status = case when not exists (select 1 from task_item_call l where l.task_item_id = i.id)
                          then 'NEW' else i.status end
      where i.tenant_id = $1 and i.id = $2 and i.locked_by = $3`,
    [sql.tenantId, itemId, agentId],
  )
}
