// What supervisors watch (X3, G3): the statuses of the agents they may see and the queues of the
// skill groups they may see, now and as they change. Visibility is the organisation's A11 policy.
import type { Clock } from '../../common/clock.js'
import type { FilterQuery } from '@mikro-orm/core'
import type { Database, EntityManager } from '../../db/database.js'
import { Fanout } from '../../graphql/fanout.js'
import { kept, prepended } from '../../graphql/iterators.js'
import { shared, sharedSubset } from '../../graphql/shared-execution.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { ForbiddenError, NotFoundError } from '../../common/errors.js'
import { validatePage, type Page, type PageInput } from '../../graphql/pagination.js'
import { knownId } from '../organization/ids.js'
import type { AgentStatusChange, QueueState } from './acd.types.js'
import { AgentStatus, StatusCause } from './presence.js'
import type { AgentStateEvent, PresenceService } from './presence.service.js'
import { stateOf } from './presence.service.js'
import { queueCountsOf, skillGroupsOfMembers, statusLogPage } from './board.store.js'
import { presencesOf } from './presence.store.js'

export const QUEUE_CHANGED = 'acd.queue-changed'

export interface QueueChanged {
  tenantId: string
  skillGroupId: string
}

/** How long a queue's changes are gathered before its fresh state goes to the supervisors watching it. */
export const QUEUE_COALESCE_MS = 200

/** A tenant's skill groups whose queues changed during one coalescing interval, fresh. */
interface TenantQueueStates {
  tenantId: string
  states: readonly QueueState[]
}

/** Whom supervisors with the same rights see, and the one filter their subscriptions share. */
interface Audience {
  /** Users decided on: seen or not. Users added since are decided at their first change. */
  visible: Map<string, boolean>
  accept: (event: AgentStateEvent) => boolean
  subscriptions: number
}

export class AcdBoardService {
  /** Status changes by tenant, for supervisors. */
  private readonly tenantStates: Fanout<AgentStateEvent>
  /** Status changes by agent, for their own workstation. */
  private readonly ownStates: Fanout<AgentStateEvent>
  /** Supervisors' audiences by tenant and AccessPolicy.userAudienceKey. */
  private readonly audiences = new Map<string, Promise<Audience>>()
  /** Queue states by tenant, each read once per change on this instance, whoever watches. */
  private readonly queues: Fanout<TenantQueueStates>

  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
  ) {
    this.tenantStates = new Fanout(
      (signal) => presence.subscribe(signal),
      (event) => event.tenantId,
    )
    this.ownStates = new Fanout(
      (signal) => presence.subscribe(signal),
      (event) => ownKey(event),
    )
    this.queues = new Fanout(
      (signal) => this.changedQueues(signal),
      (change) => change.tenantId,
    )
  }

  stop(): void {
    for (const fanout of [this.tenantStates, this.ownStates, this.queues]) fanout.stop()
  }

  /** Visible agents with their status; agents never signed in are OFFLINE. */
  async agentStates(viewer: Viewer): Promise<AgentStateEvent[]> {
    assertSupervisor(viewer)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const users = await em.find(User, policy.userFilter() as never, {
        orderBy: { name: 'asc' },
        limit: 2000,
      })
      const ids = users.filter((user) => user.agentNumber).map((user) => user.id)
      const byUser = new Map((await presencesOf(em, ids)).map((presence) => [presence.userId, presence]))
      return ids.map(
        (id) =>
          (byUser.get(id) && stateOf(byUser.get(id)!, null)) ?? {
            tenantId: viewer.tenantId,
            userId: id,
            status: AgentStatus.OFFLINE,
            reasonId: null,
            since: this.clock.now(),
            cause: StatusCause.SIGNED_OUT,
            notice: null,
            offer: null,
            call: null,
            afterCallWorkCallId: null,
            isAwaitingSummary: false,
            answeringMode: null,
            phoneKind: null,
          },
      )
    })
  }

  async queueStates(viewer: Viewer, skillGroupIds?: readonly string[]): Promise<QueueState[]> {
    assertSupervisor(viewer)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const filter = skillGroupIds
        ? { $and: [policy.skillGroupFilter(), { id: { $in: [...skillGroupIds] } }] }
        : policy.skillGroupFilter()
      return this.statesOf(em, filter as FilterQuery<SkillGroup>)
    })
  }

  private async statesOf(em: EntityManager, filter: FilterQuery<SkillGroup>): Promise<QueueState[]> {
    const groups = await em.find(SkillGroup, filter as never, { orderBy: { name: 'asc' } })
    if (groups.length === 0) return []
    const counts = await queueCountsOf(
      em,
      groups.map((group) => group.id),
    )
    const now = this.clock.now().getTime()
    return groups.map((group) => {
      const queue = counts.get(group.id)
      return {
        skillGroupId: group.id,
        name: group.name,
        waiting: queue?.waiting ?? 0,
        offering: queue?.offering ?? 0,
        callbacks: queue?.callbacks ?? 0,
        longestWaitSeconds: queue?.oldestWaitingSince
          ? Math.max(0, Math.floor((now - queue.oldestWaitingSince.getTime()) / 1000))
          : 0,
        idleAgents: queue?.idleAgents ?? 0,
      }
    })
  }

  /** An agent's status changes, newest first: the agent's own, or those of agents a supervisor sees. */
  async statusHistory(
    viewer: Viewer,
    agentId: string,
    pageInput?: PageInput,
  ): Promise<Page<AgentStatusChange>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const agent = await em.findOne(User, { $and: [{ id: knownId(agentId, 'Agent') }, policy.userFilter()] })
      if (!agent) throw new NotFoundError('Agent')
      if (agent.id !== viewer.userId) assertSupervisor(viewer)
      const { entries, totalCount } = await statusLogPage(em, agent.id, page.limit, page.offset)
      return { items: entries, totalCount, ...page }
    })
  }

  /** The viewer's own status changes (G3): offers included. */
  myStates(viewer: Viewer, signal?: AbortSignal): AsyncIterableIterator<AgentStateEvent> {
    return this.ownStates.watch(ownKey(viewer), undefined, signal)
  }

  /** Status changes of the agents the supervisor may see (checked against the policy at subscribe time). */
  async watchedStates(viewer: Viewer, signal?: AbortSignal): Promise<AsyncIterableIterator<AgentStateEvent>> {
    assertSupervisor(viewer)
    // Watching starts at once, so no change made while the viewer's rights are read is lost; the tenant's
    // changes are held meanwhile, then sorted out with the rights.
    const early = this.tenantStates.watch(viewer.tenantId, undefined, signal)
    let policy: AccessPolicy
    let key: string
    let audience: Audience
    try {
      policy = await this.db.inTenant(viewer.tenantId, (em) => AccessPolicy.load(em, viewer))
      key = `${viewer.tenantId}/${policy.userAudienceKey}`
      audience = await this.audienceOf(key, viewer.tenantId, policy)
    } catch (error) {
      early.close()
      throw error
    }
    audience.subscriptions++
    const later = this.tenantStates.watch(viewer.tenantId, audience.accept, signal)
    const held = early.close()
    const isSeen = async (userId: string) => {
      // Added since the audience was read.
      const user = await this.db.inTenant(viewer.tenantId, (em) => em.findOne(User, { id: userId }))
      audience.visible.set(userId, user !== null && policy.canSee(user))
      return audience.visible.get(userId)!
    }
    const release = async () => {
      if (--audience.subscriptions === 0 && (await this.audiences.get(key)) === audience)
        this.audiences.delete(key)
    }
    // Not an async generator: each change passes here once per supervisor.
    return kept(
      prepended(() => held, later),
      (event) => audience.visible.get(event.userId) ?? isSeen(event.userId),
      boardViewOf,
      () => void release(),
    )
  }

  /**
   * Whom the supervisors with the same rights see, decided for every user of the tenant at once, in one
   * query, and shared by their subscriptions: a lookup per agent at first sight made a thousand
   * supervisors opening their boards cost a thousand times as many queries as the tenant has agents.
   */
  private audienceOf(key: string, tenantId: string, policy: AccessPolicy): Promise<Audience> {
    const known = this.audiences.get(key)
    if (known) return known
    const audience = this.db.inTenant(tenantId, async (em) => {
      const users = await em.find(User, {}, { fields: ['id', 'organization', 'deletedAt'] })
      const visible = new Map(users.map((user) => [user.id, policy.canSee(user)]))
      return {
        visible,
        accept: (event: AgentStateEvent) => visible.get(event.userId) !== false,
        subscriptions: 0,
      }
    })
    this.audiences.set(key, audience)
    audience.catch(() => this.audiences.delete(key))
    return audience
  }

  /**
   * Queue changes of the skill groups the supervisor may see, as fresh queue states: a caller joining or
   * leaving, and an agent becoming or ceasing to be IDLE (the groups' idle counts), so the queue cards
   * change with the same status change the agent table shows. The groups changed within one
   * QUEUE_COALESCE_MS come as one batch: one message per interval rather than one per skill group.
   */
  watchedQueues(viewer: Viewer, signal?: AbortSignal): AsyncIterableIterator<readonly QueueState[]> {
    assertSupervisor(viewer)
    const visible = new Map<string, boolean>()
    // Watching starts at once; changes wait in the watch until the groups the viewer sees are read.
    const changes = this.queues.watch(
      viewer.tenantId,
      (change) => change.states.some((state) => visible.get(state.skillGroupId) !== false),
      signal,
    )
    const policy = this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const all = await em.find(SkillGroup, {}, { fields: ['id'] })
      const seen = await em.find(SkillGroup, policy.skillGroupFilter() as never, { fields: ['id'] })
      for (const group of all) visible.set(group.id, false)
      for (const group of seen) visible.set(group.id, true)
      return policy
    })
    // Its failure reaches the subscriber through `prepended` below; this only keeps it from counting as unhandled.
    policy.catch(() => undefined)
    const isSeen = (states: readonly QueueState[]) =>
      states.some(({ skillGroupId }) => visible.get(skillGroupId))
    // Groups created since the subscription started.
    const lookUp = async (states: readonly QueueState[]) => {
      for (const { skillGroupId } of states) {
        if (visible.has(skillGroupId)) continue
        const filter = { $and: [(await policy).skillGroupFilter(), { id: skillGroupId }] }
        const count = await this.db.inTenant(viewer.tenantId, (em) => em.count(SkillGroup, filter as never))
        visible.set(skillGroupId, count > 0)
      }
      return isSeen(states)
    }
    // Not an async generator: each batch passes here once per supervisor, and it can be pushed (iterators.ts).
    return kept(
      prepended(async () => {
        await policy
        return []
      }, changes),
      ({ states }) =>
        states.every(({ skillGroupId }) => visible.has(skillGroupId)) ? isSeen(states) : lookUp(states),
      ({ states }) => sharedSubset(states, (state) => visible.get(state.skillGroupId) === true),
      () => undefined,
    )
  }

  /**
   * Every tenant's changed queues, read once for every supervisor watching on this instance, and at
   * most once per QUEUE_COALESCE_MS: a busy center changes a queue's idle count hundreds of times a
   * second, more than anyone reads off a card, and each change would go to every supervisor.
   */
  private async *changedQueues(signal: AbortSignal): AsyncGenerator<TenantQueueStates> {
    const pending = new Map<string, { skillGroupIds: Set<string>; agentIds: Set<string> }>()
    let wake: (() => void) | undefined
    const collecting = (async () => {
      for await (const { tenantId, skillGroupIds, agentIds } of merged(
        this.queueChanges(signal),
        this.idleChanges(signal),
      )) {
        const changed = pending.get(tenantId) ?? { skillGroupIds: new Set(), agentIds: new Set() }
        for (const id of skillGroupIds) changed.skillGroupIds.add(id)
        for (const id of agentIds) changed.agentIds.add(id)
        pending.set(tenantId, changed)
        wake?.()
      }
      wake?.()
    })()
    while (!signal.aborted) {
      if (pending.size === 0) await new Promise<void>((resolve) => (wake = resolve))
      wake = undefined
      await new Promise((resolve) => setTimeout(resolve, QUEUE_COALESCE_MS))
      const changed = [...pending]
      pending.clear()
      for (const [tenantId, { skillGroupIds, agentIds }] of changed) {
        const states = await this.db.inTenant(tenantId, async (em) => {
          // The agents' skill groups are read here, once per interval for all the agents whose IDLE
          // changed in it: read per change, they were hundreds of queries a second on a busy center.
          const ids = new Set(skillGroupIds)
          if (agentIds.size > 0) for (const id of await skillGroupsOfMembers(em, [...agentIds])) ids.add(id)
          return ids.size > 0 ? this.statesOf(em, { id: { $in: [...ids] } }) : []
        })
        if (states.length > 0) yield { tenantId, states: shared(states) }
      }
    }
    await collecting
  }

  private async *queueChanges(signal: AbortSignal): AsyncGenerator<QueueChangeSet> {
    for await (const change of this.pubsub.subscribe<QueueChanged>(QUEUE_CHANGED, signal))
      yield { tenantId: change.tenantId, skillGroupIds: [change.skillGroupId], agentIds: [] }
  }

  /** The agents who became IDLE or stopped being IDLE: their skill groups' idle counts changed. */
  private async *idleChanges(signal: AbortSignal): AsyncGenerator<QueueChangeSet> {
    for await (const event of this.presence.subscribe(signal)) {
      if (event.previousStatus === undefined) continue
      const isIdleChange = (event.status === AgentStatus.IDLE) !== (event.previousStatus === AgentStatus.IDLE)
      if (isIdleChange) yield { tenantId: event.tenantId, skillGroupIds: [], agentIds: [event.userId] }
    }
  }
}

/** Queues changed: their skill groups', or those of agents whose IDLE changed. */
interface QueueChangeSet {
  tenantId: string
  skillGroupIds: string[]
  agentIds: string[]
}

const ownKey = (agent: { tenantId: string; userId: string }) => `${agent.tenantId}/${agent.userId}`

const boardViews = new WeakMap<AgentStateEvent, AgentStateEvent>()

/** What supervisors are shown of a status change (never the call offered): one object for all of them. */
function boardViewOf(event: AgentStateEvent): AgentStateEvent {
  // Stored once per event (it passes here once per supervisor: the lookup is the common case).
  let view = boardViews.get(event)
  if (!view) {
    view = shared({ ...event, offer: null })
    boardViews.set(event, view)
  }
  return view
}

/** Yields whatever any source yields, as it comes; ends once every source has ended. */
export async function* merged<T>(...sources: AsyncIterator<T>[]): AsyncGenerator<T> {
  const pending = new Map<number, Promise<{ index: number; result: IteratorResult<T> }>>()
  const pull = (index: number) =>
    pending.set(
      index,
      sources[index]!.next().then((result) => ({ index, result })),
    )
  sources.forEach((_, index) => pull(index))
  try {
    while (pending.size > 0) {
      const { index, result } = await Promise.race(pending.values())
      if (result.done) {
        pending.delete(index)
        continue
      }
      pull(index)
      yield result.value
    }
  } finally {
    // A source waiting for its next event ends once that comes; nobody need wait for it here.
    for (const source of sources) void source.return?.().catch(() => undefined)
  }
}

function assertSupervisor(viewer: Viewer): void {
  if (!hasRoleAtLeast(viewer.role, Role.GROUP_LEADER))
    throw new ForbiddenError('Only group leaders and administrators watch agents and queues.')
}
