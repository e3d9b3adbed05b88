// graphql-ws on the /graphql path: Origin checked at the upgrade, the session checked in connection_init.
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { specifiedRules, validate, type GraphQLSchema } from 'graphql'
import { CloseCode } from 'graphql-ws'
import { useServer } from 'graphql-ws/use/ws'
import { WebSocketServer, type WebSocket } from 'ws'
import type { GraphQLContext } from '../graphql/context.js'
import { aliasLimit, depthLimit, limits } from '../graphql/limits.js'
import type { PubSub } from '../graphql/pubsub.js'
import { SESSION_ENDED, type SessionEnded, type Viewer } from '../modules/identity/viewer.js'
import type { Services } from '../services.js'
import { isOriginAllowed } from './origin-policy.js'
import { sessionTokenFrom } from './session-token.js'

/** Clients that do not authenticate within this time are closed with 4408. */
export const CONNECTION_INIT_TIMEOUT_MS = 3_000

export const SESSION_ENDED_CLOSE_CODE = CloseCode.Unauthorized

interface Options {
  schema: GraphQLSchema
  services: Services
  pubsub: PubSub
  allowedOrigins: readonly string[]
  path: string
}

type Extra = { viewer?: Viewer }

function tokenFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): string | null {
  const token = params?.authToken
  return typeof token === 'string' ? token : null
}

export function createSubscriptionServer({ schema, services, pubsub, allowedOrigins, path }: Options) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 })
  const socketsBySession = new Map<string, Set<WebSocket>>()
  const stopWatching = new AbortController()

  const server = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
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
        const sockets = socketsBySession.get(viewer.sessionId) ?? new Set()
        sockets.add(ctx.extra.socket)
        socketsBySession.set(viewer.sessionId, sockets)
        return true
      },
      onClose: (ctx) => {
        const sessionId = ctx.extra.viewer?.sessionId
        if (!sessionId) return
        socketsBySession.get(sessionId)?.delete(ctx.extra.socket)
        if (socketsBySession.get(sessionId)?.size === 0) socketsBySession.delete(sessionId)
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
