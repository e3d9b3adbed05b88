// A simulated call leg and the header block FreeSWITCH writes for it, in the switch's own order.
import type { HeaderList } from '../esl/codec.js'
import type { Heard, HeardSpan } from './hearing.js'
import type { SimRecording } from './recording.js'

export type ChannelState =
  | 'CS_NEW'
  | 'CS_INIT'
  | 'CS_ROUTING'
  | 'CS_SOFT_EXECUTE'
  | 'CS_EXECUTE'
  | 'CS_EXCHANGE_MEDIA'
  | 'CS_PARK'
  | 'CS_CONSUME_MEDIA'
  | 'CS_HIBERNATE'
  | 'CS_RESET'
  | 'CS_HANGUP'
  | 'CS_REPORTING'
  | 'CS_DESTROY'

const STATE_NUMBERS: readonly ChannelState[] = [
  'CS_NEW',
  'CS_INIT',
  'CS_ROUTING',
  'CS_SOFT_EXECUTE',
  'CS_EXECUTE',
  'CS_EXCHANGE_MEDIA',
  'CS_PARK',
  'CS_CONSUME_MEDIA',
  'CS_HIBERNATE',
  'CS_RESET',
  'CS_HANGUP',
  'CS_REPORTING',
  'CS_DESTROY',
]

export type CallState = 'DOWN' | 'RINGING' | 'EARLY' | 'ACTIVE' | 'HELD' | 'HANGUP'
export type AnswerState = 'ringing' | 'early' | 'answered' | 'hangup'

/**
 * What a leg running eavesdrop or three_way does to its target's call: listen only; talk to the target
 * (`eavesdrop_whisper_bleg`: mixed into what the switch writes to the target); talk to the target's
 * partner (`eavesdrop_whisper_aleg`: mixed into what it reads from the target, so the partner hears it);
 * or both (three_way).
 */
export type EavesdropMode = 'listen' | 'whisper' | 'whisper-partner' | 'barge'

export interface Eavesdrop {
  readonly target: string
  readonly mode: EavesdropMode
}

export interface ChannelInit {
  readonly uuid: string
  readonly name: string
  readonly direction: 'inbound' | 'outbound'
  readonly callerIdName: string
  readonly callerIdNumber: string
  readonly destinationNumber: string
  readonly source: string
  readonly createdUs: number
}

/** Microsecond timestamps of a leg's milestones; 0 until reached, as the switch reports them. */
interface Times {
  answered: number
  progress: number
  hangup: number
  bridged: number
}

export class Channel {
  state: ChannelState = 'CS_INIT'
  callState: CallState = 'DOWN'
  answerState: AnswerState = 'ringing'
  hangupCause: string | undefined
  bridgedTo: Channel | undefined
  /** Which side of a bridge this leg is: the switch labels the other leg's profile with it. */
  bridgeRole: 'originator' | 'originatee' | undefined
  /** uuid_record running on the leg. */
  recording: SimRecording | undefined
  /** `uuid_audio … start read mute`: what the leg says is not heard. */
  isMuted = false
  /** `uuid_hold`. */
  isHeld = false
  /** Set while the leg runs eavesdrop or three_way. */
  eavesdrop: Eavesdrop | undefined
  readonly variables = new Map<string, string>()
  readonly times: Times = { answered: 0, progress: 0, hangup: 0, bridged: 0 }
  /** Digits pressed but not yet read by play_and_get_digits. */
  dtmfBuffer = ''
  /** Wakes play_and_get_digits when a digit arrives. */
  digitWaiter: (() => void) | undefined
  /** Settles a ringing outbound leg: 'answer', or the cause it ended with. */
  ringOutcome: ((outcome: string) => void) | undefined
  /**
   * Ends the prompt playing now: `break` (uuid_break), which endless_playback shrugs off by starting its
   * file again, or `end` (uuid_bridge, a hangup), which ends any playback.
   */
  stopPlayback: ((how: 'break' | 'end') => void) | undefined
  /**
   * An application sent without event-lock is running: as FreeSWITCH's playback loop parses queued
   * messages while it plays, an application queued now runs at once, nested inside it.
   */
  isRunningUnlocked = false
  /** The media the switch plays to this leg now; while it plays, the party hears nothing else. */
  playing: string | undefined
  /**
   * The dialplan ran `verbose_events`: every event carries the channel's variables. Otherwise only the
   * events FreeSWITCH always fills do (switch_channel_event_set_extended_data); DTMF is not one of them.
   */
  isVerbose = false
  /** What this leg's party says, heard by whoever is bridged to it. */
  voice: Heard = 'silence'
  /** What this leg's party heard, from the leg's start on (kept after it ends). */
  readonly heard: HeardSpan[] = []
  /** Applications run one after another, as sendmsg with event-lock queues them. */
  queue: Promise<void> = Promise.resolve()
  /** Bumped by `uuid_break all`, which drops the applications queued so far. */
  queueGeneration = 0
  /** Resolves once the leg has hung up. */
  readonly ended: Promise<void>
  private markEnded: () => void = () => {}

  constructor(readonly init: ChannelInit) {
    this.variables.set('direction', init.direction)
    this.variables.set('uuid', init.uuid)
    this.variables.set('channel_name', init.name)
    this.ended = new Promise((resolve) => (this.markEnded = resolve))
  }

  /** Queues an application behind the ones already queued, unless `uuid_break all` drops it first. */
  enqueue(run: () => Promise<void>): void {
    const generation = this.queueGeneration
    this.queue = this.queue.then(() => (generation === this.queueGeneration ? run() : undefined))
  }

  /** Called by the engine once the leg is gone. */
  end(): void {
    this.markEnded()
  }

  get uuid(): string {
    return this.init.uuid
  }

  get isGone(): boolean {
    return this.answerState === 'hangup'
  }

  /** Bridged legs share the originator's UUID as Channel-Call-UUID. */
  get callUuid(): string {
    const bridged = this.bridgedTo
    return bridged && this.bridgeRole === 'originatee' ? bridged.uuid : this.uuid
  }

  headers(withVariables = true): HeaderList {
    const list: Array<readonly [string, string]> = [
      ['Channel-State', this.state],
      ['Channel-Call-State', this.callState],
      ['Channel-State-Number', String(STATE_NUMBERS.indexOf(this.state))],
      ['Channel-Name', this.init.name],
      ['Unique-ID', this.uuid],
      ['Call-Direction', this.init.direction],
      ['Presence-Call-Direction', this.init.direction],
      ['Channel-HIT-Dialplan', String(this.init.direction === 'inbound')],
      ['Channel-Call-UUID', this.callUuid],
      ['Answer-State', this.answerState],
    ]
    if (this.hangupCause !== undefined) list.push(['Hangup-Cause', this.hangupCause])
    list.push(
      ['Channel-Read-Codec-Name', 'PCMA'],
      ['Channel-Read-Codec-Rate', '8000'],
      ['Channel-Read-Codec-Bit-Rate', '64000'],
      ['Channel-Write-Codec-Name', 'PCMA'],
      ['Channel-Write-Codec-Rate', '8000'],
      ['Channel-Write-Codec-Bit-Rate', '64000'],
    )
    list.push(...this.profile('Caller'))
    const other = this.bridgedTo
    if (other && this.bridgeRole) {
      list.push(['Other-Type', this.bridgeRole === 'originator' ? 'originatee' : 'originator'])
      list.push(...other.profile('Other-Leg'))
    }
    if (withVariables) for (const [name, value] of this.variables) list.push([`variable_${name}`, value])
    return list
  }

  /** The caller profile block; `Other-Leg` copies it for the bridged leg, minus the profile index. */
  private profile(prefix: 'Caller' | 'Other-Leg'): HeaderList {
    const { init, times } = this
    const list: Array<readonly [string, string]> = [
      [`${prefix}-Direction`, init.direction],
      [`${prefix}-Logical-Direction`, init.direction],
      [`${prefix}-Dialplan`, 'XML'],
    ]
    if (init.callerIdName !== '') list.push([`${prefix}-Caller-ID-Name`, init.callerIdName])
    list.push(
      [`${prefix}-Caller-ID-Number`, init.callerIdNumber],
      [`${prefix}-Orig-Caller-ID-Number`, init.callerIdNumber],
      [`${prefix}-ANI`, init.callerIdNumber],
      [`${prefix}-Destination-Number`, init.destinationNumber],
      [`${prefix}-Unique-ID`, init.uuid],
      [`${prefix}-Source`, init.source],
      [`${prefix}-Context`, 'public'],
      [`${prefix}-Channel-Name`, init.name],
    )
    if (prefix === 'Caller') list.push([`${prefix}-Profile-Index`, '1'])
    list.push(
      [`${prefix}-Profile-Created-Time`, String(init.createdUs)],
      [`${prefix}-Channel-Created-Time`, String(init.createdUs)],
      [`${prefix}-Channel-Answered-Time`, String(times.answered)],
      [`${prefix}-Channel-Progress-Time`, String(times.progress)],
      [`${prefix}-Channel-Progress-Media-Time`, '0'],
      [`${prefix}-Channel-Hangup-Time`, String(times.hangup)],
      [`${prefix}-Channel-Transfer-Time`, '0'],
      [`${prefix}-Channel-Resurrect-Time`, '0'],
      [`${prefix}-Channel-Bridged-Time`, String(times.bridged)],
      [`${prefix}-Channel-Last-Hold`, '0'],
      [`${prefix}-Channel-Hold-Accum`, '0'],
      [`${prefix}-Screen-Bit`, 'true'],
      [`${prefix}-Privacy-Hide-Name`, 'false'],
      [`${prefix}-Privacy-Hide-Number`, 'false'],
    )
    return list
  }
}
