// The event-socket framing: header blocks ended by an empty line, then `Content-Length` bytes of body.
import { EslProtocolError, excerpt } from './errors.js'

/** Header name/value pairs in wire order; names may repeat (FreeSWITCH sends Hangup-Cause twice). */
export type HeaderList = ReadonlyArray<readonly [name: string, value: string]>

export interface Frame {
  /** The `Content-Type` header, or '' when the block has none. */
  readonly contentType: string
  /** Header values exactly as sent (not URL-decoded), in wire order; the first of a repeated name wins. */
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer
}

/** What a command block looks like to the switch: `api status`, `sendmsg <uuid>` plus its headers. */
export interface CommandBlock {
  readonly command: string
  readonly headers: Readonly<Record<string, string>>
  readonly body: Buffer
}

export interface ParserLimits {
  /** A header block that grows past this without its blank line is garbage, not a slow peer. */
  readonly maxHeaderBytes?: number
  readonly maxBodyBytes?: number
}

export interface PushResult<T> {
  readonly items: T[]
  /** Set once the stream is beyond repair; the parser then ignores further input. */
  readonly error?: EslProtocolError
}

const EMPTY = Buffer.alloc(0)
const NEWLINE = 0x0a
const SPACE = 0x20
/** Searched as a Buffer, so Buffer#indexOf does not convert a string needle on every call. */
const BLANK_LINE = Buffer.from('\n\n')
const DEFAULT_MAX_HEADER_BYTES = 1024 * 1024
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024

/** Receives the lines of a header block one at a time, so each caller builds only what it needs. */
export interface HeaderSink {
  header(name: string, value: string): void
}

/**
 * Reads the `Name: value` lines of `text` from `from` to `to` into `sink`, without splitting the text
 * into an array of lines first. The switch writes one space after the colon; any leading whitespace
 * is dropped. Returns the error for a line without a name (an empty block is one such line).
 */
export function readHeaderLines(
  text: string,
  sink: HeaderSink,
  from = 0,
  to = text.length,
): EslProtocolError | undefined {
  let start = from
  for (;;) {
    let end = text.indexOf('\n', start)
    if (end < 0 || end > to) end = to
    const colon = text.indexOf(':', start)
    if (colon <= start || colon >= end) {
      return new EslProtocolError(
        'BAD_HEADER_LINE',
        `header line without a name: ${excerpt(text.slice(start, end))}`,
      )
    }
    sink.header(text.slice(start, colon), valueOf(text, colon + 1, end))
    if (end >= to) return undefined
    start = end + 1
  }
}

/** `text.slice(from, to).trimStart()`, without the second string when the value is `: ` plus text. */
function valueOf(text: string, from: number, to: number): string {
  if (from === to) return ''
  if (text.charCodeAt(from) === SPACE) {
    const next = from + 1
    if (next === to) return ''
    const code = text.charCodeAt(next)
    // Printable ASCII other than space is never trimmed, so the one space is all there is to drop.
    if (code > SPACE && code < 0x7f) return text.slice(next, to)
  }
  return text.slice(from, to).trimStart()
}

class ListSink implements HeaderSink {
  readonly list: Array<readonly [string, string]> = []
  header(name: string, value: string): void {
    this.list.push([name, value])
  }
}

/** Keeps the first value of each name, as FreeSWITCH's own header lookup does. */
class RecordSink implements HeaderSink {
  readonly record: Record<string, string> = Object.create(null)
  header(name: string, value: string): void {
    // `=== undefined` rather than `in`: one dictionary lookup, and values are never undefined.
    if (this.record[name] === undefined) this.record[name] = value
  }
}

/** Splits `Name: value` lines; the switch writes one space after the colon and we drop any. */
export function parseHeaderLines(text: string): HeaderList | EslProtocolError {
  const sink = new ListSink()
  return readHeaderLines(text, sink) ?? sink.list
}

export function toHeaderRecord(list: HeaderList): Record<string, string> {
  const sink = new RecordSink()
  for (const [name, value] of list) sink.header(name, value)
  return sink.record
}

function readHeaderRecord(text: string, from = 0): Record<string, string> | EslProtocolError {
  const sink = new RecordSink()
  return readHeaderLines(text, sink, from) ?? sink.record
}

function contentLengthOf(
  headers: Readonly<Record<string, string>>,
  maxBodyBytes: number,
): number | EslProtocolError {
  const raw = headers['Content-Length']
  if (raw === undefined) return 0
  if (!/^\d{1,15}$/.test(raw))
    return new EslProtocolError('BAD_CONTENT_LENGTH', `not a length: ${excerpt(raw)}`)
  const length = Number(raw)
  if (length > maxBodyBytes)
    return new EslProtocolError('BODY_TOO_LARGE', `${length} bytes > ${maxBodyBytes}`)
  return length
}

interface Head {
  readonly bodyLength: number
}

/**
 * Incremental splitter shared by both directions of the socket; only the reading of a head differs
 * (a server frame is all headers, a client command starts with its command line).
 *
 * Unread bytes are `data[offset…]` followed by the chunks in `pending`. Blocks are cut out of `data`
 * by index, so a chunk holding whole blocks is never copied; chunks are concatenated only when a
 * block straddles them, and then only the unread tail of `data` is carried over.
 */
abstract class BlockParser<T, H extends Head> {
  private data: Buffer = EMPTY
  private offset = 0
  private pending: Buffer[] = []
  private buffered = 0
  /** Where the search for the blank line resumes in `data`: bytes before it were searched already. */
  private scanFrom = 0
  private head: H | undefined
  private failure: EslProtocolError | undefined
  private readonly maxHeaderBytes: number
  protected readonly maxBodyBytes: number

  constructor(limits: ParserLimits = {}) {
    this.maxHeaderBytes = limits.maxHeaderBytes ?? DEFAULT_MAX_HEADER_BYTES
    this.maxBodyBytes = limits.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES
  }

  get error(): EslProtocolError | undefined {
    return this.failure
  }

  /** Bytes received but not yet part of a complete block. */
  get bufferedBytes(): number {
    return this.buffered
  }

  push(chunk: Buffer): PushResult<T> {
    const items: T[] = []
    if (this.failure) return { items, error: this.failure }
    if (chunk.length > 0) {
      this.pending.push(chunk)
      this.buffered += chunk.length
    }
    for (;;) {
      const step = this.head ? this.takeBody(this.head) : this.takeHead()
      if (step === undefined) return { items }
      if (step instanceof EslProtocolError) {
        this.failure = step
        this.data = EMPTY
        this.offset = 0
        this.pending = []
        this.buffered = 0
        return { items, error: step }
      }
      if (step !== null) items.push(step.item)
    }
  }

  /** Reads the header block `text`; a server frame reads it from 0, a command after its first line. */
  protected abstract readHead(text: string): H | EslProtocolError
  protected abstract finish(head: H, body: Buffer): T

  /** undefined: need more bytes; null: progress without an item; otherwise one finished item. */
  private takeHead(): { item: T } | null | undefined | EslProtocolError {
    let data = this.data
    let start = this.offset
    // A stray newline between blocks is harmless; skipping it keeps it from reading as an empty head.
    while (start < data.length && data[start] === NEWLINE) start++
    this.buffered -= start - this.offset
    this.offset = start
    let end = data.indexOf(BLANK_LINE, Math.max(start, this.scanFrom))
    if (end < 0 && this.pending.length > 0) {
      // Only the last byte of what was searched can still begin the blank line.
      this.scanFrom = Math.max(start, data.length - 1)
      this.merge()
      data = this.data
      start = 0
      while (start < data.length && data[start] === NEWLINE) start++
      this.buffered -= start
      this.offset = start
      end = data.indexOf(BLANK_LINE, Math.max(start, this.scanFrom))
    }
    if (end < 0) {
      if (data.length - start > this.maxHeaderBytes) {
        return new EslProtocolError('HEADER_TOO_LARGE', `no blank line within ${this.maxHeaderBytes} bytes`)
      }
      this.scanFrom = Math.max(start, data.length - 1)
      return undefined
    }
    if (end - start > this.maxHeaderBytes) {
      return new EslProtocolError('HEADER_TOO_LARGE', `header block of ${end - start} bytes`)
    }
    const head = this.readHead(data.toString('utf8', start, end))
    if (head instanceof EslProtocolError) return head
    this.advance(end + 2)
    if (head.bodyLength === 0) return { item: this.finish(head, EMPTY) }
    this.head = head
    return null
  }

  private takeBody(head: H): { item: T } | undefined {
    const length = head.bodyLength
    if (this.buffered < length) return undefined
    if (this.data.length - this.offset < length) this.merge()
    const body = this.data.subarray(this.offset, this.offset + length)
    this.advance(this.offset + length)
    this.head = undefined
    return { item: this.finish(head, body) }
  }

  /** Marks `data` read up to `to`; a fully read chunk is dropped so the parser holds no stale bytes. */
  private advance(to: number): void {
    this.buffered -= to - this.offset
    this.scanFrom = 0
    if (to < this.data.length) {
      this.offset = to
    } else {
      this.data = this.pending.shift() ?? EMPTY
      this.offset = 0
    }
  }

  /** Joins the unread tail of `data` and every pending chunk into one buffer. */
  private merge(): void {
    const tail = this.data.subarray(this.offset)
    const parts = tail.length > 0 ? [tail, ...this.pending] : this.pending
    this.data = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, this.buffered)
    this.scanFrom = Math.max(0, this.scanFrom - this.offset)
    this.offset = 0
    this.pending = []
  }
}

interface FrameHead extends Head {
  readonly headers: Record<string, string>
}

/** Reads what the switch sends. */
export class FrameParser extends BlockParser<Frame, FrameHead> {
  protected readHead(text: string): FrameHead | EslProtocolError {
    const headers = readHeaderRecord(text)
    if (headers instanceof EslProtocolError) return headers
    const bodyLength = contentLengthOf(headers, this.maxBodyBytes)
    if (bodyLength instanceof EslProtocolError) return bodyLength
    return { bodyLength, headers }
  }

  protected finish(head: FrameHead, body: Buffer): Frame {
    return { contentType: head.headers['Content-Type'] ?? '', headers: head.headers, body }
  }
}

interface CommandHead extends FrameHead {
  readonly command: string
}

/** Reads what a client sends (used by the simulator). */
export class CommandParser extends BlockParser<CommandBlock, CommandHead> {
  protected readHead(text: string): CommandHead | EslProtocolError {
    const newline = text.indexOf('\n')
    const command = (newline < 0 ? text : text.slice(0, newline)).trim()
    const headers = newline < 0 ? Object.create(null) : readHeaderRecord(text, newline + 1)
    if (headers instanceof EslProtocolError) return headers
    const bodyLength = contentLengthOf(headers, this.maxBodyBytes)
    if (bodyLength instanceof EslProtocolError) return bodyLength
    return { bodyLength, headers, command }
  }

  protected finish(head: CommandHead, body: Buffer): CommandBlock {
    return { command: head.command, headers: head.headers, body }
  }
}

/**
 * Writes headers in the given order followed by the body. A `Content-Length` entry is a placeholder
 * whose value is replaced by the body's byte length, so callers choose where it goes: the switch
 * puts it first for events and second for api/response.
 */
export function encodeFrame(headers: HeaderList, body: Buffer | string = EMPTY): Buffer {
  const bodyBytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body
  let hasLength = false
  let head = ''
  for (const [name, value] of headers) {
    const isLength = name === 'Content-Length'
    hasLength ||= isLength
    head += `${name}: ${isLength ? bodyBytes.length : value}\n`
  }
  if (!hasLength && bodyBytes.length > 0) head += `Content-Length: ${bodyBytes.length}\n`
  return Buffer.concat([Buffer.from(`${head}\n`, 'utf8'), bodyBytes])
}
