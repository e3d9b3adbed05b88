// A raw graphql-ws client for tests: the messages as the server sends them, and how the socket closed.
import WebSocket from 'ws'
import type { TestApi } from './api.js'

export const GRAPHQL_WS_PROTOCOL = 'graphql-transport-ws'

export interface OpenSocket {
  socket: WebSocket
  messages: Record<string, unknown>[]
  closed: Promise<{ code: number; reason: string }>
  nextMessage(type: string): Promise<Record<string, unknown>>
  send(message: object): void
}

export function openSocket(api: TestApi, headers: Record<string, string> = {}): Promise<OpenSocket> {
  const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, GRAPHQL_WS_PROTOCOL, { headers })
  const messages: Record<string, unknown>[] = []
  const waiters: { type: string; resolve: (message: Record<string, unknown>) => void }[] = []
  socket.on('message', (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>
    messages.push(message)
    const index = waiters.findIndex((waiter) => waiter.type === message.type)
    if (index >= 0) waiters.splice(index, 1)[0]!.resolve(message)
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  )
  return new Promise((resolve, reject) => {
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`HTTP ${response.statusCode}`)),
    )
    socket.once('open', () =>
      resolve({
        socket,
        messages,
        closed,
        send: (message) => socket.send(JSON.stringify(message)),
        nextMessage: (type) =>
          new Promise((resolveMessage) => {
            const seen = messages.find((message) => message.type === type)
            if (seen) resolveMessage(seen)
            else waiters.push({ type, resolve: resolveMessage })
          }),
      }),
    )
  })
}
