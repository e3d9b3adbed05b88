// Many subscribers of one busy topic on one instance: one pub/sub subscription for all of them, each
// event handed only to the watchers of its key (a tenant, a user) that accept it. Each subscriber
// iterating the topic itself woke every subscriber for every event of every tenant: a thousand
// supervisors and 500 status changes a second are half a million wake-ups a second, most to say
// "not mine".

import { PUSH, type Pushable, type Sink } from './iterators.js'

interface Watcher<Event> {
  push(event: Event): void
}

type Accept<Event> = (event: Event) => boolean

export interface Watch<Event> extends Pushable<Event> {
  /** Ends the watch at once, returning the events it holds not yet taken. */
  close(): Event[]
  [PUSH](sink: Sink<Event>): void
}

const acceptAll = () => true

export class Fanout<Event> {
  /** By key, then by `accept`: watchers given the same one are asked once per event. */
  private readonly watchers = new Map<string, Map<Accept<Event>, Set<Watcher<Event>>>>()
  private readonly stopping = new AbortController()
  private isStarted = false

  constructor(
    private readonly source: (signal: AbortSignal) => AsyncIterable<Event>,
    private readonly keyOf: (event: Event) => string,
  ) {}

  /**
   * The events of `key` that `accept` takes, from now until the iteration is ended or `signal` aborts.
   * `accept` runs synchronously for every event of the key: keep it to a lookup, and give watchers that take
   * the same events the same function, which is then asked once for all of them (a thousand supervisors'
   * filters, each asked about every change, cost more than delivering the changes).
   */
  watch(key: string, accept: Accept<Event> = acceptAll, signal?: AbortSignal): Watch<Event> {
    this.start()
    const queue: Event[] = []
    let wake: ((result: IteratorResult<Event>) => void) | undefined
    let sink: Sink<Event> | undefined
    let isDone = false
    const byAccept = this.watchers.get(key) ?? new Map<Accept<Event>, Set<Watcher<Event>>>()
    this.watchers.set(key, byAccept)
    const watchers = byAccept.get(accept) ?? new Set()
    byAccept.set(accept, watchers)
    const watcher: Watcher<Event> = {
      push: (event) => {
        if (sink) sink.next(event)
        else if (wake) {
          const resolve = wake
          wake = undefined
          resolve({ value: event, done: false })
        } else queue.push(event)
      },
    }
    watchers.add(watcher)
    const end = (): IteratorResult<Event> => {
      if (!isDone) {
        isDone = true
        watchers.delete(watcher)
        if (watchers.size === 0 && byAccept.get(accept) === watchers) byAccept.delete(accept)
        if (byAccept.size === 0 && this.watchers.get(key) === byAccept) this.watchers.delete(key)
        queue.length = 0
        wake?.({ value: undefined, done: true })
        wake = undefined
        sink?.end()
        sink = undefined
      }
      return { value: undefined, done: true }
    }
    signal?.addEventListener('abort', () => end(), { once: true })
    // Not an async generator: ending one that waits for its next event would wait for that event, and a
    // quiet key would keep its watcher for ever.
    const iterator: Watch<Event> = {
      close: () => {
        const held = queue.splice(0)
        end()
        return held
      },
      next: () => {
        if (isDone) return Promise.resolve({ value: undefined, done: true })
        const event = queue.shift()
        if (event !== undefined) return Promise.resolve({ value: event, done: false })
        return new Promise((resolve) => (wake = resolve))
      },
      return: () => Promise.resolve(end()),
      [PUSH]: (to) => {
        if (isDone) return to.end()
        sink = to
        for (const event of queue.splice(0)) to.next(event)
      },
      [Symbol.asyncIterator]: () => iterator,
    }
    return iterator
  }

  /** Whether anyone on this instance watches the key (so its events are worth producing). */
  isWatched(key: string): boolean {
    return (this.watchers.get(key)?.size ?? 0) > 0
  }

  stop(): void {
    this.stopping.abort()
  }

  private start(): void {
    if (this.isStarted) return
    this.isStarted = true
    void (async () => {
      for await (const event of this.source(this.stopping.signal)) {
        for (const [accept, watchers] of this.watchers.get(this.keyOf(event)) ?? []) {
          if (accept(event)) for (const watcher of watchers) watcher.push(event)
        }
      }
    })()
      // A source that failed (its pub/sub connection lost for good) is subscribed again by the next watcher.
      .catch(() => undefined)
      .finally(() => (this.isStarted = false))
  }
}
