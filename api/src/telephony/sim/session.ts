// One ESL connection to the simulated switch: auth, subscriptions, command order, and backpressure.
import type net from 'node:net'
import { CommandParser, encodeFrame } from '../esl/codec.js'
import type { CommandBlock, EventFormat } from '../esl/codec.js'

const GOODBYE = 'Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n'

export interface SessionHost {
  readonly password: string
  readonly maxQueuedEvents: number
  /** Handles everything past the handshake; resolves once the reply is written. */
  run(command: CommandBlock, session: EslSession): Promise<void>
  closed(session: EslSession): void
}

export class EslSession {
  format: EventFormat = 'plain'
  private isAuthenticated = false
  private readonly subscriptions = new Set<string>()
  /** CUSTOM subclasses named after `CUSTOM` in an `event` command. */
  private readonly subclasses = new Set<string>()
  /** Events handed to the socket since it last drained. */
  private queuedEvents = 0
  /** The switch answers one command at a time, in order, even when one blocks (api originate). */
  private chain: Promise<void> = Promise.resolve()

  constructor(
    readonly socket: net.Socket,
    private readonly host: SessionHost,
  ) {
    const parser = new CommandParser()
    socket.setNoDelay(true)
    socket.on('error', () => {})
    socket.on('close', () => host.closed(this))
    socket.on('drain', () => (this.queuedEvents = 0))
    socket.on('data', (chunk: Buffer) => {
      const { items, error } = parser.push(chunk)
      for (const command of items) this.chain = this.chain.then(() => this.handle(command))
      if (error) socket.destroy()
    })
    socket.write(encodeFrame([['Content-Type', 'auth/request']]))
  }

  /** As mod_event_socket filters: ALL gets everything; a CUSTOM event with a subclass needs that subclass. */
  wants(eventName: string, subclass?: string): boolean {
    if (!this.isAuthenticated) return false
    if (this.subscriptions.has('ALL')) return true
    if (!this.subscriptions.has(eventName)) return false
    return eventName !== 'CUSTOM' || subclass === undefined || this.subclasses.has(subclass)
  }

  /**
   * Like mod_event_socket, a listener that stops reading is cut off once too many events pile up
   * for it, rather than letting the switch's memory grow without bound.
   */
  sendEvent(bytes: Buffer): void {
    if (this.socket.destroyed) return
    if (this.socket.writableNeedDrain) this.queuedEvents++
    if (this.queuedEvents > this.host.maxQueuedEvents) {
      this.socket.destroy()
      return
    }
    this.socket.write(bytes)
  }

  reply(text: string, extra: ReadonlyArray<readonly [string, string]> = []): void {
    this.socket.write(encodeFrame([['Content-Type', 'command/reply'], ['Reply-Text', text], ...extra]))
  }

  apiResponse(body: string): void {
    const headers = [
      ['Content-Type', 'api/response'],
      ['Content-Length', ''],
    ] as const
    this.socket.write(encodeFrame(headers, body))
  }

  disconnect(): void {
    const notice = [
      ['Content-Type', 'text/disconnect-notice'],
      ['Content-Length', ''],
    ] as const
    this.socket.end(encodeFrame(notice, GOODBYE))
  }

  private async handle(command: CommandBlock): Promise<void> {
    if (this.socket.destroyed) return
    const [verb = '', ...args] = command.command.split(' ')
    if (verb === 'auth') {
      if (args.join(' ') === this.host.password) {
        this.isAuthenticated = true
        this.reply('+OK accepted')
      } else {
        this.reply('-ERR invalid')
        this.disconnect()
      }
    } else if (verb === 'exit') {
      this.reply('+OK bye')
      this.disconnect()
    } else if (!this.isAuthenticated) {
      this.reply('-ERR invalid')
    } else if (verb === 'event') {
      const [format, ...names] = args
      if (format !== 'plain' && format !== 'json') return this.reply('-ERR invalid format')
      this.format = format
      // Every word after CUSTOM names a subclass, even one that looks like an event name.
      const custom = names.indexOf('CUSTOM')
      const eventNames = custom < 0 ? names : names.slice(0, custom + 1)
      for (const name of eventNames) this.subscriptions.add(name)
      if (custom >= 0) for (const subclass of names.slice(custom + 1)) this.subclasses.add(subclass)
      this.reply(`+OK event listener enabled ${format}`)
    } else if (verb === 'noevents') {
      this.subscriptions.clear()
      this.subclasses.clear()
      this.reply('+OK no longer listening for events')
    } else {
      await this.host.run(command, this)
    }
  }
}
