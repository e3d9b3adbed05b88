// Subscriptions over graphql-ws on the same /graphql path; the browser sends the session cookie itself.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core'
import { CloseCode, createClient, type Client } from 'graphql-ws'
import { GRAPHQL_PATH } from './client'

/** The server closes a socket with these when its session ends (logout, password change, disabled). */
const SESSION_ENDED_CODES: readonly number[] = [CloseCode.Unauthorized, CloseCode.Forbidden]

function isSessionEnded(event: unknown): boolean {
  return event instanceof CloseEvent && SESSION_ENDED_CODES.includes(event.code)
}

export function subscriptionUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${GRAPHQL_PATH}`
}

/**
 * A ping this often finds a socket that died without closing (Wi-Fi gone, a NAT that forgot it); without
 * its pong in PONG_TIMEOUT_MS the socket is closed and the client reconnects.
 */
export const KEEP_ALIVE_MS = 10_000
export const PONG_TIMEOUT_MS = 5_000
/** The longest wait between two reconnection attempts: a wallboard must be back soon after the network. */
export const MAX_RETRY_DELAY_MS = 15_000

/**
 * Reconnection back-off: 1 s doubling up to MAX_RETRY_DELAY_MS (graphql-ws's own doubles without end, an
 * hour apart by the twelfth try), plus up to a second at random so a room of screens does not return at once.
 */
export function retryDelayMs(retries: number, random = Math.random()): number {
  return Math.min(1000 * 2 ** retries, MAX_RETRY_DELAY_MS) + Math.floor(random * 1000)
}

/** Closed by the client itself when the server did not answer a ping (graphql-ws's own 4408 is for init). */
const PONG_TIMEOUT_CLOSE_CODE = 4408

/**
 * `onConnected` runs on every (re)connection: what was published while the socket was down, or
 * before the subscription reached the server, is lost, so callers read the current state again there.
 */
export function createSubscriptionClient(onSessionEnded: () => void, onConnected?: () => void): Client {
  let socket: WebSocket | null = null
  let pongTimeout: ReturnType<typeof setTimeout> | undefined
  return createClient({
    url: subscriptionUrl(window.location),
    // Retrying a socket whose session is gone would only be refused again.
    shouldRetry: (event) => !isSessionEnded(event),
    retryAttempts: Infinity,
    retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelayMs(retries))),
    keepAlive: KEEP_ALIVE_MS,
    on: {
      connected: (connected) => {
        socket = connected as WebSocket
        onConnected?.()
      },
      ping: (isReceived) => {
        if (isReceived) return
        pongTimeout = setTimeout(() => {
          if (socket?.readyState === WebSocket.OPEN) socket.close(PONG_TIMEOUT_CLOSE_CODE, 'Pong timeout')
        }, PONG_TIMEOUT_MS)
      },
      pong: (isReceived) => {
        if (isReceived) clearTimeout(pongTimeout)
      },
      closed: (event) => {
        clearTimeout(pongTimeout)
        socket = null
        if (isSessionEnded(event)) onSessionEnded()
      },
    },
  })
}

/** Calls onData with each result; returns the function that ends the subscription. */
export function subscribe<TResult, TVariables>(
  client: Client,
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables,
  onData: (data: TResult) => void,
): () => void {
  return client.subscribe<TResult>(
    { query: document.toString(), variables: variables as Record<string, unknown> },
    {
      next: ({ data }) => {
        if (data) onData(data)
      },
      error: (error) => console.warn('subscription failed', error),
      complete: () => {},
    },
  )
}
