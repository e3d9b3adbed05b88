// The SQL of the post-call survey (A5): whether a skill group has it (and records), and each survey's outcome.
import type { EntityManager, TenantSql } from '../../db/database.js'
import { recordSatisfactionScore, type SurveyAnswer } from '../satisfaction/satisfaction.store.js'

export enum SurveyOutcome {
  SCORED = 'SCORED',
  NO_ANSWER = 'NO_ANSWER',
  ABANDONED = 'ABANDONED',
}

/** How the call's post-call survey ended, or null when it had none. */
export async function surveyOutcomeOf(sql: TenantSql, callId: string): Promise<SurveyOutcome | null> {
  const [survey] = await sql.query<{ outcome: SurveyOutcome }>(
    'select outcome from post_call_survey where tenant_id = $1 and call_id = $2',
    [sql.tenantId, callId],
  )
  return survey?.outcome ?? null
}

/** What a skill group does with its answered calls besides bridging them: the survey (A5) and recording. */
export interface GroupCallHandling {
  isPostCallSurveyEnabled: boolean
  isRecordingEnabled: boolean
}

export async function groupCallHandling(sql: TenantSql, skillGroupId: string): Promise<GroupCallHandling> {
  const [group] = await sql.query<GroupCallHandling>(
    `select is_post_call_survey_enabled as "isPostCallSurveyEnabled", is_recording_enabled as "isRecordingEnabled"
     from skill_group where tenant_id = $1 and id = $2`,
    [sql.tenantId, skillGroupId],
  )
  // A group deleted while its caller waited: no survey, and the company's choice to record stands.
  return group ?? { isPostCallSurveyEnabled: false, isRecordingEnabled: true }
}

/** Keeps how the survey ended; a score also goes where the satisfaction records and report read. */
export async function recordSurveyOutcome(
  em: EntityManager,
  survey: {
    tenantId: string
    callId: string
    outcome: SurveyOutcome
    /** The score with the scale it was given on and its labels (A5), or null without one. */
    answer: SurveyAnswer | null
    at: Date
  },
): Promise<void> {
  const { answer } = survey
  await em.execute(
    `insert into post_call_survey (call_id, tenant_id, outcome, score, scale, at) values (?, ?, ?, ?, ?, ?)
     on conflict (call_id) do update
       set outcome = excluded.outcome, score = excluded.score, scale = excluded.scale, at = excluded.at`,
    [survey.callId, survey.tenantId, survey.outcome, answer?.score ?? null, answer?.scale ?? null, survey.at],
  )
  if (answer) await recordSatisfactionScore(em, { ...survey, ...answer })
}
