// Many subscribers of one busy topic on one instance: one pub/sub subscription for all of them, each
// event handed only to the watchers of its key (a tenant, a user) that accept it. Each subscriber
// iterating the topic itself woke every subscriber for every event of every tenant: a thousand
// supervisors and 500 status changes a second are half a million wake-ups a second, most to say
// "not mine".

interface Watcher<Event> {
  accept(event: Event): boolean
  push(event: Event): void
}

export class Fanout<Event> {
  private readonly watchers = new Map<string, Set<Watcher<Event>>>()
  private readonly stopping = new AbortController()
  private isStarted = false

  constructor(
    private readonly source: (signal: AbortSignal) => AsyncIterable<Event>,
    private readonly keyOf: (event: Event) => string,
  ) {}

  /**
   * The events of `key` that `accept` takes (it runs for every such event, synchronously: keep it to a
   * lookup), from now until the iteration is ended or `signal` aborts.
   */
  watch(
    key: string,
    accept: (event: Event) => boolean = () => true,
    signal?: AbortSignal,
  ): AsyncIterableIterator<Event> {
    this.start()
    const queue: Event[] = []
    let wake: ((result: IteratorResult<Event>) => void) | undefined
    let isDone = false
    const watchers = this.watchers.get(key) ?? new Set()
    this.watchers.set(key, watchers)
    const watcher: Watcher<Event> = {
      accept,
      push: (event) => {
        if (wake) {
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
        if (watchers.size === 0 && this.watchers.get(key) === watchers) this.watchers.delete(key)
        queue.length = 0
        wake?.({ value: undefined, done: true })
        wake = undefined
      }
      return { value: undefined, done: true }
    }
    signal?.addEventListener('abort', () => end(), { once: true })
    // Not an async generator: ending one that waits for its next event would wait for that event, and a
    // quiet key would keep its watcher for ever.
    const iterator: AsyncIterableIterator<Event> = {
      next: () => {
        if (isDone) return Promise.resolve({ value: undefined, done: true })
        const event = queue.shift()
        if (event !== undefined) return Promise.resolve({ value: event, done: false })
        return new Promise((resolve) => (wake = resolve))
      },
      return: () => Promise.resolve(end()),
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
        for (const watcher of this.watchers.get(this.keyOf(event)) ?? []) {
          if (watcher.accept(event)) watcher.push(event)
        }
      }
    })()
      // A source that failed (its pub/sub connection lost for good) is subscribed again by the next watcher.
      .catch(() => undefined)
      .finally(() => (this.isStarted = false))
  }
}
