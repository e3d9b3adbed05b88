// The SQL of the outbound statistics (A14): the calls dialled for task items in a period (task_item_call),
// counted per task and per item, and per agent and day with the results agents recorded. Talk time is the
// call records' own (TALK_SQL), so the statistics and the call records agree to the second.
import { sqlIn, type EntityManager } from '../../db/database.js'
import { TALK_SQL } from '../call-records/call-records.store.js'

/** What the figures cover; null lists mean no narrowing. */
export interface StatisticsScope {
  from: Date
  to: Date
  taskIds: string[] | null
  /** The agents whose calls and results count (a filter, or a group leader's reach). */
  agentIds: string[] | null
  /** With `agentIds` from a reach: a skill group's undistributed items count among the task's items. */
  skillGroupIds: string[] | null
}

export interface TaskFigures {
  taskId: string
  taskName: string
  status: string
  itemCount: number
  dialledItems: number
  connectedItems: number
  calls: number
  connectedCalls: number
  talkSeconds: number
}

export interface ResultCount {
  taskId: string
  followUpResult: string
  itemCount: number
}

export interface WorkloadRow {
  day: string
  agentId: string
  agentName: string | null
  calls: number
  connectedCalls: number
  talkSeconds: number
  results: number
  successes: number
}

/** Parameters in order, and a placeholder for each. */
function parameters() {
  const params: unknown[] = []
  const param = (value: unknown) => {
    params.push(value)
    return `$${params.length}`
  }
  return { params, param }
}

/**
 * `task_calls`: one row per call dialled for an item of the chosen tasks in the period, by the chosen
 * agents; `dialled_items`: one row per item dialled then, whether any of its calls was answered.
 */
function callsSql(scope: StatisticsScope, param: (value: unknown) => string): string {
  const clauses = [`c.started_at >= ${param(scope.from)}`, `c.started_at < ${param(scope.to)}`]
  if (scope.taskIds) clauses.push(`ti.task_id = any(${param(scope.taskIds)}::uuid[])`)
  if (scope.agentIds) clauses.push(`c.agent_id = any(${param(scope.agentIds)}::uuid[])`)
  return `
    task_calls as (
      select ti.task_id, k.task_item_id, c.agent_id, c.started_at, c.answered_at,
             coalesce(${TALK_SQL}, 0) as talk_seconds
        from task_item_call k
        join task_item ti on ti.id = k.task_item_id
        join call_record c on c.id = k.call_id
       where ${clauses.join(' and ')}
    ),
    dialled_items as (
      select task_id, task_item_id, count(*) as calls,
             count(*) filter (where answered_at is not null) as connected_calls,
             bool_or(answered_at is not null) as is_connected, sum(talk_seconds) as talk_seconds
        from task_calls group by task_id, task_item_id
    )`
}

/** Per task: its items, the items dialled and connected in the period, the calls and their talk time. */
export async function taskFigures(em: EntityManager, scope: StatisticsScope): Promise<TaskFigures[]> {
  const { params, param } = parameters()
  const calls = callsSql(scope, param)
  const itemClauses = ['i.task_id = t.id']
  if (scope.agentIds) {
    const agents = `${param(scope.agentIds)}::uuid[]`
    itemClauses.push(
      scope.skillGroupIds
        ? `(i.assignee_agent_id = any(${agents}) or (i.assignee_agent_id is null and i.assignee_skill_group_id = any(${param(scope.skillGroupIds)}::uuid[])))`
        : `i.assignee_agent_id = any(${agents})`,
    )
  }
  const taskClause = scope.taskIds ? `where t.id = any(${param(scope.taskIds)}::uuid[])` : ''
  return sqlIn(em).query<TaskFigures>(
    `with ${calls}
     select t.id as "taskId", t.name as "taskName", t.status,
            (select count(*) from task_item i where ${itemClauses.join(' and ')})::int as "itemCount",
            count(d.task_item_id)::int as "dialledItems",
            count(d.task_item_id) filter (where d.is_connected)::int as "connectedItems",
            coalesce(sum(d.calls), 0)::int as calls,
            coalesce(sum(d.connected_calls), 0)::int as "connectedCalls",
            coalesce(sum(d.talk_seconds), 0)::int as "talkSeconds"
       from outbound_task t left join dialled_items d on d.task_id = t.id
       ${taskClause}
      group by t.id order by t.created_at desc, t.id`,
    params,
  )
}

/** The follow-up results of the items dialled in the period, as they stand now, per task. */
export async function resultCounts(em: EntityManager, scope: StatisticsScope): Promise<ResultCount[]> {
  const { params, param } = parameters()
  return sqlIn(em).query<ResultCount>(
    `with ${callsSql(scope, param)}
     select d.task_id as "taskId", i.follow_up_result as "followUpResult", count(*)::int as "itemCount"
       from dialled_items d join task_item i on i.id = d.task_item_id
      where i.follow_up_result is not null
      group by d.task_id, i.follow_up_result`,
    params,
  )
}

/**
 * Per agent and day (the company's calendar): the task calls they placed, connected, their talk time, and
 * the results they recorded (an item's latest result counts on the day it was recorded), of which successes.
 */
export async function workload(
  em: EntityManager,
  scope: StatisticsScope,
  timeZone: string,
): Promise<WorkloadRow[]> {
  const { params, param } = parameters()
  const calls = callsSql(scope, param)
  const zone = param(timeZone)
  const resultClauses = [
    `i.result_recorded_at >= ${param(scope.from)}`,
    `i.result_recorded_at < ${param(scope.to)}`,
    'i.result_recorded_by is not null',
  ]
  if (scope.taskIds) resultClauses.push(`i.task_id = any(${param(scope.taskIds)}::uuid[])`)
  if (scope.agentIds) resultClauses.push(`i.result_recorded_by = any(${param(scope.agentIds)}::uuid[])`)
  return sqlIn(em).query<WorkloadRow>(
    `with ${calls},
     call_days as (
       select (started_at at time zone ${zone})::date as day, agent_id, count(*) as calls,
              count(*) filter (where answered_at is not null) as connected_calls, sum(talk_seconds) as talk_seconds
         from task_calls where agent_id is not null group by 1, 2
     ),
     result_days as (
       select (i.result_recorded_at at time zone ${zone})::date as day, i.result_recorded_by as agent_id,
              count(*) as results,
              count(*) filter (where exists (
                select 1 from jsonb_array_elements(t.follow_up_results) r
                 where r->>'value' = i.follow_up_result and (r->>'isSuccess')::boolean)) as successes
         from task_item i join outbound_task t on t.id = i.task_id
        where ${resultClauses.join(' and ')}
        group by 1, 2
     )
     select to_char(coalesce(a.day, r.day), 'YYYY-MM-DD') as day, coalesce(a.agent_id, r.agent_id) as "agentId",
            u.name as "agentName", coalesce(a.calls, 0)::int as calls,
            coalesce(a.connected_calls, 0)::int as "connectedCalls",
            coalesce(a.talk_seconds, 0)::int as "talkSeconds", coalesce(r.results, 0)::int as results,
            coalesce(r.successes, 0)::int as successes
       from call_days a
       full join result_days r on r.day = a.day and r.agent_id = a.agent_id
       left join app_user u on u.id = coalesce(a.agent_id, r.agent_id)
      order by 1, u.name, 2`,
    params,
  )
}
