// The simulated switch's call state: channels, registrations, and the events every change fires.
import { randomUUID } from 'node:crypto'
import type { EventData, HeaderList } from '../esl/codec.js'
import { Channel } from './channel.js'
import type { ChannelInit, Eavesdrop } from './channel.js'
import { Registrar } from './registrar.js'
import { writeRecording } from './recording.js'
import { CALLEE_VOICE, CALLER_VOICE, mediaHeard, together } from './hearing.js'
import type { Heard, HeardSpan } from './hearing.js'

/** How many ended legs keep what their party heard, for `SwitchSimulator.heard`. */
const HEARD_KEPT = 2000

/** How a dialled endpoint (a registered agent, or a number behind the trunk) reacts to a call. */
export type EndpointBehaviour = (
  | { readonly kind: 'auto-answer' }
  | { readonly kind: 'no-answer' }
  | { readonly kind: 'reject'; readonly cause?: string }
  | { readonly kind: 'answer-after'; readonly ms: number }
) & {
  /** What its party says once answered (CALLEE_VOICE unless given): a customer called from the platform. */
  readonly voice?: Heard
}

export interface InboundCall {
  readonly uuid: string
  readonly from: string
  readonly to: string
}

/**
 * Stands in for the xml_curl dialplan: returns channel variables to set before the call is parked. It
 * may answer later, as the real lookup is an HTTP request.
 */
export type DialplanHook = (
  call: InboundCall,
) => Record<string, string> | undefined | Promise<Record<string, string> | undefined>

export interface NamedEvent extends EventData {
  readonly name: string
  /** Event-Subclass of a CUSTOM event: listeners get it only if they named it. */
  readonly subclass?: string
}

/** Where the real switch raises each event (Event-Calling-*), copied from the captures. */
const ORIGINS: Record<string, readonly [file: string, fn: string, line: number]> = {
  CHANNEL_CREATE: ['switch_core_state_machine.c', 'switch_core_session_run', 626],
  CHANNEL_PROGRESS: ['switch_channel.c', 'switch_channel_perform_mark_ring_ready_value', 1228],
  CHANNEL_ANSWER: ['switch_channel.c', 'switch_channel_perform_mark_answered', 3846],
  CHANNEL_PARK: ['switch_ivr.c', 'switch_ivr_park', 1002],
  CHANNEL_EXECUTE: ['switch_core_session.c', 'switch_core_session_exec', 2944],
  CHANNEL_EXECUTE_COMPLETE: ['switch_core_session.c', 'switch_core_session_exec', 2967],
  CHANNEL_BRIDGE: ['switch_ivr_bridge.c', 'switch_ivr_multi_threaded_bridge', 1689],
  CHANNEL_UNBRIDGE: ['switch_ivr_bridge.c', 'switch_ivr_multi_threaded_bridge', 1879],
  CHANNEL_HANGUP: ['switch_channel.c', 'switch_channel_perform_hangup', 3445],
  CHANNEL_HANGUP_COMPLETE: ['switch_core_state_machine.c', 'switch_core_session_reporting_state', 943],
  DTMF: ['switch_channel.c', 'switch_channel_dequeue_dtmf', 677],
  PLAYBACK_START: ['switch_ivr_play_say.c', 'switch_ivr_play_file', 1646],
  PLAYBACK_STOP: ['switch_ivr_play_say.c', 'switch_ivr_play_file', 2020],
  RECORD_START: ['switch_ivr_async.c', 'record_callback', 1481],
  RECORD_STOP: ['switch_ivr_async.c', 'send_record_stop_event', 1240],
  BACKGROUND_JOB: ['mod_event_socket.c', 'api_exec', 1572],
  HEARTBEAT: ['switch_core.c', 'send_heartbeat', 95],
  // Not captured: file and function from mod_sofia's source, line numbers approximate.
  'CUSTOM sofia::register': ['sofia_reg.c', 'sofia_reg_handle_register_token', 2070],
  'CUSTOM sofia::unregister': ['sofia_reg.c', 'sofia_reg_handle_register_token', 2185],
  'CUSTOM sofia::expire': ['sofia_reg.c', 'sofia_reg_del_callback', 642],
}

/** Events whose channel variables FreeSWITCH leaves out unless the channel ran `verbose_events`. */
const TERSE_EVENTS: ReadonlySet<string> = new Set(['DTMF'])

/** FreeSWITCH's switch_true: how it reads a boolean channel variable. */
export const isTrue = (value: string | undefined): boolean =>
  value !== undefined &&
  (['yes', 'on', 'true', 't', 'enabled', 'active', 'allow'].includes(value.toLowerCase()) ||
    (/^-?\d+$/.test(value) && Number(value) !== 0))

const pad = (n: number) => String(n).padStart(2, '0')
const localDate = (d: Date) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`

export interface EngineOptions {
  readonly hostname: string
  readonly now: () => number
  readonly publish: (event: NamedEvent) => void
  readonly dialplan?: DialplanHook
}

export class CallEngine {
  readonly coreUuid = randomUUID()
  readonly startedAt: number
  readonly channels = new Map<string, Channel>()
  /** Registered SIP users and how each answers. */
  readonly registrar: Registrar
  /** Numbers behind the trunk gateway; unlisted numbers answer at once. */
  readonly outsideNumbers = new Map<string, EndpointBehaviour>()
  sessionsSinceStartup = 0
  private sequence = 0
  /** What the parties of recent legs heard, by leg UUID (oldest dropped first). */
  private readonly hearings = new Map<string, readonly HeardSpan[]>()
  /** Legs running eavesdrop or three_way, whose parties are heard by (and hear) others. */
  private readonly listeners = new Set<Channel>()

  constructor(private readonly options: EngineOptions) {
    this.startedAt = options.now()
    this.registrar = new Registrar({
      hostname: options.hostname,
      nowMs: () => this.nowMs,
      fireCustom: (subclass, headers) => this.fire('CUSTOM', undefined, { subclass, post: headers }),
    })
  }

  get nowMs(): number {
    return this.options.now()
  }

  get nowUs(): number {
    return Math.round(this.options.now() * 1000)
  }

  fire(
    name: string,
    channel?: Channel,
    extra: { pre?: HeaderList; post?: HeaderList; subclass?: string } = {},
    body?: string,
  ): void {
    const { subclass } = extra
    const origin = ORIGINS[subclass === undefined ? name : `${name} ${subclass}`]
    const [file, fn, line] = origin ?? ['switch_event.c', 'switch_event_fire', 0]
    const date = new Date(this.options.now())
    const headerList: HeaderList = [
      ['Event-Name', name],
      ['Core-UUID', this.coreUuid],
      ['FreeSWITCH-Hostname', this.options.hostname],
      ['FreeSWITCH-Switchname', this.options.hostname],
      ['FreeSWITCH-IPv4', '127.0.0.1'],
      ['FreeSWITCH-IPv6', '::1'],
      ['Event-Date-Local', localDate(date)],
      ['Event-Date-GMT', date.toUTCString()],
      ['Event-Date-Timestamp', String(this.nowUs)],
      ['Event-Calling-File', file],
      ['Event-Calling-Function', fn],
      ['Event-Calling-Line-Number', String(line)],
      ['Event-Sequence', String(++this.sequence)],
      // switch_event_create_subclass adds it right after the headers every event starts with.
      ...(subclass === undefined ? [] : ([['Event-Subclass', subclass]] as const)),
      ...(extra.pre ?? []),
      ...(channel ? channel.headers(channel.isVerbose || !TERSE_EVENTS.has(name)) : []),
      ...(extra.post ?? []),
    ]
    this.options.publish({ name, subclass, headerList, body })
  }

  createChannel(init: Omit<ChannelInit, 'createdUs'>, variables: Record<string, string> = {}): Channel {
    const channel = new Channel({ ...init, createdUs: this.nowUs })
    channel.voice = init.direction === 'inbound' ? CALLER_VOICE : CALLEE_VOICE
    this.hearings.set(channel.uuid, channel.heard)
    if (this.hearings.size > HEARD_KEPT) this.hearings.delete(this.hearings.keys().next().value!)
    this.hear(channel)
    for (const [name, value] of Object.entries(variables)) channel.variables.set(name, value)
    this.channels.set(channel.uuid, channel)
    this.sessionsSinceStartup++
    this.fire('CHANNEL_CREATE', channel)
    return channel
  }

  /**
   * Runs the dialplan for a call arriving from the trunk and parks it, as the platform's dialplan does.
   * When the hook has nothing (xml_curl down or "not found"), or `isDialplanDown`, the static fallback of
   * docker/freeswitch/dialplan/public.xml applies: the dialled number, no tenant.
   */
  async inboundCall(from: string, to: string, isDialplanDown = false): Promise<Channel> {
    const uuid = randomUUID()
    const channel = this.createChannel({
      uuid,
      name: `sofia/external/${from}@trunk`,
      direction: 'inbound',
      callerIdName: from,
      callerIdNumber: from,
      destinationNumber: to,
      source: 'mod_sofia',
    })
    // As on the real switch, the dialplan (mod_xml_curl) runs in CS_ROUTING, after CHANNEL_CREATE:
    // the platform's tags arrive with the first events after it, CHANNEL_PARK among them.
    channel.state = 'CS_ROUTING'
    const variables = (isDialplanDown ? undefined : await this.options.dialplan?.({ uuid, from, to })) ?? {
      cc_dialled_number: to,
      cc_direction: 'inbound',
      cc_dialplan: 'fallback',
      park_timeout: '300',
    }
    for (const [name, value] of Object.entries(variables)) channel.variables.set(name, value)
    // The platform's dialplan and its fallback both run verbose_events before parking.
    channel.isVerbose = true
    if (channel.isGone) return channel
    this.park(channel)
    return channel
  }

  progress(channel: Channel): void {
    channel.callState = 'RINGING'
    channel.times.progress = this.nowUs
    this.fire('CHANNEL_PROGRESS', channel)
  }

  answer(channel: Channel): void {
    if (channel.answerState === 'answered' || channel.isGone) return
    channel.answerState = 'answered'
    channel.callState = 'ACTIVE'
    channel.times.answered = this.nowUs
    this.fire('CHANNEL_ANSWER', channel)
  }

  park(channel: Channel): void {
    channel.state = 'CS_EXECUTE'
    channel.variables.set('current_application', 'park')
    this.fire('CHANNEL_PARK', channel)
  }

  /** Wraps one application run in CHANNEL_EXECUTE / CHANNEL_EXECUTE_COMPLETE. */
  async execute(
    channel: Channel,
    app: string,
    arg: string,
    eventUuid: string | undefined,
    run: () => Promise<string> | string,
  ): Promise<void> {
    if (channel.isGone) return
    this.executeStarted(channel, app, arg, eventUuid)
    const response = await run()
    if (this.channels.has(channel.uuid)) {
      this.fire('CHANNEL_EXECUTE_COMPLETE', channel, { post: appHeaders(app, arg, eventUuid, response) })
    }
  }

  /** CHANNEL_EXECUTE alone, for an application that does not return (it runs until the leg moves on). */
  executeStarted(channel: Channel, app: string, arg: string, eventUuid?: string): void {
    channel.variables.set('current_application', app)
    if (arg !== '') channel.variables.set('current_application_data', arg)
    this.fire('CHANNEL_EXECUTE', channel, { post: appHeaders(app, arg, eventUuid) })
  }

  bridge(a: Channel, b: Channel): void {
    for (const [leg, other, role] of [
      [a, b, 'originator'],
      [b, a, 'originatee'],
    ] as const) {
      leg.bridgedTo = other
      leg.bridgeRole = role
      leg.state = 'CS_EXCHANGE_MEDIA'
      leg.times.bridged = this.nowUs
      leg.variables.set('bridge_uuid', other.uuid)
    }
    this.fire('CHANNEL_BRIDGE', a, { pre: bridgeHeaders(a, b) })
    this.hear(a, b)
  }

  /** The spans a leg's party heard, while the leg is recent. */
  heardOn(uuid: string): readonly HeardSpan[] | undefined {
    return this.hearings.get(uuid)
  }

  /**
   * Notes what each leg's party hears now: the media played to it, else the bridged party's voice, with
   * any supervisor talking to them; a supervisor listening in hears both parties of the call.
   */
  hear(...legs: Channel[]): void {
    for (const leg of this.withListeners(legs)) {
      const target = leg.eavesdrop && this.channels.get(leg.eavesdrop.target)
      const heard: Heard = leg.isGone
        ? 'silence'
        : leg.playing !== undefined
          ? mediaHeard(leg.playing)
          : target
            ? together([
                target.voice,
                target.playing ? mediaHeard(target.playing) : voiceFrom(target.bridgedTo),
              ])
            : together([voiceFrom(leg.bridgedTo), ...this.supervisorsTalkingTo(leg)])
      if (leg.heard.at(-1)?.heard !== heard) leg.heard.push({ at: this.nowMs, heard })
    }
  }

  /** A leg starts running eavesdrop or three_way on another. */
  listenIn(listener: Channel, eavesdrop: Eavesdrop): void {
    listener.eavesdrop = eavesdrop
    this.listeners.add(listener)
    this.hear(listener)
  }

  stopListening(listener: Channel): void {
    const call = this.withListeners([listener])
    listener.eavesdrop = undefined
    this.listeners.delete(listener)
    this.hear(...call)
  }

  /** The legs, with the supervisors listening in on their calls, and the calls of supervisors among them. */
  private withListeners(legs: readonly Channel[]): Set<Channel> {
    const affected = new Set(legs)
    for (const listener of this.listeners) {
      const target = this.channels.get(listener.eavesdrop!.target)
      if (!target) continue
      const call = [target, target.bridgedTo].filter((leg) => leg !== undefined)
      if (call.some((leg) => legs.includes(leg))) affected.add(listener)
      if (legs.includes(listener)) call.forEach((leg) => affected.add(leg))
    }
    return affected
  }

  /** The voices of supervisors whose eavesdrop mode lets this leg's party hear them. */
  private supervisorsTalkingTo(leg: Channel): Heard[] {
    return [...this.listeners].flatMap((listener) => {
      const { target, mode } = listener.eavesdrop!
      const isTarget = target === leg.uuid
      const isPartner = leg.bridgedTo?.uuid === target
      const reaches =
        mode === 'barge' || (mode === 'whisper' && isTarget) || (mode === 'whisper-partner' && isPartner)
      return reaches && (isTarget || isPartner) ? [listener.voice] : []
    })
  }

  /** Ends uuid_record on a leg: its file is written now, as the switch closes it. */
  stopRecording(channel: Channel): void {
    if (!channel.recording) return
    // What the party says is on the recording unless the leg is muted (uuid_audio read mute).
    writeRecording(channel.recording, channel.isMuted ? 'silence' : channel.voice, channel.heard, this.nowMs)
    channel.recording = undefined
  }

  /** Ends a leg. Its bridged partner parks if it has park_after_bridge, else goes down with it. */
  hangup(channel: Channel, cause: string): void {
    if (channel.isGone) return
    this.stopRecording(channel)
    channel.ringOutcome?.(cause)
    channel.digitWaiter?.()
    channel.stopPlayback?.('end')
    const partner = channel.bridgedTo
    channel.hangupCause = cause
    channel.answerState = 'hangup'
    channel.callState = 'HANGUP'
    channel.state = 'CS_HANGUP'
    channel.times.hangup = this.nowUs
    channel.variables.set('hangup_cause', cause)
    this.fire('CHANNEL_HANGUP', channel)
    this.hear(channel)
    if (partner) {
      const [a, b] = channel.bridgeRole === 'originator' ? [channel, partner] : [partner, channel]
      this.fire('CHANNEL_UNBRIDGE', partner, { pre: bridgeHeaders(a, b) })
      separate(channel, partner)
      this.hear(partner)
      this.bridgeEnded(partner, cause)
    }
    channel.state = 'CS_REPORTING'
    this.fire('CHANNEL_HANGUP_COMPLETE', channel, { pre: [['Hangup-Cause', cause]] })
    this.channels.delete(channel.uuid)
    channel.end()
  }

  /** Takes a leg out of its bridge without ending either side; returns the partner it left. */
  unbridge(channel: Channel): Channel | undefined {
    const partner = channel.bridgedTo
    if (!partner) return undefined
    const [a, b] = channel.bridgeRole === 'originator' ? [channel, partner] : [partner, channel]
    this.fire('CHANNEL_UNBRIDGE', a, { pre: bridgeHeaders(a, b) })
    separate(channel, partner)
    this.hear(channel, partner)
    return partner
  }

  /**
   * uuid_transfer: the legs leave their bridge for the dialplan, which parks them. A partner left
   * behind has nothing more to run: it parks with park_after_bridge, else it hangs up.
   */
  transfer(legs: readonly Channel[], destination: string): void {
    const leftBehind: Channel[] = []
    for (const leg of legs) {
      const partner = this.unbridge(leg)
      if (partner && !legs.includes(partner)) leftBehind.push(partner)
    }
    for (const leg of legs) {
      leg.variables.set('transfer_destination', destination)
      this.park(leg)
    }
    for (const partner of leftBehind) this.bridgeEnded(partner, 'NORMAL_CLEARING')
  }

  /** What FreeSWITCH does with a leg whose bridge ended under it (switch_ivr_bridge.c). */
  private bridgeEnded(leg: Channel, cause: string): void {
    if (isTrue(leg.variables.get('park_after_bridge'))) this.park(leg)
    else this.hangup(leg, cause)
  }

  pressDigits(channel: Channel, digits: string): void {
    for (const digit of digits) {
      this.fire('DTMF', channel, {
        post: [
          ['DTMF-Digit', digit],
          ['DTMF-Duration', '2000'],
          ['DTMF-Source', 'RTP'],
        ],
      })
      channel.dtmfBuffer += digit
      channel.digitWaiter?.()
    }
  }
}

function appHeaders(app: string, arg: string, eventUuid: string | undefined, response?: string): HeaderList {
  const list: Array<readonly [string, string]> = [['Application', app]]
  if (arg !== '') list.push(['Application-Data', arg])
  if (response !== undefined) list.push(['Application-Response', response])
  list.push(['Application-UUID', eventUuid ?? randomUUID()])
  return list
}

function separate(channel: Channel, partner: Channel): void {
  channel.bridgedTo = partner.bridgedTo = undefined
  channel.bridgeRole = partner.bridgeRole = undefined
}

const bridgeHeaders = (a: Channel, b: Channel): HeaderList => [
  ['Bridge-A-Unique-ID', a.uuid],
  ['Bridge-B-Unique-ID', b.uuid],
]

/** What a party hears from the leg they are bridged to. */
function voiceFrom(partner: Channel | undefined): Heard {
  if (!partner || partner.isMuted) return 'silence'
  return partner.isHeld ? 'sound' : partner.voice
}
