// SQL of the hourly call rollups (A9, issue 18 item 6): the one SELECT that sums an hour range's facts
// and records per (hour, skill group, agent, direction, organisation, number), which both fills
// call_rollup and answers reports for the hours not rolled up, so the two ways cannot disagree; the job's
// claim and redo; and the report's read over rolled and raw hours. Definitions: docs/kpis.md.
import type { Database, TenantSql } from '../../db/database.js'

const HOUR_MS = 3_600_000

/** What decides the threshold-dependent sums, and how hours are aligned. */
export interface RollupSettings {
  timeZone: string
  serviceLevelMs: number
  shortAbandonMs: number
}

/** The additive sums of a rollup row; every report figure is made of these. */
export const MEASURES = [
  'inbound_calls',
  'inbound_answered',
  'outbound_calls',
  'outbound_answered',
  'arrivals',
  'answered',
  'answered_in_threshold',
  'answer_wait_ms',
  'callbacks_answered',
  'abandoned',
  'abandon_wait_ms',
  'short_abandoned',
  'callbacks_requested',
  'overflowed',
  'offers_rung',
  'offers_answered',
  'holds',
  'hold_ms',
  'transfers',
  'handled',
  'talk_ms',
  'after_call_work_ms',
] as const
export type Measure = (typeof MEASURES)[number]
export type Measures = Record<Measure, number>

const DIMENSIONS = ['hour', 'skill_group_id', 'agent_id', 'direction', 'organization', 'number'] as const
const ZEROS = MEASURES.map((measure) => `0 as ${measure}`)
const zerosBut = (given: Partial<Record<Measure, string>>) =>
  MEASURES.map((measure, index) => (given[measure] ? `${given[measure]} as ${measure}` : ZEROS[index]))
const flag = (condition: string) => `(${condition}) is true`

/**
 * The facts of [$2, $3) of tenant $1 (CTEs ending in `facts`), each with its hour in time zone $4, its
 * call's direction, organisation, number and end, and when its talk, handling and hold ended (null: not
 * yet).
 */
const FACTS = `
  range_facts as (
    select f.*, date_trunc('hour', f.at, $4) as hour,
           coalesce(f.direction, c.direction) as call_direction,
           coalesce(f.organization, g.organization, u.organization) as call_organization,
           case when c.direction = 'OUTBOUND' then c.caller_number else c.dialled_number end as call_number,
           c.ended_at as call_ended_at
      from call_fact f
      -- One index lookup per fact, whatever the planner thinks: its hash join read every call of the tenant
      -- for a day's facts (240,000 calls in the bench for 24,000 facts; 10 million at the issue's size).
      left join lateral (
        select c.direction, c.caller_number, c.dialled_number, c.ended_at from call_record c
         where c.id = f.call_id limit 1) c on true
      left join skill_group g on g.id = f.skill_group_id
      left join app_user u on u.id = f.agent_id
     where f.tenant_id = $1 and f.at >= $2 and f.at < $3),
  -- An answered call's talk ends at its agent's first status change off ON_CALL from the answer on, its
  -- handling at the first one to neither ON_CALL nor AFTER_CALL_WORK. Found for the whole range at once:
  -- the range's answers and the status changes of their agents from the range's start to an hour past its
  -- end, newest first per agent (a change at the answer's instant before the answer), each answer taking
  -- the earliest change at or after it; an answer with none by then looks further itself (see facts).
  -- Per-row index lookups instead, four per answer (the planner copies a lateral subquery into each use),
  -- made a day of the bench 175,000 buffer reads rather than 55,000, and twice the time.
  handling_events as (
    select f.id, f.agent_id as user_id, f.at, 1 as is_answer,
           null::timestamptz as talk_end_at, null::timestamptz as handle_end_at
      from range_facts f where f.kind = 'ANSWERED' and f.agent_id is not null
    union all
    select null, l.user_id, l.at, 0, case when l.status <> 'ON_CALL' then l.at end,
           case when l.status not in ('ON_CALL', 'AFTER_CALL_WORK') then l.at end
      from (select distinct agent_id from range_facts where kind = 'ANSWERED' and agent_id is not null) a
      join agent_status_log l on l.tenant_id = $1 and l.user_id = a.agent_id
                             and l.at >= $2 and l.at < $3::timestamptz + interval '1 hour'),
  handling as (
    select e.id, e.talk_end, e.handle_end
      from (select e.id, min(e.talk_end_at) over later as talk_end, min(e.handle_end_at) over later as handle_end
              from handling_events e
            window later as (partition by e.user_id order by e.at desc, e.is_answer rows unbounded preceding)) e
     where e.id is not null),
  -- Materialized: the lookups below run once a row, not once for each use in fact_rows.
  facts as materialized (
    select f.*,
           coalesce(h.talk_end, (select min(l.at) from agent_status_log l
                                  where f.kind = 'ANSWERED' and l.tenant_id = f.tenant_id and l.user_id = f.agent_id
                                    and l.at >= $3::timestamptz + interval '1 hour' and l.status <> 'ON_CALL')) as talk_end,
           coalesce(h.handle_end, (select min(l.at) from agent_status_log l
                                    where f.kind = 'ANSWERED' and l.tenant_id = f.tenant_id and l.user_id = f.agent_id
                                      and l.at >= $3::timestamptz + interval '1 hour'
                                      and l.status not in ('ON_CALL', 'AFTER_CALL_WORK'))) as handle_end,
           (select min(r.at) from call_fact r
             where f.kind = 'HELD' and r.tenant_id = f.tenant_id and r.call_id = f.call_id
               and r.kind = 'RESUMED' and r.at >= f.at) as resumed_at
      from range_facts f left join handling h on h.id = f.id)`

/**
 * The sums of [$2, $3) of tenant $1, per hour of time zone $4, with the service-level threshold $5 ms and
 * the short-abandon limit $6 ms; handling counts once over by $7 (now). Facts are counted where they
 * happened, as the KPIs count them (kpis.store.ts `factTotals` and `handleTotals`); a call record by its
 * start, in its skill group, else in the first queue it entered (a caller still waiting has no group on
 * the record yet). A fact's direction and organisation are its own (ENQUEUED), else those of its call and of its
 * skill group or agent; its number is the company's: the one dialled in, or the one shown when dialling
 * out. Holds last until the call resumes or ends.
 */
const ROLLUP_CTES = `
  ${FACTS},
  fact_rows as (
    select f.hour, f.skill_group_id, f.agent_id, f.call_direction as direction,
           f.call_organization as organization, f.call_number as number,
           ${zerosBut({
             arrivals: `${flag(`f.kind = 'ENQUEUED'`)}::int`,
             answered: `${flag(`f.kind = 'ANSWERED' and f.outcome = 'CALL'`)}::int`,
             answered_in_threshold: `${flag(`f.kind = 'ANSWERED' and f.outcome = 'CALL' and f.duration_ms <= $5`)}::int`,
             answer_wait_ms: `case when f.kind = 'ANSWERED' and f.outcome = 'CALL' then coalesce(f.duration_ms, 0) else 0 end`,
             callbacks_answered: `${flag(`f.kind = 'ANSWERED' and f.outcome = 'CALLBACK'`)}::int`,
             abandoned: `${flag(`f.kind = 'ABANDONED' and f.duration_ms >= $6`)}::int`,
             abandon_wait_ms: `case when ${flag(`f.kind = 'ABANDONED' and f.duration_ms >= $6`)} then f.duration_ms else 0 end`,
             short_abandoned: `${flag(`f.kind = 'ABANDONED' and f.duration_ms < $6`)}::int`,
             callbacks_requested: `${flag(`f.kind = 'CALLBACK_REQUESTED'`)}::int`,
             overflowed: `${flag(`f.kind = 'OVERFLOWED'`)}::int`,
             offers_rung: `${flag(`f.kind = 'OFFER_ENDED' and f.outcome in ('ANSWERED', 'NOT_ANSWERED', 'REJECTED')`)}::int`,
             offers_answered: `${flag(`f.kind = 'OFFER_ENDED' and f.outcome = 'ANSWERED'`)}::int`,
             holds: `${flag(`f.kind = 'HELD'`)}::int`,
             hold_ms: `case when f.kind = 'HELD' then greatest(0, extract(epoch from
               least(coalesce(f.resumed_at, f.call_ended_at, $7), $7) - f.at) * 1000)::bigint else 0 end`,
             transfers: `${flag(`f.kind = 'TRANSFERRED'`)}::int`,
             handled: `${flag(`f.handle_end <= $7`)}::int`,
             talk_ms: `case when f.handle_end <= $7 then (extract(epoch from f.talk_end - f.at) * 1000)::bigint else 0 end`,
             after_call_work_ms: `case when f.handle_end <= $7
               then (extract(epoch from f.handle_end - f.talk_end) * 1000)::bigint else 0 end`,
           }).join(',\n           ')}
      from facts f),
  record_rows as (
    select date_trunc('hour', c.started_at, $4) as hour, c.queue_group_id as skill_group_id, c.agent_id,
           c.direction, coalesce(g.organization, u.organization) as organization,
           case when c.direction = 'OUTBOUND' then c.caller_number else c.dialled_number end as number,
           ${zerosBut({
             inbound_calls: `(c.direction = 'INBOUND')::int`,
             inbound_answered: `(c.direction = 'INBOUND' and c.answered_at is not null)::int`,
             outbound_calls: `(c.direction = 'OUTBOUND')::int`,
             outbound_answered: `(c.direction = 'OUTBOUND' and c.answered_at is not null)::int`,
           }).join(',\n           ')}
      from (select c.*, coalesce(c.skill_group_id, (
                     select f.skill_group_id from call_fact f
                      where f.tenant_id = c.tenant_id and f.call_id = c.id and f.kind = 'ENQUEUED'
                      order by f.at limit 1)) as queue_group_id
              from call_record c where c.tenant_id = $1 and c.started_at >= $2 and c.started_at < $3) c
      left join skill_group g on g.id = c.queue_group_id
      left join app_user u on u.id = c.agent_id)`

/** The sums, from ROLLUP_CTES. */
const ROLLUP_SUMS = `
  select ${DIMENSIONS.join(', ')},
         ${MEASURES.map((measure) => `sum(${measure})::bigint as ${measure}`).join(', ')}
    from (select * from fact_rows union all select * from record_rows) x
   group by ${DIMENSIONS.join(', ')}`

const ROLLUP_SELECT = `with ${ROLLUP_CTES} ${ROLLUP_SUMS}`

const rangeValues = (range: { from: Date; to: Date }, settings: RollupSettings, now: Date) => [
  range.from,
  range.to,
  settings.timeZone,
  settings.serviceLevelMs,
  settings.shortAbandonMs,
  now,
]

/**
 * The job's claim: the oldest closed dirty hour of any tenant and that tenant's other closed dirty hours of
 * the same day (in its time zone) from there on, each leased to this instance for a while; sorted.
 */
export async function claimDirtyDay(
  db: Database,
  closedBefore: Date,
  now: Date,
  leaseUntil: Date,
): Promise<{ tenantId: string; hours: Date[] } | null> {
  const rows = await db.platformQuery<{ tenant_id: string; hour: string | Date }>(
    'select * from call_rollup_claim_dirty_day(?, ?, ?) order by hour',
    [closedBefore, now, leaseUntil],
  )
  if (rows.length === 0) return null
  return { tenantId: rows[0]!.tenant_id, hours: rows.map((row) => new Date(row.hour)) }
}

/** Consecutive hours as ranges: [10:00, 11:00, 13:00] is [10:00, 12:00) and [13:00, 14:00). */
function runsOf(hours: readonly Date[]): Array<{ from: Date; to: Date }> {
  const runs: Array<{ from: Date; to: Date }> = []
  for (const hour of [...hours].sort((a, b) => a.getTime() - b.getTime())) {
    const last = runs.at(-1)
    const end = new Date(hour.getTime() + HOUR_MS)
    if (last && last.to.getTime() === hour.getTime()) last.to = end
    else runs.push({ from: hour, to: end })
  }
  return runs
}

/**
 * Redoes hours of the transaction's tenant: their rollup rows replaced (one statement per run of
 * consecutive hours, as the SELECT groups by hour anyway), the settings they were made under recorded, each
 * day they touch summed again once, and their dirty marks gone, except for an hour in which a call answered
 * is still being handled (its talk and after-call work count once done): it comes back in a minute.
 * Idempotent; the job passes a day's hours at most, so no statement reads more than a day of calls.
 */
export async function redoHours(
  sql: TenantSql,
  hours: readonly Date[],
  settings: RollupSettings,
  now: Date,
  retryAt: Date,
): Promise<void> {
  if (hours.length === 0) return
  const runs = runsOf(hours)
  // A day's facts (24,000 rows in the bench) are kept for the SELECT's two passes: in the default 4 MB
  // they went to disk.
  await sql.query(`set local work_mem = '32MB'`)
  const retried: Array<string | Date> = []
  for (const run of runs) {
    await sql.query('delete from call_rollup where tenant_id = $1 and hour >= $2 and hour < $3', [
      sql.tenantId,
      run.from,
      run.to,
    ])
    // The rows, and from the same facts the hours with an answered call still being handled.
    const unfinished = await sql.query<{ hour: string | Date }>(
      `with ${ROLLUP_CTES},
       inserted as (
         insert into call_rollup (tenant_id, ${DIMENSIONS.join(', ')}, ${MEASURES.join(', ')})
         select $1, r.* from (${ROLLUP_SUMS}) r)
       select distinct f.hour from facts f
        where f.kind = 'ANSWERED' and f.agent_id is not null and (f.handle_end <= $7) is not true`,
      [sql.tenantId, ...rangeValues(run, settings, now)],
    )
    retried.push(...unfinished.map((row) => row.hour))
  }
  await sql.query(
    `insert into call_rollup_hour (tenant_id, hour, service_level_ms, short_abandon_ms, time_zone, rolled_at)
     select $1, h, $3, $4, $5, $6 from unnest($2::timestamptz[]) h
     on conflict (tenant_id, hour) do update set service_level_ms = excluded.service_level_ms,
       short_abandon_ms = excluded.short_abandon_ms, time_zone = excluded.time_zone, rolled_at = excluded.rolled_at`,
    [sql.tenantId, hours, settings.serviceLevelMs, settings.shortAbandonMs, settings.timeZone, now],
  )
  // One hour of each day stands for it (redoDay finds its day).
  const days = await sql.query<{ hour: string | Date }>(
    `select min(h) as hour from unnest($1::timestamptz[]) h group by date_trunc('day', h at time zone $2) order by 1`,
    [hours, settings.timeZone],
  )
  for (const { hour } of days) await redoDay(sql, hour, settings, now)
  await sql.query(
    `update call_rollup_dirty set not_before = $3 where tenant_id = $1 and hour = any($2::timestamptz[])`,
    [sql.tenantId, retried, retryAt],
  )
  await sql.query(
    `delete from call_rollup_dirty
      where tenant_id = $1 and hour = any($2::timestamptz[]) and not hour = any($3::timestamptz[])`,
    [sql.tenantId, hours, retried],
  )
}

/**
 * Redoes the day (in the time zone) of hours just redone, from the day's hourly rows. Its status row is
 * taken first: an instance redoing other hours of the day waits for this transaction, then sums again with
 * these hours' rows committed, so the last of them leaves every hour in the day.
 */
async function redoDay(
  sql: TenantSql,
  hour: string | Date,
  settings: RollupSettings,
  now: Date,
): Promise<void> {
  const [day] = await sql.query<{ day: Date; dayEnd: Date }>(
    `insert into call_rollup_day_status
       (tenant_id, day, day_end, service_level_ms, short_abandon_ms, time_zone, rolled_at)
     select $1, d at time zone $3, (d + interval '1 day') at time zone $3, $4, $5, $3, $6
       from date_trunc('day', $2::timestamptz at time zone $3) d
     on conflict (tenant_id, day) do update set day_end = excluded.day_end,
       service_level_ms = excluded.service_level_ms, short_abandon_ms = excluded.short_abandon_ms,
       time_zone = excluded.time_zone, rolled_at = excluded.rolled_at
     returning day, day_end as "dayEnd"`,
    [sql.tenantId, hour, settings.timeZone, settings.serviceLevelMs, settings.shortAbandonMs, now],
  )
  await sql.query('delete from call_rollup_day where tenant_id = $1 and day = $2', [sql.tenantId, day!.day])
  const dimensions = DIMENSIONS.filter((dimension) => dimension !== 'hour')
  await sql.query(
    `insert into call_rollup_day (tenant_id, day, ${dimensions.join(', ')}, ${MEASURES.join(', ')})
     select $1, $2, ${dimensions.join(', ')}, ${MEASURES.map((measure) => `sum(${measure})`).join(', ')}
       from call_rollup where tenant_id = $1 and hour >= $2 and hour < $3
      group by ${dimensions.join(', ')}`,
    [sql.tenantId, day!.day, day!.dayEnd],
  )
}

/** Queues every hour of [from, to) of the transaction's tenant for the job; returns how many. */
export async function markHoursDirty(
  sql: TenantSql,
  range: { from: Date; to: Date },
  timeZone: string,
): Promise<number> {
  const rows = await sql.query<{ hour: Date }>(
    `insert into call_rollup_dirty (tenant_id, hour)
     select $1, h from generate_series(date_trunc('hour', $2::timestamptz, $4), $3::timestamptz - interval '1 microsecond',
                                       interval '1 hour') h
     on conflict (tenant_id, hour) do update set marked_at = now()
     returning hour`,
    [sql.tenantId, range.from, range.to, timeZone],
  )
  return rows.length
}

/** Hours of [from, to) whose rollup may be read: made under these settings, and clean since. */
export async function rolledHours(
  sql: TenantSql,
  range: { from: Date; to: Date },
  settings: RollupSettings,
): Promise<Date[]> {
  const rows = await sql.query<{ hour: string | Date }>(
    `select s.hour from call_rollup_hour s
      where s.tenant_id = $1 and s.hour >= $2 and s.hour + interval '1 hour' <= $3
        and s.service_level_ms = $4 and s.short_abandon_ms = $5 and s.time_zone = $6
        and not exists (select 1 from call_rollup_dirty d where d.tenant_id = s.tenant_id and d.hour = s.hour)
      order by s.hour`,
    [sql.tenantId, range.from, range.to, settings.serviceLevelMs, settings.shortAbandonMs, settings.timeZone],
  )
  return rows.map((row) => new Date(row.hour))
}

/**
 * Days of [from, to) whose daily rollup may be read: made under these settings, none of their hours dirty
 * or rolled under other settings (an hour with calls is always rolled or dirty: the triggers see to it).
 */
export async function rolledDays(
  sql: TenantSql,
  range: { from: Date; to: Date },
  settings: RollupSettings,
): Promise<Array<{ from: Date; to: Date }>> {
  const rows = await sql.query<{ day: string | Date; dayEnd: string | Date }>(
    `select s.day, s.day_end as "dayEnd" from call_rollup_day_status s
      where s.tenant_id = $1 and s.day >= $2 and s.day_end <= $3
        and s.service_level_ms = $4 and s.short_abandon_ms = $5 and s.time_zone = $6
        and not exists (select 1 from call_rollup_dirty d
                         where d.tenant_id = s.tenant_id and d.hour >= s.day and d.hour < s.day_end)
        and not exists (select 1 from call_rollup_hour h
                         where h.tenant_id = s.tenant_id and h.hour >= s.day and h.hour < s.day_end
                           and (h.service_level_ms <> $4 or h.short_abandon_ms <> $5 or h.time_zone <> $6))
      order by s.day`,
    [sql.tenantId, range.from, range.to, settings.serviceLevelMs, settings.shortAbandonMs, settings.timeZone],
  )
  return rows.map((row) => ({ from: new Date(row.day), to: new Date(row.dayEnd) }))
}

/** How a report's rows are cut: by day or hour (in the time zone) and by one dimension. */
export interface ReportCut {
  interval: 'day' | 'hour'
  key: 'tenant' | 'skill_group_id' | 'agent_id' | 'number'
}

/** Which rows the viewer may see and asked for; null: no restriction. */
export interface ReportFilter {
  /** Not tenant-wide: rows of these skill groups, or without one and of these agents (A11). */
  visible: { skillGroupIds: string[]; agentIds: string[] } | null
  skillGroupId: string | null
  agentId: string | null
  direction: 'INBOUND' | 'OUTBOUND' | null
}

export interface ReportSums extends Measures {
  bucket: Date
  key: string | null
}

/** Where a report's sums come from: whole days, hours, and the ranges read from the calls. */
export interface ReportSources {
  /** Starts of days read from call_rollup_day (only for reports by day: a day row has no hours). */
  days: readonly Date[]
  /** Hours read from call_rollup. */
  hours: readonly Date[]
  /** The rest (the open hour, dirty hours, hours made under other settings): the rollup SELECT itself. */
  raw: ReadonlyArray<{ from: Date; to: Date }>
}

/** The report's sums per (bucket, key) over the sources, one statement. */
export async function reportSums(
  sql: TenantSql,
  { days, hours, raw: rawRanges }: ReportSources,
  settings: RollupSettings,
  now: Date,
  cut: ReportCut,
  filter: ReportFilter,
): Promise<ReportSums[]> {
  const values: unknown[] = [sql.tenantId, hours, settings.timeZone]
  const param = (value: unknown) => `$${values.push(value)}`
  const sources = [`select * from call_rollup where tenant_id = $1 and hour = any($2::timestamptz[])`]
  if (days.length > 0)
    sources.push(`select tenant_id, day as hour, ${DIMENSIONS.slice(1).join(', ')}, ${MEASURES.join(', ')}
      from call_rollup_day where tenant_id = $1 and day = any(${param(days)}::timestamptz[])`)
  for (const range of rawRanges) {
    const start = values.length
    values.push(...rangeValues(range, settings, now))
    // The SELECT's own $2…$7 move to this range's parameters; $1 stays the tenant.
    const shifted = ROLLUP_SELECT.replace(/\$([2-7])\b/g, (_, n: string) => `$${start + Number(n) - 1}`)
    sources.push(`select $1::uuid as tenant_id, r.* from (${shifted}) r`)
  }
  const conditions: string[] = []
  if (filter.visible)
    conditions.push(`(skill_group_id = any(${param(filter.visible.skillGroupIds)}::uuid[])
      or (skill_group_id is null and agent_id = any(${param(filter.visible.agentIds)}::uuid[])))`)
  if (filter.skillGroupId) conditions.push(`skill_group_id = ${param(filter.skillGroupId)}::uuid`)
  if (filter.agentId) conditions.push(`agent_id = ${param(filter.agentId)}::uuid`)
  if (filter.direction) conditions.push(`direction = ${param(filter.direction)}`)
  const key = cut.key === 'tenant' ? 'null::text' : `${cut.key}::text`
  // A month by agent is thousands of groups of 22 sums: within the default 4 MB the hash aggregate
  // spilled to disk in five batches (EXPLAIN in docs/benchmarks.md), a third of the statement's time.
  await sql.query(`set local work_mem = '32MB'`)
  const rows = await sql.query<Record<string, string | Date | null>>(
    `select date_trunc('${cut.interval}', hour, $3) as bucket, ${key} as key,
            ${MEASURES.map((measure) => `sum(${measure})::bigint as ${measure}`).join(', ')}
       from (${sources.map((source) => `(${source})`).join(' union all ')}) src
      ${conditions.length > 0 ? `where ${conditions.join(' and ')}` : ''}
      group by 1, 2 order by 1, 2`,
    values,
  )
  return rows.map((row) => {
    const sums = { bucket: new Date(row.bucket!), key: (row.key as string | null) ?? null } as ReportSums
    for (const measure of MEASURES) sums[measure] = Number(row[measure])
    return sums
  })
}

/** Midnights of the days [fromDay, toDay] (YYYY-MM-DD) in the time zone, the second exclusive. */
export async function daysToInstants(
  sql: TenantSql,
  fromDay: string,
  toDayExclusive: string,
  timeZone: string,
): Promise<{ from: Date; to: Date }> {
  const [row] = await sql.query<{ from: string | Date; to: string | Date }>(
    `select $1::timestamp at time zone $3 as "from", $2::timestamp at time zone $3 as "to"`,
    [fromDay, toDayExclusive, timeZone],
  )
  return { from: new Date(row!.from), to: new Date(row!.to) }
}

/**
 * Every day or hour of [from, to) in the time zone, with its end. Days are stepped on the wall clock (a
 * DST day is 23 or 25 hours long), hours on the instant (the repeated hour of a fall-back is two hours).
 */
export async function bucketsOf(
  sql: TenantSql,
  range: { from: Date; to: Date },
  interval: 'day' | 'hour',
  timeZone: string,
): Promise<Array<{ from: Date; to: Date }>> {
  const series =
    interval === 'day'
      ? `select s at time zone $3 as start, (s + interval '1 day') at time zone $3 as "end"
           from generate_series(date_trunc('day', $1::timestamptz at time zone $3),
                                $2::timestamptz at time zone $3 - interval '1 microsecond', interval '1 day') s`
      : `select s as start, s + interval '1 hour' as "end"
           from generate_series(date_trunc('hour', $1::timestamptz, $3),
                                $2::timestamptz - interval '1 microsecond', interval '1 hour') s`
  const rows = await sql.query<{ start: string | Date; end: string | Date }>(series, [
    range.from,
    range.to,
    timeZone,
  ])
  return rows.map((row) => ({ from: new Date(row.start), to: new Date(row.end) }))
}
