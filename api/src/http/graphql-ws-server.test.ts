import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { turnBatchedSender } from './graphql-ws-server.js'

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

describe('X3: live board messages written per socket and event-loop turn', () => {
  it('X3: the messages of one turn reach the client in order, one frame each, written with one system call', async () => {
    const { server, raw, received } = await socketPair()
    const writes = vi.spyOn(raw as unknown as { _writev: () => void }, '_writev')
    const send = turnBatchedSender(server, raw)
    const messages = ['{"id":"a","type":"next"}', '{"id":"b","type":"next"}', '{"id":"a","type":"next"}']
    await Promise.all(messages.map(send))
    await vi.waitFor(() => expect(received).toEqual(messages))
    expect(writes).toHaveBeenCalledTimes(1)

    // The next turn's messages go out in their own write, not held back.
    await send('{"id":"c","type":"next"}')
    await vi.waitFor(() => expect(received).toHaveLength(4))
  })

  it('X3: a socket the client has closed is not written to', async () => {
    const { server, raw, client, received } = await socketPair()
    const closed = new Promise((resolve) => server.once('close', resolve))
    client.close()
    await closed
    const writes = vi.spyOn(raw, 'write')
    await expect(turnBatchedSender(server, raw)('{"id":"a","type":"next"}')).resolves.toBeUndefined()
    expect(writes).not.toHaveBeenCalled()
    expect(received).toEqual([])
  })
})
