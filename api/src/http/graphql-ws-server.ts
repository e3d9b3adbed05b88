// graphql-ws's protocol (`makeServer`) on `ws` sockets: its own `useServer`, less what we never use, plus
// writes gathered per socket and event-loop turn. A busy instance sends a supervisor's socket many
// messages in one turn (a status change per agent of the team, the queue batch); `ws` writes each frame
// with a system call of its own, the largest item of the instance's profile with a thousand live boards.
// Corking the socket at the first message of a turn and uncorking it when the turn's work is done writes
// them all with one. The protocol is unchanged: one graphql-ws message per WebSocket frame.
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws'
import { WebSocket, type WebSocketServer } from 'ws'

export interface SocketExtra {
  readonly socket: WebSocket
  readonly request: IncomingMessage
}

/** A socket that does not answer a ping within this time is dropped (graphql-ws's `useServer` default). */
const KEEP_ALIVE_MS = 12_000

/**
 * Sends `data` on `socket`, gathering the frames of one event-loop turn into one write of `raw` (the TCP
 * socket under the WebSocket). Resolves once written; a socket no longer open is not written to.
 */
export function turnBatchedSender(socket: WebSocket, raw: Socket): (data: string) => Promise<void> {
  let isCorked = false
  const uncork = () => {
    isCorked = false
    raw.uncork()
  }
  return (data) =>
    new Promise((resolve, reject) => {
      if (socket.readyState !== WebSocket.OPEN) return resolve()
      if (!isCorked) {
        isCorked = true
        raw.cork()
        // After the turn's I/O callbacks and microtasks: every delivery the turn started has sent by then.
        setImmediate(uncork)
      }
      socket.send(data, (error) => (error ? reject(error) : resolve()))
    })
}

function closeOnInternalError(socket: WebSocket, error: unknown): void {
  console.error('Internal error on a graphql-ws socket', error)
  socket.close(CloseCode.InternalServerError, 'Internal server error')
}

/** Serves graphql-ws on the sockets `wss` accepts; the returned `dispose` closes them and the server. */
export function serveGraphqlWs<Extra extends Record<PropertyKey, unknown>>(
  options: ServerOptions<Record<string, unknown>, Extra & SocketExtra>,
  wss: WebSocketServer,
): { dispose(): Promise<void> } {
  const server = makeServer(options)
  wss.options.handleProtocols = handleProtocols
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => closeOnInternalError(socket, error))
    let pongWait: NodeJS.Timeout | undefined
    const pinging = setInterval(() => {
      if (socket.readyState !== WebSocket.OPEN) return
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS)
      socket.once('pong', () => clearTimeout(pongWait))
      socket.ping()
    }, KEEP_ALIVE_MS)
    const closed = server.opened(
      {
        protocol: socket.protocol,
        // The upgraded request's socket is the one `ws` writes to.
        send: turnBatchedSender(socket, request.socket as Socket),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            handle(String(data)).catch((error: unknown) => closeOnInternalError(socket, error))
          }),
      },
      { socket, request } as Extra & SocketExtra,
    )
    socket.once('close', (code, reason) => {
      clearTimeout(pongWait)
      clearInterval(pinging)
      void closed(code, String(reason))
    })
  })
  return {
    dispose: async () => {
      for (const client of wss.clients) client.close(1001, 'Going away')
      wss.removeAllListeners()
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
