// G2/G3: workstation sessions and each agent's status. Every input (heartbeat, SIP registration, the
// phone's legs, the ACD's reservation, the agent's choice, after-call work) goes through `transition`,
// which locks the row, applies the input, re-derives the status and logs any change with its cause.
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.js'
import type { Database, TenantSql } from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { User } from '../identity/user.entity.js'
import { knownId } from '../organization/ids.js'
import { tenantTimeZone } from '../tenancy/tenant.store.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy, UserAction } from '../organization/access-policy.js'
import { AgentStatus, StatusCause, deriveStatus, isHeartbeatFresh, isRegistered } from './presence.js'
import type { Presence, PresenceChange } from './presence.store.js'
import {
  beatHeart,
  ensurePresence,
  inputsOf,
  lockPresence,
  lockPresenceWithReason,
  presenceOnNode,
  readPresence,
  savePresence,
} from './presence.store.js'
import { reasonKindOf } from './not-ready-reason.store.js'
import { NotReadyReasonKind } from './settings.entity.js'
import type { AcdSettingsService } from './settings.service.js'

export const AGENT_STATE_CHANGED = 'acd.agent-state'

/** An offer as the ringing agent sees it. */
export interface OfferInfo {
  readonly callId: string
  readonly callerNumber: string | null
  readonly skillGroupId: string | null
}

/** The other party of the call an agent's phone is on: the caller, or the number the agent dialled. */
export interface CallParty {
  /** The platform's call, when the leg names it (routed calls, dial-outs). */
  readonly callId: string | null
  readonly direction: 'INBOUND' | 'OUTBOUND'
  /** Null when the caller withheld it or the switch did not say. */
  readonly remoteNumber: string | null
}

/** What subscribers get each time an agent's status (or its reason, or notice) changes. */
export interface AgentStateEvent {
  readonly tenantId: string
  readonly userId: string
  readonly status: AgentStatus
  readonly reasonId: string | null
  readonly since: Date
  readonly cause: StatusCause
  readonly notice: string | null
  readonly offer: OfferInfo | null
  /** With ON_CALL: whom the call is with, so a page that saw no ringing (a reload, a desk phone) can say. */
  readonly call: CallParty | null
  /** With AFTER_CALL_WORK: the call being wrapped up, whose service summary the workstation shows. */
  readonly afterCallWorkCallId: string | null
  /** With AFTER_CALL_WORK: it lasts until that call's service summary is saved (the company requires one). */
  readonly isAwaitingSummary: boolean
  /** While signed in to the workstation: how, as the sign-in chose (whichever browser or API client made it). */
  readonly answeringMode: 'SIP' | 'MOBILE' | null
  readonly phoneKind: 'SOFTPHONE' | 'DESK_PHONE' | null
  /** On a change of status: the status before it (the board recounts idle agents when IDLE is left or reached). */
  readonly previousStatus?: AgentStatus
}

export interface WorkstationSignIn {
  answeringMode: 'SIP' | 'MOBILE'
  phoneKind?: 'SOFTPHONE' | 'DESK_PHONE' | null
  /** Where the agent starts: IDLE (default) or NOT_READY with a reason. */
  status?: 'IDLE' | 'NOT_READY' | null
  reasonId?: string | null
}

interface TransitionOptions {
  detail?: string
  /** Create the row if the agent has none yet (sign-in, a registration seen first). */
  create?: boolean
  offer?: OfferInfo
  /** The agent's row, when the caller already locked it in this transaction. */
  locked?: Presence
}

export class PresenceService {
  /**
   * Set by the ACD: an agent who became IDLE may take a waiting call at once, claimed in the same
   * transaction that freed them (one transaction fewer per call than a pass started after it).
   */
  becameIdle: (sql: TenantSql, userId: string) => Promise<void> = async () => undefined
  /**
   * Set by the service summaries: whether the agent has saved the summary of a call. Until they are
   * wired, every call counts as summarised, so the tenant's "summary first" rule never holds anyone.
   */
  hasSummary: (sql: TenantSql, userId: string, callId: string) => Promise<boolean> = async () => true
  /** Tenants' time zones, for "calls today"; re-read every minute, so a changed zone soon counts. */
  private readonly timeZones = new Map<string, { zone: string; until: number }>()

  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
  ) {}

  // ── the agent's own workstation ─────────────────────────────────────────────────────────────────────

  async signIn(viewer: Viewer, input: WorkstationSignIn): Promise<AgentStateEvent> {
    if (viewer.apiKeyId)
      throw new ConflictError('NOT_A_PERSON', 'A workstation is signed in to by a person, not an API key.')
    return this.required(
      this.db.inTenant(viewer.tenantId, async (em, sql) => {
        const chosen = await this.readChosenStatus(sql, input.status ?? 'IDLE', input.reasonId)
        const user = await em.findOne(User, { id: viewer.userId, deletedAt: null })
        if (!user) throw new NotFoundError('Agent')
        if (input.answeringMode === 'MOBILE' && !user.mobile)
          throw new ValidationError([
            {
              field: 'answeringMode',
              code: 'NO_MOBILE_NUMBER',
              message: 'your profile has no mobile number; ask an administrator to add one',
            },
          ])
        if (input.answeringMode === 'SIP' && !user.agentNumber)
          throw new ValidationError([
            {
              field: 'answeringMode',
              code: 'NO_SIP_ACCOUNT',
              message: 'you have no agent number, so no SIP account; ask an administrator',
            },
          ])
        const now = this.clock.now()
        return this.transition(
          sql,
          viewer.userId,
          StatusCause.SIGNED_IN,
          () => ({
            sessionId: viewer.sessionId,
            answeringMode: input.answeringMode,
            phoneKind: input.answeringMode === 'SIP' ? (input.phoneKind ?? 'SOFTPHONE') : null,
            signedInAt: now,
            heartbeatAt: now,
            ...noAfterCallWork,
            missedInRow: 0,
            notice: null,
            ...chosen,
          }),
          { create: true, detail: input.answeringMode },
        )
      }),
    )
  }

  async signOut(viewer: Viewer): Promise<AgentStateEvent | undefined> {
    return this.db.inTenantSql(viewer.tenantId, (sql) =>
      this.transition(sql, viewer.userId, StatusCause.SIGNED_OUT, signedOut),
    )
  }

  /** An admin or group leader ends an agent's workstation session (the agent sees why). */
  async forceSignOut(viewer: Viewer, agentId: string): Promise<AgentStateEvent> {
    return this.required(
      this.db.inTenant(viewer.tenantId, async (em, sql) => {
        const policy = await AccessPolicy.load(em, viewer)
        const agent = await em.findOne(User, {
          $and: [{ id: knownId(agentId, 'Agent') }, policy.userFilter()],
        })
        if (!agent) throw new NotFoundError('Agent')
        policy.assertCanManage(agent, UserAction.CONTROL_ACCESS)
        const detail = `by ${viewer.userId}`
        return this.transition(
          sql,
          agentId,
          StatusCause.FORCED_SIGN_OUT,
          (row) => (row.signedInAt ? { ...signedOut(), notice: 'FORCED_SIGN_OUT' } : undefined),
          { detail },
        )
      }),
    )
  }

  /**
   * The workstation reports every few seconds. A session the platform already ended (heartbeat lost,
   * forced sign-out) is not revived: the agent signs in again, knowingly. The session is the agent's, not
   * the login's that signed it in: a page opened in another browser, or over a sign-in through the API,
   * takes it up and keeps it alive.
   */
  async heartbeat(viewer: Viewer): Promise<AgentStateEvent> {
    const now = this.clock.now()
    return this.db.inTenantSql(viewer.tenantId, async (sql) => {
      const row = await beatHeart(sql, viewer.userId, now)
      if (!row)
        throw new ConflictError(
          'WORKSTATION_SESSION_ENDED',
          'Your workstation session has ended; sign in to the workstation again.',
        )
      return stateOf(row, null)
    })
  }

  /**
   * The agent picks IDLE or a not-ready reason; during after-call work IDLE ends it early, unless the
   * company requires the call's service summary first and it is missing. Not ready is always allowed: the
   * agent then stays in after-call work until the summary is saved, and is not ready after it.
   */
  async choose(
    viewer: Viewer,
    status: 'IDLE' | 'NOT_READY',
    reasonId?: string | null,
  ): Promise<AgentStateEvent> {
    return this.required(
      this.db.inTenantSql(viewer.tenantId, async (sql) => {
        const { chosen, locked } = await this.lockedForChoice(sql, viewer.userId, status, reasonId)
        const { requireSummaryBeforeReady } = await this.settings.read(sql, viewer.tenantId)
        return this.transition(
          sql,
          viewer.userId,
          StatusCause.CHOSEN,
          (row) => {
            if (!row.signedInAt) throw new ConflictError('NOT_SIGNED_IN', 'Sign in to the workstation first.')
            if (status !== 'IDLE') return { ...chosen, notice: null }
            // A rule switched off since the call ended holds no one any more.
            if (row.isAwaitingSummary && requireSummaryBeforeReady)
              throw new ConflictError(
                'SERVICE_SUMMARY_REQUIRED',
                'Save the service summary of the call before leaving after-call work.',
              )
            return { ...chosen, ...noAfterCallWork, notice: null }
          },
          { locked },
        )
      }),
    )
  }

  /**
   * The agent's choice checked and their row locked. Not ready's reason is read with the lock, in one
   * statement (a status change a round trip shorter); an agent with no row yet has it read on its own.
   */
  private async lockedForChoice(
    sql: TenantSql,
    userId: string,
    status: 'IDLE' | 'NOT_READY',
    reasonId: string | null | undefined,
  ): Promise<{ chosen: ChosenStatus; locked: Presence | undefined }> {
    if (status === 'IDLE' || !reasonId) {
      const chosen = chosenStatus(status, reasonId, undefined)
      return { chosen, locked: await lockPresence(sql, userId) }
    }
    const id = knownId(reasonId, 'Not-ready reason')
    const found = await lockPresenceWithReason(sql, userId, id)
    const kind = found ? found.reasonKind : await reasonKindOf(sql, id)
    return { chosen: chosenStatus(status, reasonId, kind), locked: found?.row }
  }

  async current(viewer: Viewer): Promise<AgentStateEvent | undefined> {
    return this.db.inTenantSql(viewer.tenantId, async (sql) => {
      const row = await readPresence(sql, viewer.userId)
      return row && stateOf(row, null)
    })
  }

  // ── inputs from the switch and the ACD ──────────────────────────────────────────────────────────────

  async registrationChanged(
    tenantId: string,
    userId: string,
    node: string,
    expiresSeconds: number,
  ): Promise<void> {
    const now = this.clock.now()
    const until = expiresSeconds > 0 ? new Date(now.getTime() + expiresSeconds * 1000) : null
    await this.db.inTenantSql(tenantId, (sql) =>
      this.transition(
        sql,
        userId,
        until ? StatusCause.REGISTERED : StatusCause.REGISTRATION_LOST,
        (row) =>
          until === null && row.registeredNode !== node && row.registeredNode !== null
            ? undefined
            : {
                registeredUntil: until,
                registeredNode: until ? node : null,
              },
        { create: true, detail: node },
      ),
    )
  }

  /**
   * One of the agent's phone legs came up (a routed call, an outbound call, or any other); `party` is
   * whom it connects the agent to, when the leg says.
   */
  async legStarted(
    tenantId: string,
    userId: string,
    legUuid: string,
    node: string,
    party?: CallParty,
  ): Promise<void> {
    await this.db.inTenantSql(tenantId, (sql) =>
      this.transition(sql, userId, StatusCause.CALL_STARTED, (row) => withLeg(row, legUuid, node, party), {
        create: true,
        detail: legUuid,
      }),
    )
  }

  /**
   * A leg ended; an answered one leaves the agent in after-call work for the tenant's time and, when the
   * tenant requires a service summary and the call has none from this agent yet, until it is saved (even
   * with no wrap-up time set). A missed or unanswered call needs no summary. The latest answered call is
   * the one waited for: a call dialled during after-call work takes over the wait.
   */
  async legEnded(tenantId: string, userId: string, legUuid: string, wasAnswered: boolean): Promise<void> {
    await this.db.inTenantSql(tenantId, async (sql) => {
      const settings = await this.settings.read(sql, tenantId)
      const row = await lockPresence(sql, userId)
      if (!row) return
      const remaining = withoutLeg(row, legUuid)
      const isCallOver =
        wasAnswered && legUuid in row.busyLegs && Object.keys(remaining.busyLegs ?? {}).length === 0
      const isAwaitingSummary =
        isCallOver &&
        settings.requireSummaryBeforeReady &&
        row.callId !== null &&
        !(await this.hasSummary(sql, userId, row.callId))
      return this.transition(
        sql,
        userId,
        StatusCause.CALL_ENDED,
        () => {
          if (!isCallOver) return remaining
          const acwUntil =
            settings.afterCallWorkSeconds > 0
              ? new Date(this.clock.now().getTime() + settings.afterCallWorkSeconds * 1000)
              : row.acwUntil
          return { ...remaining, acwUntil, acwCallId: row.callId, isAwaitingSummary }
        },
        { detail: legUuid, locked: row },
      )
    })
  }

  /** The agent saved a call's summary (in the caller's transaction): after-call work waiting for it may end. */
  async summarySaved(sql: TenantSql, userId: string, callId: string): Promise<void> {
    await this.transition(sql, userId, StatusCause.SERVICE_SUMMARY_SAVED, (row) =>
      row.isAwaitingSummary && row.acwCallId === callId
        ? { isAwaitingSummary: false, notice: null }
        : undefined,
    )
  }

  /** The agent picked up the offered call: the reservation becomes a call, and the miss streak ends. */
  async offerAnswered(
    tenantId: string,
    userId: string,
    offer: { callId: string; legUuid: string; node: string; party?: CallParty },
    /** The caller's side of the same change (its queue entry done), in the same transaction. */
    alongside: (sql: TenantSql) => Promise<unknown> = async () => undefined,
  ) {
    const { callId, legUuid, node } = offer
    await this.db.inTenantSql(tenantId, async (sql) => {
      await alongside(sql)
      const today = await this.tenantToday(sql)
      return this.transition(
        sql,
        userId,
        StatusCause.OFFER_ANSWERED,
        (row) => {
          if (row.offerCallId !== callId) return undefined
          return {
            ...noOffer,
            ...(withLeg(row, legUuid, node, offer.party) ?? {}),
            missedInRow: 0,
            callsToday: row.callsTodayOn === today ? row.callsToday + 1 : 1,
            callsTodayOn: today,
            notice: null,
          }
        },
        { detail: callId },
      )
    })
  }

  /**
   * The offer ended unanswered. `isAgentsFault` is false when the caller hung up first or the switch
   * failed; then the miss does not count toward the limit.
   */
  async offerFailed(
    tenantId: string,
    userId: string,
    callId: string,
    outcome: { cause: string; isAgentsFault: boolean },
  ): Promise<void> {
    await this.db.inTenantSql(tenantId, async (sql) => {
      const settings = await this.settings.read(sql, tenantId)
      let cause = outcome.isAgentsFault ? StatusCause.OFFER_MISSED : StatusCause.OFFER_WITHDRAWN
      let limitReasonId: string | null = null
      const row = await lockPresence(sql, userId)
      if (!row || row.offerCallId !== callId) return
      const missed = outcome.isAgentsFault ? row.missedInRow + 1 : row.missedInRow
      if (missed >= settings.maxMissedOffers) {
        limitReasonId = await this.settings.systemReasonId(sql, tenantId, 'MISSED_OFFERS')
        cause = StatusCause.MISSED_OFFERS_LIMIT
      }
      const isUnregistered = outcome.cause === 'USER_NOT_REGISTERED'
      return this.transition(
        sql,
        userId,
        isUnregistered ? StatusCause.REGISTRATION_LOST : cause,
        (current) => ({
          ...noOffer,
          // The offered leg failed, so it is gone even if its hang-up event is still on its way.
          ...withoutLeg(current, current.offerLegUuid),
          missedInRow: limitReasonId ? 0 : missed,
          ...(limitReasonId
            ? {
                chosenStatus: 'NOT_READY' as const,
                chosenReasonId: limitReasonId,
                notice: 'MISSED_OFFERS_LIMIT',
              }
            : {}),
          ...(isUnregistered ? { registeredUntil: null } : {}),
        }),
        { detail: outcome.cause, locked: row },
      )
    })
  }

  /**
   * X4: the agent did not answer their own leg of a dial made for them (the progressive dialer): they are
   * set not ready with the missed-offers reason at once, as the ACD does at its limit, so the dialer does
   * not ring an absent agent round after round.
   */
  async missedDial(tenantId: string, userId: string, callId: string): Promise<void> {
    await this.db.inTenantSql(tenantId, async (sql) => {
      const row = await lockPresence(sql, userId)
      if (!row || !inputsOf(row).isSignedIn) return
      const reasonId = await this.settings.systemReasonId(sql, tenantId, 'MISSED_OFFERS')
      return this.transition(
        sql,
        userId,
        StatusCause.MISSED_OFFERS_LIMIT,
        () => ({
          chosenStatus: 'NOT_READY' as const,
          chosenReasonId: reasonId,
          notice: 'MISSED_OFFERS_LIMIT',
        }),
        { detail: callId, locked: row },
      )
    })
  }

  /** Heals whatever timed out for this agent: heartbeat, reservation, after-call work, registration. */
  async heal(tenantId: string, userId: string): Promise<void> {
    await this.db.inTenantSql(tenantId, async (sql) => {
      const settings = await this.settings.read(sql, tenantId)
      const now = this.clock.now()
      const row = await lockPresence(sql, userId)
      if (!row) return
      const context = { now, heartbeatTimeoutMs: settings.heartbeatTimeoutSeconds * 1000 }
      const inputs = inputsOf(row)
      const heal = (cause: StatusCause, change: PresenceChange) =>
        this.transition(sql, userId, cause, () => change, { locked: row })
      if (inputs.isSignedIn && !isHeartbeatFresh(inputs, context))
        return heal(StatusCause.HEARTBEAT_LOST, { ...signedOut(), notice: 'HEARTBEAT_LOST' })
      if (row.offerExpiresAt && row.offerExpiresAt <= now) return heal(StatusCause.OFFER_EXPIRED, noOffer)
      // Time is up, but a required summary still missing keeps the agent in after-call work, told why.
      if (row.acwUntil && row.acwUntil <= now)
        return heal(StatusCause.AFTER_CALL_WORK_ENDED, {
          acwUntil: null,
          ...(row.isAwaitingSummary ? { notice: 'SERVICE_SUMMARY_REQUIRED' } : {}),
        })
      if (row.registeredUntil && !isRegistered(inputs, now))
        return heal(StatusCause.REGISTRATION_LOST, { registeredUntil: null, registeredNode: null })
      return undefined
    })
  }

  /**
   * After a resync with a node: legs the switch no longer has are gone, and registrations on it that
   * the switch no longer lists are lost. `liveLegs` and `registered` come from the switch itself.
   */
  async reconcileNode(
    node: string,
    liveLegs: ReadonlySet<string>,
    registered: ReadonlySet<string>,
  ): Promise<void> {
    for (const row of await presenceOnNode(this.db, node)) {
      const goneLegs = row.legUuids.filter((leg) => !liveLegs.has(leg))
      const isRegistrationGone = row.isRegisteredHere && !registered.has(`${row.tenantId}:${row.userId}`)
      if (goneLegs.length === 0 && !isRegistrationGone) continue
      await this.db.inTenantSql(row.tenantId, (sql) =>
        this.transition(
          sql,
          row.userId,
          StatusCause.SWITCH_RESYNC,
          (current) => {
            const busyLegs = Object.fromEntries(
              Object.entries(current.busyLegs).filter(([leg]) => !goneLegs.includes(leg)),
            )
            return isRegistrationGone
              ? { busyLegs, registeredUntil: null, registeredNode: null }
              : { busyLegs }
          },
          { detail: node },
        ),
      )
    }
  }

  /** Reservation set by the ACD's claim (which logs RINGING itself); subscribers hear of it here. */
  published(event: AgentStateEvent): void {
    void this.pubsub.publish(AGENT_STATE_CHANGED, event)
  }

  subscribe(signal?: AbortSignal): AsyncIterableIterator<AgentStateEvent> {
    return this.pubsub.subscribe<AgentStateEvent>(AGENT_STATE_CHANGED, signal)
  }

  // ── the one transition ──────────────────────────────────────────────────────────────────────────────

  /**
   * Locks the agent's row, applies `change` (undefined: nothing to do), derives the status and logs a
   * change of status or reason with `cause`. Subscribers are told once the transaction committed.
   */
  async transition(
    sql: TenantSql,
    userId: string,
    cause: StatusCause,
    change: (row: Presence) => PresenceChange | undefined,
    options: TransitionOptions = {},
  ): Promise<AgentStateEvent | undefined> {
    const { tenantId } = sql
    let row = options.locked ?? (await lockPresence(sql, userId))
    // Most agents have their row already: it is created only when the lock finds none.
    if (!row && options.create) {
      await ensurePresence(sql, userId)
      row = await lockPresence(sql, userId)
    }
    if (!row) return undefined
    const patch = change(row)
    if (!patch) return undefined
    const next: Presence = { ...row, ...patch }
    // The call is over with its last leg: whom it was with is not the next call's party.
    if (Object.keys(next.busyLegs).length === 0) Object.assign(next, noCall)
    const settings = await this.settings.read(sql, tenantId)
    const now = this.clock.now()
    const derived = deriveStatus(inputsOf(next), {
      now,
      heartbeatTimeoutMs: settings.heartbeatTimeoutSeconds * 1000,
      phoneUnregisteredReasonId: await this.settings.systemReasonId(sql, tenantId, 'PHONE_UNREGISTERED'),
    })
    const isChange = derived.status !== row.status || derived.reasonId !== row.statusReasonId
    const saved: Presence = {
      ...next,
      status: derived.status,
      statusReasonId: derived.reasonId,
      statusSince: isChange ? now : row.statusSince,
      statusCause: isChange ? cause : row.statusCause,
      idleSince:
        derived.status === AgentStatus.IDLE ? (row.status === AgentStatus.IDLE ? row.idleSince : now) : null,
    }
    await savePresence(
      sql,
      saved,
      isChange
        ? {
            status: derived.status,
            previousStatus: row.status,
            reasonId: derived.reasonId,
            cause,
            detail: options.detail ?? null,
            at: now,
          }
        : undefined,
    )
    if (!isChange && patch.notice === undefined) return stateOf(saved, options.offer ?? null)
    const event = { ...stateOf(saved, options.offer ?? null), previousStatus: row.status }
    // Registered before the ACD's claim below, so subscribers hear IDLE before a new offer's RINGING.
    sql.afterCommit(() => this.published(event))
    if (event.status === AgentStatus.IDLE && row.status !== AgentStatus.IDLE)
      await this.becameIdle(sql, userId)
    return event
  }

  private async required(work: Promise<AgentStateEvent | undefined>): Promise<AgentStateEvent> {
    const state = await work
    if (!state) throw new NotFoundError('Workstation session')
    return state
  }

  /** `chosenStatus`, with the reason's kind read from the database first. */
  private async readChosenStatus(
    sql: TenantSql,
    status: 'IDLE' | 'NOT_READY',
    reasonId: string | null | undefined,
  ): Promise<ChosenStatus> {
    const kind =
      status === 'IDLE' || !reasonId
        ? undefined
        : await reasonKindOf(sql, knownId(reasonId, 'Not-ready reason'))
    return chosenStatus(status, reasonId, kind)
  }

  private async tenantToday(sql: TenantSql): Promise<string> {
    const { tenantId } = sql
    let known = this.timeZones.get(tenantId)
    if (!known || known.until < Date.now()) {
      known = { zone: (await tenantTimeZone(sql)) ?? 'UTC', until: Date.now() + 60_000 }
      this.timeZones.set(tenantId, known)
    }
    return dateIn(this.clock.now(), known.zone)
  }
}

/** Enough to cover the events of one agent still in flight between instances. */
const ENDED_LEGS_KEPT = 10

/**
 * Adds a leg unless it already ended (its start may arrive late from another instance). The first leg
 * names the call's party; a later one (a reconnect, a second leg) keeps it.
 */
function withLeg(
  row: Presence,
  legUuid: string,
  node: string,
  party?: CallParty,
): PresenceChange | undefined {
  if (row.endedLegs.includes(legUuid)) return undefined
  const isUnnamed = row.callDirection === null || Object.keys(row.busyLegs).length === 0
  const naming: PresenceChange =
    party && isUnnamed
      ? { callId: party.callId, callDirection: party.direction, callNumber: party.remoteNumber }
      : {}
  if (row.busyLegs[legUuid]) return Object.keys(naming).length > 0 ? naming : undefined
  return { busyLegs: { ...row.busyLegs, [legUuid]: node }, ...naming }
}

function withoutLeg(row: Presence, legUuid: string | null): Pick<PresenceChange, 'busyLegs' | 'endedLegs'> {
  if (!legUuid) return {}
  const { [legUuid]: _gone, ...busyLegs } = row.busyLegs
  const endedLegs = [legUuid, ...row.endedLegs.filter((leg) => leg !== legUuid)].slice(0, ENDED_LEGS_KEPT)
  return { busyLegs, endedLegs }
}

const noOffer = { offerCallId: null, offerLegUuid: null, offerExpiresAt: null } satisfies PresenceChange
const noCall = { callId: null, callDirection: null, callNumber: null } satisfies PresenceChange

/** Signing out (or in) ends after-call work, a summary waited for included: leaving is always possible. */
const noAfterCallWork = { acwUntil: null, acwCallId: null, isAwaitingSummary: false } satisfies PresenceChange

type ChosenStatus = Pick<PresenceChange, 'chosenStatus' | 'chosenReasonId'>

/** IDLE, or not ready with a reason of the company's own: `reasonKind` is the reason's (undefined: none). */
function chosenStatus(
  status: 'IDLE' | 'NOT_READY',
  reasonId: string | null | undefined,
  reasonKind: NotReadyReasonKind | undefined,
): ChosenStatus {
  if (status === 'IDLE') return { chosenStatus: 'IDLE', chosenReasonId: null }
  if (!reasonId)
    throw new ValidationError([
      { field: 'reasonId', code: 'CHOOSE_NOT_READY_REASON', message: 'choose a not-ready reason' },
    ])
  if (!reasonKind) throw new NotFoundError('Not-ready reason')
  if (reasonKind === NotReadyReasonKind.SYSTEM)
    throw new ValidationError([
      {
        field: 'reasonId',
        code: 'SYSTEM_REASON_FIXED',
        message: 'is set by the platform and cannot be chosen',
      },
    ])
  return { chosenStatus: 'NOT_READY', chosenReasonId: reasonId }
}

function signedOut(): PresenceChange {
  return { sessionId: null, signedInAt: null, heartbeatAt: null, ...noOffer, ...noAfterCallWork }
}

export function stateOf(row: Presence, offer: OfferInfo | null): AgentStateEvent {
  const isOffline = row.status === AgentStatus.OFFLINE
  return {
    tenantId: row.tenantId,
    userId: row.userId,
    status: row.status,
    reasonId: row.statusReasonId,
    since: row.statusSince,
    cause: row.statusCause,
    notice: row.notice,
    offer,
    call:
      row.status === AgentStatus.ON_CALL && row.callDirection
        ? { callId: row.callId, direction: row.callDirection, remoteNumber: row.callNumber }
        : null,
    afterCallWorkCallId: row.status === AgentStatus.AFTER_CALL_WORK ? row.acwCallId : null,
    isAwaitingSummary: row.status === AgentStatus.AFTER_CALL_WORK && row.isAwaitingSummary,
    // Signing out leaves the last sign-in's mode in the row; offline, there is none.
    answeringMode: isOffline ? null : row.answeringMode,
    phoneKind: isOffline ? null : row.phoneKind,
  }
}

/** One per time zone: making a formatter costs far more than formatting (it ran once per status change). */
const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** `YYYY-MM-DD` of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    dayFormats.set(timeZone, format)
  }
  return format.format(instant)
}
