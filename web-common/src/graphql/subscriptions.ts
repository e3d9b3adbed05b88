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
 * `onConnected` runs on every (re)connection: what was published while the socket was down, or
 * before the subscription reached the server, is lost, so callers read the current state again there.
 */
export function createSubscriptionClient(onSessionEnded: () => void, onConnected?: () => void): Client {
  return createClient({
    url: subscriptionUrl(window.location),
    // Retrying a socket whose session is gone would only be refused again.
    shouldRetry: (event) => !isSessionEnded(event),
    retryAttempts: Infinity,
    on: {
      connected: () => onConnected?.(),
      closed: (event) => {
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
