// The SQL of quality inspection (A10): scorecards and their immutable versions, the inspector capability,
// the sampling draw, inspections with their results and appeals, and the QA report's aggregates.
import { sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
import { callRecordWhere, type CallRecordConditions } from '../call-records/call-records.store.js'
import type { CallReach } from '../organization/access-policy.js'
import { DEFAULT_ACD_SETTINGS } from '../acd/settings.service.js'
import type { CriterionScore, ScorecardDefinition, ScoreComment, ScoreResult } from './scorecard.js'

type Source = EntityManager | TenantSql

export interface ScorecardRow {
  id: string
  name: string
  version: number
  definition: ScorecardDefinition
  maxPoints: number
  publishedAt: Date
}

const SCORECARD = `
  select s.id, s.name, v.version, v.definition, v.max_points as "maxPoints", v.published_at as "publishedAt"
  from qa_scorecard s join qa_scorecard_version v on v.scorecard_id = s.id`

const scorecardOf = (row: ScorecardRow): ScorecardRow => ({ ...row, publishedAt: new Date(row.publishedAt) })

/** Every scorecard at its current version, by name. */
export async function currentScorecards(source: Source): Promise<ScorecardRow[]> {
  const sql = sqlIn(source)
  const rows = await sql.query<ScorecardRow>(
    `${SCORECARD} and v.version = s.current_version where s.tenant_id = $1 order by lower(s.name), s.id`,
    [sql.tenantId],
  )
  return rows.map(scorecardOf)
}

/** One scorecard at a version (its current one when `version` is null). */
export async function scorecardAt(
  source: Source,
  id: string,
  version: number | null,
): Promise<ScorecardRow | undefined> {
  const sql = sqlIn(source)
  const [row] = await sql.query<ScorecardRow>(
    `${SCORECARD} and v.version = coalesce($3, s.current_version) where s.tenant_id = $1 and s.id = $2`,
    [sql.tenantId, id, version],
  )
  return row && scorecardOf(row)
}

export async function isScorecardNameTaken(source: Source, name: string, exceptId: string | null) {
  const sql = sqlIn(source)
  const rows = await sql.query(
    `select 1 from qa_scorecard where tenant_id = $1 and lower(name) = lower($2) and id is distinct from $3::uuid`,
    [sql.tenantId, name, exceptId],
  )
  return rows.length > 0
}

/** A new version of a scorecard (version 1 creates it); the version's definition never changes after. */
export async function publishVersion(
  source: Source,
  card: { id: string; name: string; version: number; definition: ScorecardDefinition; maxPoints: number },
  publishedBy: string | null,
  at: Date,
): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(
    `insert into qa_scorecard (id, tenant_id, name, current_version, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $5)
     on conflict (id) do update set name = excluded.name, current_version = excluded.current_version,
       updated_at = excluded.updated_at`,
    [card.id, sql.tenantId, card.name, card.version, at],
  )
  await sql.query(
    `insert into qa_scorecard_version (tenant_id, scorecard_id, version, definition, max_points, published_by, published_at)
       values ($1, $2, $3, $4, $5, $6, $7)`,
    [sql.tenantId, card.id, card.version, JSON.stringify(card.definition), card.maxPoints, publishedBy, at],
  )
}

// ── the inspector capability ─────────────────────────────────────────────────────────────────────────

export async function isQaInspector(source: Source, userId: string): Promise<boolean> {
  const sql = sqlIn(source)
  const rows = await sql.query(`select 1 from qa_inspector where tenant_id = $1 and user_id = $2`, [
    sql.tenantId,
    userId,
  ])
  return rows.length > 0
}

/** Every member of the tenant who holds the QA inspector capability. */
export async function qaInspectorIds(source: Source): Promise<string[]> {
  const sql = sqlIn(source)
  const rows = await sql.query<{ user_id: string }>(`select user_id from qa_inspector where tenant_id = $1`, [
    sql.tenantId,
  ])
  return rows.map((row) => row.user_id)
}

export async function setQaInspector(
  source: Source,
  userId: string,
  isInspector: boolean,
  grantedBy: string | null,
  at: Date,
): Promise<void> {
  const sql = sqlIn(source)
  if (isInspector)
    await sql.query(
      `insert into qa_inspector (tenant_id, user_id, granted_by, granted_at) values ($1, $2, $3, $4)
       on conflict do nothing`,
      [sql.tenantId, userId, grantedBy, at],
    )
  else
    await sql.query(`delete from qa_inspector where tenant_id = $1 and user_id = $2`, [sql.tenantId, userId])
}

// ── sampling ─────────────────────────────────────────────────────────────────────────────────────────

export type SampleDraw =
  | { kind: 'FILTER' }
  | { kind: 'PERCENT'; percent: number }
  | { kind: 'PER_AGENT_WEEK'; perAgentPerWeek: number; timeZone: string }

export interface SampledCall {
  id: string
  agentId: string
  startedAt: Date
}

/**
 * The calls a sampling picks: answered, ended calls an agent took that match the conditions (the
 * inspector's reach among them) and are in no inspection yet. The random draws order candidates by
 * md5(seed, call ID): the same seed over the same candidates picks the same calls, on any instance.
 * PERCENT takes that share of the candidates (rounded up); PER_AGENT_WEEK up to N per agent and week
 * (weeks begin on Monday, in the tenant's time zone). At most `limit` calls in all.
 */
export async function drawSample(
  source: Source,
  conditions: CallRecordConditions,
  draw: SampleDraw,
  seed: string,
  limit: number,
): Promise<SampledCall[]> {
  const sql = sqlIn(source)
  const { where, params } = callRecordWhere(sql.tenantId, conditions)
  params.push(seed)
  const seedParam = `$${params.length}`
  const candidates = `
    select c.id, c.agent_id, c.started_at, md5(${seedParam} || ':' || c.id::text) as draw
    from call_record c
    where ${where} and c.agent_id is not null and c.answered_at is not null and c.ended_at is not null
      and c.recording_removed_at is null
      and not exists (select 1 from qa_inspection q where q.tenant_id = c.tenant_id and q.call_id = c.id)`
  let picked: string
  switch (draw.kind) {
    case 'FILTER':
      picked = `select id, agent_id, started_at from candidates order by started_at desc, id desc`
      break
    case 'PERCENT':
      params.push(draw.percent)
      picked = `select id, agent_id, started_at from (
          select *, row_number() over (order by draw, id) as n, count(*) over () as total from candidates) ranked
        where n <= ceil(total * $${params.length}::numeric / 100) order by draw, id`
      break
    case 'PER_AGENT_WEEK':
      params.push(draw.perAgentPerWeek, draw.timeZone)
      picked = `select id, agent_id, started_at from (
          select *, row_number() over (
            partition by agent_id, date_trunc('week', started_at at time zone $${params.length})
            order by draw, id) as n from candidates) ranked
        where n <= $${params.length - 1} order by agent_id, started_at, id`
      break
  }
  const rows = await sql.query<{ id: string; agent_id: string; started_at: Date | string }>(
    `with candidates as (${candidates}) ${picked} limit ${Number(limit)}`,
    params,
  )
  return rows.map((row) => ({ id: row.id, agentId: row.agent_id, startedAt: new Date(row.started_at) }))
}

/**
 * Locks sampled calls against the recording retention job before their inspections start, and answers
 * those whose recording the job removed meanwhile. The job holds its due calls FOR UPDATE while it removes
 * them, so this waits for it and then reads what it left; once these FOR SHARE locks are held, the job
 * skips the calls (SKIP LOCKED) and, after this commits, sees their inspections.
 */
export async function lockCallsForInspection(source: Source, callIds: readonly string[]): Promise<string[]> {
  if (!callIds.length) return []
  const sql = sqlIn(source)
  // Filtered here, not in SQL: a condition on the locked rows would be pushed below the lock.
  const rows = await sql.query<{ id: string; isRemoved: boolean }>(
    `select id, recording_removed_at is not null as "isRemoved" from call_record
      where tenant_id = $1 and id = any($2::uuid[]) order by id for share`,
    [sql.tenantId, callIds],
  )
  return rows.filter((row) => row.isRemoved).map((row) => row.id)
}

/** Pending inspections for sampled calls; a call another sampling took meanwhile is skipped. */
export async function createInspections(
  source: Source,
  calls: SampledCall[],
  inspection: {
    inspectorId: string
    scorecardId: string
    version: number
    maxPoints: number
    seed: string | null
  },
  ids: string[],
  at: Date,
): Promise<string[]> {
  if (!calls.length) return []
  const sql = sqlIn(source)
  const rows = await sql.query<{ id: string }>(
    `insert into qa_inspection (id, tenant_id, call_id, agent_id, scorecard_id, scorecard_version, inspector_id,
                                max_points, sample_seed, created_at)
       select unnest($2::uuid[]), $1, unnest($3::uuid[]), unnest($4::uuid[]), $5, $6, $7, $8, $9, $10
     on conflict (tenant_id, call_id) do nothing
     returning id`,
    [
      sql.tenantId,
      ids,
      calls.map((call) => call.id),
      calls.map((call) => call.agentId),
      inspection.scorecardId,
      inspection.version,
      inspection.inspectorId,
      inspection.maxPoints,
      inspection.seed,
      at,
    ],
  )
  return rows.map((row) => row.id)
}

// ── inspections ──────────────────────────────────────────────────────────────────────────────────────

export type InspectionStatus = 'PENDING' | 'SUBMITTED'
export type AppealStatus = 'PENDING' | 'ACCEPTED' | 'REJECTED'

export interface InspectionRow {
  id: string
  callId: string
  callStartedAt: Date | null
  hasRecording: boolean
  agentId: string
  agentName: string | null
  inspectorId: string
  inspectorName: string | null
  scorecardId: string
  scorecardName: string
  scorecardVersion: number
  status: InspectionStatus
  revision: number
  points: number | null
  maxPoints: number
  percent: number | null
  isFatalFailed: boolean
  createdAt: Date
  submittedAt: Date | null
  appealId: string | null
  appealStatus: AppealStatus | null
  appealReason: string | null
  appealResolution: string | null
  appealedAt: Date | null
  resolvedAt: Date | null
  /** Until when the agent may appeal: the company's appeal window from the first submission. */
  appealDeadline: Date | null
}

const INSPECTION = `
  select q.id, q.call_id as "callId", c.started_at as "callStartedAt",
         coalesce(c.recording_file is not null, false) as "hasRecording",
         q.agent_id as "agentId", ua.name as "agentName", q.inspector_id as "inspectorId",
         ui.name as "inspectorName", q.scorecard_id as "scorecardId", s.name as "scorecardName",
         q.scorecard_version as "scorecardVersion", q.status, q.revision, q.points, q.max_points as "maxPoints",
         q.percent::float8 as percent, q.is_fatal_failed as "isFatalFailed", q.created_at as "createdAt",
         q.submitted_at as "submittedAt", a.id as "appealId", a.status as "appealStatus",
         a.reason as "appealReason", a.resolution as "appealResolution", a.created_at as "appealedAt",
         a.resolved_at as "resolvedAt",
         q.submitted_at + make_interval(days => coalesce(st.appeal_window_days,
           ${DEFAULT_ACD_SETTINGS.appealWindowDays})) as "appealDeadline"
  from qa_inspection q
  join qa_scorecard s on s.id = q.scorecard_id
  left join acd_settings st on st.tenant_id = q.tenant_id
  left join call_record c on c.id = q.call_id
  left join app_user ua on ua.id = q.agent_id
  left join app_user ui on ui.id = q.inspector_id
  left join qa_appeal a on a.inspection_id = q.id`

const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value))

function inspectionOf(row: InspectionRow): InspectionRow {
  return {
    ...row,
    callStartedAt: dateOrNull(row.callStartedAt),
    createdAt: new Date(row.createdAt),
    submittedAt: dateOrNull(row.submittedAt),
    appealedAt: dateOrNull(row.appealedAt),
    resolvedAt: dateOrNull(row.resolvedAt),
    appealDeadline: dateOrNull(row.appealDeadline),
  }
}

export interface InspectionConditions {
  /** Whose inspections by the agent inspected; null: every agent. */
  reach: CallReach | null
  /** Only this agent's (their own list), and then only submitted ones. */
  ownAgentId?: string | null
  agentId?: string | null
  inspectorId?: string | null
  status?: InspectionStatus | null
  appealStatus?: AppealStatus | null
}

function inspectionWhere(tenantId: string, conditions: InspectionConditions) {
  const params: unknown[] = [tenantId]
  const clauses = ['q.tenant_id = $1']
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value)
    clauses.push(clause(`$${params.length}`))
  }
  if (conditions.reach) add((n) => `q.agent_id = any(${n}::uuid[])`, conditions.reach.agentIds)
  if (conditions.ownAgentId) {
    add((n) => `q.agent_id = ${n}`, conditions.ownAgentId)
    clauses.push(`q.status = 'SUBMITTED'`)
  }
  if (conditions.agentId) add((n) => `q.agent_id = ${n}`, conditions.agentId)
  if (conditions.inspectorId) add((n) => `q.inspector_id = ${n}`, conditions.inspectorId)
  if (conditions.status) add((n) => `q.status = ${n}`, conditions.status)
  if (conditions.appealStatus) add((n) => `a.status = ${n}`, conditions.appealStatus)
  return { where: clauses.join(' and '), params }
}

export async function pageOfInspections(
  source: Source,
  conditions: InspectionConditions,
  offset: number,
  limit: number,
): Promise<{ rows: InspectionRow[]; total: number }> {
  const sql = sqlIn(source)
  const { where, params } = inspectionWhere(sql.tenantId, conditions)
  const rows = await sql.query<InspectionRow & { total: number }>(
    `${INSPECTION.replace('select q.id,', 'select count(*) over ()::int as total, q.id,')} where ${where}
     order by coalesce(q.submitted_at, q.created_at) desc, q.id desc offset ${Number(offset)} limit ${Number(limit)}`,
    params,
  )
  if (rows.length || offset === 0) return { rows: rows.map(inspectionOf), total: rows[0]?.total ?? 0 }
  const [count] = await sql.query<{ total: number }>(
    `select count(*)::int as total from qa_inspection q left join qa_appeal a on a.inspection_id = q.id where ${where}`,
    params,
  )
  return { rows: [], total: count!.total }
}

export async function inspectionRow(
  source: Source,
  conditions: InspectionConditions,
  id: string,
): Promise<InspectionRow | undefined> {
  const sql = sqlIn(source)
  const { where, params } = inspectionWhere(sql.tenantId, conditions)
  params.push(id)
  const [row] = await sql.query<InspectionRow>(
    `${INSPECTION} where ${where} and q.id = $${params.length}`,
    params,
  )
  return row && inspectionOf(row)
}

/** Locks the inspection for a change (submit, appeal, resolve) so two changes at once serialise. */
export async function lockInspection(source: Source, id: string): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(`select 1 from qa_inspection where tenant_id = $1 and id = $2 for update`, [
    sql.tenantId,
    id,
  ])
}

export interface ResultRow {
  revision: number
  scores: CriterionScore[]
  comments: ScoreComment[]
  points: number
  percent: number
  isFatalFailed: boolean
  scoredBy: string
  scoredByName: string | null
  scoredAt: Date
}

/** Every result of an inspection, first one first. */
export async function resultsOf(source: Source, inspectionId: string): Promise<ResultRow[]> {
  const sql = sqlIn(source)
  const rows = await sql.query<ResultRow>(
    `select r.revision, r.scores, r.comments, r.points, r.percent::float8 as percent,
            r.is_fatal_failed as "isFatalFailed", r.scored_by as "scoredBy", u.name as "scoredByName",
            r.scored_at as "scoredAt"
       from qa_inspection_result r left join app_user u on u.id = r.scored_by
      where r.tenant_id = $1 and r.inspection_id = $2 order by r.revision`,
    [sql.tenantId, inspectionId],
  )
  return rows.map((row) => ({ ...row, scoredAt: new Date(row.scoredAt) }))
}

/** A result becomes the inspection's current one; earlier results stay as they were. */
export async function recordResult(
  source: Source,
  inspectionId: string,
  revision: number,
  scored: { scores: CriterionScore[]; comments: ScoreComment[]; result: ScoreResult },
  scoredBy: string,
  at: Date,
): Promise<void> {
  const sql = sqlIn(source)
  const { result } = scored
  await sql.query(
    `insert into qa_inspection_result (tenant_id, inspection_id, revision, scores, comments, points, percent,
                                       is_fatal_failed, scored_by, scored_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      sql.tenantId,
      inspectionId,
      revision,
      JSON.stringify(scored.scores),
      JSON.stringify(scored.comments),
      result.points,
      result.percent,
      result.isFatalFailed,
      scoredBy,
      at,
    ],
  )
  await sql.query(
    `update qa_inspection set status = 'SUBMITTED', revision = $3, points = $4, percent = $5, is_fatal_failed = $6,
            submitted_at = coalesce(submitted_at, $7)
      where tenant_id = $1 and id = $2`,
    [sql.tenantId, inspectionId, revision, result.points, result.percent, result.isFatalFailed, at],
  )
}

export async function createAppeal(
  source: Source,
  id: string,
  inspectionId: string,
  reason: string,
  at: Date,
) {
  const sql = sqlIn(source)
  await sql.query(
    `insert into qa_appeal (id, tenant_id, inspection_id, reason, created_at) values ($1, $2, $3, $4, $5)`,
    [id, sql.tenantId, inspectionId, reason, at],
  )
}

export async function resolveAppeal(
  source: Source,
  inspectionId: string,
  status: 'ACCEPTED' | 'REJECTED',
  resolution: string,
  resolvedBy: string,
  at: Date,
): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(
    `update qa_appeal set status = $3, resolution = $4, resolved_by = $5, resolved_at = $6
      where tenant_id = $1 and inspection_id = $2`,
    [sql.tenantId, inspectionId, status, resolution, resolvedBy, at],
  )
}

// ── the QA report ────────────────────────────────────────────────────────────────────────────────────

export type QaReportDimension = 'AGENT' | 'GROUP' | 'CRITERION' | 'DAY' | 'WEEK' | 'MONTH'

export interface QaReportConditions {
  reach: CallReach | null
  from: Date
  to: Date
  scorecardId: string | null
  timeZone: string
}

export interface QaReportRow {
  key: string
  label: string
  inspections: number
  averagePercent: number | null
  fatalFailures: number
  appeals: number
}

/**
 * Submitted inspections in [from, to) (by submission time), grouped. A percentage is each inspection's
 * current result; the average is the plain mean over inspections. By GROUP an inspection counts in each
 * agent group its agent belongs to. By CRITERION the average is the criterion's points over its maximum
 * (a failed fatal item counts 0 for that item), and fatal failures count that item's failures.
 */
export async function qaReport(
  source: Source,
  conditions: QaReportConditions,
  dimension: QaReportDimension,
): Promise<QaReportRow[]> {
  const sql = sqlIn(source)
  const params: unknown[] = [sql.tenantId, conditions.from, conditions.to]
  const clauses = [
    `q.tenant_id = $1`,
    `q.status = 'SUBMITTED'`,
    `q.submitted_at >= $2`,
    `q.submitted_at < $3`,
  ]
  if (conditions.reach) {
    params.push(conditions.reach.agentIds)
    clauses.push(`q.agent_id = any($${params.length}::uuid[])`)
  }
  if (conditions.scorecardId) {
    params.push(conditions.scorecardId)
    clauses.push(`q.scorecard_id = $${params.length}`)
  }
  const where = clauses.join(' and ')
  const perInspection = `count(*)::int as inspections, round(avg(q.percent), 2)::float8 as "averagePercent",
    count(*) filter (where q.is_fatal_failed)::int as "fatalFailures", count(a.id)::int as appeals`
  const from = `from qa_inspection q left join qa_appeal a on a.inspection_id = q.id`
  let query: string
  switch (dimension) {
    case 'AGENT':
      query = `select q.agent_id::text as key, coalesce(u.name, '') as label, ${perInspection}
        ${from} left join app_user u on u.id = q.agent_id where ${where}
        group by q.agent_id, u.name order by label, key`
      break
    case 'GROUP':
      query = `select g.id::text as key, g.name as label, ${perInspection}
        ${from} join agent_group_member m on m.user_id = q.agent_id join agent_group g on g.id = m.group_id
        where ${where} group by g.id, g.name order by label, key`
      break
    case 'DAY':
    case 'WEEK':
    case 'MONTH': {
      params.push(conditions.timeZone)
      const bucket = `date_trunc('${dimension.toLowerCase()}', q.submitted_at at time zone $${params.length})`
      query = `select to_char(${bucket}, 'YYYY-MM-DD') as key, to_char(${bucket}, 'YYYY-MM-DD') as label,
        ${perInspection} ${from} where ${where} group by ${bucket} order by key`
      break
    }
    case 'CRITERION':
      // Each score of the current result, with its criterion's name and maximum from the version used.
      query = `with scored as (
          select q.id, (score->>'criterionId') as criterion_id, (score->>'points')::int as points,
                 (score->>'isFailed')::boolean as failed, a.id as appeal_id,
                 criterion->>'name' as name, (criterion->>'maxPoints')::int as max_points,
                 q.scorecard_version as version
          ${from}
          join qa_inspection_result r on r.inspection_id = q.id and r.revision = q.revision
          join qa_scorecard_version v on v.scorecard_id = q.scorecard_id and v.version = q.scorecard_version
          cross join lateral jsonb_array_elements(r.scores) score
          cross join lateral jsonb_array_elements(v.definition->'sections') section
          cross join lateral jsonb_array_elements(section->'criteria') criterion
          where ${where} and criterion->>'id' = score->>'criterionId')
        select criterion_id as key, (array_agg(name order by version desc))[1] as label,
               count(*)::int as inspections,
               round(avg(case when max_points = 0 then case when failed then 0 else 100 end
                              when failed then 0 else points * 100.0 / max_points end), 2)::float8
                 as "averagePercent",
               count(*) filter (where failed)::int as "fatalFailures", count(appeal_id)::int as appeals
        from scored group by criterion_id order by label, key`
      break
  }
  return sql.query<QaReportRow>(query, params)
}
