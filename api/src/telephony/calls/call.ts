// A call as the platform records it: one or more legs, the milestones of the whole call, and the
// timeline of what happened, built from channel events by the tracker.

export type CallDirection = 'INBOUND' | 'OUTBOUND'
export type LegRole = 'CALLER' | 'CALLEE'
/** Who ended the call: the caller, the called side (agent or customer), or the switch/platform. */
export type HangupSide = 'CALLER' | 'CALLEE' | 'SYSTEM'

/** One channel of the call, as stored (epoch milliseconds keep the JSON small). */
export interface LegSnapshot {
  readonly uuid: string
  readonly role: LegRole
  readonly direction: 'inbound' | 'outbound'
  readonly callerNumber: string | null
  readonly destinationNumber: string | null
  readonly createdAt: number
  readonly answeredAt: number | null
  readonly endedAt: number | null
  readonly hangupCause: string | null
}

/** One timeline entry: at (epoch ms), event code, leg index into `legs`, optional detail. */
export interface TimelineEntry {
  readonly t: number
  readonly e: string
  readonly l: number
  readonly d?: string
}

/** Everything a call record row holds; `timeline` carries only the entries not yet saved. */
export interface CallSnapshot {
  readonly id: string
  readonly tenantId: string
  readonly node: string
  readonly direction: CallDirection
  readonly dialledNumber: string | null
  readonly callerNumber: string | null
  readonly calleeNumber: string | null
  readonly agentId: string | null
  readonly skillGroupId: string | null
  readonly startedAt: Date
  readonly ringingAt: Date | null
  readonly answeredAt: Date | null
  readonly bridgedAt: Date | null
  readonly endedAt: Date | null
  readonly hangupCause: string | null
  readonly hangupSide: HangupSide | null
  readonly recordingFile: string | null
  readonly legs: readonly LegSnapshot[]
  readonly timeline: readonly TimelineEntry[]
}

/** Where call records go, and where a new owner of a node finds the calls the last owner left open. */
export interface CallStore {
  save(calls: readonly CallSnapshot[]): Promise<void>
  loadOpen(node: string): Promise<CallSnapshot[]>
}

export class Leg {
  callerNumber: string | null
  destinationNumber: string | null
  createdAt: number
  answeredAt: number | null = null
  endedAt: number | null = null
  hangupCause: string | null = null
  isComplete = false
  /** Receive time of the last event for it; resync only ends legs not heard of since it began. */
  lastSeenAt: number

  constructor(
    readonly uuid: string,
    public role: LegRole,
    readonly direction: 'inbound' | 'outbound',
    init: {
      callerNumber: string | null
      destinationNumber: string | null
      createdAt: number
      seenAt: number
    },
  ) {
    this.callerNumber = init.callerNumber
    this.destinationNumber = init.destinationNumber
    this.createdAt = init.createdAt
    this.lastSeenAt = init.seenAt
  }

  static restore(snapshot: LegSnapshot, seenAt: number): Leg {
    const leg = new Leg(snapshot.uuid, snapshot.role, snapshot.direction, { ...snapshot, seenAt })
    leg.answeredAt = snapshot.answeredAt
    leg.endedAt = snapshot.endedAt
    leg.hangupCause = snapshot.hangupCause
    leg.isComplete = snapshot.endedAt !== null
    return leg
  }

  snapshot(): LegSnapshot {
    const { uuid, role, direction, callerNumber, destinationNumber, createdAt, answeredAt, endedAt } = this
    return {
      uuid,
      role,
      direction,
      callerNumber,
      destinationNumber,
      createdAt,
      answeredAt,
      endedAt,
      hangupCause: this.hangupCause,
    }
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] }
type CallFields = Omit<Mutable<CallSnapshot>, 'legs' | 'timeline'>

export class Call {
  readonly fields: CallFields
  readonly legs: Leg[] = []
  /** Timeline entries the store has not confirmed yet. */
  readonly unsaved: TimelineEntry[] = []
  /** Receive time (ms) of the oldest change not yet saved; the event-to-record lag is measured from it. */
  dirtySince: number | undefined

  constructor(fields: CallFields) {
    this.fields = fields
  }

  get id(): string {
    return this.fields.id
  }

  get isEnded(): boolean {
    return this.fields.endedAt !== null
  }

  static restore(snapshot: CallSnapshot, seenAt: number): Call {
    const { legs, timeline: _saved, ...fields } = snapshot
    const call = new Call({ ...fields })
    for (const leg of legs) call.legs.push(Leg.restore(leg, seenAt))
    return call
  }

  note(at: number, code: string, leg: Leg, detail?: string): void {
    const entry: TimelineEntry = { t: at, e: code, l: this.legs.indexOf(leg) }
    this.unsaved.push(detail === undefined ? entry : { ...entry, d: detail })
  }

  /** The call ends when its last leg is gone; until then a hung-up leg is only a timeline entry. */
  endIfAllLegsGone(): boolean {
    if (this.isEnded || this.legs.some((leg) => !leg.isComplete)) return false
    const last = Math.max(...this.legs.map((leg) => leg.endedAt ?? leg.createdAt))
    this.fields.endedAt = new Date(last)
    return true
  }

  snapshot(): CallSnapshot {
    return { ...this.fields, legs: this.legs.map((leg) => leg.snapshot()), timeline: [...this.unsaved] }
  }
}
