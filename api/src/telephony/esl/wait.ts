// Waiting for what the switch reports, with a deadline instead of a sleep.
import type { EslEvent } from './codec.js'
import type { ClientState, EslClient } from './client.js'

export function waitForEvent<T extends EslEvent = EslEvent>(
  client: EslClient,
  matches: (event: EslEvent) => event is T,
  timeoutMs?: number,
): Promise<T>
export function waitForEvent(
  client: EslClient,
  matches: (event: EslEvent) => boolean,
  timeoutMs?: number,
): Promise<EslEvent>
export function waitForEvent(
  client: EslClient,
  matches: (event: EslEvent) => boolean,
  timeoutMs = 5000,
): Promise<EslEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`no matching event within ${timeoutMs} ms`))
    }, timeoutMs)
    const stop = client.onEvent((event) => {
      if (!matches(event)) return
      clearTimeout(timer)
      stop()
      resolve(event)
    })
  })
}

export function waitForState(client: EslClient, state: ClientState, timeoutMs = 5000): Promise<void> {
  if (client.state === state) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`client still ${client.state}, not ${state}, after ${timeoutMs} ms`))
    }, timeoutMs)
    const stop = client.onStateChange((change) => {
      if (change.state !== state) return
      clearTimeout(timer)
      stop()
      resolve()
    })
  })
}

export interface EventRecorder {
  readonly events: readonly EslEvent[]
  /** Resolves with the first recorded event that matches, whether it came before the call or after. */
  waitFor<T extends EslEvent>(matches: (event: EslEvent) => event is T, timeoutMs?: number): Promise<T>
  waitFor(matches: (event: EslEvent) => boolean, timeoutMs?: number): Promise<EslEvent>
  stop(): void
}

/** Keeps every event from now on, so nothing that arrives before a test starts waiting is missed. */
export function recordEvents(client: EslClient): EventRecorder {
  const events: EslEvent[] = []
  const stop = client.onEvent((event) => events.push(event))
  const waitFor = (matches: (event: EslEvent) => boolean, timeoutMs?: number): Promise<EslEvent> => {
    const seen = events.find(matches)
    return seen ? Promise.resolve(seen) : waitForEvent(client, matches, timeoutMs)
  }
  return { events, waitFor: waitFor as EventRecorder['waitFor'], stop }
}
