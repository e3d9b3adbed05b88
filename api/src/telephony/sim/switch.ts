// A FreeSWITCH stand-in on loopback TCP for tests, benchmarks and the demo; never the production path.
import { randomUUID } from 'node:crypto'
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import type { Clock } from '../../common/clock.js'
import { encodeEvent } from '../esl/codec.js'
import type { CommandBlock, EventFormat } from '../esl/codec.js'
import { runApp } from './apps.js'
import type { CallState, Eavesdrop } from './channel.js'
import { runApi } from './commands.js'
import { CallEngine } from './engine.js'
import type { DialplanHook, EndpointBehaviour, NamedEvent } from './engine.js'
import type { RegistrationOptions } from './registrar.js'
import type { HeardSpan } from './hearing.js'
import { EslSession } from './session.js'
import type { SessionHost } from './session.js'

export interface SwitchSimulatorOptions {
  readonly password?: string
  readonly port?: number
  readonly hostname?: string
  /** The real switch beats every 20 s. */
  readonly heartbeatIntervalMs?: number
  /** Events queued for a listener that is not reading before it is dropped (mod_event_socket: 100000). */
  readonly maxQueuedEvents?: number
  /** How long prompts play (see AppTiming); 0 by default. */
  readonly playbackMs?: number | 'recorded'
  readonly dialplan?: DialplanHook
  /** Event timestamps and registration expiry follow it, so tests move time instead of waiting. */
  readonly clock?: Clock
  /** How often registrations that ran out are dropped (mod_sofia checks every 30 s). */
  readonly registrationCheckIntervalMs?: number
}

export interface ChannelSnapshot {
  readonly uuid: string
  readonly direction: 'inbound' | 'outbound'
  readonly answerState: string
  readonly callState: CallState
  readonly bridgedTo: string | undefined
  /** `uuid_audio … start read mute 1`. */
  readonly muted: boolean
  /** `uuid_hold`. */
  readonly held: boolean
  /** The channel this leg listens to (eavesdrop) or joined (three_way), while it does. */
  readonly eavesdrop: Eavesdrop | undefined
  readonly variables: Readonly<Record<string, string>>
}

export class SwitchSimulator implements SessionHost {
  readonly password: string
  readonly maxQueuedEvents: number
  private readonly engine: CallEngine
  private readonly sessions = new Set<EslSession>()
  private readonly server = net.createServer((socket) => this.sessions.add(new EslSession(socket, this)))
  private heartbeat: NodeJS.Timeout | undefined
  private registrationCheck: NodeJS.Timeout | undefined

  constructor(private readonly options: SwitchSimulatorOptions = {}) {
    this.password = options.password ?? 'ClueCon'
    this.maxQueuedEvents = options.maxQueuedEvents ?? 100_000
    const clock = options.clock
    this.engine = new CallEngine({
      hostname: options.hostname ?? 'sim',
      now: clock ? () => clock.now().getTime() : Date.now,
      publish: (event) => this.publish(event),
      dialplan: options.dialplan,
    })
  }

  /** Listens on 127.0.0.1 (an ephemeral port unless one is given) and returns the port. */
  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(this.options.port ?? 0, '127.0.0.1', resolve))
    this.startHeartbeats()
    this.registrationCheck = setInterval(
      () => this.checkRegistrations(),
      this.options.registrationCheckIntervalMs ?? 30_000,
    )
    return this.port
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port
  }

  get connectionCount(): number {
    return this.sessions.size
  }

  async stop(): Promise<void> {
    this.stopHeartbeats()
    clearInterval(this.registrationCheck)
    this.dropConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  // ---- control surface -------------------------------------------------------------------------

  /**
   * A call from the trunk: runs the dialplan hook, then parks the channel. Resolves with its UUID once
   * parked. `isDialplanDown`: no API answers xml_curl, so the static fallback dialplan parks it.
   */
  async placeInboundCall(call: { from: string; to: string; isDialplanDown?: boolean }): Promise<string> {
    return (await this.engine.inboundCall(call.from, call.to, call.isDialplanDown)).uuid
  }

  pressDigits(uuid: string, digits: string): void {
    this.engine.pressDigits(this.channel(uuid), digits)
  }

  /**
   * A phone REGISTERs (sofia::register), or renews: a renewal keeps the phone's Call-ID, and its
   * behaviour and options unless given. It is not renewed by itself: call again before it runs out.
   */
  registerUser(
    user: string,
    domain: string,
    behaviour?: EndpointBehaviour,
    options?: RegistrationOptions,
  ): void {
    this.engine.registrar.register(user, domain, behaviour, options)
  }

  /** The phone unregisters (sofia::unregister). */
  unregisterUser(user: string, domain: string): void {
    this.engine.registrar.unregister(user, domain)
  }

  /** Drops the registrations that ran out unrenewed (sofia::expire each), as the periodic check does. */
  checkRegistrations(): void {
    this.engine.registrar.expireDue()
  }

  /** How a registered user (`user@domain`) or an outside number answers the next calls. */
  setEndpointBehaviour(target: string, behaviour: EndpointBehaviour): void {
    if (!target.includes('@')) return void this.engine.outsideNumbers.set(target, behaviour)
    const [user = '', domain = ''] = target.split('@')
    const registration = this.engine.registrar.find(user, domain)
    if (!registration) throw new Error(`${target} is not registered on the simulator`)
    registration.behaviour = behaviour
  }

  /** Answers a ringing outbound leg now, whatever its endpoint's behaviour. */
  answerRinging(uuid: string): void {
    this.channel(uuid).ringOutcome?.('answer')
  }

  /** Hangs up from the far end (the caller, or the agent's phone). */
  hangup(uuid: string, cause = 'NORMAL_CLEARING'): void {
    this.engine.hangup(this.channel(uuid), cause)
  }

  /** What the party of a recent leg heard, span by span (see hearing.ts); empty for an unknown leg. */
  heard(uuid: string): readonly HeardSpan[] {
    return this.engine.heardOn(uuid) ?? []
  }

  /** Cuts every ESL connection; calls carry on, as on a real switch. */
  dropConnections(): void {
    for (const session of this.sessions) session.socket.destroy()
  }

  startHeartbeats(): void {
    this.stopHeartbeats()
    this.heartbeat = setInterval(() => this.fireHeartbeat(), this.options.heartbeatIntervalMs ?? 20_000)
  }

  stopHeartbeats(): void {
    clearInterval(this.heartbeat)
    this.heartbeat = undefined
  }

  channels(): ChannelSnapshot[] {
    return [...this.engine.channels.values()].map((channel) => ({
      uuid: channel.uuid,
      direction: channel.init.direction,
      answerState: channel.answerState,
      callState: channel.callState,
      bridgedTo: channel.bridgedTo?.uuid,
      muted: channel.isMuted,
      held: channel.isHeld,
      eavesdrop: channel.eavesdrop,
      variables: Object.fromEntries(channel.variables),
    }))
  }

  // ---- SessionHost -----------------------------------------------------------------------------

  async run(command: CommandBlock, session: EslSession): Promise<void> {
    const [verb = '', ...rest] = command.command.split(' ')
    const args = rest.join(' ')
    if (verb === 'api') {
      const outcome = await runApi(this.engine, args, this.timing)
      // mod_event_socket answers a command that printed nothing (uuid_break) this way.
      session.apiResponse(outcome.body === '' ? '-ERR no reply\n' : outcome.body)
      outcome.after?.()
    } else if (verb === 'bgapi') {
      const jobUuid = command.headers['Job-UUID'] ?? randomUUID()
      session.reply(`+OK Job-UUID: ${jobUuid}`, [['Job-UUID', jobUuid]])
      void runApi(this.engine, args, this.timing).then((outcome) => {
        const [name = '', ...jobArgs] = args.split(' ')
        const headers = [
          ['Job-UUID', jobUuid],
          ['Job-Command', name],
        ] as Array<[string, string]>
        if (jobArgs.length) headers.push(['Job-Command-Arg', jobArgs.join(' ')])
        this.engine.fire('BACKGROUND_JOB', undefined, { post: headers }, outcome.body)
        outcome.after?.()
      })
    } else if (verb === 'sendmsg') {
      this.sendmsg(rest[0] ?? '', command, session)
    } else {
      session.reply('-ERR command not found')
    }
  }

  closed(session: EslSession): void {
    this.sessions.delete(session)
  }

  private sendmsg(uuid: string, command: CommandBlock, session: EslSession): void {
    const channel = this.engine.channels.get(uuid)
    const headers = command.headers
    if (!channel) return session.reply(`-ERR invalid session id [${uuid}]`)
    if (headers['call-command'] === 'hangup') {
      session.reply('+OK')
      return this.engine.hangup(channel, headers['hangup-cause'] ?? 'NORMAL_CLEARING')
    }
    const app = headers['execute-app-name']
    if (headers['call-command'] !== 'execute' || !app) return session.reply('-ERR invalid command')
    session.reply('+OK')
    const arg = headers['execute-app-arg'] ?? ''
    const run = () => runApp(this.engine, channel, app, arg, headers['event-uuid'], this.timing)
    if (channel.isRunningUnlocked) return void run()
    if (headers['event-lock'] === 'true') return channel.enqueue(run)
    channel.enqueue(async () => {
      channel.isRunningUnlocked = true
      try {
        await run()
      } finally {
        channel.isRunningUnlocked = false
      }
    })
  }

  private get timing() {
    return { playbackMs: this.options.playbackMs ?? 0 }
  }

  private channel(uuid: string) {
    const channel = this.engine.channels.get(uuid)
    if (!channel) throw new Error(`no channel ${uuid} on the simulator`)
    return channel
  }

  private fireHeartbeat(): void {
    const upMs = this.engine.nowMs - this.engine.startedAt
    this.engine.fire('HEARTBEAT', undefined, {
      post: [
        ['Event-Info', 'System Ready'],
        [
          'Up-Time',
          `0 years, 0 days, 0 hours, 0 minutes, ${Math.floor(upMs / 1000)} seconds, ${upMs % 1000} milliseconds, 0 microseconds`,
        ],
        ['FreeSWITCH-Version', '1.10.12-release~64bit'],
        ['Uptime-msec', String(upMs)],
        ['Session-Count', String(this.engine.channels.size)],
        ['Max-Sessions', '1000'],
        ['Session-Per-Sec', '30'],
        ['Session-Since-Startup', String(this.engine.sessionsSinceStartup)],
        ['Idle-CPU', '99.000000'],
      ],
    })
  }

  /** Encodes each event at most once per format, however many listeners want it. */
  private publish(event: NamedEvent): void {
    const encoded = new Map<EventFormat, Buffer>()
    for (const session of this.sessions) {
      if (!session.wants(event.name, event.subclass)) continue
      let bytes = encoded.get(session.format)
      if (!bytes) {
        bytes = encodeEvent(event, session.format)
        encoded.set(session.format, bytes)
      }
      session.sendEvent(bytes)
    }
  }
}
