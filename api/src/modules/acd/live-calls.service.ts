// A8 live calls: every call in progress the viewer may see (A11), with its stage taken from what the
// platform already knows (the open call record, the queue, the agents' presence, open consultations and
// the hold mark on the agent's leg), live; and supervisors' force hang-up, audited.
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import { Fanout } from '../../graphql/fanout.js'
import { mapped, prepended } from '../../graphql/iterators.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { shared, sharedSubset } from '../../graphql/shared-execution.js'
import { uuidKill } from '../../telephony/control/commands.js'
import type { AuditService } from '../audit/audit.service.js'
import { CallDirection } from '../calls/call-record.entity.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { QUEUE_CHANGED, merged, type QueueChanged } from './board.service.js'
import { HELD_SINCE_VARIABLE } from './call-preconditions.js'
import { callsInAfterCallWork, openCalls, type LiveCallRow } from './live-calls.store.js'
import { LiveCallStage, type LiveCall, type LiveCalls } from './live-calls.types.js'
import type { PresenceService } from './presence.service.js'
import { channelVariable, tryCommand, type SwitchControl } from './switch-control.js'

/** Published when something the live calls show changed that no queue or presence event tells (hold, saved records). */
export const LIVE_CALLS_CHANGED = 'acd.live-calls-changed'

export interface LiveCallsChanged {
  tenantId: string
}

/** A call before names and visibility: what the stage rules decide. */
interface StagedCall {
  callId: string
  direction: CallDirection
  callerNumber: string | null
  dialledNumber: string | null
  stage: LiveCallStage
  startedAt: Date
  stageSince: Date
  skillGroupId: string | null
  agentId: string | null
  /** The live legs on the switch (none in after-call work), to hang up. */
  legs: string[]
  node: string
}

/** A call with its agent and skill group, read once per snapshot for every viewer. */
interface NamedCall {
  call: LiveCall
  direction: CallDirection
  agent: User | undefined
  group: SkillGroup | undefined
}

/** A tenant's calls in progress at one moment, before each viewer's share of them. */
interface TenantCalls {
  tenantId: string
  readAt: Date
  calls: readonly NamedCall[]
}

export class LiveCallsService {
  /**
   * Each watched tenant's calls, read once per burst of changes on this instance whoever watches: read per
   * subscriber, every change cost each supervisor's queries and a switch command per call on hold.
   */
  private readonly snapshots: Fanout<TenantCalls>
  /** The calls each viewer is shown of a snapshot, one object for the viewers shown the same. */
  private readonly shown = new WeakMap<readonly NamedCall[], LiveCalls>()

  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly pubsub: PubSub,
    private readonly audit: AuditService,
    private readonly switches: () => SwitchControl,
    private readonly clock: Clock,
  ) {
    this.snapshots = new Fanout(
      (signal) =>
        readsOnChange(
          this.changedTenants(signal),
          (tenantId) => this.snapshots.isWatched(tenantId),
          (tenantId) => this.snapshot(tenantId),
          signal,
        ),
      (snapshot) => snapshot.tenantId,
    )
  }

  stop(): void {
    this.snapshots.stop()
  }

  /** Tells every instance's subscribers that the tenant's calls changed. */
  changed(tenantIds: Iterable<string>): void {
    for (const tenantId of new Set(tenantIds))
      void this.pubsub.publish(LIVE_CALLS_CHANGED, { tenantId } satisfies LiveCallsChanged)
  }

  async list(viewer: Viewer): Promise<LiveCalls> {
    assertSupervisor(viewer)
    const [snapshot, policy] = await Promise.all([this.snapshot(viewer.tenantId), this.policyOf(viewer)])
    return this.shownTo(policy, snapshot)
  }

  /**
   * The visible calls now, and again each time they may have changed. What the viewer may see is read once:
   * a change of their rights closes their subscriptions (ACCESS_CHANGED_CLOSE_CODE).
   */
  watch(viewer: Viewer): AsyncIterableIterator<LiveCalls> {
    assertSupervisor(viewer)
    // Watching first, so no change made while the first list is read is lost.
    const snapshots = this.snapshots.watch(viewer.tenantId)
    const policy = this.policyOf(viewer)
    return prepended(
      async () => [await this.list(viewer)],
      mapped(snapshots, async (snapshot) => this.shownTo(await policy, snapshot)),
    )
  }

  private changedTenants(signal: AbortSignal): AsyncIterable<string> {
    return merged(
      this.tenantsOf(this.pubsub.subscribe<QueueChanged>(QUEUE_CHANGED, signal)),
      this.tenantsOf(this.pubsub.subscribe<LiveCallsChanged>(LIVE_CALLS_CHANGED, signal)),
      this.tenantsOf(this.presence.subscribe(signal)),
    )
  }

  private policyOf(viewer: Viewer): Promise<AccessPolicy> {
    return this.db.inTenant(viewer.tenantId, (em) => AccessPolicy.load(em, viewer))
  }

  private async *tenantsOf(events: AsyncIterable<{ tenantId: string }>): AsyncGenerator<string> {
    for await (const event of events) yield event.tenantId
  }

  /**
   * Hangs every live leg of a call the supervisor may see up on the switch (`uuid_kill <uuid>`, as a real
   * FreeSWITCH takes it), and records who did it in the audit log.
   */
  async forceHangUp(viewer: Viewer, callId: string): Promise<LiveCall> {
    assertSupervisor(viewer)
    const id = knownId(callId, 'Call')
    const staged = (await this.staged(viewer.tenantId)).filter((call) => call.callId === id)
    const named = await this.db.inTenant(viewer.tenantId, (em) => this.named(em, staged))
    const call = this.shownTo(await this.policyOf(viewer), {
      tenantId: viewer.tenantId,
      readAt: new Date(),
      calls: named,
    }).calls[0]
    const legs = staged[0]?.legs ?? []
    if (!call) throw new NotFoundError('Call')
    if (legs.length === 0)
      throw new ConflictError('CALL_ALREADY_ENDED', 'The call has already ended; nothing is left to hang up.')
    const node = staged[0]!.node
    const outcomes = await Promise.all(legs.map((leg) => tryCommand(this.switches(), node, uuidKill(leg))))
    if (!outcomes.some((outcome) => outcome.ok))
      throw new ConflictError('CALL_ALREADY_ENDED', 'The call has already ended; nothing is left to hang up.')
    await this.db.inTenant(viewer.tenantId, (em) =>
      this.audit.record(em, viewer, {
        action: 'CALL_FORCE_HUNG_UP',
        entityType: 'CALL',
        entityId: call.callId,
        organization: call.organization,
        before: {
          stage: call.stage,
          callerNumber: call.callerNumber,
          dialledNumber: call.dialledNumber,
          agentId: call.agentId,
          skillGroupId: call.skillGroupId,
        },
      }),
    )
    this.changed([viewer.tenantId])
    return call
  }

  /** Every call in progress of the tenant with its stage, visible or not. */
  private async staged(tenantId: string): Promise<StagedCall[]> {
    const { open, wrapping } = await this.db.inTenant(tenantId, async (em) => ({
      open: await openCalls(em, tenantId),
      wrapping: await callsInAfterCallWork(em, tenantId),
    }))
    const heldSince = await this.holdMarks(open)
    const calls = open.map((row) => stageOf(row, heldSince.get(row.id) ?? null))
    const live = new Set(calls.map((call) => call.callId))
    for (const row of wrapping)
      if (!live.has(row.id))
        calls.push({
          callId: row.id,
          direction: row.direction as CallDirection,
          callerNumber: row.callerNumber,
          dialledNumber: row.dialledNumber ?? row.calleeNumber,
          stage: LiveCallStage.AFTER_CALL_WORK,
          startedAt: row.startedAt,
          stageSince: row.since,
          skillGroupId: row.skillGroupId,
          agentId: row.agentId,
          legs: [],
          node: row.node,
        })
    return calls
  }

  /** Hold lives on the switch only (a variable on the agent's leg): read for the calls an agent talks on. */
  private async holdMarks(rows: LiveCallRow[]): Promise<Map<string, Date>> {
    const marks = new Map<string, Date>()
    await Promise.all(
      rows.map(async (row) => {
        const leg = row.onCall && Object.entries(row.onCall.busyLegs).at(-1)
        if (!leg || row.consultingSince) return
        const [agentLeg, node] = leg
        const value = await channelVariable(this.switches(), node, agentLeg, HELD_SINCE_VARIABLE)
        const since = Number(value)
        if (value && Number.isFinite(since) && since > 0) marks.set(row.id, new Date(since))
      }),
    )
    return marks
  }

  /** Every call in progress of the tenant, named, as of now. */
  private async snapshot(tenantId: string): Promise<TenantCalls> {
    const readAt = this.clock.now()
    const staged = await this.staged(tenantId)
    return { tenantId, readAt, calls: await this.db.inTenant(tenantId, (em) => this.named(em, staged)) }
  }

  /** The calls with their agents and skill groups. */
  private async named(em: EntityManager, calls: StagedCall[]): Promise<NamedCall[]> {
    const userIds = [...new Set(calls.flatMap((call) => (call.agentId ? [call.agentId] : [])))]
    const groupIds = [...new Set(calls.flatMap((call) => (call.skillGroupId ? [call.skillGroupId] : [])))]
    const users = new Map(
      (userIds.length ? await em.find(User, { id: { $in: userIds } }) : []).map((user) => [user.id, user]),
    )
    const groups = new Map(
      (groupIds.length ? await em.find(SkillGroup, { id: { $in: groupIds } }) : []).map((group) => [
        group.id,
        group,
      ]),
    )
    return calls.map((call) => {
      const agent = call.agentId ? users.get(call.agentId) : undefined
      const group = call.skillGroupId ? groups.get(call.skillGroupId) : undefined
      return {
        direction: call.direction,
        agent,
        group,
        call: {
          callId: call.callId,
          direction: call.direction,
          callerNumber: call.callerNumber,
          dialledNumber: call.dialledNumber,
          stage: call.stage,
          startedAt: call.startedAt,
          stageSince: call.stageSince,
          skillGroupId: group?.id ?? null,
          skillGroupName: group?.name ?? null,
          agentId: agent?.id ?? null,
          agentName: agent?.name ?? null,
          agentNumber: agent?.agentNumber ?? null,
          organization: group?.organization ?? agent?.organization ?? null,
        },
      }
    })
  }

  /**
   * The calls of a snapshot the viewer may see (A11): by their skill group, else their agent; inbound calls
   * still in the IVR by the inbound organisation (AccessPolicy.seesUnroutedInbound).
   */
  private shownTo(policy: AccessPolicy, snapshot: TenantCalls): LiveCalls {
    const seen = sharedSubset(
      snapshot.calls,
      ({ direction, agent, group }) =>
        policy.isTenantWide ||
        (group !== undefined && policy.canSeeSkillGroup(group)) ||
        (agent !== undefined && policy.canSee(agent)) ||
        (!agent && !group && direction === CallDirection.INBOUND && policy.seesUnroutedInbound),
    )
    const shown =
      this.shown.get(seen) ?? shared({ readAt: snapshot.readAt, calls: seen.map(({ call }) => call) })
    this.shown.set(seen, shown)
    return shown
  }
}

/** The stage of an open call, from the strongest sign to the weakest. */
export function stageOf(row: LiveCallRow, heldSince: Date | null): StagedCall {
  const base = {
    callId: row.id,
    direction: row.direction as CallDirection,
    callerNumber: row.callerNumber,
    dialledNumber: row.dialledNumber ?? row.calleeNumber,
    startedAt: row.startedAt,
    node: row.node,
    legs: [
      ...new Set([
        ...row.legs.filter((leg) => leg.endedAt === null).map((leg) => leg.uuid),
        ...Object.keys(row.onCall?.busyLegs ?? {}),
        ...(row.queue?.offerLegUuid ? [row.queue.offerLegUuid] : []),
      ]),
    ],
  }
  const skillGroupId = row.queue?.skillGroupId ?? row.recordSkillGroupId
  if (row.onCall) {
    const { agentId } = row.onCall
    if (row.consultingSince)
      return {
        ...base,
        stage: LiveCallStage.CONSULTING,
        stageSince: row.consultingSince,
        skillGroupId,
        agentId,
      }
    if (heldSince)
      return { ...base, stage: LiveCallStage.ON_HOLD, stageSince: heldSince, skillGroupId, agentId }
    // An outbound call rings the customer while the agent's leg is already up.
    if (row.direction === 'OUTBOUND' && !row.answeredAt)
      return { ...base, stage: LiveCallStage.RINGING, stageSince: row.onCall.since, skillGroupId, agentId }
    const talkingSince = row.bridgedAt ?? row.answeredAt ?? row.onCall.since
    return {
      ...base,
      stage: LiveCallStage.TALKING,
      stageSince: new Date(Math.max(talkingSince.getTime(), row.onCall.since.getTime())),
      skillGroupId,
      agentId,
    }
  }
  if (row.queue?.state === 'OFFERING')
    return {
      ...base,
      stage: LiveCallStage.RINGING,
      stageSince: row.queue.offeredSince ?? row.queue.enqueuedAt,
      skillGroupId,
      agentId: row.queue.offeredAgentId,
    }
  if (row.queue)
    return {
      ...base,
      stage: LiveCallStage.QUEUED,
      stageSince: row.queue.enqueuedAt,
      skillGroupId,
      agentId: null,
    }
  if (row.direction === 'OUTBOUND')
    return {
      ...base,
      stage: row.answeredAt ? LiveCallStage.TALKING : LiveCallStage.RINGING,
      stageSince: row.answeredAt ?? row.startedAt,
      skillGroupId,
      agentId: row.recordAgentId,
    }
  // A caller whose leg is up, in no queue and with no agent: the IVR (menus, prompts) has them.
  return { ...base, stage: LiveCallStage.IVR, stageSince: row.startedAt, skillGroupId: null, agentId: null }
}

/**
 * Each changed key that `isWanted` takes, read once per burst of its changes: at once after a change, and
 * once more for all the changes that came while reading. A failed read is left to the next change.
 */
export async function* readsOnChange<T>(
  changes: AsyncIterable<string>,
  isWanted: (key: string) => boolean,
  read: (key: string) => Promise<T>,
  signal: AbortSignal,
): AsyncGenerator<T> {
  const pending = new Set<string>()
  let isCollecting = true
  let wake: (() => void) | undefined
  const collecting = (async () => {
    for await (const key of changes) {
      if (!isWanted(key)) continue
      pending.add(key)
      wake?.()
    }
  })().finally(() => {
    isCollecting = false
    wake?.()
  })
  while (!signal.aborted && (isCollecting || pending.size > 0)) {
    if (pending.size === 0) await new Promise<void>((resolve) => (wake = resolve))
    wake = undefined
    const keys = [...pending]
    pending.clear()
    for (const key of keys) {
      let value: T
      try {
        value = await read(key)
      } catch {
        continue
      }
      yield value
    }
  }
  await collecting.catch(() => undefined)
}

function assertSupervisor(viewer: Viewer): void {
  if (!hasRoleAtLeast(viewer.role, Role.GROUP_LEADER))
    throw new ForbiddenError('Only group leaders and administrators watch and end calls in progress.')
}
