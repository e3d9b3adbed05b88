import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  EslProtocolError,
  FrameParser,
  CommandParser,
  decodeEvent,
  encodeCommand,
  encodeEvent,
  encodeFrame,
  fsUrlDecode,
  fsUrlEncode,
  isEventFrame,
} from './codec.js'
import type { EslCommand, EslEvent, Frame } from './codec.js'

const FIXTURES = new URL('../../../../../shared/freeswitch/', import.meta.url)
const FILES = [
  'esl-json',
  'esl-originate',
  'esl-outbound',
  'esl-outbound-trigger',
  'esl-park-control',
] as const
type FixtureName = (typeof FILES)[number]

const raw = (name: FixtureName): Buffer => readFileSync(new URL(`${name}.raw`, FIXTURES))

/**
 * What the client (or our outbound-socket server) sent. Older captures give a byte count (`SENT by client (N bytes)`),
 * newer ones end the block at the `<<< end SENT` marker.
 */
function sentBlocks(name: FixtureName): string[] {
  const text = readFileSync(new URL(`${name}.txt`, FIXTURES), 'utf8')
  const marker = /SENT by (?:client|outbound-server) (?:\((\d+) bytes\) )?>>>\n([\s\S]*?)##### <<< end SENT/g
  return Array.from(text.matchAll(marker), ([, count, block = '']) =>
    count === undefined ? block : Buffer.from(block).subarray(0, Number(count)).toString(),
  )
}

function parseAll(chunks: Buffer[]): Frame[] {
  const parser = new FrameParser()
  const frames: Frame[] = []
  for (const chunk of chunks) {
    const { items, error } = parser.push(chunk)
    expect(error).toBeUndefined()
    frames.push(...items)
  }
  expect(parser.bufferedBytes).toBe(0)
  return frames
}

/** Re-encodes a frame from its parsed headers; equal bytes mean nothing was lost or reordered. */
const reencode = (frame: Frame): Buffer => encodeFrame(Object.entries(frame.headers), frame.body)

const eventsOf = (name: FixtureName): EslEvent[] =>
  parseAll([raw(name)])
    .filter(isEventFrame)
    .map(decodeEvent)

describe('X1: ESL codec — framing of the captured transcripts', () => {
  const expected: Record<FixtureName, { frames: number; events: number }> = {
    'esl-json': { frames: 60, events: 53 },
    'esl-originate': { frames: 57, events: 43 },
    'esl-outbound': { frames: 22, events: 14 },
    'esl-outbound-trigger': { frames: 24, events: 18 },
    'esl-park-control': { frames: 68, events: 52 },
  }

  it.each(FILES)('%s: frame and event counts, and the frames re-encode to the same bytes', (name) => {
    const data = raw(name)
    const frames = parseAll([data])
    expect(frames).toHaveLength(expected[name].frames)
    expect(frames.filter(isEventFrame)).toHaveLength(expected[name].events)
    expect(Buffer.concat(frames.map(reencode)).equals(data)).toBe(true)
  })

  it.each(FILES)('%s: the same frames whatever the split, at 3000 spread boundaries', (name) => {
    const data = raw(name)
    const whole = parseAll([data])
    const step = Math.max(1, Math.floor(data.length / 3000))
    for (let at = 1; at < data.length; at += step) {
      const split = parseAll([data.subarray(0, at), data.subarray(at)])
      expect(split.length).toBe(whole.length)
      expect(Buffer.concat(split.map(reencode)).equals(data)).toBe(true)
    }
  })

  it('esl-outbound: the same frames at every single byte boundary, and fed byte by byte', () => {
    const data = raw('esl-outbound')
    const whole = parseAll([data])
    for (let at = 1; at < data.length; at++) {
      const split = parseAll([data.subarray(0, at), data.subarray(at)])
      if (split.length !== whole.length || !Buffer.concat(split.map(reencode)).equals(data)) {
        throw new Error(`split at byte ${at} changed the frames`)
      }
    }
    const bytes = Array.from({ length: data.length }, (_, i) => data.subarray(i, i + 1))
    expect(parseAll(bytes)).toEqual(whole)
  })

  it('reads frame kinds and bodies as sent', () => {
    const frames = parseAll([raw('esl-originate')])
    expect(frames[0]).toMatchObject({ contentType: 'auth/request' })
    expect(frames[1]?.headers['Reply-Text']).toBe('+OK accepted')
    expect(frames[2]?.contentType).toBe('api/response')
    expect(frames[2]?.body.toString()).toContain('FreeSWITCH (Version 1.10.12-release  64bit) is ready')
    const bgapi = frames.find((frame) => frame.headers['Job-UUID'] !== undefined)
    expect(bgapi?.headers['Reply-Text']).toBe(`+OK Job-UUID: ${bgapi?.headers['Job-UUID']}`)
    expect(frames.at(-1)?.contentType).toBe('text/disconnect-notice')
    expect(frames.at(-1)?.body.toString()).toBe(
      'Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n',
    )
  })

  it('counts Content-Length in bytes, not characters', () => {
    const body = '坐席 8001 接听\n'
    const bytes = encodeFrame(
      [
        ['Content-Type', 'api/response'],
        ['Content-Length', ''],
      ],
      body,
    )
    expect(bytes.toString()).toBe(
      `Content-Type: api/response\nContent-Length: ${Buffer.byteLength(body)}\n\n${body}`,
    )
    const twice = Buffer.concat([bytes, bytes])
    for (let at = 1; at < twice.length; at++) {
      const frames = parseAll([twice.subarray(0, at), twice.subarray(at)])
      expect(frames.map((frame) => frame.body.toString())).toEqual([body, body])
    }
  })
})

describe('X1: ESL codec — decoded events', () => {
  it('esl-json: 53 JSON events with their names and nested bodies', () => {
    const events = eventsOf('esl-json')
    expect(events).toHaveLength(53)
    const names = events.map((event) => event.name)
    expect(names.filter((name) => name === 'CHANNEL_STATE')).toHaveLength(13)
    expect(names.filter((name) => name === 'CHANNEL_EXECUTE')).toHaveLength(7)
    expect(names.filter((name) => name === 'CODEC')).toHaveLength(4)
    expect(events.find((event) => event.name === 'CODEC')?.eventName).toBe('other')
    const jobs = events.filter((event) => event.eventName === 'BACKGROUND_JOB')
    expect(jobs.map((job) => job.jobBody)).toEqual(['+OK 5ef6edb8-e820-4e57-b6fb-5ed65c4f3fcd\n', '+OK\n'])
    expect(jobs[0]?.headers['FreeSWITCH-IPv6']).toBe('fd00::2')
    const hangup = events.find((event) => event.eventName === 'CHANNEL_HANGUP_COMPLETE')
    expect(hangup?.headerList.filter(([name]) => name === 'Hangup-Cause')).toHaveLength(2)
  })

  it('esl-originate: url-decoded plain values, DTMF digits, the bgapi job result', () => {
    const events = eventsOf('esl-originate')
    const dtmf = events.flatMap((event) => (event.eventName === 'DTMF' ? [event.dtmfDigit] : []))
    expect(dtmf).toEqual(['1', '2', '#'])
    expect(events[0]?.headers['FreeSWITCH-IPv6']).toBe('fd00::2')
    expect(events[0]?.headers['Event-Date-Local']).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/)
    const create = events[0]
    expect(create).toMatchObject({
      eventName: 'CHANNEL_CREATE',
      uniqueId: '6a964ab3-d676-49f9-9e36-a1725e426c6a',
      callUuid: '6a964ab3-d676-49f9-9e36-a1725e426c6a',
      callerIdNumber: '0000000000',
      destinationNumber: '9196',
      answerState: 'ringing',
      callDirection: 'outbound',
      timestamp: 1795480546858867,
    })
    expect(create?.variables['other_loopback_leg_uuid']).toBe('a904f9fc-056c-412b-9e48-fd711f06d868')
    const job = events.find((event) => event.eventName === 'BACKGROUND_JOB')
    expect(job).toMatchObject({ jobUuid: '045516e4-41e3-45d2-a6b5-3ba452ce383b', jobCommand: 'originate' })
    expect(job?.eventName === 'BACKGROUND_JOB' && job.jobBody).toMatch(/^\+OK [0-9a-f-]{36}\n$/)
    expect(events.some((event) => event.eventName === 'CHANNEL_BRIDGE')).toBe(true)
  })

  it('esl-park-control: the park → IVR → bridge → record → kill sequence', () => {
    const events = eventsOf('esl-park-control')
    const caller = '11111111-1111-4111-8111-111111111111'
    const park = events.find((event) => event.eventName === 'CHANNEL_PARK')
    expect(park).toMatchObject({ uniqueId: caller, answerState: 'answered', channelState: 'CS_EXECUTE' })
    const digits = events.find(
      (event) =>
        event.eventName === 'CHANNEL_EXECUTE_COMPLETE' && event.application === 'play_and_get_digits',
    )
    expect(digits?.variables['ivr_choice']).toBe('2')
    expect(digits?.eventName === 'CHANNEL_EXECUTE_COMPLETE' && digits.applicationData).toBe(
      '1 1 1 3000 # tone_stream://%(100,100,600) silence_stream://250 ivr_choice \\d',
    )
    const playback = events.find(
      (event) => event.eventName === 'CHANNEL_EXECUTE_COMPLETE' && event.application === 'playback',
    )
    expect(playback?.eventName === 'CHANNEL_EXECUTE_COMPLETE' && playback.applicationUuid).toBe(
      '99999999-0000-4000-8000-000000000001',
    )
    const bridge = events.find((event) => event.eventName === 'CHANNEL_BRIDGE')
    expect(bridge).toMatchObject({
      uniqueId: caller,
      otherLegUniqueId: '22222222-2222-4222-8222-222222222222',
    })
    const record = events.find((event) => event.eventName === 'RECORD_START')
    expect(record?.eventName === 'RECORD_START' && record.recordFilePath).toBe('/tmp/recording-1.wav')
    const hangups = events.filter((event) => event.eventName === 'CHANNEL_HANGUP_COMPLETE')
    expect(
      hangups.map((event) => event.eventName === 'CHANNEL_HANGUP_COMPLETE' && event.hangupCause),
    ).toEqual(Array(4).fill('NORMAL_CLEARING'))
    expect(events.filter((event) => event.eventName === 'HEARTBEAT')).toHaveLength(1)
    const job = events.find((event) => event.eventName === 'BACKGROUND_JOB')
    expect(job?.eventName === 'BACKGROUND_JOB' && job.jobBody).toBe(`+OK ${caller}\n`)
  })

  it('esl-outbound: the header-only connect reply decodes as CHANNEL_DATA with decoded values', () => {
    const [connect] = parseAll([raw('esl-outbound')])
    expect(connect?.contentType).toBe('command/reply')
    expect(connect?.body.length).toBe(0)
    expect(connect?.headers['Reply-Text']).toBe('%2BOK%0A')
    const event = decodeEvent(connect as Frame)
    expect(event.name).toBe('CHANNEL_DATA')
    expect(event.headers['Reply-Text']).toBe('+OK\n')
    expect(event.headers['Channel-Unique-ID']).toBe('84e48f49-7f18-4857-8d94-b46c7e15d8eb')
    expect(event.variables['current_application_data']).toBe('127.0.0.1:8084 async full')
  })

  it.each(FILES)('%s: every event re-encodes byte for byte (the simulator writes with this)', (name) => {
    for (const frame of parseAll([raw(name)]).filter((f) => f.contentType.startsWith('text/event-'))) {
      const format = frame.contentType === 'text/event-json' ? 'json' : 'plain'
      const bytes = encodeEvent(decodeEvent(frame), format)
      expect(bytes.toString()).toBe(reencode(frame).toString())
    }
  })
})

describe('X1: ESL codec — url-encoding as FreeSWITCH does it', () => {
  it.each([
    ['#', '%23'],
    ['fd00::2', 'fd00%3A%3A2'],
    ['tone_stream://%(200,200,440);loops=2', 'tone_stream%3A//%25(200,200,440)%3Bloops%3D2'],
    ['+OK\n', '%2BOK%0A'],
    ["CRIT Once changed type 'reloadxml'", "CRIT%20Once%20changed%20type%20'reloadxml'"],
    ['呼入', '%E5%91%BC%E5%85%A5'],
  ])('%j ⇄ %j', (decoded, encoded) => {
    expect(fsUrlEncode(decoded)).toBe(encoded)
    expect(fsUrlDecode(encoded)).toBe(decoded)
  })

  it('keeps an existing %XX escape and a stray percent sign, like the switch', () => {
    expect(fsUrlEncode('100%41')).toBe('100%41')
    expect(fsUrlDecode('50%')).toBe('50%')
    expect(fsUrlDecode('a+b')).toBe('a+b')
  })
})

describe('X1: ESL codec — malformed input', () => {
  function firstError(...chunks: Array<string | Buffer>) {
    const parser = new FrameParser({ maxHeaderBytes: 4096 })
    const frames: Frame[] = []
    for (const chunk of chunks) {
      const result = parser.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
      frames.push(...result.items)
      if (result.error) return { frames, error: result.error, parser }
    }
    return { frames, error: undefined, parser }
  }

  it('rejects a Content-Length that is not a number, after delivering the frames before it', () => {
    const { frames, error, parser } = firstError(
      'Content-Type: auth/request\n\n',
      'Content-Length: 12abc\n\nxx',
    )
    expect(frames).toHaveLength(1)
    expect(error).toBeInstanceOf(EslProtocolError)
    expect(error?.code).toBe('BAD_CONTENT_LENGTH')
    expect(parser.push(Buffer.from('Content-Type: auth/request\n\n'))).toEqual({ items: [], error })
  })

  it('detects a Content-Length that is too short when the rest of the body reads as a header', () => {
    const { error } = firstError('Content-Type: api/response\nContent-Length: 3\n\n+OK done\n\n')
    expect(error?.code).toBe('BAD_HEADER_LINE')
  })

  it('rejects a header line without a colon', () => {
    expect(firstError('Content-Type: command/reply\nthis is not a header\n\n').error?.code).toBe(
      'BAD_HEADER_LINE',
    )
  })

  it('gives up on garbage that never ends its header block, at 1 MiB by default', () => {
    expect(firstError('x'.repeat(5000)).error?.code).toBe('HEADER_TOO_LARGE')
    const parser = new FrameParser()
    expect(parser.push(Buffer.alloc(1024 * 1024, 'y')).error).toBeUndefined()
    expect(parser.push(Buffer.from('y')).error?.code).toBe('HEADER_TOO_LARGE')
  })

  it('rejects an absurd body length before buffering it', () => {
    const parser = new FrameParser({ maxBodyBytes: 1000 })
    expect(parser.push(Buffer.from('Content-Length: 1001\n\n')).error?.code).toBe('BODY_TOO_LARGE')
  })

  it('throws a typed error for event bodies that contradict themselves', () => {
    const frame = (contentType: string, body: string): Frame => ({
      contentType,
      headers: {},
      body: Buffer.from(body),
    })
    const decode = (f: Frame) => () => decodeEvent(f)
    expect(decode(frame('text/event-json', '{"Event-Name":'))).toThrow(EslProtocolError)
    expect(decode(frame('text/event-json', '[1]'))).toThrow(/BAD_EVENT_BODY/)
    expect(decode(frame('text/event-plain', 'Event-Name: X\nContent-Length: 9\n\n+OK\n'))).toThrow(
      /BAD_EVENT_BODY/,
    )
    expect(decode(frame('text/event-plain', 'Event-Name: X\n\ntrailing'))).toThrow(/BAD_EVENT_BODY/)
    expect(decode(frame('text/event-plain', 'no colon here\n\n'))).toThrow(/BAD_HEADER_LINE/)
    expect(decode(frame('api/response', 'x'))).toThrow(/not an event frame/)
  })

  it('keeps a known event without its essential field as "other" rather than half-typed', () => {
    const event = decodeEvent({
      contentType: 'text/event-plain',
      headers: {},
      body: Buffer.from('Event-Name: DTMF\nUnique-ID: abc\n\n'),
    })
    expect(event.eventName).toBe('other')
    expect(event.name).toBe('DTMF')
  })
})

describe('X1: ESL codec — commands', () => {
  it('writes the commands of the transcripts byte for byte', () => {
    const park = sentBlocks('esl-park-control')
    const outbound = sentBlocks('esl-outbound')
    const cases: Array<[EslCommand, string | undefined]> = [
      [{ kind: 'auth', password: 'ClueCon' }, park[0]],
      [{ kind: 'event', format: 'plain', events: (park[1] ?? '').trim().split(' ').slice(2) }, park[1]],
      [{ kind: 'bgapi', command: (park[2] ?? '').trim().slice('bgapi '.length) }, park[2]],
      [
        {
          kind: 'sendmsg',
          uuid: '11111111-1111-4111-8111-111111111111',
          app: 'playback',
          arg: 'tone_stream://%(200,200,440);loops=2',
          eventUuid: '99999999-0000-4000-8000-000000000001',
        },
        park[3],
      ],
      [{ kind: 'api', command: 'show calls as json' }, park.find((block) => block.startsWith('api show'))],
      [{ kind: 'exit' }, park.at(-1)],
      [{ kind: 'linger' }, outbound.find((block) => block.startsWith('linger'))],
      [{ kind: 'connect' }, outbound[0]],
      [
        { kind: 'sendmsg', app: 'answer', eventLock: true },
        outbound.find((block) => block.includes('execute-app-name: answer')),
      ],
    ]
    for (const [command, sent] of cases) {
      expect(sent).toBeDefined()
      expect(encodeCommand(command).toString()).toBe(sent)
    }
  })

  it('passes a client-chosen Job-UUID as a header and reads back through the command parser', () => {
    const bytes = encodeCommand({ kind: 'bgapi', command: 'status', jobUuid: 'job-1' })
    expect(bytes.toString()).toBe('bgapi status\nJob-UUID: job-1\n\n')
    const parser = new CommandParser()
    const { items } = parser.push(
      Buffer.concat([bytes, encodeCommand({ kind: 'api', command: 'originate sofia/x sip:1@h' })]),
    )
    expect(items.map((item) => [item.command, item.headers['Job-UUID']])).toEqual([
      ['bgapi status', 'job-1'],
      ['api originate sofia/x sip:1@h', undefined],
    ])
  })

  it('refuses a line break smuggled into a command', () => {
    expect(() => encodeCommand({ kind: 'api', command: 'status\n\napi hupall' })).toThrow(EslProtocolError)
    expect(() =>
      encodeCommand({ kind: 'sendmsg', uuid: 'u', app: 'playback', arg: 'x\ncall-command: hangup' }),
    ).toThrow(/BAD_COMMAND/)
  })
})
