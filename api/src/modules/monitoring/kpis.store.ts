// SQL for the KPIs (X2): the call facts of a window summed per skill group and agent, the handle time
// of the calls answered in it (from the agents' status log), time per agent status, agents per status
// in each skill group, and the start of the tenant's day. Definitions: docs/kpis.md.
import type { EntityManager } from '../../db/database.js'
import type { AgentStatus } from '../acd/presence.js'

export interface KpiWindow {
  from: Date
  /** Exclusive; never after now. */
  to: Date
}

/** Which facts count: those of these skill groups (null: all) and, given, of this agent only. */
export interface FactFilter {
  skillGroupIds: readonly string[] | null
  agentId: string | null
}

/** The facts of one (skill group, agent) pair in a window; every field a sum over fact rows. */
export interface FactTotals {
  skillGroupId: string | null
  agentId: string | null
  arrivals: number
  answered: number
  answeredInThreshold: number
  answerWaitMs: number
  callbacksAnswered: number
  abandoned: number
  abandonWaitMs: number
  shortAbandoned: number
  callbacksRequested: number
  overflowed: number
  offersRung: number
  offersAnswered: number
  holds: number
  transfers: number
}

const uuidArray = (ids: readonly string[] | null) => (ids === null ? null : `{${ids.join(',')}}`)

/**
 * The window's facts per (skill group, agent). ANSWERED of a callback (outcome CALLBACK) is kept apart:
 * the customer did not wait on the line. Abandons shorter than `shortAbandonMs` are counted apart.
 */
export async function factTotals(
  em: EntityManager,
  window: KpiWindow,
  filter: FactFilter,
  thresholds: { serviceLevelMs: number; shortAbandonMs: number },
): Promise<FactTotals[]> {
  const rows = await em.execute<Array<Record<string, string | number | null>>>(
    `select skill_group_id, agent_id,
            count(*) filter (where kind = 'ENQUEUED')::int as arrivals,
            count(*) filter (where kind = 'ANSWERED' and outcome = 'CALL')::int as answered,
            count(*) filter (where kind = 'ANSWERED' and outcome = 'CALL' and duration_ms <= ?)::int
              as answered_in_threshold,
            coalesce(sum(duration_ms) filter (where kind = 'ANSWERED' and outcome = 'CALL'), 0)::bigint
              as answer_wait_ms,
            count(*) filter (where kind = 'ANSWERED' and outcome = 'CALLBACK')::int as callbacks_answered,
            count(*) filter (where kind = 'ABANDONED' and duration_ms >= ?)::int as abandoned,
            coalesce(sum(duration_ms) filter (where kind = 'ABANDONED' and duration_ms >= ?), 0)::bigint
              as abandon_wait_ms,
            count(*) filter (where kind = 'ABANDONED' and duration_ms < ?)::int as short_abandoned,
            count(*) filter (where kind = 'CALLBACK_REQUESTED')::int as callbacks_requested,
            count(*) filter (where kind = 'OVERFLOWED')::int as overflowed,
            count(*) filter (where kind = 'OFFER_ENDED' and outcome in ('ANSWERED', 'NOT_ANSWERED', 'REJECTED'))::int
              as offers_rung,
            count(*) filter (where kind = 'OFFER_ENDED' and outcome = 'ANSWERED')::int as offers_answered,
            count(*) filter (where kind = 'HELD')::int as holds,
            count(*) filter (where kind = 'TRANSFERRED')::int as transfers
       from call_fact
      where at >= ? and at < ?
        and (cast(? as uuid[]) is null or skill_group_id = any(cast(? as uuid[])))
        and (cast(? as uuid) is null or agent_id = cast(? as uuid))
      group by skill_group_id, agent_id`,
    [
      thresholds.serviceLevelMs,
      thresholds.shortAbandonMs,
      thresholds.shortAbandonMs,
      thresholds.shortAbandonMs,
      window.from,
      window.to,
      uuidArray(filter.skillGroupIds),
      uuidArray(filter.skillGroupIds),
      filter.agentId,
      filter.agentId,
    ],
  )
  return rows.map((row) => ({
    skillGroupId: (row.skill_group_id as string | null) ?? null,
    agentId: (row.agent_id as string | null) ?? null,
    arrivals: Number(row.arrivals),
    answered: Number(row.answered),
    answeredInThreshold: Number(row.answered_in_threshold),
    answerWaitMs: Number(row.answer_wait_ms),
    callbacksAnswered: Number(row.callbacks_answered),
    abandoned: Number(row.abandoned),
    abandonWaitMs: Number(row.abandon_wait_ms),
    shortAbandoned: Number(row.short_abandoned),
    callbacksRequested: Number(row.callbacks_requested),
    overflowed: Number(row.overflowed),
    offersRung: Number(row.offers_rung),
    offersAnswered: Number(row.offers_answered),
    holds: Number(row.holds),
    transfers: Number(row.transfers),
  }))
}

/** Handle time of the calls answered in a window whose handling (talk, hold, after-call work) is over. */
export interface HandleTotals {
  skillGroupId: string | null
  agentId: string | null
  handled: number
  /** Answer to the agent's leaving ON_CALL: talk and hold. */
  talkMs: number
  /** Leaving ON_CALL to leaving AFTER_CALL_WORK. */
  afterCallWorkMs: number
}

/**
 * For each call answered in the window, the agent's status log gives when their talk ended (first
 * change away from ON_CALL) and when their handling ended (first change to a status other than ON_CALL
 * and AFTER_CALL_WORK); calls still being handled are left out until they are done.
 */
export async function handleTotals(
  em: EntityManager,
  window: KpiWindow,
  filter: FactFilter,
): Promise<HandleTotals[]> {
  const rows = await em.execute<
    Array<{
      skill_group_id: string | null
      agent_id: string | null
      handled: number
      talk_ms: string
      acw_ms: string
    }>
  >(
    `select f.skill_group_id, f.agent_id, count(*)::int as handled,
            sum(extract(epoch from e.talk_end - f.at) * 1000)::bigint as talk_ms,
            sum(extract(epoch from e.handle_end - e.talk_end) * 1000)::bigint as acw_ms
       from call_fact f
       cross join lateral (
         select (select min(l.at) from agent_status_log l
                  where l.tenant_id = f.tenant_id and l.user_id = f.agent_id and l.at >= f.at
                    and l.status <> 'ON_CALL') as talk_end,
                (select min(l.at) from agent_status_log l
                  where l.tenant_id = f.tenant_id and l.user_id = f.agent_id and l.at >= f.at
                    and l.status not in ('ON_CALL', 'AFTER_CALL_WORK')) as handle_end) e
      where f.kind = 'ANSWERED' and f.at >= ? and f.at < ? and e.handle_end is not null and e.handle_end <= ?
        and (cast(? as uuid[]) is null or f.skill_group_id = any(cast(? as uuid[])))
        and (cast(? as uuid) is null or f.agent_id = cast(? as uuid))
      group by f.skill_group_id, f.agent_id`,
    [
      window.from,
      window.to,
      window.to,
      uuidArray(filter.skillGroupIds),
      uuidArray(filter.skillGroupIds),
      filter.agentId,
      filter.agentId,
    ],
  )
  return rows.map((row) => ({
    skillGroupId: row.skill_group_id ?? null,
    agentId: row.agent_id ?? null,
    handled: Number(row.handled),
    talkMs: Number(row.talk_ms),
    afterCallWorkMs: Number(row.acw_ms),
  }))
}

/** Time an agent spent in one status (and not-ready reason) within a window. */
export interface StatusTime {
  agentId: string
  status: AgentStatus
  reasonId: string | null
  reasonName: string | null
  ms: number
}

/**
 * Each agent's time per status within the window, from the status log: the status held at the window's
 * start counts from the start, the last one until the window's end.
 */
export async function statusTimes(
  em: EntityManager,
  window: KpiWindow,
  agentIds: readonly string[],
): Promise<StatusTime[]> {
  if (agentIds.length === 0) return []
  const rows = await em.execute<
    Array<{
      user_id: string
      status: AgentStatus
      reason_id: string | null
      reason_name: string | null
      ms: string
    }>
  >(
    `with agents as (select unnest(cast(? as uuid[])) as user_id),
     changes as (
       select l.user_id, l.status, l.reason_id, l.at from agent_status_log l
        where l.user_id in (select user_id from agents) and l.at >= ? and l.at < ?
       union all
       select a.user_id, before.status, before.reason_id, cast(? as timestamptz) from agents a
        cross join lateral (
          select status, reason_id from agent_status_log l
           where l.user_id = a.user_id and l.at < ? order by l.at desc, l.id desc limit 1) before),
     spans as (
       select user_id, status, reason_id,
              coalesce(lead(at) over (partition by user_id order by at), cast(? as timestamptz)) - at as span
         from changes)
     select s.user_id, s.status, s.reason_id, r.name as reason_name,
            sum(extract(epoch from s.span) * 1000)::bigint as ms
       from spans s left join not_ready_reason r on r.id = s.reason_id
      group by s.user_id, s.status, s.reason_id, r.name`,
    [uuidArray(agentIds), window.from, window.to, window.from, window.from, window.to],
  )
  return rows.map((row) => ({
    agentId: row.user_id,
    status: row.status,
    reasonId: row.reason_id ?? null,
    reasonName: row.reason_name ?? null,
    ms: Number(row.ms),
  }))
}

/** How many members of each skill group are in each status now (members never signed in: OFFLINE). */
export async function memberStatusCounts(
  em: EntityManager,
  skillGroupIds: readonly string[],
): Promise<Array<{ skillGroupId: string; status: AgentStatus; count: number }>> {
  if (skillGroupIds.length === 0) return []
  const rows = await em.execute<Array<{ skill_group_id: string; status: AgentStatus; count: number }>>(
    `select m.skill_group_id, coalesce(p.status, 'OFFLINE') as status, count(*)::int as count
       from skill_group_member m
       join app_user u on u.id = m.user_id and u.deleted_at is null
       left join agent_presence p on p.user_id = m.user_id
      where m.skill_group_id = any(cast(? as uuid[]))
      group by m.skill_group_id, coalesce(p.status, 'OFFLINE')`,
    [uuidArray(skillGroupIds)],
  )
  return rows.map((row) => ({ skillGroupId: row.skill_group_id, status: row.status, count: row.count }))
}

/** The members of each of the skill groups (whose time makes a group's occupancy), by skill group. */
export async function membersOf(
  em: EntityManager,
  skillGroupIds: readonly string[],
): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>(skillGroupIds.map((id) => [id, []]))
  if (skillGroupIds.length === 0) return members
  const rows = await em.execute<Array<{ skill_group_id: string; user_id: string }>>(
    `select m.skill_group_id, m.user_id from skill_group_member m join app_user u on u.id = m.user_id
      where m.skill_group_id = any(cast(? as uuid[])) and u.deleted_at is null`,
    [uuidArray(skillGroupIds)],
  )
  for (const row of rows) members.get(row.skill_group_id)?.push(row.user_id)
  return members
}

/** Midnight of `now`'s day in the time zone (an IANA name), as an instant. */
export async function startOfDay(em: EntityManager, now: Date, timeZone: string): Promise<Date> {
  const [row] = await em.execute<Array<{ start: string | Date }>>(
    `select date_trunc('day', cast(? as timestamptz) at time zone ?) at time zone ? as start`,
    [now, timeZone, timeZone],
  )
  return new Date(row!.start)
}

/** One hour of the 24-hour chart (A8). */
export interface HourlyCallCounts {
  /** The hour's first instant (aligned to the hour in the tenant's time zone). */
  hour: Date
  inbound: number
  answered: number
  abandoned: number
  callbacksRequested: number
  outbound: number
}

/**
 * The last 24 hours up to `now`, hour by hour in the time zone, the current hour last; hours without
 * calls are there with zeros (generate_series). Inbound counts come from the call facts with the KPIs'
 * definitions (a call entering a queue once per hour however often it overflows; answered routed calls,
 * not callbacks; abandons at least `shortAbandonMs` long); outbound calls from the call records, by the
 * agents given (null: every agent).
 */
export async function hourlyCallCounts(
  em: EntityManager,
  now: Date,
  timeZone: string,
  filter: FactFilter,
  outboundAgentIds: readonly string[] | null,
  shortAbandonMs: number,
): Promise<HourlyCallCounts[]> {
  const rows = await em.execute<
    Array<{
      hour: string | Date
      inbound: number
      answered: number
      abandoned: number
      callbacks_requested: number
      outbound: number
    }>
  >(
    `with hours as (
       select generate_series(date_trunc('hour', cast(? as timestamptz), ?) - interval '23 hours',
                              date_trunc('hour', cast(? as timestamptz), ?), interval '1 hour') as hour),
     facts as (
       select date_trunc('hour', f.at, ?) as hour,
              count(distinct f.call_id) filter (where f.kind = 'ENQUEUED')::int as inbound,
              count(*) filter (where f.kind = 'ANSWERED' and f.outcome = 'CALL')::int as answered,
              count(*) filter (where f.kind = 'ABANDONED' and f.duration_ms >= ?)::int as abandoned,
              count(*) filter (where f.kind = 'CALLBACK_REQUESTED')::int as callbacks_requested
         from call_fact f
        where f.at >= (select min(hour) from hours) and f.at < ?
          and f.kind in ('ENQUEUED', 'ANSWERED', 'ABANDONED', 'CALLBACK_REQUESTED')
          and (cast(? as uuid[]) is null or f.skill_group_id = any(cast(? as uuid[])))
          and (cast(? as uuid) is null or f.agent_id = cast(? as uuid))
        group by 1),
     outbound as (
       select date_trunc('hour', c.started_at, ?) as hour, count(*)::int as outbound
         from call_record c
        where c.direction = 'OUTBOUND' and c.started_at >= (select min(hour) from hours) and c.started_at < ?
          and (cast(? as uuid[]) is null or c.agent_id = any(cast(? as uuid[])))
        group by 1)
     select h.hour, coalesce(f.inbound, 0) as inbound, coalesce(f.answered, 0) as answered,
            coalesce(f.abandoned, 0) as abandoned, coalesce(f.callbacks_requested, 0) as callbacks_requested,
            coalesce(o.outbound, 0) as outbound
       from hours h left join facts f on f.hour = h.hour left join outbound o on o.hour = h.hour
      order by h.hour`,
    [
      now,
      timeZone,
      now,
      timeZone,
      timeZone,
      shortAbandonMs,
      now,
      uuidArray(filter.skillGroupIds),
      uuidArray(filter.skillGroupIds),
      filter.agentId,
      filter.agentId,
      timeZone,
      now,
      uuidArray(outboundAgentIds),
      uuidArray(outboundAgentIds),
    ],
  )
  return rows.map((row) => ({
    hour: new Date(row.hour),
    inbound: Number(row.inbound),
    answered: Number(row.answered),
    abandoned: Number(row.abandoned),
    callbacksRequested: Number(row.callbacks_requested),
    outbound: Number(row.outbound),
  }))
}
