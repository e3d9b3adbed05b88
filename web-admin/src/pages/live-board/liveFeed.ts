// The live board's own socket: agent, queue and call changes as they happen, and whether the socket is up.
// Reached by path because @cc/web-common exports only what both SPAs need at start-up.
import { createSubscriptionClient, subscribe } from '@cc/web-common'
import {
  AgentStateChangedDocument,
  LiveCallsChangedDocument,
  QueueStatesChangedDocument,
  type LiveAgentState,
  type LiveCallsSnapshot,
  type LiveQueueState,
} from '../../graphql/liveBoard'

export interface LiveFeedHandlers {
  onAgentState: (state: LiveAgentState) => void
  onQueueState: (state: LiveQueueState) => void
  /** Every visible call in progress: once on subscribing, then at each change; only asked for when given. */
  onLiveCalls?: (snapshot: LiveCallsSnapshot) => void
  /** False when the socket closed (it retries by itself), true each time it is up again. */
  onConnectionChange: (isConnected: boolean) => void
  onSessionEnded: () => void
}

/** Returns the function that closes the feed. */
export function openLiveFeed(handlers: LiveFeedHandlers): () => void {
  const client = createSubscriptionClient(handlers.onSessionEnded)
  const stops = [
    client.on('connected', () => handlers.onConnectionChange(true)),
    client.on('closed', () => handlers.onConnectionChange(false)),
    subscribe(client, AgentStateChangedDocument, {}, ({ agentStateChanged }) =>
      handlers.onAgentState(agentStateChanged),
    ),
    subscribe(client, QueueStatesChangedDocument, {}, ({ queueStatesChanged }) => {
      for (const state of queueStatesChanged) handlers.onQueueState(state)
    }),
  ]
  const { onLiveCalls } = handlers
  if (onLiveCalls)
    stops.push(
      subscribe(client, LiveCallsChangedDocument, {}, ({ liveCallsChanged }) =>
        onLiveCalls(liveCallsChanged),
      ),
    )
  return () => {
    for (const stop of stops) stop()
    void client.dispose()
  }
}
