// The SQL of outbound work: the do-not-call check, an item's lock, the leader's pool and share-out, the
// take-back, and the paged lists. Conditional updates keep two agents (or two leaders) from racing.
import { sqlIn, type EntityManager } from '../../db/database.js'

/** Whether a number is on the tenant's do-not-call list; for item adds, the import and the dialer. */
export async function isDoNotCall(em: EntityManager, tenantId: string, e164: string): Promise<boolean> {
  const rows = await sqlIn(em).query('select 1 from do_not_call where tenant_id = $1 and phone_number = $2', [
    tenantId,
    e164,
  ])
  return rows.length > 0
}

/**
 * Locks an item for `agentId`, who must be its assignee: in one conditional update, so of two agents
 * opening it at once exactly one wins. A lock older than `staleBefore` (a closed tab) is taken over.
 */
export async function lockItem(
  em: EntityManager,
  itemId: string,
  agentId: string,
  now: Date,
  staleBefore: Date,
): Promise<boolean> {
  const rows = await sqlIn(em).query(
    `update task_item set locked_by = $2, locked_at = $3, updated_at = $3
       where id = $1 and assignee_agent_id = $2
         and (locked_by is null or locked_by = $2 or locked_at < $4)
       returning id`,
    [itemId, agentId, now, staleBefore],
  )
  return rows.length > 0
}

export async function unlockItem(em: EntityManager, itemId: string, agentId: string): Promise<void> {
  await sqlIn(em).query(
    'update task_item set locked_by = null, locked_at = null where id = $1 and locked_by = $2',
    [itemId, agentId],
  )
}

/** Lets the progressive dialer try again every number it gave up on; returns how many. */
export async function forgetDialRefusals(em: EntityManager, tenantId: string): Promise<number> {
  const rows = await sqlIn(em).query(
    `update task_item set dial_refusal = null, dial_refused_at = null
      where tenant_id = $1 and dial_refusal is not null returning id`,
    [tenantId],
  )
  return rows.length
}

/** The skill group's items no member has yet, oldest first, locked until the share-out commits. */
export async function poolOf(em: EntityManager, taskId: string, skillGroupId: string): Promise<string[]> {
  const rows = await sqlIn(em).query<{ id: string }>(
    `select id from task_item
       where task_id = $1 and assignee_skill_group_id = $2 and assignee_agent_id is null and status = 'NEW'
       order by created_at, id for update`,
    [taskId, skillGroupId],
  )
  return rows.map((row) => row.id)
}

/** Gives items to agents; only pool items still undistributed move, so a concurrent share-out never doubles. */
export async function assignItems(
  em: EntityManager,
  taskId: string,
  skillGroupId: string,
  shares: Map<string, string[]>,
  now: Date,
): Promise<number> {
  let moved = 0
  for (const [agentId, itemIds] of shares) {
    if (!itemIds.length) continue
    const rows = await sqlIn(em).query(
      `update task_item set assignee_agent_id = $1, updated_at = $5
         where task_id = $2 and assignee_skill_group_id = $3 and id = any($4::uuid[])
           and assignee_agent_id is null and status = 'NEW'
         returning id`,
      [agentId, taskId, skillGroupId, itemIds, now],
    )
    moved += rows.length
  }
  return moved
}

/**
 * Takes undialled items of a skill group back from its members into the pool. Dialled items, and items
 * an agent has open now, stay: their work is under way.
 */
export async function takeBackItems(
  em: EntityManager,
  taskId: string,
  skillGroupId: string,
  itemIds: string[],
  now: Date,
  staleBefore: Date,
): Promise<number> {
  const rows = await sqlIn(em).query(
    `update task_item set assignee_agent_id = null, locked_by = null, locked_at = null, updated_at = $4
       where task_id = $1 and assignee_skill_group_id = $2 and id = any($3::uuid[])
         and assignee_agent_id is not null and status = 'NEW'
         and (locked_by is null or locked_at < $5)
       returning id`,
    [taskId, skillGroupId, itemIds, now, staleBefore],
  )
  return rows.length
}

/** Whose items a viewer lists: null for all; otherwise their own and their skill groups' pools. */
export interface ItemReach {
  agentIds: string[]
  skillGroupIds: string[]
}

/** Which items a list shows; every condition given must hold. */
export interface ItemConditions {
  /** One task's items; or, without it, the items of active tasks only (an agent's work list). */
  taskId?: string
  reach: ItemReach | null
  /** LOCKED means NEW with a lock taken after `staleBefore`. */
  status?: 'NEW' | 'LOCKED' | 'DIALLED' | 'RESULT_RECORDED'
  staleBefore: Date
  followUpResult?: string
  assigneeAgentId?: string
  /** Items planned to be called again before this time. */
  nextContactBefore?: Date
}

export interface ItemRow {
  id: string
  taskId: string
  taskName: string
  phoneNumber: string
  customFields: Record<string, unknown>
  assigneeAgentId: string | null
  assigneeSkillGroupId: string | null
  status: string
  followUpResult: string | null
  notes: string
  nextContactAt: Date | null
  lockedBy: string | null
  lockedAt: Date | null
  dialRefusal: string | null
  createdAt: Date
}

function itemWhere(conditions: ItemConditions): { where: string; params: unknown[] } {
  const params: unknown[] = []
  const clauses: string[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  if (conditions.taskId) clauses.push(`i.task_id = ${param(conditions.taskId)}`)
  else clauses.push(`t.status = 'ACTIVE'`)
  const { reach } = conditions
  if (reach)
    clauses.push(
      `(i.assignee_agent_id = any(${param(reach.agentIds)}::uuid[]) or i.assignee_skill_group_id = any(${param(reach.skillGroupIds)}::uuid[]))`,
    )
  if (conditions.status === 'LOCKED')
    clauses.push(`i.status = 'NEW' and i.locked_at >= ${param(conditions.staleBefore)}`)
  else if (conditions.status) clauses.push(`i.status = ${param(conditions.status)}`)
  if (conditions.followUpResult) clauses.push(`i.follow_up_result = ${param(conditions.followUpResult)}`)
  if (conditions.assigneeAgentId) clauses.push(`i.assignee_agent_id = ${param(conditions.assigneeAgentId)}`)
  if (conditions.nextContactBefore) clauses.push(`i.next_contact_at < ${param(conditions.nextContactBefore)}`)
  return { where: clauses.join(' and '), params }
}

/** A page of items, oldest first; an agent's work list (no task given) puts planned call-backs first. */
export async function pageOfItems(
  em: EntityManager,
  conditions: ItemConditions,
  offset: number,
  limit: number,
): Promise<{ rows: ItemRow[]; totalCount: number }> {
  const sql = sqlIn(em)
  const { where, params } = itemWhere(conditions)
  const order = conditions.taskId ? 'i.created_at, i.id' : 'i.next_contact_at nulls last, i.created_at, i.id'
  const [rows, [count]] = await Promise.all([
    sql.query<ItemRow>(
      `select i.id, i.task_id as "taskId", t.name as "taskName", i.phone_number as "phoneNumber",
              i.custom_fields as "customFields", i.assignee_agent_id as "assigneeAgentId",
              i.assignee_skill_group_id as "assigneeSkillGroupId", i.status,
              i.follow_up_result as "followUpResult", i.notes, i.next_contact_at as "nextContactAt",
              i.locked_by as "lockedBy", i.locked_at as "lockedAt", i.dial_refusal as "dialRefusal",
              i.created_at as "createdAt"
         from task_item i join outbound_task t on t.id = i.task_id
         where ${where} order by ${order} offset ${Number(offset)} limit ${Number(limit)}`,
      params,
    ),
    sql.query<{ total: number }>(
      `select count(*)::int as total from task_item i join outbound_task t on t.id = i.task_id where ${where}`,
      params,
    ),
  ])
  return { rows, totalCount: count!.total }
}

/** How far each task has got: its items, those dialled at least once, those with a result. */
export async function progressOf(
  em: EntityManager,
  taskIds: string[],
): Promise<Map<string, { itemCount: number; dialledCount: number; resultCount: number }>> {
  if (!taskIds.length) return new Map()
  const rows = await sqlIn(em).query<{
    taskId: string
    itemCount: number
    dialledCount: number
    resultCount: number
  }>(
    `select task_id as "taskId", count(*)::int as "itemCount",
            count(*) filter (where status <> 'NEW')::int as "dialledCount",
            count(*) filter (where status = 'RESULT_RECORDED')::int as "resultCount"
       from task_item where task_id = any($1::uuid[]) group by task_id`,
    [taskIds],
  )
  return new Map(rows.map(({ taskId, ...counts }) => [taskId, counts]))
}

/** Links a call to the item it was dialled for; the item counts as dialled from now on. */
export async function linkItemCall(
  em: EntityManager,
  itemId: string,
  callId: string,
  now: Date,
): Promise<void> {
  const sql = sqlIn(em)
  await sql.query(
    `insert into task_item_call (tenant_id, task_item_id, call_id, created_at) values ($1, $2, $3, $4)`,
    [sql.tenantId, itemId, callId, now],
  )
  await sql.query(
    `update task_item set status = case when status = 'NEW' then 'DIALLED' else status end, updated_at = $2
       where id = $1`,
    [itemId, now],
  )
}

export interface DoNotCallRow {
  id: string
  phoneNumber: string
  reason: string
  source: string
  callId: string | null
  createdBy: string | null
  createdByName: string
  createdAt: Date
}

/** The list, newest first; `digits` narrows it to numbers containing them. */
export async function pageOfDoNotCall(
  em: EntityManager,
  digits: string | null,
  offset: number,
  limit: number,
): Promise<{ rows: DoNotCallRow[]; totalCount: number }> {
  const sql = sqlIn(em)
  const params: unknown[] = [sql.tenantId]
  let where = 'd.tenant_id = $1'
  if (digits) {
    params.push(`%${digits}%`)
    where += ` and d.phone_number like $2`
  }
  const [rows, [count]] = await Promise.all([
    sql.query<DoNotCallRow>(
      `select d.id, d.phone_number as "phoneNumber", d.reason, d.source, d.call_id as "callId",
              d.created_by as "createdBy", coalesce(u.name, '') as "createdByName", d.created_at as "createdAt"
         from do_not_call d left join app_user u on u.id = d.created_by
         where ${where} order by d.created_at desc, d.id offset ${Number(offset)} limit ${Number(limit)}`,
      params,
    ),
    sql.query<{ total: number }>(`select count(*)::int as total from do_not_call d where ${where}`, params),
  ])
  return { rows, totalCount: count!.total }
}
