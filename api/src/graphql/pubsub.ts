// One publish/subscribe interface for events that cross requests and API instances.
import { EventEmitter, on } from 'node:events'

export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>
  /** Iterates payloads published after the call; ending the iteration unsubscribes. */
  subscribe<T>(topic: string, signal?: AbortSignal): AsyncIterableIterator<T>
  close(): Promise<void>
}

/** The embedded default: one process, so an EventEmitter is all it takes. */
export class InProcessPubSub implements PubSub {
  private readonly emitter = new EventEmitter().setMaxListeners(0)

  async publish(topic: string, payload: unknown): Promise<void> {
    this.emitter.emit(topic, payload)
  }

  async *subscribe<T>(topic: string, signal?: AbortSignal): AsyncIterableIterator<T> {
    try {
      for await (const [payload] of on(this.emitter, topic, { signal })) yield payload as T
    } catch (error) {
      if (!(error instanceof Error && error.name === 'AbortError')) throw error
    }
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners()
  }
}
