// graphql-ws on the /graphql path: Origin checked at the upgrade, the session checked in connection_init.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql'
import { CloseCode } from 'graphql-ws'
import { WebSocketServer, type WebSocket } from 'ws'
import type { GraphQLContext } from '../graphql/context.js'
import { aliasLimit, depthLimit, limits } from '../graphql/limits.js'
import type { PubSub } from '../graphql/pubsub.js'
import { subscribeSharingEvents } from '../graphql/shared-execution.js'
import {
  SESSION_ENDED,
  VIEWER_CHANGED,
  type SessionEnded,
  type Viewer,
  type ViewerChanged,
} from '../modules/identity/viewer.js'
import type { Services } from '../services.js'
import { serveGraphqlWs } from './graphql-ws-server.js'
import { isOriginAllowed } from './origin-policy.js'
import { sessionTokenFrom } from './session-token.js'

/** Clients that do not authenticate within this time are closed with 4408. */
export const CONNECTION_INIT_TIMEOUT_MS = 3_000

export const SESSION_ENDED_CLOSE_CODE = CloseCode.Unauthorized

/**
 * The user's role or organisation changed: their subscriptions were authorised for other rights. Not a
 * graphql-ws code the client gives up on, so it connects and subscribes again under the new rights.
 */
export const ACCESS_CHANGED_CLOSE_CODE = 4205

interface Options {
  schema: GraphQLSchema
  /** What HTTP answers errors with (graphql/errors.ts), so a refused subscription carries its code too. */
  formatError: (formatted: GraphQLFormattedError, raw: unknown) => GraphQLFormattedError
  services: Services
  pubsub: PubSub
  allowedOrigins: readonly string[]
  path: string
}

type Extra = { viewer?: Viewer }

function addTo<Key>(index: Map<Key, Set<WebSocket>>, key: Key, socket: WebSocket): void {
  const sockets = index.get(key) ?? new Set()
  sockets.add(socket)
  index.set(key, sockets)
}

function removeFrom<Key>(index: Map<Key, Set<WebSocket>>, key: Key, socket: WebSocket): void {
  index.get(key)?.delete(socket)
  if (index.get(key)?.size === 0) index.delete(key)
}

function tokenFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const token = params?.authToken
  return typeof token === 'string' ? token : null
}

export function createSubscriptionServer({
  schema,
  formatError,
  services,
  pubsub,
  allowedOrigins,
  path,
}: Options) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })
  const socketsBySession = new Map<string, Set<WebSocket>>()
  const socketsByUser = new Map<string, Set<WebSocket>>()
  const stopWatching = new AbortController()

  const server = serveGraphqlWs<Extra>(
    {
      schema,
      subscribe: subscribeSharingEvents,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : undefined,
      validate: (s, document) =>
        validate(s, document, [
          ...specifiedRules,
          depthLimit(limits.maxDepth),
          aliasLimit(limits.maxAliases),
        ]),
      onConnect: async (ctx) => {
        const token =
          tokenFromConnectionParams(ctx.connectionParams) ?? sessionTokenFrom(ctx.extra.request.headers)
        const viewer = token ? await services.identity.authenticate(token) : null
        if (!viewer) return false
        ctx.extra.viewer = viewer
        addTo(socketsBySession, viewer.sessionId, ctx.extra.socket)
        addTo(socketsByUser, viewer.userId, ctx.extra.socket)
        return true
      },
      onClose: (ctx) => {
        const viewer = ctx.extra.viewer
        if (!viewer) return
        removeFrom(socketsBySession, viewer.sessionId, ctx.extra.socket)
        removeFrom(socketsByUser, viewer.userId, ctx.extra.socket)
      },
      context: (ctx): GraphQLContext => ({
        viewer: ctx.extra.viewer ?? null,
        services,
        origin: {
          address: ctx.extra.request.socket.remoteAddress ?? 'unknown',
          userAgent: ctx.extra.request.headers['user-agent'] ?? null,
        },
        sessionCookie: null,
      }),
    },
    wss,
  )

  // A session that ends (logout, password change, account disabled) takes its live sockets with it.
  void (async () => {
    for await (const ended of pubsub.subscribe<SessionEnded>(SESSION_ENDED, stopWatching.signal)) {
      for (const socket of socketsBySession.get(ended.sessionId) ?? []) {
        socket.close(SESSION_ENDED_CLOSE_CODE, `Session ended: ${ended.reason}`)
      }
    }
  })()

  void (async () => {
    for await (const changed of pubsub.subscribe<ViewerChanged>(VIEWER_CHANGED, stopWatching.signal)) {
      if (!changed.accessChanged) continue
      for (const socket of socketsByUser.get(changed.userId) ?? []) {
        socket.close(ACCESS_CHANGED_CLOSE_CODE, 'Access changed: subscribe again')
      }
    }
  })()

  return {
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
      const url = new URL(request.url ?? '/', 'http://localhost')
      if (url.pathname !== path) {
        socket.destroy()
        return
      }
      if (!isOriginAllowed(request, allowedOrigins)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
        return
      }
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request))
    },
    async close(): Promise<void> {
      stopWatching.abort()
      await server.dispose()
      wss.close()
    },
  }
}
