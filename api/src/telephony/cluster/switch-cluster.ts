// The FreeSWITCH cluster from one API instance: commands to any node, and the events and call
// records of the nodes this instance owns. Ownership moves by advisory lock, polled, so a dead
// owner's nodes are taken over within one poll interval after its database session ends.
import type { BackgroundJobResult, EslClient, EslLogger } from '../esl/client.js'
import type { CallStore } from '../calls/call.js'
import type { SwitchSnapshot } from '../calls/tracker.js'
import type { EslEvent } from '../esl/event.js'
import { RecordQueue } from '../calls/record-queue.js'
import type { NodeHealth, SwitchNodeAddress } from './health.js'
import type { OwnershipLock } from './ownership-lock.js'
import { SwitchNode } from './switch-node.js'
import type { ClientTuning } from './switch-node.js'

export interface SwitchClusterOptions {
  readonly nodes: readonly SwitchNodeAddress[]
  readonly lock: OwnershipLock
  readonly store: CallStore
  readonly logger: EslLogger
  /** How often free nodes are tried and held locks proven alive; takeover takes at most this long. */
  readonly ownershipPollMs: number
  readonly flushIntervalMs: number
  readonly flushMaxBatch: number
  readonly tuning?: ClientTuning
  readonly healthChanged?: (health: NodeHealth) => void
  /** Events beyond the call model's that owners subscribe to, for `onEvent` listeners. */
  readonly extraEvents?: readonly string[]
}

export type SyncListener = (node: string, snapshot: SwitchSnapshot) => void

export class SwitchCluster {
  readonly queue: RecordQueue
  private readonly nodes = new Map<string, SwitchNode>()
  private readonly syncListeners = new Set<SyncListener>()
  private readonly eventListeners = new Set<(node: string, event: EslEvent) => void>()
  private poller: NodeJS.Timeout | undefined
  private polling: Promise<void> | undefined
  private isStopped = false
  /** After losing its database session an instance lets healthy peers take its nodes first. */
  private standDownUntil = 0

  constructor(private readonly options: SwitchClusterOptions) {
    this.queue = new RecordQueue({
      store: options.store,
      intervalMs: options.flushIntervalMs,
      maxBatch: options.flushMaxBatch,
      logger: options.logger,
    })
    for (const address of options.nodes) {
      this.nodes.set(
        address.name,
        new SwitchNode({
          address,
          store: options.store,
          queue: this.queue,
          logger: options.logger,
          tuning: options.tuning ?? {},
          healthChanged: (health) => options.healthChanged?.(health),
          synced: (node, snapshot) => this.syncListeners.forEach((listener) => listener(node, snapshot)),
          extraEvents: options.extraEvents ?? [],
          eventListener: (node, event) => this.eventListeners.forEach((listener) => listener(node, event)),
        }),
      )
    }
    options.lock.onLost(() => {
      this.standDownUntil = Date.now() + 3 * options.ownershipPollMs
      void this.disownAll()
    })
  }

  start(): void {
    for (const node of this.nodes.values()) node.start()
    const tick = () => {
      this.polling = this.pollOwnership().finally(() => {
        this.polling = undefined
        if (!this.isStopped) this.poller = setTimeout(tick, this.options.ownershipPollMs)
      })
    }
    tick()
  }

  async stop(): Promise<void> {
    this.isStopped = true
    clearTimeout(this.poller)
    await this.polling
    await Promise.all([...this.nodes.values()].map((node) => node.stop()))
    await this.queue.stop()
    await this.options.lock.close()
  }

  health(): NodeHealth[] {
    return [...this.nodes.values()].map((node) => node.currentHealth)
  }

  /** Called after each resync of an owned node with its switch (tests and monitoring wait on it). */
  onSynced(listener: SyncListener): () => void {
    this.syncListeners.add(listener)
    return () => this.syncListeners.delete(listener)
  }

  /** Events of the nodes this instance owns, in the order each node sent them. */
  onEvent(listener: (node: string, event: EslEvent) => void): () => void {
    this.eventListeners.add(listener)
    return () => this.eventListeners.delete(listener)
  }

  nodeNames(): string[] {
    return [...this.nodes.keys()]
  }

  isOwnedHere(node: string): boolean {
    return this.nodes.get(node)?.isOwned ?? false
  }

  /** Names of the nodes whose command connection is up, the owned ones first. */
  connectedNodes(): string[] {
    return [...this.nodes.values()]
      .filter((node) => node.currentHealth.isConnected)
      .sort((a, b) => Number(b.isOwned) - Number(a.isOwned))
      .map((node) => node.name)
  }

  /** The command connection to a node: any instance may drive any node's calls through it. */
  client(node: string): EslClient {
    return this.node(node).commands
  }

  api(node: string, command: string): Promise<string> {
    return this.node(node).api(command)
  }

  bgapi(node: string, command: string): Promise<BackgroundJobResult> {
    return this.node(node).commands.bgapi(command)
  }

  private node(name: string): SwitchNode {
    const node = this.nodes.get(name)
    if (!node) throw new Error(`unknown switch node ${name}`)
    return node
  }

  private async pollOwnership(): Promise<void> {
    const { lock, logger } = this.options
    try {
      const owned = [...this.nodes.values()].filter((node) => node.isOwned)
      if (owned.length > 0) await lock.ping()
      if (Date.now() < this.standDownUntil) return
      for (const node of this.nodes.values()) {
        if (this.isStopped || node.isOwned) continue
        if (await lock.tryAcquire(node.name)) {
          logger.info({ node: node.name }, 'took ownership of switch node')
          await node.own()
        }
      }
    } catch (error) {
      logger.error({ err: error }, 'switch ownership poll failed')
    }
  }

  private async disownAll(): Promise<void> {
    await Promise.all([...this.nodes.values()].map((node) => node.disown()))
  }
}
