// A8 live calls: every call in progress the viewer may see (A11), with its stage taken from what the
// platform already knows (the open call record, the queue, the agents' presence, open consultations and
// the hold mark on the agent's leg), live; and supervisors' force hang-up, audited.
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'
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

export class LiveCallsService {
  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly pubsub: PubSub,
    private readonly audit: AuditService,
    private readonly switches: () => SwitchControl,
    private readonly clock: Clock,
  ) {}

  /** Tells every instance's subscribers that the tenant's calls changed. */
  changed(tenantIds: Iterable<string>): void {
    for (const tenantId of new Set(tenantIds))
      void this.pubsub.publish(LIVE_CALLS_CHANGED, { tenantId } satisfies LiveCallsChanged)
  }

  async list(viewer: Viewer): Promise<LiveCalls> {
    assertSupervisor(viewer)
    const readAt = this.clock.now()
    const staged = await this.staged(viewer.tenantId)
    const calls = await this.db.inTenant(viewer.tenantId, (em) => this.visible(em, viewer, staged))
    return { calls, readAt }
  }

  /** The visible calls now, and again each time they may have changed (a burst of changes reads once). */
  watch(viewer: Viewer): AsyncIterableIterator<LiveCalls> {
    assertSupervisor(viewer)
    const changes = (signal: AbortSignal) =>
      merged(
        this.tenantsOf(this.pubsub.subscribe<QueueChanged>(QUEUE_CHANGED, signal)),
        this.tenantsOf(this.pubsub.subscribe<LiveCallsChanged>(LIVE_CALLS_CHANGED, signal)),
        this.tenantsOf(this.presence.subscribe(signal)),
      )
    return coalesced(changes, viewer.tenantId, () => this.list(viewer))
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
    const call = (await this.db.inTenant(viewer.tenantId, (em) => this.visible(em, viewer, staged)))[0]
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

  /**
   * The calls the viewer may see (A11), named: by their skill group, else their agent; inbound calls still
   * in the IVR by the inbound organisation (AccessPolicy.seesUnroutedInbound).
   */
  private async visible(em: EntityManager, viewer: Viewer, calls: StagedCall[]): Promise<LiveCall[]> {
    if (calls.length === 0) return []
    const policy = await AccessPolicy.load(em, viewer)
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
    const seenGroups = new Set(
      groupIds.length && !policy.isTenantWide
        ? (
            await em.find(SkillGroup, {
              $and: [{ id: { $in: groupIds } }, policy.skillGroupFilter()],
            } as never)
          ).map((group) => group.id)
        : [],
    )
    return calls.flatMap((call) => {
      const user = call.agentId ? users.get(call.agentId) : undefined
      const group = call.skillGroupId ? groups.get(call.skillGroupId) : undefined
      const isVisible =
        policy.isTenantWide ||
        (group !== undefined && seenGroups.has(group.id)) ||
        (user !== undefined && policy.canSee(user)) ||
        (!call.agentId &&
          !call.skillGroupId &&
          call.direction === CallDirection.INBOUND &&
          policy.seesUnroutedInbound)
      if (!isVisible) return []
      return [
        {
          callId: call.callId,
          direction: call.direction,
          callerNumber: call.callerNumber,
          dialledNumber: call.dialledNumber,
          stage: call.stage,
          startedAt: call.startedAt,
          stageSince: call.stageSince,
          skillGroupId: group?.id ?? null,
          skillGroupName: group?.name ?? null,
          agentId: user?.id ?? null,
          agentName: user?.name ?? null,
          agentNumber: user?.agentNumber ?? null,
          organization: group?.organization ?? user?.organization ?? null,
        },
      ]
    })
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
 * Reads at once, then again after each change of the tenant; changes that come while a read runs make one
 * more read, not one each. Written as a plain iterator rather than a generator: a generator waiting for the
 * next change cannot be ended until one comes, so closing the subscription would leave its listeners in a
 * quiet tenant; here `return` stops them at once.
 */
export function coalesced<T>(
  changes: (signal: AbortSignal) => AsyncIterable<string>,
  tenantId: string,
  read: () => Promise<T>,
): AsyncIterableIterator<T> {
  const stop = new AbortController()
  let isDirty = true
  let wake: (() => void) | undefined
  void (async () => {
    for await (const changed of changes(stop.signal))
      if (changed === tenantId) {
        isDirty = true
        wake?.()
      }
  })().catch(() => undefined)
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      while (!isDirty && !stop.signal.aborted) await new Promise<void>((resolve) => (wake = resolve))
      if (stop.signal.aborted) return { done: true, value: undefined }
      isDirty = false
      return { done: false, value: await read() }
    },
    async return() {
      stop.abort()
      wake?.()
      return { done: true, value: undefined }
    },
    [Symbol.asyncIterator]: () => iterator,
  }
  return iterator
}

function assertSupervisor(viewer: Viewer): void {
  if (!hasRoleAtLeast(viewer.role, Role.GROUP_LEADER))
    throw new ForbiddenError('Only group leaders and administrators watch and end calls in progress.')
}
