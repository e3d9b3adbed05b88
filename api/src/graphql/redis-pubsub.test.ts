import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { testRedisUrl, uniqueChannelPrefix } from '../../test/redis.js'
import { RedisPubSub, type PubSubLogger } from './redis-pubsub.js'

interface Logged {
  level: 'warn' | 'error'
  message: string
  context: object
}

function recordingLogger(): PubSubLogger & { lines: Logged[] } {
  const lines: Logged[] = []
  return {
    lines,
    warn: (context, message) => lines.push({ level: 'warn', message, context }),
    error: (context, message) => lines.push({ level: 'error', message, context }),
  }
}

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, ms = 5_000): Promise<T> {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await probe()
    if (accept(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Resolves with the iterator's next result, or 'pending' if none comes within `ms`. */
function nextWithin<T>(iterator: AsyncIterator<T>, ms: number): Promise<IteratorResult<T> | 'pending'> {
  return Promise.race([
    iterator.next(),
    new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), ms)),
  ])
}

describe('Foundation: Redis pub/sub between API instances', () => {
  let url: string
  let admin: Redis
  const opened: RedisPubSub[] = []
  let prefix: string

  /** Subscribers per channel, as Redis itself counts them. */
  const subscribers = async (topic: string): Promise<number> => {
    const reply = (await admin.call('PUBSUB', 'NUMSUB', prefix + topic)) as [string, number]
    return Number(reply[1])
  }

  const open = async (options: { channelPrefix?: string; connectionName?: string } = {}) => {
    const logger = recordingLogger()
    const pubsub = await RedisPubSub.connect({ url, channelPrefix: prefix, logger, ...options })
    opened.push(pubsub)
    return { pubsub, logger }
  }

  beforeAll(() => {
    url = testRedisUrl()
    admin = new Redis(url)
  })
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((pubsub) => pubsub.close()))
    prefix = uniqueChannelPrefix()
  })
  afterAll(async () => {
    await admin?.quit()
  })
  prefix = uniqueChannelPrefix()

  it('delivers what one instance publishes to the subscribers of another, as JSON', async () => {
    const { pubsub: a } = await open()
    const { pubsub: b } = await open()
    const first = b.subscribe<{ sessionId: string; at: string }>('session.ended')
    const second = b.subscribe<{ sessionId: string; at: string }>('session.ended')
    await b.settled('session.ended')

    await a.publish('session.ended', { sessionId: 's-1', at: new Date(0) })

    const expected = { value: { sessionId: 's-1', at: '1970-01-01T00:00:00.000Z' }, done: false }
    expect(await first.next()).toEqual(expected)
    expect(await second.next()).toEqual(expected)
  })

  it('names channels <prefix><topic> and keeps deployments with other prefixes apart', async () => {
    const { pubsub: ours } = await open()
    const { pubsub: theirs } = await open({ channelPrefix: `other-${prefix}` })
    const ourEvents = ours.subscribe<number>('topic')
    const theirEvents = theirs.subscribe<number>('topic')
    await Promise.all([ours.settled('topic'), theirs.settled('topic')])

    await admin.publish(`${prefix}topic`, '1')
    await theirs.publish('topic', 2)

    expect(await ourEvents.next()).toEqual({ value: 1, done: false })
    expect(await theirEvents.next()).toEqual({ value: 2, done: false })
    expect(await nextWithin(ourEvents, 200)).toBe('pending')
  })

  it('subscribes a channel once per instance and unsubscribes after its last local listener', async () => {
    const { pubsub: a } = await open()
    const { pubsub: b } = await open()
    const first = b.subscribe<number>('counted')
    const second = b.subscribe<number>('counted')
    await b.settled('counted')
    expect(await subscribers('counted')).toBe(1)

    await first.return!()
    expect(await first.next()).toEqual({ value: undefined, done: true })
    await a.publish('counted', 7)
    expect(await second.next()).toEqual({ value: 7, done: false })
    expect(await subscribers('counted')).toBe(1)

    await second.return!()
    await b.settled('counted')
    expect(await subscribers('counted')).toBe(0)
  })

  it('ends an iterator and stops delivery when its signal aborts', async () => {
    const { pubsub: a } = await open()
    const { pubsub: b } = await open()
    const stop = new AbortController()
    const events = b.subscribe<number>('aborted', stop.signal)
    await b.settled('aborted')
    const pending = events.next()

    stop.abort()

    expect(await pending).toEqual({ value: undefined, done: true })
    await b.settled('aborted')
    expect(await subscribers('aborted')).toBe(0)
    await a.publish('aborted', 1)
    expect(await events.next()).toEqual({ value: undefined, done: true })
    // Already aborted: ends at once, subscribes nothing.
    expect(await b.subscribe('aborted', stop.signal).next()).toEqual({ value: undefined, done: true })
    expect(await subscribers('aborted')).toBe(0)
  })

  it('ends every iterator at close(), and a closed instance neither publishes nor subscribes', async () => {
    const { pubsub: b } = await open()
    const events = b.subscribe<number>('closing')
    await b.settled('closing')
    const pending = events.next()

    await b.close()

    expect(await pending).toEqual({ value: undefined, done: true })
    expect(await b.subscribe('closing').next()).toEqual({ value: undefined, done: true })
    await expect(b.publish('closing', 1)).resolves.toBeUndefined()
    expect(
      await eventually(
        () => subscribers('closing'),
        (count) => count === 0,
      ),
    ).toBe(0)
  })

  it('lets a `for await` loop end by break, unsubscribing', async () => {
    const { pubsub: a } = await open()
    const { pubsub: b } = await open()
    const events = b.subscribe<number>('loop')
    await b.settled('loop')
    await a.publish('loop', 1)
    await a.publish('loop', 2)
    const seen: number[] = []
    for await (const event of events) {
      seen.push(event)
      if (event === 2) break
    }
    expect(seen).toEqual([1, 2])
    await b.settled('loop')
    expect(await subscribers('loop')).toBe(0)
  })

  it('resubscribes after its connection to Redis drops, and logs the drop', async () => {
    const connectionName = `cc-test-${randomBytes(4).toString('hex')}`
    const { pubsub: a } = await open()
    const { pubsub: b, logger } = await open({ connectionName })
    const events = b.subscribe<number>('survives')
    await b.settled('survives')

    const clients = String(await admin.client('LIST'))
      .split('\n')
      .filter((line) => line.includes(` name=${connectionName} `))
    expect(clients).toHaveLength(2)
    for (const line of clients) await admin.client('KILL', 'ID', /\bid=(\d+)/.exec(line)![1]!)

    // Published until it arrives: events published while the connection is down are lost by design.
    const received = events.next()
    let isReceived = false
    void received.then(() => (isReceived = true))
    for (let attempt = 0; attempt < 100 && !isReceived; attempt++) {
      await a.publish('survives', 42)
      await Promise.race([received, new Promise((resolve) => setTimeout(resolve, 50))])
    }
    expect(await received).toEqual({ value: 42, done: false })
    expect(logger.lines.some((line) => line.message === 'Redis: reconnecting')).toBe(true)
  })

  it('logs and drops a message that is not JSON, and goes on delivering', async () => {
    const { pubsub: b, logger } = await open()
    const events = b.subscribe<number>('garbled')
    await b.settled('garbled')

    await admin.publish(`${prefix}garbled`, 'not json {')
    await admin.publish(`${prefix}garbled`, '5')

    expect(await events.next()).toEqual({ value: 5, done: false })
    expect(logger.lines).toContainEqual(
      expect.objectContaining({ level: 'error', message: 'Redis: message is not JSON, dropped' }),
    )
  })

  it('logs a publish it cannot deliver instead of throwing, and refuses to start without Redis', async () => {
    const deadUrl = `redis://127.0.0.1:${await closedPort()}`
    const logger = recordingLogger()
    const dead = new RedisPubSub({ url: deadUrl, channelPrefix: prefix, logger })
    try {
      await expect(dead.publish('lost', 1)).resolves.toBeUndefined()
      expect(logger.lines).toContainEqual(
        expect.objectContaining({ level: 'error', message: 'Redis: publish failed, event lost' }),
      )
      expect(logger.lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'Redis error' }))
    } finally {
      await dead.close()
    }
    await expect(
      RedisPubSub.connect({ url: deadUrl, logger: recordingLogger(), connectTimeoutMs: 300 }),
    ).rejects.toThrow(`Redis at ${deadUrl} did not answer within 300 ms`)
  })
})

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const { createServer } = await import('node:net')
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}
