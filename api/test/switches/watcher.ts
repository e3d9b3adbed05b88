// A second event listener on a switch, simulated or real: it sees every leg, the carrier's too, so tests
// find legs and wait for what happened to them without reaching into either switch.
import { EslClient } from '../../src/telephony/esl/client.js'
import type { EslEvent } from '../../src/telephony/esl/event.js'

export type ChannelEventOf = Extract<EslEvent, { uniqueId: string }>

export class SwitchWatcher {
  readonly client: EslClient
  private readonly events: ChannelEventOf[] = []
  /** Each waiter has seen every earlier event when it was added, so it is shown only the new ones. */
  private readonly waiters = new Set<(event: ChannelEventOf) => void>()

  constructor(address: { port: number; password: string }) {
    this.client = new EslClient({ host: '127.0.0.1', ...address, backoff: { baseMs: 50, maxMs: 250 } })
    this.client.onEvent((event) => {
      if (!('uniqueId' in event)) return
      this.events.push(event)
      for (const wake of this.waiters) wake(event)
    })
  }

  async start(): Promise<void> {
    const ready = new Promise<void>((resolve) =>
      this.client.onStateChange((change) => change.state === 'ready' && resolve()),
    )
    this.client.start()
    await ready
  }

  /** Every channel event seen so far that matches. */
  seen(match: (event: ChannelEventOf) => boolean): ChannelEventOf[] {
    return this.events.filter(match)
  }

  /** The first event (already seen, or still to come) that matches. */
  async waitFor(
    description: string,
    match: (event: ChannelEventOf) => boolean,
    timeoutMs = 15_000,
  ): Promise<ChannelEventOf> {
    const found = this.events.find(match)
    if (found) return found
    return new Promise((resolve, reject) => {
      const wake = (event: ChannelEventOf) => {
        if (!match(event)) return
        cleanUp()
        resolve(event)
      }
      const timer = setTimeout(() => {
        cleanUp()
        reject(
          new Error(`no ${description} within ${timeoutMs} ms; the switch's last events:\n${this.recent()}`),
        )
      }, timeoutMs)
      const cleanUp = () => {
        clearTimeout(timer)
        this.waiters.delete(wake)
      }
      this.waiters.add(wake)
    })
  }

  /** The last events, one line each, for a failure's message. */
  recent(count = 40): string {
    return this.events
      .slice(-count)
      .map((event) =>
        [
          event.eventName,
          event.uniqueId.slice(0, 8),
          event.callDirection,
          event.headers['Channel-Name'],
          `dest=${event.destinationNumber ?? ''}`,
          'application' in event ? `${event.application} ${event.applicationData ?? ''}` : '',
        ].join(' '),
      )
      .join('\n')
  }

  /** Epoch milliseconds of an event, by the switch's own clock. */
  static at(event: EslEvent): number {
    return Math.floor(Number(event.headers['Event-Date-Timestamp']) / 1000)
  }

  close(): Promise<void> {
    return this.client.close()
  }
}
