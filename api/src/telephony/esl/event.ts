// Events as the rest of the platform sees them: parsed once from a frame into a typed union.
import { EslProtocolError, excerpt } from './errors'
import { encodeFrame, parseHeaderLines, toHeaderRecord } from './frame'
import type { Frame, HeaderList } from './frame'
import { fsUrlDecode, fsUrlEncode } from './url-encoding'

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

export type ChannelEventName = (typeof CHANNEL_EVENT_NAMES)[number]
export type KnownEventName = (typeof KNOWN_EVENT_NAMES)[number]

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

/** Anything else, and known names missing a field they cannot do without (e.g. DTMF without a digit). */
export type OtherEvent = EventBase & { readonly eventName: 'other' }

export type ChannelEvent =
  PlainChannelEvent | HangupEvent | ExecuteEvent | DtmfEvent | PlaybackEvent | RecordEvent
export type EslEvent = ChannelEvent | BackgroundJobEvent | HeartbeatEvent | OtherEvent

const CHANNEL_EVENT_SET: ReadonlySet<string> = new Set(CHANNEL_EVENT_NAMES)

/** Builds the typed event from decoded headers; the simulator uses it too, so both sides agree. */
export function toEslEvent(headerList: HeaderList, body?: string): EslEvent {
  const headers = toHeaderRecord(headerList)
  const variables: Record<string, string> = Object.create(null)
  for (const [name, value] of headerList) {
    if (name.startsWith('variable_') && !(name.slice(9) in variables)) variables[name.slice(9)] = value
  }
  const stamp = headers['Event-Date-Timestamp']
  const name = headers['Event-Name'] ?? ''
  const base: EventBase = {
    name,
    headerList,
    headers,
    variables,
    body,
    timestamp: stamp !== undefined && /^\d+$/.test(stamp) ? Number(stamp) : undefined,
  }
  const other: OtherEvent = { ...base, eventName: 'other' }
  if (name === 'HEARTBEAT') return { ...base, eventName: name }
  if (name === 'BACKGROUND_JOB') {
    const jobUuid = headers['Job-UUID']
    if (jobUuid === undefined) return other
    return { ...base, eventName: name, jobUuid, jobCommand: headers['Job-Command'], jobBody: body ?? '' }
  }
  const uniqueId = headers['Unique-ID']
  if (!CHANNEL_EVENT_SET.has(name) || uniqueId === undefined) return other
  const channel: ChannelFields = {
    uniqueId,
    callUuid: headers['Channel-Call-UUID'],
    channelName: headers['Channel-Name'],
    channelState: headers['Channel-State'],
    callDirection: headers['Call-Direction'],
    answerState: headers['Answer-State'],
    callerIdNumber: headers['Caller-Caller-ID-Number'],
    callerIdName: headers['Caller-Caller-ID-Name'],
    destinationNumber: headers['Caller-Destination-Number'],
    otherLegUniqueId: headers['Other-Leg-Unique-ID'],
    hangupCause: headers['Hangup-Cause'],
  }
  const event = channelEvent(name as ChannelEventName, { ...base, ...channel }, headers)
  return event ?? other
}

function channelEvent(
  eventName: ChannelEventName,
  base: EventBase & ChannelFields,
  headers: Readonly<Record<string, string>>,
): ChannelEvent | undefined {
  switch (eventName) {
    case 'CHANNEL_HANGUP':
    case 'CHANNEL_HANGUP_COMPLETE': {
      const hangupCause = base.hangupCause
      return hangupCause === undefined ? undefined : { ...base, eventName, hangupCause }
    }
    case 'CHANNEL_EXECUTE':
    case 'CHANNEL_EXECUTE_COMPLETE': {
      const application = headers['Application']
      if (application === undefined) return undefined
      return {
        ...base,
        eventName,
        application,
        applicationData: headers['Application-Data'],
        applicationResponse: headers['Application-Response'],
        applicationUuid: headers['Application-UUID'],
      }
    }
    case 'DTMF': {
      const dtmfDigit = headers['DTMF-Digit']
      return dtmfDigit === undefined ? undefined : { ...base, eventName, dtmfDigit }
    }
    case 'PLAYBACK_START':
    case 'PLAYBACK_STOP':
      return { ...base, eventName, playbackFilePath: headers['Playback-File-Path'] }
    case 'RECORD_START':
    case 'RECORD_STOP':
      return { ...base, eventName, recordFilePath: headers['Record-File-Path'] }
    default:
      return { ...base, eventName }
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
    return toEslEvent(
      Object.entries(frame.headers).map(([name, value]) => [name, fsUrlDecode(value)] as const),
    )
  }
  throw new EslProtocolError('BAD_EVENT_BODY', `not an event frame: ${excerpt(frame.contentType)}`)
}

function decodePlainEvent(body: Buffer): EslEvent {
  const end = body.indexOf('\n\n')
  const headText = body.toString('utf8', 0, end < 0 ? body.length : end).replace(/\n+$/, '')
  const rawList = parseHeaderLines(headText)
  if (rawList instanceof EslProtocolError) throw rawList
  const rest = end < 0 ? body.subarray(body.length) : body.subarray(end + 2)
  const last = rawList[rawList.length - 1]
  // The nested body (BACKGROUND_JOB's result) is announced by a Content-Length written after every header.
  const hasNestedBody = last !== undefined && last[0] === 'Content-Length'
  if (hasNestedBody && String(rest.length) !== last[1]) {
    throw new EslProtocolError(
      'BAD_EVENT_BODY',
      `nested Content-Length ${excerpt(last[1])} but ${rest.length} bytes`,
    )
  }
  if (!hasNestedBody && rest.length > 0) {
    throw new EslProtocolError('BAD_EVENT_BODY', `${rest.length} unexpected bytes after the event headers`)
  }
  const list = (hasNestedBody ? rawList.slice(0, -1) : rawList).map(
    ([name, value]) => [name, fsUrlDecode(value)] as const,
  )
  return toEslEvent(list, hasNestedBody ? rest.toString('utf8') : undefined)
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
  text += body === undefined ? '\n' : `Content-Length: ${Buffer.byteLength(body)}\n\n${body}`
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
