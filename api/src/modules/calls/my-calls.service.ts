// G8: the signed-in agent's own calls, and who may hear a call's recording.
//
// An agent's calls are those whose record names them (placed, or taken) plus the inbound calls the
// ACD offered them, which the status history logs per offer (OFFERED, then OFFER_ANSWERED when they
// picked up; the detail is the call's ID). The history decides "answered" for routed calls because a
// call offered to several agents in turn names only one of them in its record.
import path from 'node:path'
import { z } from 'zod'
import { NotFoundError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy, isCallInReach } from '../organization/access-policy.js'
import { isQaInspector } from '../quality/quality.store.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { CallRecord } from './call-record.entity.js'
import { callConditions, callFilterFields, withOrderedRange } from './calls.service.js'
import { agentCallConditions, offersTo } from './calls.store.js'
import type { MyCallRecordFilter } from './calls.types.js'
import type { MyCallRecord } from './my-calls.types.js'

/** Whether a supervisor sees a call: the call records' rule (call-records.service.ts), passed in. */
export interface CallVisibility {
  isVisible(
    em: EntityManager,
    viewer: Viewer,
    call: Pick<CallRecord, 'agentId' | 'skillGroupId'>,
  ): Promise<boolean>
}

const filterSchema = withOrderedRange(z.object(callFilterFields))

/** The recording route's path; `recordingUrl` fields point here. */
export const RECORDING_PATH = '/media/recordings'

function isAnsweredBy(userId: string, record: CallRecord, offers: Map<string, boolean>): boolean {
  return offers.get(record.id) ?? (record.agentId === userId && Boolean(record.answeredAt))
}

const secondsBetween = (from: Date, to: Date) =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000))

export class MyCallsService {
  constructor(
    private readonly db: Database,
    private readonly mediaDir: string,
    private readonly supervision: CallVisibility,
  ) {}

  async list(
    viewer: Viewer,
    filterInput?: MyCallRecordFilter,
    pageInput?: PageInput,
  ): Promise<Page<MyCallRecord>> {
    const filter = validateInput(filterSchema, filterInput ?? {})
    const page = validatePage(pageInput)
    const me = viewer.userId
    const { isAnsweredByAgent } = agentCallConditions
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const query = em
        .createQueryBuilder(CallRecord, 'c')
        .where(callConditions(filter))
        .andWhere(agentCallConditions.isAgentsCall, [me, me])
      if (typeof filter.answered === 'boolean')
        query.andWhere(filter.answered ? isAnsweredByAgent : `not ${isAnsweredByAgent}`, [me, me, me])
      const [records, totalCount] = await query
        .orderBy({ startedAt: 'desc', id: 'asc' })
        .offset(page.offset)
        .limit(page.limit)
        .getResultAndCount()
      return { items: await this.describe(em, viewer, records), totalCount, ...page }
    })
  }

  async get(viewer: Viewer, id: string): Promise<MyCallRecord> {
    if (!z.string().uuid().safeParse(id).success) throw new NotFoundError('Call record')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const record = await em.findOne(CallRecord, { id }, { populate: ['timeline'] })
      const offers = await offersTo(em, viewer.userId, [id])
      // Another agent's call is not found, exactly like another tenant's.
      if (!record || (record.agentId !== viewer.userId && !offers.has(id)))
        throw new NotFoundError('Call record')
      const [mine] = await this.describe(em, viewer, [record], offers)
      return mine!
    })
  }

  /**
   * The recording of a call, if the viewer may hear it: the agent who talked on it, or a leader or
   * administrator who sees that agent under the access policy (A11). Undefined otherwise, so the
   * route answers 404 without telling whether the call exists.
   */
  async recordingFor(viewer: Viewer, callId: string): Promise<{ root: string; file: string } | undefined> {
    if (!z.string().uuid().safeParse(callId).success) return undefined
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const record = await em.findOne(CallRecord, { id: callId })
      if (!record?.recordingFile || !(await this.mayHear(em, viewer, record))) return undefined
      return { root: path.join(this.mediaDir, 'recordings', viewer.tenantId), file: record.recordingFile }
    })
  }

  /**
   * The call's own agent, a supervisor who sees the call in the call records (A9, A11), or a QA inspector
   * (A10, an agent-level capability) who may inspect it.
   */
  async mayHear(em: EntityManager, viewer: Viewer, record: CallRecord): Promise<boolean> {
    const offers = await offersTo(em, viewer.userId, [record.id])
    if (!viewer.apiKeyId && isAnsweredBy(viewer.userId, record, offers)) return true
    if (viewer.role === Role.AGENT) {
      if (viewer.apiKeyId || !(await isQaInspector(em, viewer.userId))) return false
      return isCallInReach(await (await AccessPolicy.load(em, viewer)).inspectionReach(em, true), record)
    }
    return this.supervision.isVisible(em, viewer, record)
  }

  private async describe(
    em: EntityManager,
    viewer: Viewer,
    records: CallRecord[],
    offers?: Map<string, boolean>,
  ): Promise<MyCallRecord[]> {
    offers ??= await offersTo(
      em,
      viewer.userId,
      records.map((record) => record.id),
    )
    const groupIds = [...new Set(records.flatMap((record) => record.skillGroupId ?? []))]
    const groups = groupIds.length
      ? await em.find(SkillGroup, { id: { $in: groupIds } }, { fields: ['id', 'name'] })
      : []
    const queueNames = new Map(groups.map((group) => [group.id, group.name]))
    return records.map((record) => {
      const isAnswered = isAnsweredBy(viewer.userId, record, offers!)
      const waitEnd = record.answeredAt ?? record.endedAt
      return {
        id: record.id,
        call: record,
        isAnswered,
        queueName: (record.skillGroupId && queueNames.get(record.skillGroupId)) || null,
        waitSeconds: waitEnd ? secondsBetween(record.startedAt, waitEnd) : null,
        talkSeconds:
          isAnswered && record.answeredAt && record.endedAt
            ? secondsBetween(record.answeredAt, record.endedAt)
            : null,
        recordingUrl: isAnswered && record.recordingFile ? `${RECORDING_PATH}/${record.id}` : null,
      }
    })
  }
}
