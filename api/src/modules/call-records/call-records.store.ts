// The SQL of the call-records list (A9): one condition builder for the page, the export and the benchmark,
// so a file holds exactly the rows the screen lists; keyset pages newest first; and the call's queue facts
// for its timeline. Outcome, wait and talk time are defined once here, as SQL.
import { sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
import type { CallReach } from '../organization/access-policy.js'
import type { SurveyLabel } from '../acd/settings.entity.js'

type Source = EntityManager | TenantSql

/** How a call ended, as the call records name it; `OUTCOME_SQL` decides. */
export type CallOutcomeCode = 'ANSWERED' | 'CALLBACK' | 'ABANDONED' | 'MISSED' | 'NOT_CONNECTED' | 'LIVE'

export interface CallRecordConditions {
  /** Whose calls (AccessPolicy.callReach); null: the whole company. */
  reach: CallReach | null
  from?: Date | null
  to?: Date | null
  /** The customer's number (caller or callee): the whole number, or its last digits. */
  number?: { digits: string; isSuffix: boolean } | null
  customerId?: string | null
  agentId?: string | null
  skillGroupId?: string | null
  direction?: 'INBOUND' | 'OUTBOUND' | null
  outcome?: CallOutcomeCode | null
  minTalkSeconds?: number | null
  maxTalkSeconds?: number | null
  /** Survey scores (1–5) the call must have one of. */
  scores?: number[] | null
  hasRecording?: boolean | null
  /** Calls dialled for the items of this outbound task (A14). */
  taskId?: string | null
}

/** A position in the list: the last row of a page. */
export interface CallRecordCursor {
  startedAt: Date
  id: string
}

export interface CallRecordRow {
  id: string
  startedAt: Date
  endedAt: Date | null
  direction: 'INBOUND' | 'OUTBOUND'
  dialledNumber: string | null
  callerNumber: string | null
  calleeNumber: string | null
  agentId: string | null
  agentName: string | null
  skillGroupId: string | null
  skillGroupName: string | null
  outcome: CallOutcomeCode
  waitSeconds: number | null
  talkSeconds: number | null
  hangupSide: 'CALLER' | 'CALLEE' | 'SYSTEM' | null
  hangupCause: string | null
  satisfactionScore: number | null
  satisfactionScale: number | null
  /** The score's label as the caller was asked (kept with the answer); null when unknown. */
  satisfactionLabel: SurveyLabel | null
  hasRecording: boolean
  customerId: string | null
  customerName: string | null
}

/** Shorter suffixes are matched while reading the list in order (see callRecordWhere). */
const MIN_INDEXED_SUFFIX = 4

/**
 * ANSWERED: the called side answered (an agent, or the customer of an outbound call). CALLBACK: the caller
 * left the queue asking to be called back. ABANDONED: the caller hung up while queued or while an agent's
 * phone rang. MISSED: any other inbound call nobody answered (it ended in the IVR, after hours, at a full
 * queue). NOT_CONNECTED: an outbound call the customer did not answer. LIVE: not ended yet. The database
 * decides it when the call ends (`call_outcome_of`, migration …08000000_call_outcome), so the list's
 * outcome filter is an index range.
 */
const OUTCOME_SQL = `coalesce(c.outcome, 'LIVE')`

/** Seconds from the start until the called side answered, or until the call ended unanswered. */
const WAIT_SQL = `floor(extract(epoch from coalesce(c.answered_at, c.ended_at) - c.started_at))::int`
/** Seconds from the answer to the end; null for calls not answered or still going on. */
export const TALK_SQL = `floor(extract(epoch from c.ended_at - c.answered_at))::int`

const SELECT = `
  select c.id, c.started_at as "startedAt", c.ended_at as "endedAt", c.direction,
         c.dialled_number as "dialledNumber", c.caller_number as "callerNumber",
         c.callee_number as "calleeNumber", c.agent_id as "agentId", u.name as "agentName",
         c.skill_group_id as "skillGroupId", g.name as "skillGroupName", ${OUTCOME_SQL} as outcome,
         ${WAIT_SQL} as "waitSeconds", ${TALK_SQL} as "talkSeconds", c.hangup_side as "hangupSide",
         c.hangup_cause as "hangupCause", s.score as "satisfactionScore", s.scale as "satisfactionScale",
         s.labels -> (s.score - 1) as "satisfactionLabel",
         (c.recording_file is not null) as "hasRecording", cc.customer_id as "customerId",
         cu.name as "customerName"
  from call_record c
  left join app_user u on u.id = c.agent_id
  left join skill_group g on g.id = c.skill_group_id
  left join satisfaction_score s on s.call_id = c.id
  left join call_customer cc on cc.tenant_id = c.tenant_id and cc.call_id = c.id
  left join customer cu on cu.id = cc.customer_id`

/**
 * AccessPolicy.callReach as a condition on `call_record c` (isCallInReach is the same rule for one call);
 * its parameters are appended to `params`.
 */
export function reachSql(reach: CallReach, params: unknown[]): string {
  params.push(reach.agentIds, reach.skillGroupIds)
  const [agents, groups] = [`$${params.length - 1}::uuid[]`, `$${params.length}::uuid[]`]
  const unrouted = reach.unroutedInbound
    ? ` or (c.agent_id is null and c.skill_group_id is null and c.direction = 'INBOUND')`
    : ''
  return `(c.agent_id = any(${agents}) or (c.agent_id is null and c.skill_group_id = any(${groups}))${unrouted})`
}

/** The list's conditions on `call_record c` (and `satisfaction_score s` for scores), with their parameters. */
export function callRecordWhere(
  tenantId: string,
  conditions: CallRecordConditions,
): { where: string; params: unknown[] } {
  const params: unknown[] = [tenantId]
  const clauses = ['c.tenant_id = $1']
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value)
    clauses.push(clause(`$${params.length}`))
  }
  if (conditions.reach) clauses.push(reachSql(conditions.reach, params))
  if (conditions.from) add((n) => `c.started_at >= ${n}`, conditions.from)
  if (conditions.to) add((n) => `c.started_at < ${n}`, conditions.to)
  if (conditions.number) {
    const { digits, isSuffix } = conditions.number
    if (isSuffix && digits.length < MIN_INDEXED_SUFFIX)
      // A digit or three match a good share of all calls: reading the list in order finds a page soon.
      add((n) => `(c.caller_number like '%' || ${n} or c.callee_number like '%' || ${n})`, digits)
    else
      add(
        (n) => `c.id in (select call_record_ids_by_number(${n}, ${isSuffix ? 'false' : 'true'}))`,
        [...digits].reverse().join(''),
      )
  }
  if (conditions.customerId)
    add(
      (n) =>
        `exists (select 1 from call_customer k where k.tenant_id = c.tenant_id and k.call_id = c.id and k.customer_id = ${n})`,
      conditions.customerId,
    )
  if (conditions.agentId) add((n) => `c.agent_id = ${n}`, conditions.agentId)
  if (conditions.skillGroupId) add((n) => `c.skill_group_id = ${n}`, conditions.skillGroupId)
  if (conditions.direction) add((n) => `c.direction = ${n}`, conditions.direction)
  if (conditions.outcome === 'LIVE') clauses.push('c.ended_at is null')
  else if (conditions.outcome) add((n) => `c.outcome = ${n}`, conditions.outcome)
  if (typeof conditions.minTalkSeconds === 'number')
    add((n) => `coalesce(${TALK_SQL}, 0) >= ${n}`, conditions.minTalkSeconds)
  if (typeof conditions.maxTalkSeconds === 'number')
    add((n) => `coalesce(${TALK_SQL}, 0) <= ${n}`, conditions.maxTalkSeconds)
  if (conditions.scores?.length)
    add(
      (n) =>
        `exists (select 1 from satisfaction_score z where z.call_id = c.id and z.score = any(${n}::int[]))`,
      conditions.scores,
    )
  if (conditions.taskId)
    add(
      (n) =>
        `exists (select 1 from task_item_call k join task_item ti on ti.id = k.task_item_id where k.call_id = c.id and ti.task_id = ${n})`,
      conditions.taskId,
    )
  if (typeof conditions.hasRecording === 'boolean')
    clauses.push(conditions.hasRecording ? 'c.recording_file is not null' : 'c.recording_file is null')
  return { where: clauses.join(' and '), params }
}

type Stored = Omit<CallRecordRow, 'startedAt' | 'endedAt'> & {
  startedAt: Date | string
  endedAt: Date | string | null
}

const rowOf = (row: Stored): CallRecordRow => ({
  ...row,
  startedAt: new Date(row.startedAt),
  endedAt: row.endedAt === null ? null : new Date(row.endedAt),
})

/**
 * The rows after `after` (none: from the newest), newest first. Keyset rather than offset: a page reads
 * only its own rows from the index (call_record_tenant_started_id_idx), and calls arriving between two
 * pages go before the first one instead of pushing a row of the last page onto the next.
 */
export async function callRecordsAfter(
  source: Source,
  conditions: CallRecordConditions,
  after: CallRecordCursor | null,
  limit: number,
): Promise<CallRecordRow[]> {
  const sql = sqlIn(source)
  const { where, params } = callRecordWhere(sql.tenantId, conditions)
  let keyset = ''
  if (after) {
    params.push(after.startedAt, after.id)
    keyset = ` and (c.started_at, c.id) < ($${params.length - 1}, $${params.length}::uuid)`
  }
  const rows = await sql.query<Stored>(
    `${SELECT} where ${where}${keyset} order by c.started_at desc, c.id desc limit ${Number(limit)}`,
    params,
  )
  return rows.map(rowOf)
}

/** One call as its list row, if the conditions (the viewer's reach) let it through. */
export async function callRecordRow(
  source: Source,
  conditions: CallRecordConditions,
  id: string,
): Promise<CallRecordRow | undefined> {
  const sql = sqlIn(source)
  const { where, params } = callRecordWhere(sql.tenantId, conditions)
  params.push(id)
  const [row] = await sql.query<Stored>(`${SELECT} where ${where} and c.id = $${params.length}`, params)
  return row && rowOf(row)
}

/** How many calls the conditions match, counting at most `cap` (a long period's count is not worth its scan). */
export async function countCallRecords(
  source: Source,
  conditions: CallRecordConditions,
  cap: number,
): Promise<number> {
  const sql = sqlIn(source)
  const { where, params } = callRecordWhere(sql.tenantId, conditions)
  const [row] = await sql.query<{ total: number }>(
    `select count(*)::int as total from (select 1 from call_record c where ${where} limit ${Number(cap)}) capped`,
    params,
  )
  return row!.total
}

/**
 * The benchmark's hook (scripts/bench/reports.ts): the cursor that opens page `pageNumber` (1 = the newest,
 * null cursor) of the filtered list, as the console reaches it page after page. Time `callRecordsAfter`
 * with it for "the 50th page"; this lookup itself reads the keys before it and is not what a user waits for.
 */
export async function cursorForPage(
  source: Source,
  conditions: CallRecordConditions,
  pageNumber: number,
  pageSize = 20,
): Promise<CallRecordCursor | null> {
  if (pageNumber <= 1) return null
  const sql = sqlIn(source)
  const { where, params } = callRecordWhere(sql.tenantId, conditions)
  const [row] = await sql.query<{ startedAt: Date | string; id: string }>(
    `select c.started_at as "startedAt", c.id from call_record c where ${where}
      order by c.started_at desc, c.id desc offset ${Number((pageNumber - 1) * pageSize - 1)} limit 1`,
    params,
  )
  return row ? { startedAt: new Date(row.startedAt), id: row.id } : null
}

/** One queue fact of a call (call_fact), with the names of its skill group and agent. */
export interface CallFactEntry {
  at: Date
  kind: string
  skillGroupName: string | null
  agentName: string | null
  outcome: string | null
  durationMs: number | null
}

/** A call's queue visits, offers, holds and transfers, in order. */
export async function callFactsOf(source: Source, callId: string): Promise<CallFactEntry[]> {
  const sql = sqlIn(source)
  const rows = await sql.query<{
    at: Date | string
    kind: string
    skillGroupName: string | null
    agentName: string | null
    outcome: string | null
    durationMs: string | number | null
  }>(
    `select f.at, f.kind, g.name as "skillGroupName", u.name as "agentName", f.outcome,
            f.duration_ms as "durationMs"
       from call_fact f
       left join skill_group g on g.id = f.skill_group_id
       left join app_user u on u.id = f.agent_id
      where f.tenant_id = $1 and f.call_id = $2
      order by f.at, f.id`,
    [sql.tenantId, callId],
  )
  return rows.map((row) => ({
    ...row,
    at: new Date(row.at),
    durationMs: row.durationMs === null ? null : Number(row.durationMs),
  }))
}
