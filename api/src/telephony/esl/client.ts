// Inbound event-socket client: one TCP connection to one switch, kept alive across drops.
import { randomUUID } from 'node:crypto'
import net from 'node:net'
import { EslProtocolError, FrameParser, KNOWN_EVENT_NAMES, decodeEvent, encodeCommand } from './codec.js'
import type { EslCommand, EslEvent, Frame, ParserLimits } from './codec.js'

export type ClientState = 'connecting' | 'authenticating' | 'ready' | 'backing-off' | 'closed'

/** pino-compatible; the client is silent unless given one. */
export interface EslLogger {
  debug(context: object, message: string): void
  info(context: object, message: string): void
  warn(context: object, message: string): void
  error(context: object, message: string): void
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export type EslClientErrorCode = 'NOT_READY' | 'DISCONNECTED' | 'CLOSED' | 'AUTH_REJECTED' | 'COMMAND_FAILED'

export class EslClientError extends Error {
  override readonly name = 'EslClientError'

  constructor(
    readonly code: EslClientErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`)
  }
}

export interface EslClientOptions {
  readonly host: string
  readonly port: number
  readonly password: string
  /**
   * Never ALL: the platform's list by default; BACKGROUND_JOB is always added for bgapi. An entry
   * 'CUSTOM <subclass>…' subscribes to those CUSTOM subclasses, like `customEvents`.
   */
  readonly events?: readonly string[]
  /**
   * CUSTOM subclasses to receive, e.g. REGISTRATION_SUBCLASSES. The switch sends a CUSTOM event only
   * to listeners that named its subclass; none by default.
   */
  readonly customEvents?: readonly string[]
  readonly backoff?: { readonly baseMs: number; readonly maxMs: number }
  /** No frame at all for this long (HEARTBEAT comes every 20 s) means the switch is gone. */
  readonly livenessTimeoutMs?: number
  /** Connecting, authenticating and subscribing must finish within this. */
  readonly handshakeTimeoutMs?: number
  readonly logger?: EslLogger
  readonly timers?: Timers
  readonly random?: () => number
  readonly parserLimits?: ParserLimits
}

export interface BackgroundJobResult {
  readonly jobUuid: string
  /** The command's output, e.g. `+OK <uuid>\n` or `-ERR USER_NOT_REGISTERED\n`. */
  readonly result: string
}

export interface StateChange {
  readonly state: ClientState
  readonly reason?: string
}

/** Exponential backoff with full jitter: a uniformly random wait up to min(max, base·2^attempt). */
export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random: () => number): number {
  return Math.floor(random() * Math.min(maxMs, baseMs * 2 ** Math.min(attempt, 30)))
}

/**
 * The words of the `event` command. mod_event_socket reads every word after CUSTOM as a subclass
 * (a BACKGROUND_JOB there would be taken for one), so CUSTOM and its subclasses go last. Subclasses
 * come from `customEvents`, from entries like 'CUSTOM sofia::register', or from the entries after a
 * bare 'CUSTOM' entry, as the switch itself reads a flat list.
 */
function subscriptionNames(events: readonly string[], customEvents: readonly string[]): readonly string[] {
  const names: string[] = []
  const subclasses = new Set(customEvents)
  let wantsCustom = customEvents.length > 0
  let isAfterBareCustom = false
  for (const entry of events) {
    const [first = '', ...rest] = entry.split(' ').filter((word) => word !== '')
    if (first === 'CUSTOM') {
      wantsCustom = true
      isAfterBareCustom = rest.length === 0
      rest.forEach((subclass) => subclasses.add(subclass))
    } else if (isAfterBareCustom) [first, ...rest].forEach((subclass) => subclasses.add(subclass))
    else names.push(first, ...rest)
  }
  if (!names.includes('BACKGROUND_JOB')) names.push('BACKGROUND_JOB')
  return wantsCustom ? [...names, 'CUSTOM', ...subclasses] : names
}

const SILENT: EslLogger = { debug() {}, info() {}, warn() {}, error() {} }

interface Pending {
  readonly resolve: (frame: Frame) => void
  readonly reject: (error: Error) => void
}

interface Job {
  readonly resolve: (result: BackgroundJobResult) => void
  readonly reject: (error: Error) => void
}

/** Everything that belongs to one TCP connection, so a late callback of a dead socket touches nothing. */
interface Connection {
  readonly socket: net.Socket
  readonly parser: FrameParser
  /** The switch answers commands strictly in the order it received them. */
  readonly replies: Pending[]
  readonly jobs: Map<string, Job>
}

export class EslClient {
  private current: StateChange = { state: 'closed' }
  private connection: Connection | undefined
  private timer: unknown
  private attempt = 0
  private readonly eventListeners = new Set<(event: EslEvent) => void>()
  private readonly stateListeners = new Set<(change: StateChange) => void>()
  private readonly events: readonly string[]
  private readonly logger: EslLogger
  private readonly timers: Timers
  private readonly random: () => number

  constructor(private readonly options: EslClientOptions) {
    this.events = subscriptionNames(options.events ?? KNOWN_EVENT_NAMES, options.customEvents ?? [])
    this.logger = options.logger ?? SILENT
    this.timers = options.timers ?? {
      setTimeout,
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    }
    this.random = options.random ?? Math.random
  }

  get state(): ClientState {
    return this.current.state
  }

  /** Why the client last left `ready` or ended `closed` (e.g. auth-rejected), for health checks. */
  get lastReason(): string | undefined {
    return this.current.reason
  }

  onEvent(listener: (event: EslEvent) => void): () => void {
    this.eventListeners.add(listener)
    return () => this.eventListeners.delete(listener)
  }

  onStateChange(listener: (change: StateChange) => void): () => void {
    this.stateListeners.add(listener)
    return () => this.stateListeners.delete(listener)
  }

  start(): void {
    if (this.connection || this.current.state === 'backing-off') return
    this.connect()
  }

  /** Says `exit` when connected, then stops for good: no reconnect, pending commands rejected. */
  async close(): Promise<void> {
    const connection = this.connection
    this.clearTimer()
    if (connection) this.detach(connection, new EslClientError('CLOSED', 'client closed'))
    this.setState({ state: 'closed', reason: 'closed by caller' })
    if (!connection || connection.socket.destroyed) return
    const closed = new Promise<void>((resolve) => connection.socket.once('close', () => resolve()))
    // The switch answers `exit` with +OK bye and a disconnect notice, then closes; we just wait for that.
    connection.socket.end(encodeCommand({ kind: 'exit' }))
    const grace = this.timers.setTimeout(() => connection.socket.destroy(), 1000)
    await closed
    this.timers.clearTimeout(grace)
  }

  async api(command: string): Promise<string> {
    const frame = await this.send({ kind: 'api', command })
    return frame.contentType === 'api/response'
      ? frame.body.toString('utf8')
      : (frame.headers['Reply-Text'] ?? '')
  }

  /** Resolves when the job's BACKGROUND_JOB arrives; the Job-UUID is ours unless the caller picks one. */
  async bgapi(command: string, options: { jobUuid?: string } = {}): Promise<BackgroundJobResult> {
    const connection = this.readyConnection()
    const jobUuid = options.jobUuid ?? randomUUID()
    const done = new Promise<BackgroundJobResult>((resolve, reject) => {
      connection.jobs.set(jobUuid, { resolve, reject })
    })
    try {
      const reply = await this.send({ kind: 'bgapi', command, jobUuid })
      const acceptedAs = reply.headers['Job-UUID']
      const job = connection.jobs.get(jobUuid)
      if (acceptedAs !== undefined && acceptedAs !== jobUuid && job) {
        connection.jobs.delete(jobUuid)
        connection.jobs.set(acceptedAs, job)
      }
    } catch (error) {
      connection.jobs.delete(jobUuid)
      throw error
    }
    return done
  }

  /** Executes a dialplan application on a channel; with eventLock it waits its turn behind earlier ones. */
  async sendmsg(
    uuid: string,
    app: string,
    arg?: string,
    options: { eventLock?: boolean; eventUuid?: string } = {},
  ): Promise<string> {
    const reply = await this.send({ kind: 'sendmsg', uuid, app, arg, ...options })
    return reply.headers['Reply-Text'] ?? ''
  }

  private readyConnection(): Connection {
    if (this.current.state !== 'ready' || !this.connection) {
      throw new EslClientError(
        this.current.state === 'closed' ? 'CLOSED' : 'NOT_READY',
        `client is ${this.state}`,
      )
    }
    return this.connection
  }

  /** Writes a command and resolves with its reply; a `-ERR` command/reply rejects. */
  private send(command: EslCommand, connection = this.readyConnection()): Promise<Frame> {
    const bytes = encodeCommand(command)
    return new Promise<Frame>((resolve, reject) => {
      connection.replies.push({
        resolve: (frame) => {
          const text = frame.headers['Reply-Text'] ?? ''
          if (frame.contentType === 'command/reply' && text.startsWith('-ERR')) {
            reject(new EslClientError('COMMAND_FAILED', `${command.kind}: ${text}`))
          } else resolve(frame)
        },
        reject,
      })
      connection.socket.write(bytes)
    })
  }

  private connect(): void {
    this.clearTimer()
    const { host, port } = this.options
    const socket = net.connect({ host, port })
    const connection: Connection = {
      socket,
      parser: new FrameParser(this.options.parserLimits),
      replies: [],
      jobs: new Map(),
    }
    this.connection = connection
    this.setState({ state: 'connecting' })
    this.armTimer(this.options.handshakeTimeoutMs ?? 10_000, () =>
      this.drop(connection, 'handshake timed out'),
    )
    socket.setNoDelay(true)
    socket.on('connect', () => {
      if (this.connection === connection) this.setState({ state: 'authenticating' })
    })
    socket.on('data', (chunk: Buffer) => this.receive(connection, chunk))
    socket.on('error', (error) => this.drop(connection, `socket error: ${error.message}`))
    socket.on('close', () => this.drop(connection, 'connection closed by peer'))
  }

  private receive(connection: Connection, chunk: Buffer): void {
    if (this.connection !== connection) return
    if (this.current.state === 'ready') this.armLiveness(connection)
    const { items, error } = connection.parser.push(chunk)
    for (const frame of items) {
      if (this.connection !== connection) return
      try {
        this.handleFrame(connection, frame)
      } catch (failure) {
        if (!(failure instanceof EslProtocolError)) throw failure
        this.drop(connection, `undecodable event: ${failure.message}`)
        return
      }
    }
    if (error) this.drop(connection, `protocol error: ${error.message}`)
  }

  private handleFrame(connection: Connection, frame: Frame): void {
    switch (frame.contentType) {
      case 'auth/request':
        void this.authenticate(connection)
        return
      case 'command/reply':
      case 'api/response': {
        const pending = connection.replies.shift()
        if (pending) pending.resolve(frame)
        else this.logger.warn({ headers: frame.headers }, 'esl reply without a pending command')
        return
      }
      case 'text/event-plain':
      case 'text/event-json':
        this.dispatch(connection, decodeEvent(frame))
        return
      case 'text/disconnect-notice':
      case 'text/rude-rejection':
        this.logger.warn({ body: frame.body.toString('utf8') }, `esl ${frame.contentType}`)
        return
      default:
        this.logger.debug({ contentType: frame.contentType }, 'esl frame ignored')
    }
  }

  private async authenticate(connection: Connection): Promise<void> {
    try {
      await this.send({ kind: 'auth', password: this.options.password }, connection)
    } catch (error) {
      const isGone = error instanceof EslClientError && error.code === 'DISCONNECTED'
      if (this.connection !== connection || isGone) return
      // Retrying a wrong password only fills the switch's log; it takes a config change to fix.
      this.logger.error({ host: this.options.host, err: error }, 'esl auth rejected: check the password')
      this.clearTimer()
      this.detach(connection, new EslClientError('AUTH_REJECTED', String(error)))
      this.setState({ state: 'closed', reason: 'auth-rejected' })
      return
    }
    try {
      await this.send({ kind: 'event', format: 'plain', events: this.events }, connection)
    } catch (error) {
      this.drop(connection, `subscription failed: ${(error as Error).message}`)
      return
    }
    if (this.connection !== connection) return
    this.attempt = 0
    this.setState({ state: 'ready' })
    this.armLiveness(connection)
  }

  private dispatch(connection: Connection, event: EslEvent): void {
    if (event.eventName === 'BACKGROUND_JOB') {
      const job = connection.jobs.get(event.jobUuid)
      connection.jobs.delete(event.jobUuid)
      job?.resolve({ jobUuid: event.jobUuid, result: event.jobBody })
    }
    for (const listener of this.eventListeners) {
      try {
        listener(event)
      } catch (error) {
        this.logger.error({ err: error, event: event.name }, 'esl event listener threw')
      }
    }
  }

  /** Loses the connection (whatever the cause) and schedules the next attempt. */
  private drop(connection: Connection, reason: string): void {
    if (this.connection !== connection) return
    this.logger.warn({ host: this.options.host, reason }, 'esl connection lost')
    this.clearTimer()
    this.detach(connection, new EslClientError('DISCONNECTED', reason))
    const { baseMs, maxMs } = this.options.backoff ?? { baseMs: 500, maxMs: 30_000 }
    const delay = backoffDelay(this.attempt++, baseMs, maxMs, this.random)
    this.setState({ state: 'backing-off', reason })
    this.armTimer(delay, () => this.connect())
  }

  /** Forgets the connection; its commands and jobs fail, since their outcome can no longer be seen. */
  private detach(connection: Connection, error: EslClientError): void {
    this.connection = undefined
    if (error.code !== 'CLOSED') connection.socket.destroy()
    for (const pending of connection.replies.splice(0)) pending.reject(error)
    for (const job of connection.jobs.values()) job.reject(error)
    connection.jobs.clear()
  }

  private armLiveness(connection: Connection): void {
    const timeout = this.options.livenessTimeoutMs ?? 60_000
    this.armTimer(timeout, () => this.drop(connection, `no frame for ${timeout} ms`))
  }

  private armTimer(ms: number, callback: () => void): void {
    this.clearTimer()
    this.timer = this.timers.setTimeout(callback, ms)
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer)
    this.timer = undefined
  }

  private setState(next: StateChange): void {
    if (next.state === this.current.state && next.reason === this.current.reason) return
    this.current = next
    this.logger.debug({ state: next.state, reason: next.reason }, 'esl state')
    for (const listener of this.stateListeners) {
      try {
        listener(next)
      } catch (error) {
        this.logger.error({ err: error }, 'esl state listener threw')
      }
    }
  }
}
