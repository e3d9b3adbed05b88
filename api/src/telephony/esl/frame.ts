// The event-socket framing: header blocks ended by an empty line, then `Content-Length` bytes of body.
import { EslProtocolError, excerpt } from './errors'

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
const DEFAULT_MAX_HEADER_BYTES = 1024 * 1024
const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024

/** Splits `Name: value` lines; the switch writes one space after the colon and we drop any. */
export function parseHeaderLines(text: string): HeaderList | EslProtocolError {
  const list: Array<readonly [string, string]> = []
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0)
      return new EslProtocolError('BAD_HEADER_LINE', `header line without a name: ${excerpt(line)}`)
    list.push([line.slice(0, colon), line.slice(colon + 1).trimStart()])
  }
  return list
}

export function toHeaderRecord(list: HeaderList): Record<string, string> {
  const record: Record<string, string> = Object.create(null)
  for (const [name, value] of list) if (!(name in record)) record[name] = value
  return record
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

interface Head<T> {
  readonly bodyLength: number
  readonly finish: (body: Buffer) => T
}

/**
 * Incremental splitter shared by both directions of the socket; only the reading of a head differs
 * (a server frame is all headers, a client command starts with its command line).
 */
abstract class BlockParser<T> {
  private chunks: Buffer[] = []
  private buffered = 0
  private scanFrom = 0
  private head: Head<T> | undefined
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
      this.chunks.push(chunk)
      this.buffered += chunk.length
    }
    for (;;) {
      const step = this.head ? this.takeBody(this.head) : this.takeHead()
      if (step === undefined) return { items }
      if (step instanceof EslProtocolError) {
        this.failure = step
        this.chunks = []
        this.buffered = 0
        return { items, error: step }
      }
      if (step !== null) items.push(step.item)
    }
  }

  protected abstract readHead(text: string): Head<T> | EslProtocolError

  /** undefined: need more bytes; null: progress without an item; otherwise one finished item. */
  private takeHead(): { item: T } | null | undefined | EslProtocolError {
    const data = this.merged()
    let start = 0
    // A stray newline between blocks is harmless; skipping it keeps it from reading as an empty head.
    while (start < data.length && data[start] === NEWLINE) start++
    if (start > 0) {
      this.consume(start)
      return data.length > start ? null : undefined
    }
    const end = data.indexOf('\n\n', this.scanFrom)
    if (end < 0) {
      if (data.length > this.maxHeaderBytes) {
        return new EslProtocolError('HEADER_TOO_LARGE', `no blank line within ${this.maxHeaderBytes} bytes`)
      }
      this.scanFrom = Math.max(0, data.length - 1)
      return undefined
    }
    if (end > this.maxHeaderBytes) {
      return new EslProtocolError('HEADER_TOO_LARGE', `header block of ${end} bytes`)
    }
    const head = this.readHead(data.toString('utf8', 0, end))
    if (head instanceof EslProtocolError) return head
    this.consume(end + 2)
    if (head.bodyLength === 0) return { item: head.finish(EMPTY) }
    this.head = head
    return null
  }

  private takeBody(head: Head<T>): { item: T } | undefined {
    if (this.buffered < head.bodyLength) return undefined
    const body = this.merged().subarray(0, head.bodyLength)
    this.consume(head.bodyLength)
    this.head = undefined
    return { item: head.finish(body) }
  }

  private merged(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks, this.buffered)]
    return this.chunks[0] ?? EMPTY
  }

  private consume(bytes: number): void {
    const rest = this.merged().subarray(bytes)
    this.chunks = rest.length > 0 ? [rest] : []
    this.buffered = rest.length
    this.scanFrom = 0
  }
}

/** Reads what the switch sends. */
export class FrameParser extends BlockParser<Frame> {
  protected readHead(text: string): Head<Frame> | EslProtocolError {
    const list = parseHeaderLines(text)
    if (list instanceof EslProtocolError) return list
    const headers = toHeaderRecord(list)
    const bodyLength = contentLengthOf(headers, this.maxBodyBytes)
    if (bodyLength instanceof EslProtocolError) return bodyLength
    const contentType = headers['Content-Type'] ?? ''
    return { bodyLength, finish: (body) => ({ contentType, headers, body }) }
  }
}

/** Reads what a client sends (used by the simulator). */
export class CommandParser extends BlockParser<CommandBlock> {
  protected readHead(text: string): Head<CommandBlock> | EslProtocolError {
    const newline = text.indexOf('\n')
    const command = (newline < 0 ? text : text.slice(0, newline)).trim()
    const list = newline < 0 ? [] : parseHeaderLines(text.slice(newline + 1))
    if (list instanceof EslProtocolError) return list
    const headers = toHeaderRecord(list)
    const bodyLength = contentLengthOf(headers, this.maxBodyBytes)
    if (bodyLength instanceof EslProtocolError) return bodyLength
    return { bodyLength, finish: (body) => ({ command, headers, body }) }
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
