// SQL for what supervisors watch (board.service.ts): queue counts per skill group, idle agents per
// skill group, and an agent's status history, mapped to camelCase here.
import type { EntityManager } from '../../db/database.js'
import type { AgentStatus, StatusCause } from './presence.js'

export interface QueueCounts {
  skillGroupId: string
  waiting: number
  offering: number
  callbacks: number
  /**
   * When the longest-waiting caller joined, ringing an agent or not (they still wait: docs/kpis.md,
   * longest current wait); null with nobody waiting.
   */
  oldestWaitingSince: Date | null
  idleAgents: number
}

/** The queue counts and idle agents of each of the skill groups, in one statement. */
export async function queueCountsOf(
  em: EntityManager,
  skillGroupIds: string[],
): Promise<Map<string, QueueCounts>> {
  const rows = await em.execute<
    Array<{
      skill_group_id: string
      waiting: number | null
      offering: number | null
      callbacks: number | null
      oldest: string | Date | null
      idle: number | null
    }>
  >(
    `with queues as (
       select skill_group_id,
              count(*) filter (where kind = 'CALL' and state = 'WAITING')::int as waiting,
              count(*) filter (where state = 'OFFERING')::int as offering,
              count(*) filter (where kind = 'CALLBACK' and state = 'WAITING')::int as callbacks,
              min(enqueued_at) filter (where kind = 'CALL') as oldest
         from queue_entry where skill_group_id = any(cast(? as uuid[])) group by skill_group_id),
     idle as (
       select m.skill_group_id, count(*)::int as idle from skill_group_member m
         join agent_presence p on p.user_id = m.user_id and p.status = 'IDLE'
        where m.skill_group_id = any(cast(? as uuid[])) group by m.skill_group_id)
     select coalesce(q.skill_group_id, i.skill_group_id) as skill_group_id,
            q.waiting, q.offering, q.callbacks, q.oldest, i.idle
       from queues q full join idle i on i.skill_group_id = q.skill_group_id`,
    [`{${skillGroupIds.join(',')}}`, `{${skillGroupIds.join(',')}}`],
  )
  return new Map(
    rows.map((row) => [
      row.skill_group_id,
      {
        skillGroupId: row.skill_group_id,
        waiting: row.waiting ?? 0,
        offering: row.offering ?? 0,
        callbacks: row.callbacks ?? 0,
        oldestWaitingSince: row.oldest === null ? null : new Date(row.oldest),
        idleAgents: row.idle ?? 0,
      },
    ]),
  )
}

/** The skill groups any of the agents is a member of, each once. */
export async function skillGroupsOfMembers(em: EntityManager, userIds: readonly string[]): Promise<string[]> {
  const rows = await em.execute<Array<{ skill_group_id: string }>>(
    'select distinct skill_group_id from skill_group_member where user_id = any(cast(? as uuid[]))',
    [`{${userIds.join(',')}}`],
  )
  return rows.map((row) => row.skill_group_id)
}

export interface StatusLogEntry {
  status: AgentStatus
  previousStatus: AgentStatus | null
  reasonId: string | null
  cause: StatusCause
  detail: string | null
  at: Date
}

/**
 * One page of the agent's status changes, newest first, and how many there are: one statement (the
 * count joined to the page), so it needs one round trip and never two queries at once on a connection.
 */
export async function statusLogPage(
  em: EntityManager,
  userId: string,
  limit: number,
  offset: number,
): Promise<{ entries: StatusLogEntry[]; totalCount: number }> {
  const rows = await em.execute<
    Array<{
      total: number
      status: AgentStatus | null
      previous_status: AgentStatus | null
      reason_id: string | null
      cause: StatusCause
      detail: string | null
      at: string | Date
    }>
  >(
    `select t.total, l.status, l.previous_status, l.reason_id, l.cause, l.detail, l.at
       from (select count(*)::int as total from agent_status_log where user_id = ?) t
       left join lateral (
         select status, previous_status, reason_id, cause, detail, at from agent_status_log
          where user_id = ? order by at desc, id desc limit ? offset ?) l on true`,
    [userId, userId, limit, offset],
  )
  return {
    entries: rows.flatMap((row) =>
      row.status === null
        ? []
        : [
            {
              status: row.status,
              previousStatus: row.previous_status ?? null,
              reasonId: row.reason_id ?? null,
              cause: row.cause,
              detail: row.detail ?? null,
              at: new Date(row.at),
            },
          ],
    ),
    totalCount: rows[0]?.total ?? 0,
  }
}
