// Quality inspection (A10): scorecards (administrators publish versions), who inspects (administrators and
// group leaders within the calls they see, members an administrator made QA inspectors within their
// organisation: AccessPolicy.inspectionReach), sampling, scoring, the agent's appeal and its resolution,
// and the QA report. Every change is in the audit log, in the transaction that makes it.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditChange, AuditService } from '../audit/audit.service.js'
import { callRecordConditions, type CallRecordFilterInput } from '../call-records/call-records.service.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy, UserAction, type CallReach } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import {
  createAppeal,
  createInspections,
  currentScorecards,
  drawSample,
  inspectionRow,
  isQaInspector,
  qaInspectorIds,
  isScorecardNameTaken,
  lockCallsForInspection,
  lockInspection,
  pageOfInspections,
  publishVersion,
  qaReport,
  recordResult,
  resolveAppeal,
  resultsOf,
  scorecardAt,
  setQaInspector,
  type AppealStatus,
  type InspectionRow,
  type InspectionStatus,
  type QaReportDimension,
  type SampleDraw,
  type ScorecardRow,
} from './quality.store.js'
import type { QaInspection, QaInspectionDetails, QaReportRow, QaScorecard } from './quality.types.js'
import { QaSampleSkipReason } from './quality.types.js'
import { inspectionView, reportRowView, scorecardView } from './quality.views.js'
import { checkDefinition, scoreInspection, type ScorecardInput, type ScoresInput } from './scorecard.js'

/** Calls one sampling creates at most: a week's worth for a team, not a tenant's history by mistake. */
export const MAX_SAMPLE = 500
export const MAX_REASON_LENGTH = 1000

export type SampleMode = 'FILTER' | 'PERCENT' | 'PER_AGENT_WEEK'

const sampleSchema = z
  .object({
    scorecardId: z.string(),
    mode: z.enum(['FILTER', 'PERCENT', 'PER_AGENT_WEEK']),
    percent: z.number().gt(0, 'must be above 0').max(100, 'must be at most 100').nullish(),
    perAgentPerWeek: z.number().int('must be a whole number').min(1, 'must be at least 1').max(100).nullish(),
    seed: z.string().trim().max(100, 'must be at most 100 characters').nullish(),
    limit: z
      .number()
      .int()
      .min(1, 'must be at least 1')
      .max(MAX_SAMPLE, `must be at most ${MAX_SAMPLE}`)
      .nullish(),
    isDryRun: z.boolean().nullish(),
  })
  .refine((input) => input.mode !== 'PERCENT' || typeof input.percent === 'number', {
    ...problem('NO_SAMPLE_SIZE', 'is required for PERCENT sampling'),
    path: ['percent'],
  })
  .refine((input) => input.mode !== 'PER_AGENT_WEEK' || typeof input.perAgentPerWeek === 'number', {
    ...problem('NO_SAMPLE_SIZE', 'is required for PER_AGENT_WEEK sampling'),
    path: ['perAgentPerWeek'],
  })

export type SampleInput = z.input<typeof sampleSchema>

const reasonSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(MAX_REASON_LENGTH, `must be at most ${MAX_REASON_LENGTH} characters`),
})

const reportSchema = z
  .object({
    from: z.date(),
    to: z.date(),
    scorecardId: z.string().nullish(),
    groupBy: z.enum(['AGENT', 'GROUP', 'CRITERION', 'DAY', 'WEEK', 'MONTH']),
  })
  .refine((input) => input.from < input.to, {
    ...problem('END_NOT_AFTER_START', 'must be later than from'),
    path: ['to'],
  })

export type QaReportInput = z.input<typeof reportSchema>

export interface SampleOutcome {
  seed: string
  callIds: string[]
  /** The inspections created; none on a dry run. */
  inspectionIds: string[]
  /** The calls picked that got none, and why. */
  skipped: Array<{ callId: string; reason: QaSampleSkipReason }>
}

export class QualityService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ── scorecards ─────────────────────────────────────────────────────────────────────────────────────

  /** Scorecards at their current version, for whoever inspects. */
  async scorecards(viewer: Viewer): Promise<QaScorecard[]> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      await this.inspectorReach(em, viewer)
      return (await currentScorecards(em)).map(scorecardView)
    })
  }

  /** One scorecard, at a version (the current one when omitted). */
  async scorecard(viewer: Viewer, id: string, version?: number | null): Promise<QaScorecard> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      await this.inspectorReach(em, viewer)
      return scorecardView(await this.findScorecard(em, id, version ?? null))
    })
  }

  createScorecard(viewer: Viewer, input: ScorecardInput): Promise<QaScorecard> {
    return this.publish(viewer, null, input)
  }

  /** A new version; inspections keep the version they were given. */
  updateScorecard(viewer: Viewer, id: string, input: ScorecardInput): Promise<QaScorecard> {
    return this.publish(viewer, id, input)
  }

  private async publish(viewer: Viewer, id: string | null, input: ScorecardInput): Promise<QaScorecard> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      if (!(await AccessPolicy.load(em, viewer)).isAdmin)
        throw new ForbiddenError('Only administrators define scorecards.')
      const previous = id ? await this.findScorecard(em, id, null) : null
      const { name, definition, maxPoints } = checkDefinition(input, previous?.definition ?? null)
      if (await isScorecardNameTaken(em, name, previous?.id ?? null))
        throw new ValidationError([{ field: 'name', code: 'SCORECARD_NAME_TAKEN', message: 'is taken' }])
      const card = {
        id: previous?.id ?? randomUUID(),
        name,
        version: (previous?.version ?? 0) + 1,
        definition,
        maxPoints,
      }
      await publishVersion(em, card, viewer.apiKeyId ? null : viewer.userId, this.clock.now())
      await this.record(em, viewer, {
        action: previous ? 'QA_SCORECARD_VERSION_PUBLISHED' : 'QA_SCORECARD_CREATED',
        entityType: 'QA_SCORECARD',
        entityId: card.id,
        before: previous && { name: previous.name, version: previous.version },
        after: { name, version: card.version, maxPoints },
      })
      return scorecardView(await this.findScorecard(em, card.id, card.version))
    })
  }

  private async findScorecard(em: EntityManager, id: string, version: number | null): Promise<ScorecardRow> {
    const card = await scorecardAt(em, knownId(id, 'Scorecard'), version)
    if (!card) throw new NotFoundError('Scorecard')
    return card
  }

  // ── inspectors ─────────────────────────────────────────────────────────────────────────────────────

  /** An administrator makes a member they manage a QA inspector, or takes the capability back. */
  async setQaInspector(viewer: Viewer, userId: string, isInspector: boolean): Promise<boolean> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      if (!policy.isAdmin) throw new ForbiddenError('Only administrators grant the QA inspector capability.')
      const user = await em.findOne(User, { id: knownId(userId, 'Agent') })
      if (!user) throw new NotFoundError('Agent')
      policy.assertCanManage(user, UserAction.ASSIGN)
      const was = await isQaInspector(em, user.id)
      if (was !== isInspector) {
        await setQaInspector(
          em,
          user.id,
          isInspector,
          viewer.apiKeyId ? null : viewer.userId,
          this.clock.now(),
        )
        await this.record(em, viewer, {
          action: isInspector ? 'QA_INSPECTOR_GRANTED' : 'QA_INSPECTOR_REVOKED',
          entityType: 'USER',
          entityId: user.id,
          organization: user.organization,
          before: { isQaInspector: was },
          after: { isQaInspector: isInspector },
        })
      }
      return isInspector
    })
  }

  /** The QA inspectors among the members the administrator manages, for the agents page's switch. */
  async qaInspectorIds(viewer: Viewer): Promise<string[]> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      if (!policy.isAdmin)
        throw new ForbiddenError('Only administrators see who holds the QA inspector capability.')
      const ids = await qaInspectorIds(em)
      if (!ids.length) return []
      const users = await em.find(User, { $and: [{ id: { $in: ids } }, policy.userFilter()] })
      return users.filter((user) => policy.canManage(user, UserAction.ASSIGN)).map((user) => user.id)
    })
  }

  async isQaInspector(viewer: Viewer): Promise<boolean> {
    if (viewer.apiKeyId) return false
    return this.db.inTenant(viewer.tenantId, (em) => isQaInspector(em, viewer.userId))
  }

  /** Whose calls the viewer inspects; refuses anyone who does not inspect. */
  private async inspectorReach(em: EntityManager, viewer: Viewer): Promise<CallReach | null> {
    const policy = await AccessPolicy.load(em, viewer)
    return policy.inspectionReach(em, !viewer.apiKeyId && (await isQaInspector(em, viewer.userId)))
  }

  // ── sampling ───────────────────────────────────────────────────────────────────────────────────────

  /**
   * Picks calls the viewer may inspect that no inspection has yet, and (unless a dry run) creates a pending
   * inspection of each, assigned to the viewer, with the scorecard's current version. The same seed over
   * the same calls picks the same ones; without a seed one is made up and returned.
   */
  async sample(
    viewer: Viewer,
    filterInput: CallRecordFilterInput,
    input: SampleInput,
  ): Promise<SampleOutcome> {
    const request = validateInput(sampleSchema, input)
    const seed = request.seed || randomUUID()
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const reach = await this.inspectorReach(em, viewer)
      if (viewer.apiKeyId) throw new ForbiddenError('Inspections are assigned to signed-in inspectors.')
      const conditions = await callRecordConditions(em, viewer, filterInput, async () => reach)
      const card = await this.findScorecard(em, request.scorecardId, null)
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      const draw: SampleDraw =
        request.mode === 'PERCENT'
          ? { kind: 'PERCENT', percent: request.percent! }
          : request.mode === 'PER_AGENT_WEEK'
            ? { kind: 'PER_AGENT_WEEK', perAgentPerWeek: request.perAgentPerWeek!, timeZone: tenant.timeZone }
            : { kind: 'FILTER' }
      const calls = await drawSample(em, conditions, draw, seed, request.limit ?? MAX_SAMPLE)
      const callIds = calls.map((call) => call.id)
      if (request.isDryRun) return { seed, callIds, inspectionIds: [], skipped: [] }
      // A recording the retention job removed after the draw leaves nothing to inspect: that call is
      // skipped and said so, the others are inspected (refusing them all would lose the whole draw).
      const removed = new Set(await lockCallsForInspection(em, callIds))
      const inspected = calls.filter((call) => !removed.has(call.id))
      const inspectionIds = await createInspections(
        em,
        inspected,
        {
          inspectorId: viewer.userId,
          scorecardId: card.id,
          version: card.version,
          maxPoints: card.maxPoints,
          seed: request.mode === 'FILTER' ? null : seed,
        },
        inspected.map(() => randomUUID()),
        this.clock.now(),
      )
      const skipped = [...removed].map((callId) => ({ callId, reason: QaSampleSkipReason.RECORDING_REMOVED }))
      await this.record(em, viewer, {
        action: 'QA_CALLS_SAMPLED',
        entityType: 'QA_INSPECTION',
        entityId: null,
        after: { mode: request.mode, seed, scorecardId: card.id, inspectionIds, skipped },
      })
      return { seed, callIds, inspectionIds, skipped }
    })
  }

  // ── inspections ────────────────────────────────────────────────────────────────────────────────────

  /** Inspections of the agents whose calls the viewer inspects; `mine`: those assigned to the viewer. */
  async inspections(
    viewer: Viewer,
    filter: {
      status?: InspectionStatus | null
      appealStatus?: AppealStatus | null
      agentId?: string | null
      isMine?: boolean | null
    },
    pageInput?: PageInput,
  ): Promise<Page<QaInspection>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const reach = await this.inspectorReach(em, viewer)
      const agentId = filter.agentId ? knownId(filter.agentId, 'Agent') : null
      if (agentId && !(reach ? reach.agentIds.includes(agentId) : await em.count(User, { id: agentId })))
        throw new NotFoundError('Agent')
      const { rows, total } = await pageOfInspections(
        em,
        {
          reach,
          agentId,
          status: filter.status,
          appealStatus: filter.appealStatus,
          inspectorId: filter.isMine ? viewer.userId : null,
        },
        page.offset,
        page.limit,
      )
      return { items: rows.map(inspectionView), totalCount: total, ...page }
    })
  }

  /** The viewer's own submitted inspections (the agent's view in the workstation). */
  async myInspections(viewer: Viewer, pageInput?: PageInput): Promise<Page<QaInspection>> {
    const page = validatePage(pageInput)
    if (viewer.apiKeyId) return { items: [], totalCount: 0, ...page }
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { rows, total } = await pageOfInspections(
        em,
        { reach: null, ownAgentId: viewer.userId },
        page.offset,
        page.limit,
      )
      return { items: rows.map(inspectionView), totalCount: total, ...page }
    })
  }

  /** One inspection with its scorecard version and results, for its inspectors or its agent (once submitted). */
  async inspection(viewer: Viewer, id: string): Promise<QaInspectionDetails> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const row = await this.findVisible(em, viewer, id)
      return this.details(em, row)
    })
  }

  /** The assigned inspector (or an administrator in reach) scores a pending inspection. */
  async submit(viewer: Viewer, id: string, input: ScoresInput): Promise<QaInspectionDetails> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const row = await this.findForInspector(em, viewer, id)
      if (row.status !== 'PENDING')
        throw new ConflictError('INSPECTION_NOT_PENDING', 'The inspection is already submitted.')
      const card = await this.findScorecard(em, row.scorecardId, row.scorecardVersion)
      const scored = scoreInspection(card.definition, input)
      await recordResult(em, row.id, 1, scored, viewer.userId, this.clock.now())
      await this.recordInspection(em, viewer, 'QA_INSPECTION_SUBMITTED', row, null, { ...scored.result })
      return this.details(em, await this.reload(em, row.id))
    })
  }

  /** The agent appeals their own submitted inspection, once. */
  async appeal(viewer: Viewer, id: string, reason: string): Promise<QaInspectionDetails> {
    const text = validateInput(reasonSchema, { reason }).reason
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const inspectionId = knownId(id, 'Inspection')
      if (viewer.apiKeyId) throw new NotFoundError('Inspection')
      await lockInspection(em, inspectionId)
      const row = await inspectionRow(em, { reach: null, ownAgentId: viewer.userId }, inspectionId)
      if (!row) throw new NotFoundError('Inspection')
      if (row.appealId) throw new ConflictError('APPEAL_ALREADY_MADE', 'The inspection was already appealed.')
      if (row.appealDeadline && this.clock.now() > row.appealDeadline)
        throw new ConflictError(
          'APPEAL_WINDOW_CLOSED',
          `The appeal window ended at ${row.appealDeadline.toISOString()}; the inspection is final.`,
        )
      await createAppeal(em, randomUUID(), row.id, text, this.clock.now())
      await this.recordInspection(em, viewer, 'QA_INSPECTION_APPEALED', row, null, { reason: text })
      return this.details(em, await this.reload(em, row.id))
    })
  }

  /**
   * The inspector, or an administrator in reach, answers a pending appeal: accepted with new scores (a
   * revised result; the first one stays readable) or rejected with the reason why.
   */
  async resolveAppeal(
    viewer: Viewer,
    id: string,
    decision: { isAccepted: boolean; resolution: string; scores?: ScoresInput | null },
  ): Promise<QaInspectionDetails> {
    const resolution = validateInput(reasonSchema, { reason: decision.resolution }).reason
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const row = await this.findForInspector(em, viewer, id)
      if (row.appealStatus !== 'PENDING')
        throw new ConflictError('APPEAL_NOT_PENDING', 'There is no pending appeal of this inspection.')
      const now = this.clock.now()
      if (decision.isAccepted) {
        if (!decision.scores)
          throw new ValidationError([
            { field: 'scores', code: 'REQUIRED', message: 'are required to accept' },
          ])
        const card = await this.findScorecard(em, row.scorecardId, row.scorecardVersion)
        const scored = scoreInspection(card.definition, decision.scores)
        await recordResult(em, row.id, row.revision + 1, scored, viewer.userId, now)
        await resolveAppeal(em, row.id, 'ACCEPTED', resolution, viewer.userId, now)
        await this.recordInspection(em, viewer, 'QA_APPEAL_ACCEPTED', row, resultOfRow(row), {
          ...scored.result,
          resolution,
        })
      } else {
        await resolveAppeal(em, row.id, 'REJECTED', resolution, viewer.userId, now)
        await this.recordInspection(em, viewer, 'QA_APPEAL_REJECTED', row, null, { resolution })
      }
      return this.details(em, await this.reload(em, row.id))
    })
  }

  /** Inspectors see inspections in their reach; the agent sees their own once submitted; others: not found. */
  private async findVisible(em: EntityManager, viewer: Viewer, id: string): Promise<InspectionRow> {
    const inspectionId = knownId(id, 'Inspection')
    const own =
      !viewer.apiKeyId && (await inspectionRow(em, { reach: null, ownAgentId: viewer.userId }, inspectionId))
    if (own) return own
    const reach = await this.inspectorReach(em, viewer).catch((error: unknown) => {
      if (error instanceof ForbiddenError) throw new NotFoundError('Inspection')
      throw error
    })
    const row = await inspectionRow(em, { reach }, inspectionId)
    if (!row) throw new NotFoundError('Inspection')
    return row
  }

  /** The inspection, locked, for its assigned inspector or an administrator who reaches its agent. */
  private async findForInspector(em: EntityManager, viewer: Viewer, id: string): Promise<InspectionRow> {
    const inspectionId = knownId(id, 'Inspection')
    const reach = await this.inspectorReach(em, viewer)
    await lockInspection(em, inspectionId)
    const row = await inspectionRow(em, { reach }, inspectionId)
    if (!row) throw new NotFoundError('Inspection')
    const isAssigned = !viewer.apiKeyId && row.inspectorId === viewer.userId
    if (!isAssigned && !(await AccessPolicy.load(em, viewer)).isAdmin)
      throw new ForbiddenError('Only the assigned inspector or an administrator scores this inspection.')
    return row
  }

  private async reload(em: EntityManager, id: string): Promise<InspectionRow> {
    return (await inspectionRow(em, { reach: null }, id))!
  }

  private async details(em: EntityManager, row: InspectionRow): Promise<QaInspectionDetails> {
    return {
      inspection: inspectionView(row),
      scorecard: scorecardView(await this.findScorecard(em, row.scorecardId, row.scorecardVersion)),
      results: await resultsOf(em, row.id),
    }
  }

  // ── the QA report ──────────────────────────────────────────────────────────────────────────────────

  async report(viewer: Viewer, input: QaReportInput): Promise<{ rows: QaReportRow[]; timeZone: string }> {
    const request = validateInput(reportSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const reach = await this.inspectorReach(em, viewer)
      const scorecardId = request.scorecardId
        ? (await this.findScorecard(em, request.scorecardId, null)).id
        : null
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      const rows = await qaReport(
        em,
        { reach, from: request.from, to: request.to, scorecardId, timeZone: tenant.timeZone },
        request.groupBy as QaReportDimension,
      )
      return { rows: rows.map(reportRowView), timeZone: tenant.timeZone }
    })
  }

  // ── the audit log ──────────────────────────────────────────────────────────────────────────────────

  private async recordInspection(
    em: EntityManager,
    viewer: Viewer,
    action: string,
    row: InspectionRow,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ): Promise<void> {
    const agent = await em.findOne(User, { id: row.agentId }, { fields: ['organization'] })
    await this.record(em, viewer, {
      action,
      entityType: 'QA_INSPECTION',
      entityId: row.id,
      organization: agent?.organization ?? null,
      before,
      after: { callId: row.callId, agentId: row.agentId, ...after },
    })
  }

  private record(em: EntityManager, viewer: Viewer, change: AuditChange): Promise<void> {
    return this.audit.record(em, viewer, change)
  }
}

function resultOfRow(row: InspectionRow): Record<string, unknown> {
  return {
    points: row.points,
    percent: row.percent,
    isFatalFailed: row.isFatalFailed,
    revision: row.revision,
  }
}
