// Builds the calls of one switch node from its channel events, and re-aligns them with the switch's
// own view (`show channels` / `show calls`) after a reconnect or a takeover.
import type { ChannelEvent, EslEvent } from '../esl/codec.js'
import { Call, Leg } from './call.js'
import type { CallSnapshot, HangupSide } from './call.js'
import { CALL_VARIABLES } from './variables.js'

/** The events the call model reads; the node's event connection subscribes to exactly these. */
export const CALL_EVENT_NAMES = [
  'CHANNEL_CREATE',
  'CHANNEL_PROGRESS',
  'CHANNEL_ANSWER',
  'CHANNEL_PARK',
  'CHANNEL_BRIDGE',
  'CHANNEL_UNBRIDGE',
  'CHANNEL_HANGUP',
  'CHANNEL_HANGUP_COMPLETE',
  'RECORD_START',
  'RECORD_STOP',
] as const

type CallEventName = (typeof CALL_EVENT_NAMES)[number]
type CallEvent = ChannelEvent & { readonly eventName: CallEventName }

const CALL_EVENT_SET: ReadonlySet<string> = new Set(CALL_EVENT_NAMES)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** One channel as `show channels as json` lists it (only the columns used here). */
export interface ChannelRow {
  readonly uuid: string
  readonly direction: string
  readonly createdEpoch: number
  readonly callerNumber: string
  readonly destinationNumber: string
  readonly callState: string
  /** The application the channel runs now (`park` for one parked with nothing else to do). */
  readonly application: string
}

export interface SwitchSnapshot {
  readonly channels: readonly ChannelRow[]
  /** Bridged pairs from `show calls as json`: [a-leg uuid, b-leg uuid]. */
  readonly bridges: ReadonlyArray<readonly [string, string]>
  /** SIP users registered on the node, from `show registrations as json`. */
  readonly registrations: ReadonlyArray<{ readonly user: string; readonly realm: string }>
}

export interface TrackerOptions {
  readonly node: string
  /** Called whenever a call changed; the record queue saves it off the event path. */
  readonly changed: (call: Call, tracker: CallTracker) => void
  readonly now?: () => number
}

const uuidOrNull = (value: string | undefined) => (value !== undefined && UUID.test(value) ? value : null)
const textOrNull = (value: string | undefined) => (value === undefined || value === '' ? null : value)

export class CallTracker {
  private readonly calls = new Map<string, Call>()
  /** Every live leg, with its call; a leg without a tenant tag has none until a bridge adopts it. */
  private readonly legs = new Map<string, { leg: Leg; call: Call | undefined }>()
  /** Legs that ended recently, so a snapshot taken just before their hang-up does not revive them. */
  private readonly gone = new Map<string, number>()
  private readonly now: () => number

  constructor(private readonly options: TrackerOptions) {
    this.now = options.now ?? Date.now
  }

  get openCalls(): readonly Call[] {
    return [...this.calls.values()]
  }

  /** Forgets an ended call once its record is saved. */
  release(call: Call): void {
    if (this.calls.get(call.id) === call && call.isEnded) this.calls.delete(call.id)
  }

  /** Drops everything: another instance owns the node now and will rebuild from the switch. */
  clear(): void {
    this.calls.clear()
    this.legs.clear()
    this.gone.clear()
  }

  apply(event: EslEvent): void {
    if (!CALL_EVENT_SET.has(event.eventName)) return
    const callEvent = event as CallEvent
    const seenAt = this.now()
    const at = callEvent.timestamp === undefined ? seenAt : Math.floor(callEvent.timestamp / 1000)
    const entry = this.legs.get(callEvent.uniqueId) ?? this.adopt(callEvent, at, seenAt)
    // The dialplan tags a caller's leg after CHANNEL_CREATE: its first tagged event starts the call.
    if (!entry.call) {
      entry.call = this.callOf(entry.leg, callEvent)
      if (entry.call && callEvent.eventName !== 'CHANNEL_CREATE')
        this.note(entry.call, entry.leg.createdAt, 'CREATE', entry.leg)
    }
    entry.leg.lastSeenAt = seenAt
    const { leg } = entry
    if (entry.call) this.fillAssignments(entry.call, callEvent)
    const call = entry.call
    switch (callEvent.eventName) {
      case 'CHANNEL_CREATE':
        leg.createdAt = at
        return this.note(call, at, 'CREATE', leg)
      case 'CHANNEL_PROGRESS':
        if (call) call.fields.ringingAt ??= new Date(at)
        return this.note(call, at, 'RINGING', leg)
      case 'CHANNEL_ANSWER':
        this.markAnswered(call, leg, at)
        return this.note(call, at, 'ANSWER', leg)
      case 'CHANNEL_PARK':
        return this.note(call, at, 'PARK', leg)
      case 'CHANNEL_BRIDGE':
        return this.bridged(entry, callEvent.otherLegUniqueId, at)
      case 'CHANNEL_UNBRIDGE':
        return this.note(call, at, 'UNBRIDGE', leg, callEvent.otherLegUniqueId)
      case 'CHANNEL_HANGUP':
        return this.hungUp(call, leg, at, callEvent.hangupCause, callEvent.variables)
      case 'CHANNEL_HANGUP_COMPLETE':
        if (leg.endedAt === null) this.hungUp(call, leg, at, callEvent.hangupCause, callEvent.variables)
        return this.completed(call, leg)
      case 'RECORD_START':
        if (call && callEvent.recordFilePath) call.fields.recordingFile = callEvent.recordFilePath
        return this.note(call, at, 'RECORD_START', leg, callEvent.recordFilePath)
      case 'RECORD_STOP':
        return this.note(call, at, 'RECORD_STOP', leg, callEvent.recordFilePath)
    }
  }

  /** Takes over calls the node's previous owner saved as still open, unless already known here. */
  restore(snapshots: readonly CallSnapshot[]): void {
    const seenAt = this.now()
    for (const snapshot of snapshots) {
      if (this.calls.has(snapshot.id)) continue
      const call = Call.restore(snapshot, seenAt)
      this.calls.set(call.id, call)
      for (const leg of call.legs) if (!leg.isComplete) this.legs.set(leg.uuid, { leg, call })
    }
  }

  /**
   * Aligns with the switch after a gap in the event stream. Legs the switch no longer has ended
   * unseen (their time is when we noticed); channels we never saw are added, untagged until bridged.
   * `since` is when the snapshot was requested: legs heard of after it are newer than the snapshot.
   */
  reconcile(snapshot: SwitchSnapshot, since: number): void {
    const now = this.now()
    const present = new Set(snapshot.channels.map((row) => row.uuid))
    for (const [uuid, at] of this.gone) if (at < since) this.gone.delete(uuid)
    for (const { leg, call } of [...this.legs.values()]) {
      if (present.has(leg.uuid) || leg.lastSeenAt >= since) continue
      if (leg.endedAt === null) {
        leg.endedAt = now
        leg.hangupCause ??= 'UNKNOWN'
        this.note(call, now, 'LOST', leg, 'ended while the event stream was down')
        if (call) this.firstHangup(call, leg, 'SYSTEM')
      }
      this.completed(call, leg)
    }
    for (const row of snapshot.channels) {
      const known = this.legs.get(row.uuid)
      if (this.gone.has(row.uuid)) continue
      if (!known) {
        const direction = row.direction === 'outbound' ? 'outbound' : 'inbound'
        const leg = new Leg(row.uuid, 'CALLER', direction, {
          callerNumber: textOrNull(row.callerNumber),
          destinationNumber: textOrNull(row.destinationNumber),
          createdAt: row.createdEpoch * 1000,
          seenAt: now,
        })
        this.legs.set(row.uuid, { leg, call: undefined })
      } else if (row.callState === 'ACTIVE' && known.leg.answeredAt === null) {
        this.markAnswered(known.call, known.leg, now)
      }
    }
    for (const [a, b] of snapshot.bridges) {
      const first = this.legs.get(a)
      if (first && first.call?.fields.bridgedAt === null) first.call.fields.bridgedAt = new Date(now)
      if (first) this.join(first, this.legs.get(b))
      if (first?.call) this.options.changed(first.call, this)
    }
  }

  private adopt(event: CallEvent, at: number, seenAt: number): { leg: Leg; call: Call | undefined } {
    const direction = event.callDirection === 'outbound' ? 'outbound' : 'inbound'
    const leg = new Leg(event.uniqueId, 'CALLER', direction, {
      callerNumber: textOrNull(event.callerIdNumber),
      destinationNumber: textOrNull(event.destinationNumber),
      createdAt: at,
      seenAt,
    })
    const entry = { leg, call: undefined }
    this.legs.set(leg.uuid, entry)
    return entry
  }

  /** The call a leg's tags put it in: an existing one (cc_call_id), a new one (cc_tenant_id), or none yet. */
  private callOf(leg: Leg, event: CallEvent): Call | undefined {
    const vars = event.variables
    const callId = uuidOrNull(vars[CALL_VARIABLES.callId])
    const existing = callId === null ? undefined : this.calls.get(callId)
    if (existing) {
      leg.role = 'CALLEE'
      this.addLeg(existing, leg)
      return existing
    }
    const tenantId = uuidOrNull(vars[CALL_VARIABLES.tenantId])
    if (tenantId === null) return undefined
    const id = callId ?? event.uniqueId
    // The caller's own leg, tagged late (a call the fallback dialplan parked, adopted after the agent's
    // leg was already placed for it): it joins the call that leg started, which must not exist twice.
    const started = this.calls.get(id)
    if (started) return this.joinAsCaller(started, leg, event)
    const call = this.newCall(id, tenantId, leg, event, leg.createdAt)
    this.calls.set(call.id, call)
    return call
  }

  private joinAsCaller(call: Call, leg: Leg, event: CallEvent): Call {
    leg.role = 'CALLER'
    call.legs.push(leg)
    const fields = call.fields
    fields.startedAt = new Date(Math.min(fields.startedAt.getTime(), leg.createdAt))
    fields.dialledNumber ??= textOrNull(event.variables[CALL_VARIABLES.dialledNumber])
    fields.callerNumber = leg.callerNumber ?? fields.callerNumber
    fields.calleeNumber = fields.dialledNumber ?? fields.calleeNumber
    return call
  }

  private newCall(id: string, tenantId: string, leg: Leg, event: CallEvent, at: number): Call {
    const vars = event.variables
    const declared = vars[CALL_VARIABLES.direction]
    const direction =
      declared === 'outbound' || (declared === undefined && leg.direction === 'outbound')
        ? 'OUTBOUND'
        : 'INBOUND'
    const dialledNumber = textOrNull(vars[CALL_VARIABLES.dialledNumber])
    const call = new Call({
      id,
      tenantId,
      node: this.options.node,
      direction,
      dialledNumber,
      callerNumber: leg.callerNumber,
      calleeNumber: dialledNumber ?? leg.destinationNumber,
      agentId: null,
      skillGroupId: null,
      startedAt: new Date(at),
      ringingAt: null,
      answeredAt: null,
      bridgedAt: null,
      endedAt: null,
      hangupCause: null,
      hangupSide: null,
      recordingFile: null,
    })
    call.legs.push(leg)
    return call
  }

  private addLeg(call: Call, leg: Leg): void {
    if (call.legs.includes(leg)) return
    call.legs.push(leg)
    // An outbound call starts with the agent's leg; the number it is about is the customer's.
    if (call.fields.direction === 'OUTBOUND' && call.fields.dialledNumber === null && leg.role === 'CALLEE') {
      call.fields.calleeNumber = leg.destinationNumber
    }
  }

  private fillAssignments(call: Call, event: CallEvent): void {
    const agentId = uuidOrNull(event.variables[CALL_VARIABLES.agentId])
    // The first agent offered stands until one answers: the call then belongs to whoever took it.
    if (agentId && event.eventName === 'CHANNEL_ANSWER' && call.fields.answeredAt === null)
      call.fields.agentId = agentId
    else call.fields.agentId ??= agentId
    call.fields.skillGroupId ??= uuidOrNull(event.variables[CALL_VARIABLES.skillGroupId])
  }

  private markAnswered(call: Call | undefined, leg: Leg, at: number): void {
    leg.answeredAt ??= at
    // Answered means the called side picked up (an agent, or the customer of an outbound call);
    // the IVR answering the caller's own leg does not make a call answered.
    if (call && leg.role === 'CALLEE') call.fields.answeredAt ??= new Date(at)
  }

  private bridged(entry: { leg: Leg; call: Call | undefined }, otherUuid: string | undefined, at: number) {
    const other = otherUuid === undefined ? undefined : this.legs.get(otherUuid)
    this.join(entry, other)
    const call = entry.call ?? other?.call
    // The event's switch time is earlier than a confirmed command's reply (confirmBridge).
    if (call && (call.fields.bridgedAt === null || call.fields.bridgedAt.getTime() > at))
      call.fields.bridgedAt = new Date(at)
    this.note(call, at, 'BRIDGE', entry.leg, otherUuid)
  }

  /**
   * The switch answered +OK to `uuid_bridge a b`: the legs are bridged though their CHANNEL_BRIDGE may be
   * lost in a gap of the event stream, after which the resync cannot tell (the legs may be gone by then).
   */
  confirmBridge(a: string, b: string): void {
    const first = this.legs.get(a)
    if (!first) return
    const second = this.legs.get(b)
    this.join(first, second)
    const call = first.call ?? second?.call
    if (!call || call.fields.bridgedAt !== null) return
    call.fields.bridgedAt = new Date(this.now())
    this.options.changed(call, this)
  }

  /** Bridging a tagged leg to an untagged one makes the untagged leg part of the same call. */
  private join(a: { leg: Leg; call: Call | undefined }, b: { leg: Leg; call: Call | undefined } | undefined) {
    if (!b || a.call === b.call) return
    const [tagged, untagged] =
      a.call && !b.call ? [a, b] : !a.call && b.call ? [b, a] : [undefined, undefined]
    if (!tagged || !untagged || !tagged.call) return
    untagged.leg.role = 'CALLEE'
    untagged.call = tagged.call
    this.addLeg(tagged.call, untagged.leg)
    if (untagged.leg.answeredAt !== null)
      this.markAnswered(tagged.call, untagged.leg, untagged.leg.answeredAt)
  }

  private hungUp(
    call: Call | undefined,
    leg: Leg,
    at: number,
    cause: string,
    vars: Readonly<Record<string, string>>,
  ): void {
    leg.endedAt ??= at
    leg.hangupCause ??= cause
    // Sofia records who sent the BYE/CANCEL; send_* means the switch ended this leg, not its party.
    const isSwitchSide = (vars['sip_hangup_disposition'] ?? '').startsWith('send_')
    if (call) this.firstHangup(call, leg, isSwitchSide ? 'SYSTEM' : leg.role)
    this.note(call, at, 'HANGUP', leg, cause)
  }

  private firstHangup(call: Call, leg: Leg, side: HangupSide): void {
    if (call.fields.hangupCause !== null) return
    call.fields.hangupCause = leg.hangupCause
    call.fields.hangupSide = side
  }

  private completed(call: Call | undefined, leg: Leg): void {
    leg.isComplete = true
    this.legs.delete(leg.uuid)
    this.gone.set(leg.uuid, this.now())
    if (call?.endIfAllLegsGone()) this.options.changed(call, this)
  }

  private note(call: Call | undefined, at: number, code: string, leg: Leg, detail?: string): void {
    if (!call) return
    call.note(at, code, leg, detail)
    this.options.changed(call, this)
  }
}
