// The SQL of the satisfaction records and report (A9): every survey with its outcome and its call, in
// keyset pages; and the answers, answered calls and post-call surveys summed by period and agent or skill
// group in the tenant's time zone. Whose calls: the call records' reach (reachSql), so the two never disagree.
import { sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
// A type only: post-call-survey.store imports this file to record scores.
import type { SurveyOutcome } from '../acd/post-call-survey.store.js'
import type { CallReach } from '../organization/access-policy.js'
import { reachSql } from '../call-records/call-records.store.js'
import { MAX_SURVEY_SCALE, MIN_SURVEY_SCALE } from '../acd/survey-scale.js'
import type { SurveyLabel } from '../acd/settings.entity.js'

type Source = EntityManager | TenantSql

export interface SatisfactionConditions {
  reach: CallReach | null
  /** Answers given at or after / before (records); calls started at or after / before (report). */
  from?: Date | null
  to?: Date | null
  agentId?: string | null
  skillGroupId?: string | null
  /** A scored survey must have one of these scores (and the others are left out unless `outcomes` names them). */
  scores?: number[] | null
  /** Only surveys that ended so (records). */
  outcomes?: SurveyOutcome[] | null
}

export interface SatisfactionRecordRow {
  callId: string
  answeredAt: Date
  outcome: SurveyOutcome
  score: number | null
  /** The scale the score was given on; null without a score. */
  scale: number | null
  /** That scale's labels as the caller was asked (null without a score, or for an old answer of unknown labels). */
  labels: SurveyLabel[] | null
  callStartedAt: Date
  direction: 'INBOUND' | 'OUTBOUND'
  callerNumber: string | null
  calleeNumber: string | null
  agentId: string | null
  agentName: string | null
  skillGroupId: string | null
  skillGroupName: string | null
}

export interface SatisfactionCursor {
  answeredAt: Date
  callId: string
}

function whereOf(
  tenantId: string,
  conditions: SatisfactionConditions,
  timeColumn: string,
): { where: string; params: unknown[] } {
  const params: unknown[] = [tenantId]
  const clauses = ['c.tenant_id = $1']
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value)
    clauses.push(clause(`$${params.length}`))
  }
  if (conditions.reach) clauses.push(reachSql(conditions.reach, params))
  if (conditions.from) add((n) => `${timeColumn} >= ${n}`, conditions.from)
  if (conditions.to) add((n) => `${timeColumn} < ${n}`, conditions.to)
  if (conditions.agentId) add((n) => `c.agent_id = ${n}`, conditions.agentId)
  if (conditions.skillGroupId) add((n) => `c.skill_group_id = ${n}`, conditions.skillGroupId)
  if (conditions.outcomes?.length) add((n) => `s.outcome = any(${n}::text[])`, conditions.outcomes)
  if (conditions.scores?.length)
    add(
      (n) =>
        conditions.outcomes?.length
          ? `(s.outcome <> 'SCORED' or s.score = any(${n}::int[]))`
          : `s.score = any(${n}::int[])`,
      conditions.scores,
    )
  return { where: clauses.join(' and '), params }
}

/**
 * Every survey of a call with how it ended: the answers (satisfaction_score, from the IVR's survey or the
 * post-call one) and the post-call surveys that ended without one (post_call_survey: no key, hung up).
 * A post-call survey that scored is in both tables; its answer stands for it.
 */
const SURVEYS = `(select call_id, tenant_id, score, scale, labels, at, 'SCORED' as outcome from satisfaction_score
   union all
   select call_id, tenant_id, null, null, null, at, outcome from post_call_survey where outcome <> 'SCORED')`

/** Surveys after `after` (none: the newest), newest first. */
export async function satisfactionRecordsAfter(
  source: Source,
  conditions: SatisfactionConditions,
  after: SatisfactionCursor | null,
  limit: number,
): Promise<SatisfactionRecordRow[]> {
  const sql = sqlIn(source)
  const { where, params } = whereOf(sql.tenantId, conditions, 's.at')
  let keyset = ''
  if (after) {
    params.push(after.answeredAt, after.callId)
    keyset = ` and (s.at, s.call_id) < ($${params.length - 1}, $${params.length}::uuid)`
  }
  const rows = await sql.query<
    Omit<SatisfactionRecordRow, 'answeredAt' | 'callStartedAt'> & {
      answeredAt: Date | string
      callStartedAt: Date | string
    }
  >(
    `select s.call_id as "callId", s.at as "answeredAt", s.outcome, s.score, s.scale, s.labels, c.started_at as "callStartedAt",
            c.direction, c.caller_number as "callerNumber", c.callee_number as "calleeNumber",
            c.agent_id as "agentId", u.name as "agentName", c.skill_group_id as "skillGroupId",
            g.name as "skillGroupName"
       from ${SURVEYS} s
       join call_record c on c.id = s.call_id and c.tenant_id = s.tenant_id
       left join app_user u on u.id = c.agent_id
       left join skill_group g on g.id = c.skill_group_id
      where s.tenant_id = $1 and ${where}${keyset}
      order by s.at desc, s.call_id desc limit ${Number(limit)}`,
    params,
  )
  return rows.map((row) => ({
    ...row,
    answeredAt: new Date(row.answeredAt),
    callStartedAt: new Date(row.callStartedAt),
  }))
}

export async function countSatisfactionRecords(
  source: Source,
  conditions: SatisfactionConditions,
): Promise<number> {
  const sql = sqlIn(source)
  const { where, params } = whereOf(sql.tenantId, conditions, 's.at')
  const [row] = await sql.query<{ total: number }>(
    `select count(*)::int as total from ${SURVEYS} s
       join call_record c on c.id = s.call_id and c.tenant_id = s.tenant_id
      where s.tenant_id = $1 and ${where}`,
    params,
  )
  return row!.total
}

export type ReportPeriod = 'day' | 'week' | 'month'
export type ReportDimension = 'agent' | 'skillGroup' | 'none'

/** One period × agent (or skill group) of the report, as summed in SQL. */
export interface SatisfactionTally {
  periodStart: Date
  key: string | null
  name: string | null
  /** Answers by the scale they were given on: the count of each score, 1 to the scale, in that order. */
  scoreCountsByScale: Map<number, number[]>
  /** Each scale's labels as the newest of those answers was given with (absent: none known). */
  labelsByScale: Map<number, SurveyLabel[]>
  /** Inbound calls an agent answered: the response rate's denominator. */
  answeredCalls: number
  /** Of those, the ones with an answer: its numerator. */
  answeredResponses: number
  /** Post-call surveys offered (A5), and how they ended. */
  surveysOffered: number
  surveysScored: number
  surveysNoAnswer: number
  surveysAbandoned: number
}

const KEY: Record<ReportDimension, { key: string; name: string }> = {
  agent: { key: 'c.agent_id', name: 'u.name' },
  skillGroup: { key: 'c.skill_group_id', name: 'g.name' },
  none: { key: 'null::uuid', name: 'null::text' },
}

const SCALES = Array.from({ length: MAX_SURVEY_SCALE - MIN_SURVEY_SCALE + 1 }, (_, i) => MIN_SURVEY_SCALE + i)

/** For each scale a company may choose, the answers on it with each score, as an array column `scale<N>`. */
const SCORE_COUNTS = SCALES.map((scale) => {
  const counts = Array.from(
    { length: scale },
    (_, i) => `count(*) filter (where s.scale = ${scale} and s.score = ${i + 1})`,
  )
  const labels = `(array_agg(s.labels order by s.at desc) filter (where s.scale = ${scale} and s.labels is not null))[1]`
  return `array[${counts.join(', ')}]::int[] as "scale${scale}", ${labels} as "labels${scale}"`
}).join(',\n            ')

/**
 * The report's sums over calls started in the period (bucketed by the start in `timeZone`): the survey
 * answers of those calls by score, the inbound calls an agent answered, how many of those have an
 * answer, and the post-call surveys offered by outcome. Only calls that are answered inbound calls, have
 * an answer or had a post-call survey are read.
 */
export async function satisfactionTallies(
  source: Source,
  conditions: SatisfactionConditions & { from: Date; to: Date },
  period: ReportPeriod,
  dimension: ReportDimension,
  timeZone: string,
): Promise<SatisfactionTally[]> {
  const sql = sqlIn(source)
  const { where, params } = whereOf(sql.tenantId, { ...conditions, scores: null }, 'c.started_at')
  params.push(period, timeZone)
  const [unit, zone] = [`$${params.length - 1}`, `$${params.length}`]
  const { key, name } = KEY[dimension]
  const answered = `c.direction = 'INBOUND' and c.answered_at is not null`
  const rows = await sql.query<{
    periodStart: Date | string
    key: string | null
    name: string | null
    [scaleColumn: `scale${number}`]: number[]
    [labelsColumn: `labels${number}`]: SurveyLabel[] | null
    answeredCalls: number
    answeredResponses: number
    surveysOffered: number
    surveysScored: number
    surveysNoAnswer: number
    surveysAbandoned: number
  }>(
    `select (date_trunc(${unit}, c.started_at at time zone ${zone}) at time zone ${zone}) as "periodStart",
            ${key} as key, ${name} as name,
            ${SCORE_COUNTS},
            count(*) filter (where ${answered})::int as "answeredCalls",
            count(s.score) filter (where ${answered})::int as "answeredResponses",
            count(p.outcome)::int as "surveysOffered",
            count(*) filter (where p.outcome = 'SCORED')::int as "surveysScored",
            count(*) filter (where p.outcome = 'NO_ANSWER')::int as "surveysNoAnswer",
            count(*) filter (where p.outcome = 'ABANDONED')::int as "surveysAbandoned"
       from call_record c
       left join satisfaction_score s on s.call_id = c.id and s.tenant_id = c.tenant_id
       left join post_call_survey p on p.call_id = c.id and p.tenant_id = c.tenant_id
       left join app_user u on u.id = c.agent_id
       left join skill_group g on g.id = c.skill_group_id
      where ${where} and ((${answered}) or s.score is not null or p.outcome is not null)
      group by 1, 2, 3
      order by 1, 3 nulls last, 2`,
    params,
  )
  return rows.map((row) => ({
    periodStart: new Date(row.periodStart),
    key: row.key,
    name: row.name,
    scoreCountsByScale: new Map(SCALES.map((scale) => [scale, row[`scale${scale}`] ?? []])),
    labelsByScale: new Map(
      SCALES.flatMap((scale) => {
        const labels = row[`labels${scale}`]
        return labels ? [[scale, labels] as const] : []
      }),
    ),
    answeredCalls: row.answeredCalls,
    answeredResponses: row.answeredResponses,
    surveysOffered: row.surveysOffered,
    surveysScored: row.surveysScored,
    surveysNoAnswer: row.surveysNoAnswer,
    surveysAbandoned: row.surveysAbandoned,
  }))
}

/** A survey answer: the score, the scale it was given on and that scale's labels as the caller was asked. */
export interface SurveyAnswer {
  score: number
  scale: number
  labels: readonly SurveyLabel[]
}

/**
 * Keeps a caller's survey answer with the scale it was given on (1 to `scale`) and its labels, from the IVR's
 * survey or the post-call one: the one place the satisfaction records and report read. The labels are kept
 * because the company may rename or replace its scale later; the answer keeps the words it was given with.
 * A second answer replaces the first.
 */
export async function recordSatisfactionScore(
  em: EntityManager,
  answer: SurveyAnswer & { tenantId: string; callId: string; at: Date },
): Promise<void> {
  await em.execute(
    `insert into satisfaction_score (call_id, tenant_id, score, scale, labels, at) values (?, ?, ?, ?, ?::jsonb, ?)
     on conflict (call_id) do update
       set score = excluded.score, scale = excluded.scale, labels = excluded.labels, at = excluded.at`,
    [answer.callId, answer.tenantId, answer.score, answer.scale, JSON.stringify(answer.labels), answer.at],
  )
}
