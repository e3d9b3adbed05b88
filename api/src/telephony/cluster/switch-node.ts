// One switch node as seen by one API instance: a command connection always, and while this
// instance owns the node, an event connection feeding the node's call tracker.
import { EslClient } from '../esl/client.js'
import type { EslClientOptions, EslLogger } from '../esl/client.js'
import type { EslEvent } from '../esl/event.js'
import type { CallStore } from '../calls/call.js'
import type { RecordQueue } from '../calls/record-queue.js'
import { CALL_EVENT_NAMES, CallTracker } from '../calls/tracker.js'
import type { NodeHealth, SwitchNodeAddress } from './health.js'
import { parseHeartbeat, parseStatus } from './health.js'
import { readSwitchSnapshot } from './switch-snapshot.js'
import type { SwitchSnapshot } from '../calls/tracker.js'

export type ClientTuning = Pick<EslClientOptions, 'backoff' | 'livenessTimeoutMs' | 'handshakeTimeoutMs'>

export interface SwitchNodeOptions {
  readonly address: SwitchNodeAddress
  readonly store: CallStore
  readonly queue: RecordQueue
  readonly logger: EslLogger
  readonly tuning: ClientTuning
  readonly healthChanged: (health: NodeHealth) => void
  readonly synced: (node: string, snapshot: SwitchSnapshot) => void
  /** Events beyond the call model's that the node's owner subscribes to (e.g. DTMF, CUSTOM subclasses). */
  readonly extraEvents: readonly string[]
  /** Every event of an owned node, after the call tracker saw it. */
  readonly eventListener: (node: string, event: EslEvent) => void
}

export class SwitchNode {
  readonly commands: EslClient
  readonly tracker: CallTracker
  private events: EslClient | undefined
  private health: NodeHealth

  constructor(private readonly options: SwitchNodeOptions) {
    const { address, logger, tuning } = options
    this.health = {
      name: address.name,
      isConnected: false,
      isOwnedHere: false,
      lastError: null,
      lastHeartbeatAt: null,
      eventsConnectedAt: null,
      sessions: null,
      uptimeSeconds: null,
    }
    this.tracker = new CallTracker({
      node: address.name,
      changed: (call, tracker) => options.queue.changed(call, tracker),
    })
    this.commands = new EslClient({
      ...address,
      ...tuning,
      logger: this.nodeLogger(logger, 'commands'),
      events: ['HEARTBEAT'],
    })
    this.commands.onStateChange((change) => {
      const isConnected = change.state === 'ready'
      this.update({ isConnected, lastError: isConnected ? null : (change.reason ?? this.health.lastError) })
      if (isConnected) void this.refreshStatus()
    })
    this.commands.onEvent((event) => {
      if (event.eventName === 'HEARTBEAT')
        this.update({ ...parseHeartbeat(event), lastHeartbeatAt: new Date() })
    })
  }

  get name(): string {
    return this.options.address.name
  }

  get isOwned(): boolean {
    return this.events !== undefined
  }

  get currentHealth(): NodeHealth {
    return this.health
  }

  start(): void {
    this.commands.start()
  }

  /** Becomes the node's owner: picks up the calls the last owner left open, then follows events. */
  async own(): Promise<void> {
    if (this.events) return
    const { address, logger, tuning } = this.options
    const events = new EslClient({
      ...address,
      ...tuning,
      logger: this.nodeLogger(logger, 'events'),
      // HEARTBEAT keeps a quiet connection alive: the liveness check drops one silent for a minute.
      events: [...CALL_EVENT_NAMES, 'HEARTBEAT', ...this.options.extraEvents],
    })
    this.events = events
    this.update({ isOwnedHere: true })
    try {
      this.tracker.restore(await this.options.store.loadOpen(address.name))
    } catch (error) {
      logger.error(
        { err: error, node: address.name },
        'could not load open calls; rebuilding from the switch only',
      )
    }
    if (this.events !== events) return
    events.onEvent((event) => {
      this.tracker.apply(event)
      this.options.eventListener(this.name, event)
    })
    events.onStateChange((change) => {
      if (change.state !== 'ready') return
      this.update({ eventsConnectedAt: new Date() })
      void this.resync(events)
    })
    events.start()
  }

  /** Runs an API command; a bridge the switch confirms counts at once, whatever becomes of its event. */
  async api(command: string): Promise<string> {
    const reply = await this.commands.api(command)
    const bridge = /^uuid_bridge (\S+) (\S+)/.exec(command)
    if (bridge && reply.startsWith('+OK')) this.tracker.confirmBridge(bridge[1]!, bridge[2]!)
    return reply
  }

  /** Stops following events; another instance owns the node now, so local call state is stale. */
  async disown(): Promise<void> {
    const events = this.events
    if (!events) return
    this.events = undefined
    this.update({ isOwnedHere: false, eventsConnectedAt: null })
    this.options.queue.discard(this.tracker)
    this.tracker.clear()
    await events.close()
  }

  async stop(): Promise<void> {
    const events = this.events
    this.events = undefined
    await Promise.all([events?.close(), this.commands.close()])
  }

  private async resync(events: EslClient): Promise<void> {
    const since = Date.now()
    try {
      const snapshot = await readSwitchSnapshot(events)
      if (this.events !== events) return
      this.tracker.reconcile(snapshot, since)
      this.options.synced(this.name, snapshot)
    } catch (error) {
      // The next reconnect resyncs again; until then events still flow.
      this.options.logger.error({ err: error, node: this.name }, 'resync with the switch failed')
    }
  }

  private async refreshStatus(): Promise<void> {
    try {
      this.update(parseStatus(await this.commands.api('status')))
    } catch (error) {
      this.options.logger.warn({ err: error, node: this.name }, 'status of the switch unavailable')
    }
  }

  private update(change: Partial<NodeHealth>): void {
    const next = { ...this.health, ...change }
    if ((Object.keys(change) as Array<keyof NodeHealth>).every((key) => next[key] === this.health[key]))
      return
    this.health = next
    this.options.healthChanged(next)
  }

  private nodeLogger(logger: EslLogger, connection: string): EslLogger {
    const context = { node: this.name, connection }
    return {
      debug: (ctx, msg) => logger.debug({ ...context, ...ctx }, msg),
      info: (ctx, msg) => logger.info({ ...context, ...ctx }, msg),
      warn: (ctx, msg) => logger.warn({ ...context, ...ctx }, msg),
      error: (ctx, msg) => logger.error({ ...context, ...ctx }, msg),
    }
  }
}
