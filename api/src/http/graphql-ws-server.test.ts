import { EventEmitter, on } from 'node:events'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { Fanout } from '../graphql/fanout.js'
import { mapped } from '../graphql/iterators.js'
import { shared, subscribeSharingEvents } from '../graphql/shared-execution.js'
import {
  BEHIND_LIMIT_BYTES,
  serveGraphqlWs,
  turnBatchedWriter,
  UNWRITTEN_LIMIT_BYTES,
} from './graphql-ws-server.js'

/** A WebSocket pair on loopback: the server's end, its TCP socket, and the client's end. */
async function socketPair() {
  const http = createServer()
  const wss = new WebSocketServer({ server: http })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const accepted = new Promise<[WebSocket, IncomingMessage]>((resolve) =>
    wss.once('connection', (socket, request) => resolve([socket, request])),
  )
  const client = new WebSocket(`ws://127.0.0.1:${(http.address() as AddressInfo).port}`)
  const received: string[] = []
  client.on('message', (data) => received.push(String(data)))
  const [[server, request]] = await Promise.all([
    accepted,
    new Promise((resolve) => client.once('open', resolve)),
  ])
  const raw = request.socket as Socket
  opened.push(() => {
    client.terminate()
    wss.close()
    http.close()
  })
  return { server, raw, client, received }
}

const opened: (() => void)[] = []
afterEach(() => {
  for (const close of opened.splice(0)) close()
})

/** `schema` served by serveGraphqlWs on loopback, and a client it has acknowledged, with what it received. */
async function acknowledgedClient(schema: GraphQLSchema) {
  const http = createServer()
  const wss = new WebSocketServer({ server: http })
  const server = serveGraphqlWs({ schema, subscribe: subscribeSharingEvents }, wss)
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const client = new WebSocket(
    `ws://127.0.0.1:${(http.address() as AddressInfo).port}`,
    'graphql-transport-ws',
  )
  opened.push(() => {
    client.terminate()
    void server.dispose()
    http.close()
  })
  const received: { id?: string; type: string; payload?: unknown }[] = []
  client.on('message', (data) => received.push(JSON.parse(String(data)) as (typeof received)[number]))
  await new Promise((resolve) => client.once('open', resolve))
  client.send(JSON.stringify({ type: 'connection_init' }))
  await vi.waitFor(() => expect(received.map(({ type }) => type)).toEqual(['connection_ack']))
  return { client, received, wss }
}

describe('X3: live board messages written per socket and event-loop turn', () => {
  it('X3: the messages of one turn reach the client in order, one frame each, written with one system call', async () => {
    const { server, raw, received } = await socketPair()
    const writes = vi.spyOn(raw as unknown as { _writev: () => void }, '_writev')
    const send = turnBatchedWriter(server, raw).send
    const messages = ['{"id":"a","type":"next"}', '{"id":"b","type":"next"}', '{"id":"a","type":"next"}']
    await Promise.all(messages.map(send))
    await vi.waitFor(() => expect(received).toEqual(messages))
    expect(writes).toHaveBeenCalledTimes(1)

    // The next turn's messages go out in their own write, not held back.
    await send('{"id":"c","type":"next"}')
    await vi.waitFor(() => expect(received).toHaveLength(4))
  })

  it('X3: sockets sent to in the same turn (a change to every tab of a supervisor) are each written once', async () => {
    const pairs = [await socketPair(), await socketPair()]
    const writes = pairs.map(({ raw }) => vi.spyOn(raw as unknown as { _writev: () => void }, '_writev'))
    const sends = pairs.map(({ server, raw }) => turnBatchedWriter(server, raw).send)
    for (const send of sends) for (const id of ['a', 'b']) void send(`{"id":"${id}","type":"next"}`)
    for (const { received } of pairs)
      await vi.waitFor(() =>
        expect(received).toEqual(['{"id":"a","type":"next"}', '{"id":"b","type":"next"}']),
      )
    for (const write of writes) expect(write).toHaveBeenCalledTimes(1)
  })

  it('X3: a subscription with messages queued sends them all in one turn, until the socket holds too much unwritten', async () => {
    const { server, raw, received } = await socketPair()
    const writes = vi.spyOn(raw as unknown as { _writev: () => void }, '_writev')
    const send = turnBatchedWriter(server, raw).send
    // One after another, each awaited, as graphql-ws sends a subscription's messages.
    for (const id of ['a', 'b', 'c']) await send(`{"id":"${id}","type":"next"}`)
    await vi.waitFor(() => expect(received).toHaveLength(3))
    expect(writes).toHaveBeenCalledTimes(1)

    const large = `{"id":"d","type":"next","payload":"${'x'.repeat(UNWRITTEN_LIMIT_BYTES)}"}`
    let isSent = false
    const sent = send(large).then(() => (isSent = true))
    await Promise.resolve()
    expect(isSent).toBe(false)
    await sent
    await vi.waitFor(() => expect(received).toHaveLength(4))
  })

  it('X3: a socket the client has closed is not written to', async () => {
    const { server, raw, client, received } = await socketPair()
    const closed = new Promise((resolve) => server.once('close', resolve))
    client.close()
    await closed
    const writes = vi.spyOn(raw, 'write')
    await expect(turnBatchedWriter(server, raw).send('{"id":"a","type":"next"}')).resolves.toBeUndefined()
    expect(writes).not.toHaveBeenCalled()
    expect(received).toEqual([])
  })
})

describe('X3: a shared event executed once for every subscription', () => {
  it('X3: two subscriptions of one socket each get their own ID with the shared payload; an error still reaches its subscriber', async () => {
    const ticks = new EventEmitter()
    let executions = 0
    const Tick = new GraphQLObjectType({
      name: 'Tick',
      fields: {
        n: {
          type: GraphQLInt,
          resolve: (tick: { n: number }) => {
            executions++
            if (tick.n < 0) throw new Error('negative tick')
            return tick.n
          },
        },
      },
    })
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { n: { type: GraphQLInt } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          tick: {
            type: Tick,
            resolve: (tick: object) => tick,
            subscribe: () => mapped(on(ticks, 'tick') as AsyncIterable<[object]>, ([tick]) => tick),
          },
        },
      }),
    })
    const { received, client } = await acknowledgedClient(schema)
    for (const id of ['first', 'second'])
      client.send(
        JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { tick { n } }' } }),
      )
    await vi.waitFor(() => expect(ticks.listenerCount('tick')).toBe(2))

    ticks.emit('tick', shared({ n: 7 }))
    await vi.waitFor(() => expect(received).toHaveLength(3))
    expect(received.slice(1).sort((a, b) => a.id!.localeCompare(b.id!))).toEqual([
      { id: 'first', type: 'next', payload: { data: { tick: { n: 7 } } } },
      { id: 'second', type: 'next', payload: { data: { tick: { n: 7 } } } },
    ])
    expect(executions).toBe(1)

    ticks.emit('tick', shared({ n: -1 }))
    await vi.waitFor(() => expect(received).toHaveLength(5))
    for (const message of received.slice(3))
      expect(message.payload).toMatchObject({
        data: { tick: { n: null } },
        errors: [{ message: 'negative tick' }],
      })
  })
})

describe('X3: a live board subscription pushed to its socket', () => {
  /** A graphql-ws server whose `tick` subscription watches a Fanout, as the live boards do. */
  async function boardServer() {
    const ticks = new EventEmitter()
    const fanout = new Fanout<{ n: number; text: string }>(
      (signal) =>
        mapped(
          on(ticks, 'tick', { signal }) as AsyncIterable<[{ n: number; text: string }]>,
          ([tick]) => tick,
        ),
      () => 'tenant',
    )
    const Tick = new GraphQLObjectType({
      name: 'Tick',
      fields: {
        n: { type: GraphQLInt },
        text: { type: GraphQLString },
      },
    })
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ name: 'Query', fields: { n: { type: GraphQLInt } } }),
      subscription: new GraphQLObjectType({
        name: 'Subscription',
        fields: {
          tick: { type: Tick, resolve: (tick: object) => tick, subscribe: () => fanout.watch('tenant') },
        },
      }),
    })
    opened.push(() => fanout.stop())
    const { received, client, wss } = await acknowledgedClient(schema)
    const subscribe = (id: string, query: string) =>
      client.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }))
    const emit = (tick: { n: number; text: string }) => ticks.emit('tick', shared(tick))
    return { fanout, client, received, subscribe, emit, wss }
  }

  it('X3: each subscriber gets every event in order under its own ID, and completing one stops it at once', async () => {
    const { fanout, client, received, subscribe, emit } = await boardServer()
    subscribe('a', 'subscription { tick { n } }')
    subscribe('b', 'subscription { tick { n text } }')
    await vi.waitFor(() => expect(fanout.isWatched('tenant')).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    for (let n = 1; n <= 3; n++) emit({ n, text: `t${n}` })
    await vi.waitFor(() => expect(received).toHaveLength(7))
    const of = (id: string) => received.filter((message) => message.id === id)
    expect(of('a')).toEqual(
      [1, 2, 3].map((n) => ({ id: 'a', type: 'next', payload: { data: { tick: { n } } } })),
    )
    expect(of('b').map(({ payload }) => payload)).toEqual(
      [1, 2, 3].map((n) => ({ data: { tick: { n, text: `t${n}` } } })),
    )

    client.send(JSON.stringify({ id: 'a', type: 'complete' }))
    await new Promise((resolve) => setTimeout(resolve, 20))
    emit({ n: 4, text: 't4' })
    await vi.waitFor(() => expect(of('b')).toHaveLength(4))
    expect(of('a')).toHaveLength(3)
    client.send(JSON.stringify({ id: 'b', type: 'complete' }))
    await vi.waitFor(() => expect(fanout.isWatched('tenant')).toBe(false))
  })

  it('X3: a client that stops reading is dropped once far behind, and its subscription ends', async () => {
    const { fanout, client, subscribe, emit, wss } = await boardServer()
    subscribe('a', 'subscription { tick { n text } }')
    await vi.waitFor(() => expect(fanout.isWatched('tenant')).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const [server] = [...wss.clients]
    const dropped = new Promise((resolve) => server!.once('close', resolve))
    // The client's TCP socket stops reading: the kernel's buffers fill, then the server's.
    ;(client as unknown as { _socket: Socket })._socket.pause()
    const text = 'x'.repeat(64 * 1024)
    for (let n = 0; n * text.length < 4 * BEHIND_LIMIT_BYTES && server!.readyState === WebSocket.OPEN; n++) {
      emit({ n, text })
      await new Promise((resolve) => setImmediate(resolve))
    }
    await dropped
    await vi.waitFor(() => expect(fanout.isWatched('tenant')).toBe(false))
  })
})
