// Events as the rest of the platform sees them: parsed once from a frame into a typed union.
import { EslProtocolError, excerpt } from './errors.js'
import { encodeFrame, readHeaderLines, toHeaderRecord } from './frame.js'
import type { Frame, HeaderList, HeaderSink } from './frame.js'
import { fsUrlDecode, fsUrlEncode } from './url-encoding.js'

export type EventFormat = 'plain' | 'json'

/** Events with a channel behind them; they all carry Unique-ID and the caller profile. */
export const CHANNEL_EVENT_NAMES = [
  'CHANNEL_CREATE',
  'CHANNEL_PROGRESS',
  'CHANNEL_PROGRESS_MEDIA',
  'CHANNEL_ANSWER',
  'CHANNEL_PARK',
  'CHANNEL_BRIDGE',
  'CHANNEL_UNBRIDGE',
  'CHANNEL_HANGUP',
  'CHANNEL_HANGUP_COMPLETE',
  'CHANNEL_EXECUTE',
  'CHANNEL_EXECUTE_COMPLETE',
  'DTMF',
  'PLAYBACK_START',
  'PLAYBACK_STOP',
  'RECORD_START',
  'RECORD_STOP',
] as const

export const KNOWN_EVENT_NAMES = [...CHANNEL_EVENT_NAMES, 'BACKGROUND_JOB', 'HEARTBEAT'] as const

/**
 * mod_sofia's SIP registration events: `Event-Name: CUSTOM` with one of these as `Event-Subclass`.
 * The switch sends a CUSTOM event only to listeners that named its subclass after `CUSTOM` in their
 * `event` command (or subscribed to ALL); see EslClientOptions.customEvents.
 */
export const REGISTRATION_SUBCLASSES = ['sofia::register', 'sofia::unregister', 'sofia::expire'] as const

export type ChannelEventName = (typeof CHANNEL_EVENT_NAMES)[number]
export type KnownEventName = (typeof KNOWN_EVENT_NAMES)[number]
export type RegistrationSubclass = (typeof REGISTRATION_SUBCLASSES)[number]

/** The data an encoder needs: decoded values in wire order, plus the optional nested body. */
export interface EventData {
  readonly headerList: HeaderList
  readonly body?: string | undefined
}

interface EventBase extends EventData {
  /** Event-Name exactly as sent, also for events this union does not know. */
  readonly name: string
  /** Decoded header values; the first of a repeated name wins, as in FreeSWITCH's own lookup. */
  readonly headers: Readonly<Record<string, string>>
  /** Channel variables (`variable_*` headers) without the prefix. */
  readonly variables: Readonly<Record<string, string>>
  /** Event-Date-Timestamp: microseconds since the Unix epoch. */
  readonly timestamp: number | undefined
  readonly body: string | undefined
}

interface ChannelFields {
  readonly uniqueId: string
  /** Channel-Call-UUID: shared by the legs of one call once bridged. */
  readonly callUuid: string | undefined
  readonly channelName: string | undefined
  readonly channelState: string | undefined
  readonly callDirection: string | undefined
  readonly answerState: string | undefined
  readonly callerIdNumber: string | undefined
  readonly callerIdName: string | undefined
  readonly destinationNumber: string | undefined
  readonly otherLegUniqueId: string | undefined
  readonly hangupCause: string | undefined
}

type PlainChannelEventName = Exclude<
  ChannelEventName,
  | 'CHANNEL_HANGUP'
  | 'CHANNEL_HANGUP_COMPLETE'
  | 'CHANNEL_EXECUTE'
  | 'CHANNEL_EXECUTE_COMPLETE'
  | 'DTMF'
  | 'PLAYBACK_START'
  | 'PLAYBACK_STOP'
  | 'RECORD_START'
  | 'RECORD_STOP'
>

export type PlainChannelEvent = EventBase & ChannelFields & { readonly eventName: PlainChannelEventName }

export type HangupEvent = EventBase &
  ChannelFields & {
    readonly eventName: 'CHANNEL_HANGUP' | 'CHANNEL_HANGUP_COMPLETE'
    readonly hangupCause: string
  }

export type ExecuteEvent = EventBase &
  ChannelFields & {
    readonly eventName: 'CHANNEL_EXECUTE' | 'CHANNEL_EXECUTE_COMPLETE'
    readonly application: string
    readonly applicationData: string | undefined
    readonly applicationResponse: string | undefined
    /** Application-UUID: the `event-uuid` the controller put on its sendmsg, if any. */
    readonly applicationUuid: string | undefined
  }

export type DtmfEvent = EventBase & ChannelFields & { readonly eventName: 'DTMF'; readonly dtmfDigit: string }

export type PlaybackEvent = EventBase &
  ChannelFields & {
    readonly eventName: 'PLAYBACK_START' | 'PLAYBACK_STOP'
    readonly playbackFilePath: string | undefined
  }

export type RecordEvent = EventBase &
  ChannelFields & {
    readonly eventName: 'RECORD_START' | 'RECORD_STOP'
    readonly recordFilePath: string | undefined
  }

export type BackgroundJobEvent = EventBase & {
  readonly eventName: 'BACKGROUND_JOB'
  readonly jobUuid: string
  readonly jobCommand: string | undefined
  /** The command's output: `+OK <uuid>\n`, `-ERR USER_NOT_REGISTERED\n`, … */
  readonly jobBody: string
}

export type HeartbeatEvent = EventBase & { readonly eventName: 'HEARTBEAT' }

/**
 * A SIP registration change. mod_sofia writes a different header set per subclass: `sofia::register`
 * the full one (from-user, from-host, contact, status, expires, network-ip/-port, user-agent, …),
 * `sofia::unregister` a subset (no network or user agent), `sofia::expire` user/host instead of
 * from-user/from-host; fields a subclass does not carry are undefined.
 */
export type RegistrationEvent = EventBase & {
  readonly eventName: 'CUSTOM'
  readonly subclass: RegistrationSubclass
  /** The registered SIP user: `from-user`, or `user` on sofia::expire. */
  readonly user: string
  /** The domain registered to: `from-host`, or `host` on sofia::expire. */
  readonly domain: string | undefined
  /** The digest realm the user authenticated in. */
  readonly realm: string | undefined
  readonly profileName: string | undefined
  readonly contact: string | undefined
  readonly callId: string | undefined
  /** sofia::register: seconds granted; sofia::unregister: 0; sofia::expire: the epoch second it ran out. */
  readonly expires: number | undefined
  readonly networkIp: string | undefined
  readonly networkPort: number | undefined
  readonly userAgent: string | undefined
  /** sofia::register only, e.g. `Registered(WS-NAT)`. */
  readonly status: string | undefined
}

/** Anything else, and known names missing a field they cannot do without (e.g. DTMF without a digit). */
export type OtherEvent = EventBase & { readonly eventName: 'other' }

export type ChannelEvent =
  PlainChannelEvent | HangupEvent | ExecuteEvent | DtmfEvent | PlaybackEvent | RecordEvent
export type EslEvent = ChannelEvent | BackgroundJobEvent | HeartbeatEvent | RegistrationEvent | OtherEvent

const CHANNEL_EVENT_SET: ReadonlySet<string> = new Set(CHANNEL_EVENT_NAMES)
const REGISTRATION_SUBCLASS_SET: ReadonlySet<string> = new Set(REGISTRATION_SUBCLASSES)

/** Builds the typed event from decoded headers; the simulator uses it too, so both sides agree. */
export function toEslEvent(headerList: HeaderList, body?: string): EslEvent {
  const sink = new EventHeaderSink()
  for (const [name, value] of headerList) sink.pick(name, value)
  return buildEvent(headerList, sink.picked, body)
}

const VARIABLE_PREFIX = 'variable_'

/** The headers the typed fields are read from; only these are indexed while an event is decoded. */
const FIELD_HEADERS: ReadonlySet<string> = new Set([
  'Event-Name',
  'Event-Date-Timestamp',
  'Unique-ID',
  'Channel-Call-UUID',
  'Channel-Name',
  'Channel-State',
  'Call-Direction',
  'Answer-State',
  'Caller-Caller-ID-Number',
  'Caller-Caller-ID-Name',
  'Caller-Destination-Number',
  'Other-Leg-Unique-ID',
  'Hangup-Cause',
  'Job-UUID',
  'Job-Command',
  'Application',
  'Application-Data',
  'Application-Response',
  'Application-UUID',
  'DTMF-Digit',
  'Playback-File-Path',
  'Record-File-Path',
  'Event-Subclass',
  'profile-name',
  'from-user',
  'from-host',
  'user',
  'host',
  'realm',
  'contact',
  'call-id',
  'expires',
  'network-ip',
  'network-port',
  'user-agent',
  'status',
])

/**
 * A name's length and last character. Set.has must hash the whole name, and ~60 of an event's ~80
 * names are no field's; this rules most of them out first with two reads and an array index.
 */
function signatureOf(name: string): number {
  return (Math.min(name.length, 63) << 7) | (name.charCodeAt(name.length - 1) & 0x7f)
}

const FIELD_SIGNATURES = new Uint8Array(64 << 7)
for (const name of FIELD_HEADERS) FIELD_SIGNATURES[signatureOf(name)] = 1

/**
 * Collects an event's decoded headers in one pass: the wire-order list, and the first value of each
 * header a typed field is read from.
 */
class EventHeaderSink implements HeaderSink {
  readonly list: Array<readonly [string, string]> = []
  readonly picked: Record<string, string> = Object.create(null)

  /** A raw line of a text/event-plain body: the value arrives URL-encoded. */
  header(name: string, value: string): void {
    const decoded = fsUrlDecode(value)
    this.list.push([name, decoded])
    this.pick(name, decoded)
  }

  pick(name: string, value: string): void {
    if (!FIELD_SIGNATURES[signatureOf(name)] || !FIELD_HEADERS.has(name)) return
    if (this.picked[name] === undefined) this.picked[name] = value
  }
}

function variablesOf(list: HeaderList): Record<string, string> {
  const variables: Record<string, string> = Object.create(null)
  for (const [name, value] of list) {
    if (!name.startsWith(VARIABLE_PREFIX)) continue
    const variable = name.slice(VARIABLE_PREFIX.length)
    if (variables[variable] === undefined) variables[variable] = value
  }
  return variables
}

/**
 * What every event holds. `headers` and `variables` are indexes over `headerList`, built on first
 * read and kept: the platform routes most events on their typed fields alone, and filling two
 * dictionaries of ~80 names for each event cost more than parsing it (docs/benchmarks.md, ESL).
 * Private (#) fields stay out of equality checks and JSON.
 */
class DecodedEvent implements EventData {
  #headers: Record<string, string> | undefined
  #variables: Record<string, string> | undefined

  constructor(
    readonly name: string,
    readonly headerList: HeaderList,
    readonly body: string | undefined,
    readonly timestamp: number | undefined,
  ) {}

  /** Decoded header values; the first of a repeated name wins, as in FreeSWITCH's own lookup. */
  get headers(): Readonly<Record<string, string>> {
    return (this.#headers ??= toHeaderRecord(this.headerList))
  }

  /** Channel variables (`variable_*` headers) without the prefix. */
  get variables(): Readonly<Record<string, string>> {
    return (this.#variables ??= variablesOf(this.headerList))
  }
}

const numberOrUndefined = (text: string | undefined) =>
  text !== undefined && /^\d+$/.test(text) ? Number(text) : undefined

/** Reads the typed fields from `picked` (first values of FIELD_HEADERS) into the matching union member. */
function buildEvent(
  headerList: HeaderList,
  picked: Readonly<Record<string, string>>,
  body: string | undefined,
): EslEvent {
  const name = picked['Event-Name'] ?? ''
  const timestamp = numberOrUndefined(picked['Event-Date-Timestamp'])
  const base = new DecodedEvent(name, headerList, body, timestamp)
  if (name === 'HEARTBEAT') return Object.assign(base, { eventName: 'HEARTBEAT' as const })
  if (name === 'BACKGROUND_JOB') {
    const jobUuid = picked['Job-UUID']
    if (jobUuid === undefined) return other(base)
    return Object.assign(base, {
      eventName: 'BACKGROUND_JOB' as const,
      jobUuid,
      jobCommand: picked['Job-Command'],
      jobBody: body ?? '',
    })
  }
  if (name === 'CUSTOM') return registrationEvent(base, picked) ?? other(base)
  const uniqueId = picked['Unique-ID']
  if (!CHANNEL_EVENT_SET.has(name) || uniqueId === undefined) return other(base)
  const channel: ChannelFields = {
    uniqueId,
    callUuid: picked['Channel-Call-UUID'],
    channelName: picked['Channel-Name'],
    channelState: picked['Channel-State'],
    callDirection: picked['Call-Direction'],
    answerState: picked['Answer-State'],
    callerIdNumber: picked['Caller-Caller-ID-Number'],
    callerIdName: picked['Caller-Caller-ID-Name'],
    destinationNumber: picked['Caller-Destination-Number'],
    otherLegUniqueId: picked['Other-Leg-Unique-ID'],
    hangupCause: picked['Hangup-Cause'],
  }
  return channelEvent(name as ChannelEventName, base, channel, picked) ?? other(base)
}

function other(base: DecodedEvent): OtherEvent {
  return Object.assign(base, { eventName: 'other' as const })
}

/** A CUSTOM event of a registration subclass with a user, or undefined (other subclasses stay 'other'). */
function registrationEvent(
  base: DecodedEvent,
  picked: Readonly<Record<string, string>>,
): RegistrationEvent | undefined {
  const subclass = picked['Event-Subclass']
  const user = picked['from-user'] ?? picked['user']
  if (subclass === undefined || !REGISTRATION_SUBCLASS_SET.has(subclass) || user === undefined)
    return undefined
  return Object.assign(base, {
    eventName: 'CUSTOM' as const,
    subclass: subclass as RegistrationSubclass,
    user,
    domain: picked['from-host'] ?? picked['host'],
    realm: picked['realm'],
    profileName: picked['profile-name'],
    contact: picked['contact'],
    callId: picked['call-id'],
    expires: numberOrUndefined(picked['expires']),
    networkIp: picked['network-ip'],
    networkPort: numberOrUndefined(picked['network-port']),
    userAgent: picked['user-agent'],
    status: picked['status'],
  })
}

/** Completes a channel event, or gives undefined when a field it cannot do without is missing. */
function channelEvent(
  eventName: ChannelEventName,
  base: DecodedEvent,
  channel: ChannelFields,
  picked: Readonly<Record<string, string>>,
): ChannelEvent | undefined {
  switch (eventName) {
    case 'CHANNEL_HANGUP':
    case 'CHANNEL_HANGUP_COMPLETE': {
      const hangupCause = channel.hangupCause
      return hangupCause === undefined ? undefined : Object.assign(base, channel, { eventName, hangupCause })
    }
    case 'CHANNEL_EXECUTE':
    case 'CHANNEL_EXECUTE_COMPLETE': {
      const application = picked['Application']
      if (application === undefined) return undefined
      return Object.assign(base, channel, {
        eventName,
        application,
        applicationData: picked['Application-Data'],
        applicationResponse: picked['Application-Response'],
        applicationUuid: picked['Application-UUID'],
      })
    }
    case 'DTMF': {
      const dtmfDigit = picked['DTMF-Digit']
      return dtmfDigit === undefined ? undefined : Object.assign(base, channel, { eventName, dtmfDigit })
    }
    case 'PLAYBACK_START':
    case 'PLAYBACK_STOP':
      return Object.assign(base, channel, { eventName, playbackFilePath: picked['Playback-File-Path'] })
    case 'RECORD_START':
    case 'RECORD_STOP':
      return Object.assign(base, channel, { eventName, recordFilePath: picked['Record-File-Path'] })
    default:
      return Object.assign(base, channel, { eventName })
  }
}

export function isEventFrame(frame: Frame): boolean {
  return frame.contentType.startsWith('text/event-') || frame.headers['Event-Name'] !== undefined
}

/**
 * Decodes text/event-plain, text/event-json, and the header-only CHANNEL_DATA block that answers an
 * outbound `connect`. Throws EslProtocolError when the body contradicts itself.
 */
export function decodeEvent(frame: Frame): EslEvent {
  if (frame.contentType === 'text/event-json') return decodeJsonEvent(frame.body)
  if (frame.contentType === 'text/event-plain') return decodePlainEvent(frame.body)
  if (frame.headers['Event-Name'] !== undefined) {
    const sink = new EventHeaderSink()
    for (const name in frame.headers) sink.header(name, frame.headers[name] as string)
    return buildEvent(sink.list, sink.picked, undefined)
  }
  throw new EslProtocolError('BAD_EVENT_BODY', `not an event frame: ${excerpt(frame.contentType)}`)
}

const NESTED_LENGTH = 'Content-Length:'

function decodePlainEvent(body: Buffer): EslEvent {
  const end = body.indexOf('\n\n')
  const headText = body.toString('utf8', 0, end < 0 ? body.length : end)
  let headEnd = headText.length
  while (headEnd > 0 && headText.charCodeAt(headEnd - 1) === 0x0a) headEnd--
  // The nested body (BACKGROUND_JOB's result) is announced by a Content-Length written after every
  // header; that last line is checked against the body and kept out of the event's headers.
  const lastLine = headText.lastIndexOf('\n', headEnd - 1) + 1
  const hasNestedBody = headText.startsWith(NESTED_LENGTH, lastLine)
  const sink = new EventHeaderSink()
  const headersEnd = hasNestedBody ? lastLine - 1 : headEnd
  if (headersEnd > 0 || !hasNestedBody) {
    const error = readHeaderLines(headText, sink, 0, headersEnd)
    if (error) throw error
  }
  const rest = end < 0 ? body.subarray(body.length) : body.subarray(end + 2)
  if (hasNestedBody) {
    const announced = headText.slice(lastLine + NESTED_LENGTH.length, headEnd).trimStart()
    if (String(rest.length) !== announced) {
      throw new EslProtocolError(
        'BAD_EVENT_BODY',
        `nested Content-Length ${excerpt(announced)} but ${rest.length} bytes`,
      )
    }
  } else if (rest.length > 0) {
    throw new EslProtocolError('BAD_EVENT_BODY', `${rest.length} unexpected bytes after the event headers`)
  }
  return buildEvent(sink.list, sink.picked, hasNestedBody ? rest.toString('utf8') : undefined)
}

function decodeJsonEvent(body: Buffer): EslEvent {
  let pairs: Array<readonly [string, unknown]>
  try {
    pairs = parseJsonObjectPairs(body.toString('utf8'))
  } catch (error) {
    throw new EslProtocolError('BAD_EVENT_BODY', `event-json body is not a JSON object: ${String(error)}`)
  }
  let nested: string | undefined
  const list: Array<readonly [string, string]> = []
  for (const [name, value] of pairs) {
    if (name === '_body') nested = typeof value === 'string' ? value : JSON.stringify(value)
    else if (name !== 'Content-Length')
      list.push([name, typeof value === 'string' ? value : JSON.stringify(value)])
  }
  return toEslEvent(list, nested)
}

/**
 * JSON.parse keeps only the last of a repeated key, but the switch repeats keys (Hangup-Cause,
 * Channel-Write-Codec-Name), so members are read pairwise to keep them all, in order.
 */
function parseJsonObjectPairs(text: string): Array<readonly [string, unknown]> {
  const pairs: Array<readonly [string, unknown]> = []
  const parsed: unknown = JSON.parse(text)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
  // Flat objects of strings are all the switch sends; anything else keeps JSON.parse's reading.
  const member = /\s*("(?:[^"\\]|\\.)*")\s*:\s*("(?:[^"\\]|\\.)*")\s*([,}])/y
  member.lastIndex = text.indexOf('{') + 1
  for (;;) {
    const match = member.exec(text)
    if (!match) return Object.entries(parsed)
    pairs.push([JSON.parse(match[1] as string) as string, JSON.parse(match[2] as string) as string])
    if (match[3] === '}') return pairs
  }
}

/** Serializes an event exactly as FreeSWITCH puts it on the wire, outer frame included. */
export function encodeEvent(event: EventData, format: EventFormat): Buffer {
  const body = event.body
  if (format === 'json') {
    const members = event.headerList.map(
      ([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`,
    )
    if (body !== undefined) {
      members.push(`"Content-Length":"${Buffer.byteLength(body)}"`, `"_body":${JSON.stringify(body)}`)
    }
    return eventFrame('text/event-json', `{${members.join(',')}}`)
  }
  let text = ''
  for (const [name, value] of event.headerList) text += `${name}: ${fsUrlEncode(value)}\n`
  // switch_event_serialize writes no nested Content-Length for an empty body (a command that printed
  // nothing, run by bgapi); JSON keeps `"_body":""`.
  text += body === undefined || body === '' ? '\n' : `Content-Length: ${Buffer.byteLength(body)}\n\n${body}`
  return eventFrame('text/event-plain', text)
}

function eventFrame(contentType: string, body: string): Buffer {
  return encodeFrame(
    [
      ['Content-Length', ''],
      ['Content-Type', contentType],
    ],
    body,
  )
}

type Narrow<E, N> = E extends { readonly eventName: infer K }
  ? N extends K
    ? E & { readonly eventName: N }
    : never
  : never

/** The event type for one name, e.g. EventNamed<'CHANNEL_HANGUP'> (some names share a member). */
export type EventNamed<N extends EslEvent['eventName']> = Narrow<EslEvent, N>
