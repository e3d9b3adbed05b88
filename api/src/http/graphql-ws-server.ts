// graphql-ws's protocol (`makeServer`) on `ws` sockets: its own `useServer`, less what we never use, plus
// writes gathered per socket and event-loop turn. A busy instance sends a supervisor's socket many
// messages in one turn (a status change per agent of the team, the queue batch); `ws` writes each frame
// with a system call of its own, the largest item of the instance's profile with a thousand live boards.
// Corking the socket at the first message of a turn and uncorking it when the turn's work is done writes
// them all with one. The protocol is unchanged: one graphql-ws message per WebSocket frame. And a
// subscription whose events can be pushed (iterators.ts, `PUSH`: the live boards, the live calls and the
// workstation's own status) is written to its socket as each event comes, past graphql-ws's loop of
// promises per message, with a shared event's result (shared-execution.ts) serialised once for all its
// subscribers; graphql-ws still starts, ends and completes it.
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import type { ExecutionArgs, ExecutionResult, FormattedExecutionResult } from 'graphql'
import {
  CloseCode,
  handleProtocols,
  makeServer,
  type Context,
  type ServerOptions,
  type SubscribePayload,
} from 'graphql-ws'
import { WebSocket, type WebSocketServer } from 'ws'
import { pusherOf, type Sink } from '../graphql/iterators.js'

export interface SocketExtra {
  readonly socket: WebSocket
  readonly request: IncomingMessage
}

/** A socket that does not answer a ping within this time is dropped (graphql-ws's `useServer` default). */
const KEEP_ALIVE_MS = 12_000

/**
 * Bytes a socket may hold unwritten before its sends wait for their writes: below it, a send resolves at
 * once, so a subscription with events queued sends them all in the same turn (and the same write).
 */
export const UNWRITTEN_LIMIT_BYTES = 256 * 1024

/**
 * Bytes a socket may hold unwritten while pushed events keep coming: a client this far behind (minutes of a
 * busy board) is dropped rather than held in memory; it reconnects and reads the board afresh.
 */
export const BEHIND_LIMIT_BYTES = 4 * 1024 * 1024

/** What a send under the limit returns: every such send shares it (no promise of its own per message). */
const SENT: Promise<void> = Promise.resolve()

/** The uncorks due at the end of this turn, run by one `setImmediate` for every socket corked in it. */
let uncorks: (() => void)[] = []

function uncorkAll(): void {
  const due = uncorks
  uncorks = []
  for (const uncork of due) uncork()
}

export interface TurnBatchedWriter {
  /**
   * Sends `data`. Resolves at once while the socket holds less than UNWRITTEN_LIMIT_BYTES not yet written,
   * else once written: graphql-ws waits for each send before a subscription's next message, and waiting for
   * every write made a busy subscription send one message per turn, falling behind for good.
   */
  send(data: string): Promise<void>
  /** Sends `data` with nothing to wait for; a socket BEHIND_LIMIT_BYTES behind is dropped. */
  push(data: string): void
}

/**
 * Writes to `socket`, gathering the frames of one event-loop turn into one write of `raw` (the TCP socket
 * under the WebSocket). A socket no longer open is not written to; a write that fails closes the socket
 * (ws), ending its subscriptions. One change reaches a supervisor's every socket in the same turn: their
 * uncorks share one `setImmediate`.
 */
export function turnBatchedWriter(socket: WebSocket, raw: Socket): TurnBatchedWriter {
  let isCorked = false
  const uncork = () => {
    isCorked = false
    raw.uncork()
  }
  const corked = () => {
    if (socket.readyState !== WebSocket.OPEN) return false
    if (!isCorked) {
      isCorked = true
      raw.cork()
      // After the turn's I/O callbacks and microtasks: every delivery the turn started has sent by then.
      if (uncorks.length === 0) setImmediate(uncorkAll)
      uncorks.push(uncork)
    }
    return true
  }
  return {
    send: (data) => {
      if (!corked()) return SENT
      // Under the limit with this message too, nothing waits for the write: no callback to track.
      if (raw.writableLength + data.length < UNWRITTEN_LIMIT_BYTES) {
        socket.send(data)
        return SENT
      }
      return new Promise((resolve, reject) =>
        socket.send(data, (error) => (error ? reject(error) : resolve())),
      )
    },
    push: (data) => {
      if (!corked()) return
      socket.send(data)
      if (raw.writableLength > BEHIND_LIMIT_BYTES) socket.terminate()
    },
  }
}

/**
 * Each execution result as JSON, made once however many subscriptions it goes to: a shared event's one
 * result (shared-execution.ts) goes to a thousand supervisors.
 */
function serialisedOnce(): (result: ExecutionResult) => string {
  const jsonOf = new WeakMap<ExecutionResult, string>()
  return (result) => {
    let json = jsonOf.get(result)
    if (json === undefined) {
      json = JSON.stringify(result)
      jsonOf.set(result, json)
    }
    return json
  }
}

function closeOnInternalError(socket: WebSocket, error: unknown): void {
  console.error('Internal error on a graphql-ws socket', error)
  socket.close(CloseCode.InternalServerError, 'Internal server error')
}

/**
 * What graphql-ws iterates in place of a subscription whose events are pushed: nothing, until the source
 * ends (or fails, which graphql-ws reports as an error message). graphql-ws asks for the first value once
 * it has registered the subscription, and from then on the source's events go to `deliver` as they come.
 * Ending it (the client's `complete`, the socket closing) ends the source.
 */
function pushedOnto<T>(
  source: AsyncIterator<T>,
  push: (sink: Sink<T>) => void,
  deliver: (value: T) => void,
): AsyncIterableIterator<never> {
  const done: IteratorResult<never> = { value: undefined, done: true }
  let finish!: () => void
  let fail!: (error: unknown) => void
  const over = new Promise<IteratorResult<never>>((resolve, reject) => {
    finish = () => resolve(done)
    fail = reject
  })
  const failed = (error: unknown) => {
    fail(error)
    void source.return?.()
  }
  let isStarted = false
  const iterator: AsyncIterableIterator<never> = {
    next: () => {
      if (!isStarted) {
        isStarted = true
        push({
          next: (value) => {
            try {
              deliver(value)
            } catch (error) {
              failed(error)
            }
          },
          error: failed,
          end: finish,
        })
      }
      return over
    },
    return: async () => {
      await source.return?.()
      finish()
      return done
    },
    [Symbol.asyncIterator]: () => iterator,
  }
  return iterator
}

type Options<Extra> = Omit<
  ServerOptions<Record<string, unknown>, Extra & SocketExtra>,
  'onNext' | 'onOperation'
> & {
  /**
   * The payload of a `next` message when it is not the result as it is (errors formatted, say). Synchronous:
   * pushed events are written as they come.
   */
  onNext?: (
    ctx: Context<Record<string, unknown>, Extra & SocketExtra>,
    id: string,
    payload: SubscribePayload,
    args: ExecutionArgs,
    result: ExecutionResult,
  ) => FormattedExecutionResult | undefined
}

/** Serves graphql-ws on the sockets `wss` accepts; the returned `dispose` closes them and the server. */
export function serveGraphqlWs<Extra extends Record<PropertyKey, unknown>>(
  options: Options<Extra>,
  wss: WebSocketServer,
): { dispose(): Promise<void> } {
  const jsonOf = serialisedOnce()
  const writers = new WeakMap<WebSocket, TurnBatchedWriter>()
  const server = makeServer<Record<string, unknown>, Extra & SocketExtra>({
    ...options,
    onOperation: (ctx, id, payload, args, result) => {
      const push = pusherOf<ExecutionResult>(result)
      const writer = writers.get(ctx.extra.socket)
      if (!push || !writer) return undefined
      const head = `{"id":${JSON.stringify(id)},"type":"next","payload":`
      return pushedOnto(result as AsyncIterableIterator<ExecutionResult>, push, (next) => {
        const formatted = options.onNext?.(ctx, id, payload, args, next)
        // A GraphQLError serialises through its toJSON, as graphql-ws would write it.
        writer.push(`${head}${formatted ? JSON.stringify(formatted) : jsonOf(next)}}`)
      })
    },
  })
  wss.options.handleProtocols = handleProtocols
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => closeOnInternalError(socket, error))
    // The upgraded request's socket is the one `ws` writes to.
    const writer = turnBatchedWriter(socket, request.socket as Socket)
    writers.set(socket, writer)
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
        send: writer.send,
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
