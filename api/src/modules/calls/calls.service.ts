// Call records for the consoles: filtered, paginated, always inside the viewer's tenant.
import type { FilterQuery } from '@mikro-orm/core'
import { z } from 'zod'
import { NotFoundError, ValidationError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { PubSub } from '../../graphql/pubsub.js'
import type { NodeHealth } from '../../telephony/cluster/health.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy, callReachFilter } from '../organization/access-policy.js'
import { CallRecord } from './call-record.entity.js'
import { countCalls } from './calls.store.js'
import type { CallCounts, CallEvent, CallLeg, CallRecordFilter } from './calls.types.js'

export const SWITCH_NODE_HEALTH = 'telephony.switch-node-health'

/** The conditions both call lists share (the consoles' and the agent's own). */
export const callFilterFields = {
  from: z.date().nullish(),
  to: z.date().nullish(),
  direction: z.enum(['INBOUND', 'OUTBOUND']).nullish(),
  answered: z.boolean().nullish(),
  number: z
    .string()
    .trim()
    .refine(
      (number) => /^[0-9*#+]{1,32}$/.test(number),
      problem('INVALID_NUMBER_FILTER', 'must be 1 to 32 digits'),
    )
    .nullish(),
}

/** A filter's `to` must come after its `from` when both are given. */
export function withOrderedRange<T extends { from?: Date | null; to?: Date | null }>(schema: z.ZodType<T>) {
  return schema.refine((filter) => !filter.from || !filter.to || filter.from < filter.to, {
    ...problem('END_NOT_AFTER_START', 'must be later than from'),
    path: ['to'],
  })
}

const filterSchema = withOrderedRange(
  z.object({ ...callFilterFields, agentId: z.string().uuid('is not a valid ID').nullish() }),
)

/** At most a year at once: the counts read every call of the period. */
const MAX_COUNT_SPAN_MS = 366 * 24 * 3600_000

const countRangeSchema = withOrderedRange(
  z.object({ from: z.date({ message: 'is required' }), to: z.date().nullish() }),
)

/** Time, direction and number conditions as an ORM filter on call records. */
export function callConditions(filter: {
  from?: Date | null
  to?: Date | null
  direction?: string | null
  number?: string | null
}): Record<string, unknown> {
  const where: Record<string, unknown> = {}
  if (filter.from || filter.to) {
    where.startedAt = {
      ...(filter.from ? { $gte: filter.from } : {}),
      ...(filter.to ? { $lt: filter.to } : {}),
    }
  }
  if (filter.direction) where.direction = filter.direction
  if (filter.number) {
    const like = `%${filter.number}%`
    where.$or = [
      { callerNumber: { $like: like } },
      { calleeNumber: { $like: like } },
      { dialledNumber: { $like: like } },
    ]
  }
  return where
}

/** Events of a call that other modules keep (the IVR's steps), for its timeline. */
export type TimelineSource = (em: EntityManager, callId: string) => Promise<CallEvent[]>

/** What the cluster lets the consoles see of it; absent when the API runs without telephony. */
export interface SwitchNodeSource {
  health(): NodeHealth[]
}

export class CallsService {
  private readonly timelineSources: TimelineSource[] = []

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly nodes: SwitchNodeSource | undefined,
  ) {}

  async list(
    viewer: Viewer,
    filterInput?: CallRecordFilter,
    pageInput?: PageInput,
  ): Promise<Page<CallRecord>> {
    const filter = validateInput(filterSchema, filterInput ?? {})
    const page = validatePage(pageInput)
    const where = callConditions(filter)
    if (filter.answered !== undefined && filter.answered !== null) {
      where.answeredAt = filter.answered ? { $ne: null } : null
    }
    if (filter.agentId) where.agentId = filter.agentId
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const reach = await (await AccessPolicy.load(em, viewer)).callReach(em)
      // Another tenant's or organisation's agent does not exist here: say so rather than list nothing.
      const isAgentKnown = async (id: string) =>
        reach ? reach.agentIds.includes(id) : (await em.count(User, { id })) > 0
      if (filter.agentId && !(await isAgentKnown(filter.agentId))) throw new NotFoundError('Agent')
      const visible = { $and: [where, callReachFilter(reach)] } as FilterQuery<CallRecord>
      const [items, totalCount] = await em.findAndCount(CallRecord, visible, {
        orderBy: { startedAt: 'desc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      })
      return { items, totalCount, ...page }
    })
  }

  /** Calls started in [from, to) by outcome, for the dashboard (to: now when omitted). */
  async counts(viewer: Viewer, input: { from: Date; to?: Date | null }): Promise<CallCounts> {
    const range = validateInput(countRangeSchema, input)
    const to = range.to ?? new Date()
    if (to.getTime() - range.from.getTime() > MAX_COUNT_SPAN_MS)
      throw new ValidationError([
        {
          field: 'from',
          code: 'RANGE_TOO_LONG',
          params: { days: 366 },
          message: 'must be at most 366 days before to',
        },
      ])
    return this.db.inTenant(viewer.tenantId, async (em) =>
      countCalls(em, await (await AccessPolicy.load(em, viewer)).callReach(em), range.from, to),
    )
  }

  async get(viewer: Viewer, id: string): Promise<CallRecord> {
    if (!z.string().uuid().safeParse(id).success) throw new NotFoundError('Call record')
    const record = await this.db.inTenant(viewer.tenantId, async (em) => {
      const reach = await (await AccessPolicy.load(em, viewer)).callReach(em)
      return em.findOne(CallRecord, { $and: [{ id }, callReachFilter(reach)] }, { populate: ['timeline'] })
    })
    if (!record) throw new NotFoundError('Call record')
    return record
  }

  async timeline(viewer: Viewer, record: CallRecord): Promise<CallEvent[]> {
    let entries = record.timeline
    if (!Array.isArray(entries)) {
      const loaded = await this.get(viewer, record.id)
      entries = loaded.timeline
    }
    const events: CallEvent[] = entries.map((entry) => ({
      at: new Date(entry.t),
      event: entry.e,
      legId: record.legs[entry.l]?.uuid ?? null,
      detail: entry.d ?? null,
    }))
    if (this.timelineSources.length === 0) return events
    // One after another: the sources share the transaction's one connection, which runs one query at a time.
    const more = await this.db.inTenant(viewer.tenantId, async (em) => {
      const entries: CallEvent[] = []
      for (const source of this.timelineSources) entries.push(...(await source(em, record.id)))
      return entries
    })
    // Stable: at equal times the switch's events stay before the steps they caused.
    return [...events, ...more].sort((a, b) => a.at.getTime() - b.at.getTime())
  }

  /** Other modules' steps of a call (the IVR's menus and keys) merged into its timeline. */
  addTimelineSource(source: TimelineSource): void {
    this.timelineSources.push(source)
  }

  legs(record: CallRecord): CallLeg[] {
    return record.legs.map((leg) => ({
      id: leg.uuid,
      role: leg.role,
      callerNumber: leg.callerNumber,
      destinationNumber: leg.destinationNumber,
      createdAt: new Date(leg.createdAt),
      answeredAt: leg.answeredAt === null ? null : new Date(leg.answeredAt),
      endedAt: leg.endedAt === null ? null : new Date(leg.endedAt),
      hangupCause: leg.hangupCause,
    }))
  }

  switchNodes(): NodeHealth[] {
    return this.nodes?.health() ?? []
  }

  switchNodeUpdates(): AsyncIterableIterator<NodeHealth> {
    return this.pubsub.subscribe<NodeHealth>(SWITCH_NODE_HEALTH)
  }
}
