// The call records (A9) for administrators and group leaders: the searchable list in keyset pages, one
// call in detail, and the same list as a file. What a viewer sees is AccessPolicy.callReach (A11): the
// list, the detail, the recording route and the export all ask it.
import { scoresFilterSchema } from '../acd/survey-scale.js'
import { z } from 'zod'
import { ForbiddenError, NotFoundError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import { decodeKeyset, encodeKeyset } from '../../graphql/keyset-cursor.js'
import { callFilterFields, withOrderedRange, type TimelineSource } from '../calls/calls.service.js'
import { RECORDING_PATH } from '../calls/my-calls.service.js'
import { CallRecord } from '../calls/call-record.entity.js'
import type { CallEvent } from '../calls/calls.types.js'
import { Customer } from '../customers/customer.entity.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy, isCallInReach, type CallReach } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { visibleTaskId } from '../outbound/outbound.service.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import {
  callFactsOf,
  callRecordRow,
  callRecordsAfter,
  countCallRecords,
  type CallRecordConditions,
  type CallRecordCursor,
  type CallRecordRow,
} from './call-records.store.js'
import {
  CallOutcome,
  NumberMatch,
  type CallRecordDetails,
  type CallRecordRowView,
} from './call-records.types.js'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100
/** The count stops here: beyond it "more than 10,000" is all a person needs, and counting on costs a scan. */
export const COUNT_CAP = 10_000
/** Rows an export reads per query. */
const EXPORT_BATCH = 1000

const filterSchema = withOrderedRange(
  z.object({
    from: callFilterFields.from,
    to: callFilterFields.to,
    number: callFilterFields.number,
    numberMatch: z.enum(NumberMatch).nullish(),
    customerId: z.string().nullish(),
    agentId: z.string().nullish(),
    skillGroupId: z.string().nullish(),
    direction: callFilterFields.direction,
    outcome: z.enum(CallOutcome).nullish(),
    minTalkSeconds: z.number().int().min(0, 'must not be negative').nullish(),
    maxTalkSeconds: z.number().int().min(0, 'must not be negative').nullish(),
    satisfactionScores: scoresFilterSchema,
    hasRecording: z.boolean().nullish(),
    taskId: z.string().nullish(),
  }),
).refine(
  (filter) =>
    typeof filter.minTalkSeconds !== 'number' ||
    typeof filter.maxTalkSeconds !== 'number' ||
    filter.minTalkSeconds <= filter.maxTalkSeconds,
  { ...problem('END_NOT_AFTER_START', 'must not be below minTalkSeconds'), path: ['maxTalkSeconds'] },
)

export type CallRecordFilterInput = z.input<typeof filterSchema>

export function assertSupervisor(viewer: Viewer): void {
  if (!hasRoleAtLeast(viewer.role, Role.GROUP_LEADER))
    throw new ForbiddenError('Only group leaders and administrators see the call records.')
}

/** The customer's side of the call: who called in, or whom the agent called. */
export function customerNumberOf(row: Pick<CallRecordRow, 'direction' | 'callerNumber' | 'calleeNumber'>) {
  return row.direction === 'INBOUND' ? row.callerNumber : row.calleeNumber
}

function viewOf(row: CallRecordRow): CallRecordRowView {
  return { ...row, customerNumber: customerNumberOf(row) } as CallRecordRowView
}

/**
 * The viewer's reach over calls, and the agent and skill group a filter names, checked to be the viewer's
 * to see: another tenant's or another organisation's agent or group does not exist here.
 */
export async function visibleScope(
  em: EntityManager,
  viewer: Viewer,
  filter: { agentId?: string | null; skillGroupId?: string | null },
  reachOf: (policy: AccessPolicy) => Promise<CallReach | null> = (policy) => policy.callReach(em),
): Promise<{
  policy: AccessPolicy
  reach: CallReach | null
  agentId: string | null
  skillGroupId: string | null
}> {
  const scope = await visibleScopeOfMany(
    em,
    viewer,
    {
      agentIds: filter.agentId ? [filter.agentId] : null,
      skillGroupIds: filter.skillGroupId ? [filter.skillGroupId] : null,
    },
    reachOf,
  )
  return { ...scope, agentId: scope.agentIds[0] ?? null, skillGroupId: scope.skillGroupIds[0] ?? null }
}

/** visibleScope for filters naming several agents and skill groups (empty lists: no filter). */
export async function visibleScopeOfMany(
  em: EntityManager,
  viewer: Viewer,
  filter: { agentIds?: readonly string[] | null; skillGroupIds?: readonly string[] | null },
  reachOf: (policy: AccessPolicy) => Promise<CallReach | null> = (policy) => policy.callReach(em),
): Promise<{ policy: AccessPolicy; reach: CallReach | null; agentIds: string[]; skillGroupIds: string[] }> {
  const policy = await AccessPolicy.load(em, viewer)
  const reach = await reachOf(policy)
  const agentIds = [...new Set((filter.agentIds ?? []).map((id) => knownId(id, 'Agent')))]
  const isAgentVisible = reach
    ? agentIds.every((id) => reach.agentIds.includes(id))
    : (await em.count(User, { id: { $in: agentIds } })) === agentIds.length
  if (!isAgentVisible) throw new NotFoundError('Agent')
  const skillGroupIds = [...new Set((filter.skillGroupIds ?? []).map((id) => knownId(id, 'Skill group')))]
  if (
    skillGroupIds.length > 0 &&
    (await em.count(SkillGroup, {
      $and: [{ id: { $in: skillGroupIds } }, policy.skillGroupFilter()],
    } as never)) !== skillGroupIds.length
  )
    throw new NotFoundError('Skill group')
  return { policy, reach, agentIds, skillGroupIds }
}

/** A call's queue facts (call_fact) as timeline events: queue visits, offers, holds, transfers (X2). */
export const queueTimeline: TimelineSource = async (em, callId): Promise<CallEvent[]> =>
  (await callFactsOf(em, callId)).map((fact) => ({
    at: fact.at,
    event: fact.kind,
    legId: null,
    detail: null,
    agentName: fact.agentName,
    skillGroupName: fact.skillGroupName,
    outcome: fact.outcome,
    seconds: fact.durationMs === null ? null : Math.round(fact.durationMs / 1000),
  }))

export class CallRecordsService {
  constructor(private readonly db: Database) {}

  async search(
    viewer: Viewer,
    filterInput: CallRecordFilterInput = {},
    after?: string | null,
    limit?: number | null,
  ): Promise<{ items: CallRecordRowView[]; nextCursor: string | null }> {
    assertSupervisor(viewer)
    const position = after ? decodeKeyset(after) : null
    const cursor = position && { startedAt: position.at, id: position.id }
    const size = Math.min(Math.max(limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await callRecordConditions(em, viewer, filterInput)
      // One more than asked tells whether another page follows.
      const rows = await callRecordsAfter(em, conditions, cursor, size + 1)
      const page = rows.slice(0, size)
      const last = page[page.length - 1]
      return {
        items: page.map(viewOf),
        nextCursor: rows.length > size && last ? encodeKeyset({ at: last.startedAt, id: last.id }) : null,
      }
    })
  }

  async count(
    viewer: Viewer,
    filterInput: CallRecordFilterInput = {},
  ): Promise<{ count: number; isCapped: boolean }> {
    assertSupervisor(viewer)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await callRecordConditions(em, viewer, filterInput)
      const count = await countCallRecords(em, conditions, COUNT_CAP + 1)
      return { count: Math.min(count, COUNT_CAP), isCapped: count > COUNT_CAP }
    })
  }

  /** One call the viewer sees, with its record for the timeline; any other is not found. */
  async details(viewer: Viewer, id: string): Promise<CallRecordDetails> {
    assertSupervisor(viewer)
    const callId = knownId(id, 'Call record')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const row = await callRecordRow(em, { reach: await policy.callReach(em) }, callId)
      if (!row) throw new NotFoundError('Call record')
      const call = await em.findOneOrFail(CallRecord, { id: callId }, { populate: ['timeline'] })
      return {
        id: row.id,
        row: viewOf(row),
        call,
        // The route asks the same reach again before it sends a byte.
        recordingUrl: row.hasRecording ? `${RECORDING_PATH}/${row.id}` : null,
      }
    })
  }

  /**
   * The list as a file: its row count, the tenant's time zone, and the rows in batches, each read in a
   * short transaction of its own (keyset), so a slow download holds no transaction open.
   */
  async exportRows(
    viewer: Viewer,
    filterInput: CallRecordFilterInput,
  ): Promise<{ total: number; timeZone: string; batches: AsyncIterable<CallRecordRowView[]> }> {
    assertSupervisor(viewer)
    const { conditions, total, timeZone } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await callRecordConditions(em, viewer, filterInput)
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId }, { fields: ['timeZone'] })
      return {
        conditions,
        total: await countCallRecords(em, conditions, Number.MAX_SAFE_INTEGER),
        timeZone: tenant.timeZone,
      }
    })
    const db = this.db
    async function* batches(): AsyncIterable<CallRecordRowView[]> {
      let after: CallRecordCursor | null = null
      for (;;) {
        const rows: CallRecordRow[] = await db.inTenant(viewer.tenantId, (em) =>
          callRecordsAfter(em, conditions, after, EXPORT_BATCH),
        )
        if (rows.length) yield rows.map(viewOf)
        if (rows.length < EXPORT_BATCH) return
        after = rows[rows.length - 1]!
      }
    }
    return { total, timeZone, batches: batches() }
  }

  /** Whether the viewer sees the call (its recording route asks this for supervisors). */
  async isVisible(
    em: EntityManager,
    viewer: Viewer,
    call: Pick<CallRecord, 'agentId' | 'skillGroupId' | 'direction'>,
  ) {
    return isCallInReach(await (await AccessPolicy.load(em, viewer)).callReach(em), call)
  }
}

/**
 * The filter checked, and the agent, skill group and customer it names checked to be the viewer's to see;
 * `reachOf` says whose calls (the call records' own reach unless told: sampling for inspection asks
 * AccessPolicy.inspectionReach).
 */
export async function callRecordConditions(
  em: EntityManager,
  viewer: Viewer,
  filterInput: CallRecordFilterInput,
  reachOf?: (policy: AccessPolicy) => Promise<CallReach | null>,
): Promise<CallRecordConditions> {
  const filter = validateInput(filterSchema, filterInput)
  const { policy, reach, agentId, skillGroupId } = await visibleScope(em, viewer, filter, reachOf)
  const customerId = filter.customerId ? knownId(filter.customerId, 'Customer') : null
  if (
    customerId &&
    !(await em.count(Customer, { id: customerId, organization: { $in: policy.customerOrganizations() } }))
  )
    throw new NotFoundError('Customer')
  return {
    reach,
    from: filter.from,
    to: filter.to,
    number: filter.number
      ? { digits: filter.number, isSuffix: filter.numberMatch !== NumberMatch.EXACT }
      : null,
    customerId,
    agentId,
    skillGroupId,
    direction: filter.direction,
    outcome: filter.outcome,
    minTalkSeconds: filter.minTalkSeconds,
    maxTalkSeconds: filter.maxTalkSeconds,
    scores: filter.satisfactionScores,
    hasRecording: filter.hasRecording,
    taskId: filter.taskId ? await visibleTaskId(em, viewer, filter.taskId) : null,
  }
}
