// What each call did in its IVR (A7): stored per step, keyed by the call's ID, and shown in the call's
// timeline next to the switch's events (which flow version, which menu, which key, which action); and the
// caller's answer to the satisfaction survey. The SQL for both, so their columns stop here.
import type { Clock } from '../../common/clock.js'
import type { Database, EntityManager } from '../../db/database.js'
import { recordSatisfactionScore, type SurveyAnswer } from '../satisfaction/satisfaction.store.js'
import type { SurveyLabel } from '../acd/settings.entity.js'

export type IvrStepKind = 'IVR_ENTER' | 'IVR_MENU' | 'IVR_KEY' | 'IVR_NO_KEY' | 'IVR_SURVEY' | 'IVR_EXIT'

export interface IvrStep {
  callId: string
  kind: IvrStepKind
  flowId: string | null
  flowVersion: number | null
  menuId: string | null
  key: string | null
  action: string | null
  detail: string | null
}

/** A timeline entry as the calls module shows it. */
export interface TimelineEntry {
  at: Date
  event: string
  legId: string | null
  detail: string | null
}

/** The detail of the call's last IVR_MENU step: the menu the caller is in (the runner records each menu before playing its prompt). */
export async function lastMenuOf(em: EntityManager, callId: string): Promise<string | null> {
  const [step] = await em.execute<Array<{ detail: string | null }>>(
    `select detail from ivr_step where call_id = ? and kind = 'IVR_MENU' order by at desc, id desc limit 1`,
    [callId],
  )
  return step?.detail ?? null
}

export class IvrSteps {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async record(tenantId: string, step: IvrStep): Promise<void> {
    await this.db.inTenant(tenantId, (em) =>
      em.execute(
        `insert into ivr_step (tenant_id, call_id, at, kind, flow_id, flow_version, menu_id, key, action, detail)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          tenantId,
          step.callId,
          this.clock.now(),
          step.kind,
          step.flowId,
          step.flowVersion,
          step.menuId,
          step.key,
          step.action,
          step.detail,
        ],
      ),
    )
  }

  /** Keeps the caller's answer to the satisfaction survey on its scale; a second answer replaces the first. */
  async recordSatisfactionScore(tenantId: string, callId: string, answer: SurveyAnswer): Promise<void> {
    await this.db.inTenant(tenantId, (em) =>
      recordSatisfactionScore(em, { tenantId, callId, ...answer, at: this.clock.now() }),
    )
  }

  /**
   * The caller's answer to the satisfaction survey with the scale it was given on and the score's label as
   * the caller was asked (null when unknown), or null without an answer.
   */
  async satisfactionAnswer(
    tenantId: string,
    callId: string,
  ): Promise<{ score: number; scale: number; label: SurveyLabel | null } | null> {
    const [row] = await this.db.inTenant(tenantId, (em) =>
      em.execute<Array<{ score: number; scale: number; label: SurveyLabel | null }>>(
        'select score, scale, labels -> (score - 1) as label from satisfaction_score where call_id = ?',
        [callId],
      ),
    )
    return row ?? null
  }

  /** The call's IVR steps as timeline entries, e.g. `IVR_KEY` with detail `v3 menu sales key 2 → SKILL_GROUP`. */
  async timelineOf(em: EntityManager, callId: string): Promise<TimelineEntry[]> {
    const rows = await em.execute<
      Array<{
        at: Date
        kind: string
        flow_version: number | null
        menu_id: string | null
        key: string | null
        action: string | null
        detail: string | null
      }>
    >(
      'select at, kind, flow_version, menu_id, key, action, detail from ivr_step where call_id = ? order by at, id',
      [callId],
    )
    return rows.map((row) => ({
      at: new Date(row.at),
      event: row.kind,
      legId: callId,
      detail:
        [
          row.flow_version === null ? null : `v${row.flow_version}`,
          row.menu_id === null ? null : `menu ${row.menu_id}`,
          row.key === null ? null : `key ${row.key}`,
          row.action === null ? null : `→ ${row.action}`,
          row.detail,
        ]
          .filter((part) => part !== null && part !== '')
          .join(' ') || null,
    }))
  }
}
