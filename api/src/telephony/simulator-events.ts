// One more event listener on the in-process switch simulator, for what runs beside the ACD on it (the
// admin console's test calls, the workstation's simulated phones). It listens like any listener of a
// real switch, so those features read the same typed events the ACD reads, and hold no node ownership.
import { EslClient, type EslLogger } from './esl/client.js'
import type { EslEvent } from './esl/event.js'
import type { SwitchSimulator } from './sim/switch.js'

/** What the listener subscribes to: the life of each leg, what is played to it, and the keys pressed. */
const EVENTS = [
  'CHANNEL_CREATE',
  'CHANNEL_ANSWER',
  'CHANNEL_EXECUTE',
  'CHANNEL_BRIDGE',
  'CHANNEL_UNBRIDGE',
  'CHANNEL_HANGUP',
  'PLAYBACK_START',
  'PLAYBACK_STOP',
  'DTMF',
  // Keeps the quiet connection alive: the client drops one silent for a minute.
  'HEARTBEAT',
]

/** How long `ready` waits for the listener to connect; on loopback it takes milliseconds. */
const READY_TIMEOUT_MS = 5000

export class SimulatorEvents {
  private readonly client: EslClient

  constructor(
    readonly simulator: SwitchSimulator,
    logger?: EslLogger,
  ) {
    this.client = new EslClient({
      host: '127.0.0.1',
      port: simulator.port,
      password: simulator.password,
      events: EVENTS,
      backoff: { baseMs: 50, maxMs: 1000 },
      logger,
    })
    this.client.start()
  }

  onEvent(listener: (event: EslEvent) => void): () => void {
    return this.client.onEvent(listener)
  }

  /** Resolves once the listener is subscribed, so a call placed after it is heard from its first event. */
  ready(): Promise<void> {
    if (this.client.state === 'ready') return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop()
        reject(new Error(`the switch simulator's event listener is not connected (${this.client.state})`))
      }, READY_TIMEOUT_MS)
      const stop = this.client.onStateChange((change) => {
        if (change.state !== 'ready') return
        clearTimeout(timer)
        stop()
        resolve()
      })
    })
  }

  close(): Promise<void> {
    return this.client.close()
  }
}
