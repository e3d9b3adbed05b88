// The PubSub across API instances: Redis PUBLISH/SUBSCRIBE, JSON payloads, one channel per topic.
import { Redis, type RedisOptions } from 'ioredis'
import type { PubSub } from './pubsub.js'

export interface PubSubLogger {
  warn(context: object, message: string): void
  error(context: object, message: string): void
}

export interface RedisPubSubOptions {
  /** redis://[:password@]host:port[/db]; pub/sub channels ignore the database number. */
  url: string
  /** Put before every topic (`cc:` → channel `cc:session.ended`), so deployments can share one Redis. */
  channelPrefix?: string
  logger?: PubSubLogger
  /** CLIENT SETNAME of both connections, to find them in CLIENT LIST. */
  connectionName?: string
  /** How long `connect` waits for both connections before giving up. */
  connectTimeoutMs?: number
}

const consoleLogger: PubSubLogger = {
  warn: (context, message) => console.warn(message, context),
  error: (context, message) => console.error(message, context),
}

/** The URL without its password, for log lines and error messages. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return '(unparsable Redis URL)'
  }
}

/** One local subscriber: a queue fed by the shared subscriber connection, ended by return, abort or close. */
class Subscription<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = []
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = []
  private isDone = false

  constructor(
    private readonly detach: (subscription: Subscription<T>) => void,
    private readonly signal: AbortSignal | undefined,
  ) {
    signal?.addEventListener('abort', this.end, { once: true })
  }

  push(payload: T): void {
    if (this.isDone) return
    const waiter = this.waiting.shift()
    if (waiter) waiter({ value: payload, done: false })
    else this.buffered.push(payload)
  }

  readonly end = (): void => {
    if (this.isDone) return
    this.isDone = true
    this.buffered.length = 0
    this.signal?.removeEventListener('abort', this.end)
    this.detach(this)
    for (const waiter of this.waiting.splice(0)) waiter({ value: undefined, done: true })
  }

  next(): Promise<IteratorResult<T>> {
    if (this.buffered.length > 0) return Promise.resolve({ value: this.buffered.shift()!, done: false })
    if (this.isDone) return Promise.resolve({ value: undefined, done: true })
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  async return(): Promise<IteratorResult<T>> {
    this.end()
    return { value: undefined, done: true }
  }

  async throw(error?: unknown): Promise<IteratorResult<T>> {
    this.end()
    throw error
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this
  }
}

/**
 * One publisher and one subscriber connection per instance. A topic's channel is subscribed while at
 * least one local iterator listens to it; ioredis reconnects on its own and resubscribes every channel
 * (`autoResubscribe`). Delivery is at most once: what is published while a connection is down is lost
 * (and logged on the publishing side).
 */
export class RedisPubSub implements PubSub {
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly prefix: string
  private readonly logger: PubSubLogger
  private readonly connectTimeoutMs: number
  private readonly where: string
  private readonly subscriptions = new Map<string, Set<Subscription<unknown>>>()
  /** Settles once Redis has acknowledged the topic's latest SUBSCRIBE or UNSUBSCRIBE. */
  private readonly subscribing = new Map<string, Promise<void>>()
  private isClosed = false
  /** The latest connection error, for the start-up failure message (e.g. a wrong password). */
  private lastError: string | undefined

  constructor(options: RedisPubSubOptions) {
    this.prefix = options.channelPrefix ?? 'cc:'
    this.logger = options.logger ?? consoleLogger
    this.connectTimeoutMs = options.connectTimeoutMs ?? 10_000
    this.where = redactRedisUrl(options.url)
    const common: RedisOptions = {
      connectionName: options.connectionName ?? 'cc-api',
      lazyConnect: false,
    }
    // A publish waits through a short outage, then fails (and is logged) rather than hanging a request.
    this.publisher = new Redis(options.url, { ...common, maxRetriesPerRequest: 2 })
    // SUBSCRIBE commands wait for the connection however long it takes; ioredis replays them on reconnect.
    this.subscriber = new Redis(options.url, { ...common, maxRetriesPerRequest: null, autoResubscribe: true })
    for (const [role, client] of [
      ['publisher', this.publisher],
      ['subscriber', this.subscriber],
    ] as const) {
      client.on('error', (error: Error) => {
        this.lastError = error.message
        this.logger.warn({ redis: this.where, role, err: error }, 'Redis error')
      })
      client.on('reconnecting', () => this.logger.warn({ redis: this.where, role }, 'Redis: reconnecting'))
    }
    this.subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message))
  }

  /** Constructs and waits until both connections are ready; a Redis that does not answer fails start-up. */
  static async connect(options: RedisPubSubOptions): Promise<RedisPubSub> {
    const pubsub = new RedisPubSub(options)
    try {
      await pubsub.ready()
      return pubsub
    } catch (error) {
      await pubsub.close()
      throw error
    }
  }

  async ready(): Promise<void> {
    const waitFor = (client: Redis) =>
      client.status === 'ready'
        ? Promise.resolve()
        : new Promise<void>((resolve) => client.once('ready', resolve))
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `Redis at ${this.where} did not answer within ${this.connectTimeoutMs} ms (REDIS_URL)` +
                (this.lastError ? `: ${this.lastError}` : ''),
            ),
          ),
        this.connectTimeoutMs,
      )
    })
    try {
      await Promise.race([Promise.all([waitFor(this.publisher), waitFor(this.subscriber)]), timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  async publish(topic: string, payload: unknown): Promise<void> {
    if (this.isClosed) return
    try {
      await this.publisher.publish(this.prefix + topic, JSON.stringify(payload))
    } catch (error) {
      this.logger.error({ topic, err: error }, 'Redis: publish failed, event lost')
    }
  }

  subscribe<T>(topic: string, signal?: AbortSignal): AsyncIterableIterator<T> {
    const subscription = new Subscription<T>(
      (ended) => this.detach(topic, ended as Subscription<unknown>),
      signal,
    )
    if (this.isClosed || signal?.aborted) {
      subscription.end()
      return subscription
    }
    // Registered now, not at the first next(): events published after this call are not missed
    // while the consumer is still setting up (once Redis has acknowledged the SUBSCRIBE).
    let listeners = this.subscriptions.get(topic)
    if (!listeners) {
      listeners = new Set()
      this.subscriptions.set(topic, listeners)
      this.track(topic, this.subscriber.subscribe(this.prefix + topic))
    }
    listeners.add(subscription as Subscription<unknown>)
    return subscription
  }

  /** Resolves once Redis has acknowledged the topic's latest SUBSCRIBE or UNSUBSCRIBE. */
  settled(topic: string): Promise<void> {
    return this.subscribing.get(topic) ?? Promise.resolve()
  }

  async close(): Promise<void> {
    if (this.isClosed) return
    this.isClosed = true
    for (const listeners of this.subscriptions.values())
      for (const subscription of listeners) subscription.end()
    this.subscriptions.clear()
    await Promise.all([quit(this.publisher), quit(this.subscriber)])
  }

  private detach(topic: string, subscription: Subscription<unknown>): void {
    const listeners = this.subscriptions.get(topic)
    if (!listeners?.delete(subscription) || listeners.size > 0) return
    this.subscriptions.delete(topic)
    // Commands on one connection run in order: SUBSCRIBE, UNSUBSCRIBE, SUBSCRIBE ends subscribed.
    if (!this.isClosed) this.track(topic, this.subscriber.unsubscribe(this.prefix + topic))
  }

  private track(topic: string, command: Promise<unknown>): void {
    const settled = command.then(
      () => undefined,
      (error: unknown) => {
        if (!this.isClosed) this.logger.error({ topic, err: error }, 'Redis: (un)subscribe failed')
      },
    )
    this.subscribing.set(topic, settled)
    void settled.then(() => {
      if (this.subscribing.get(topic) === settled) this.subscribing.delete(topic)
    })
  }

  private deliver(channel: string, message: string): void {
    if (!channel.startsWith(this.prefix)) return
    const listeners = this.subscriptions.get(channel.slice(this.prefix.length))
    if (!listeners || listeners.size === 0) return
    let payload: unknown
    try {
      payload = JSON.parse(message)
    } catch (error) {
      this.logger.error({ channel, err: error }, 'Redis: message is not JSON, dropped')
      return
    }
    for (const subscription of [...listeners]) subscription.push(payload)
  }
}

async function quit(client: Redis): Promise<void> {
  if (client.status === 'end') return
  // QUIT would wait in the offline queue for a connection that may never come back.
  if (client.status !== 'ready') {
    client.disconnect()
    return
  }
  try {
    await client.quit()
  } catch {
    client.disconnect()
  }
}
