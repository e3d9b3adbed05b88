// Connects the ACD to the switch cluster: its commands, its owned nodes' events, and each resync's
// view of channels and registrations.
import type { Acd } from '../modules/acd/acd.js'
import { randomUUID } from 'node:crypto'
import type { SwitchControl } from '../modules/acd/switch-control.js'
import { CallerGoneError } from '../modules/acd/switch-control.js'
import type { SwitchCluster } from './cluster/switch-cluster.js'
import type { EslLogger } from './esl/client.js'
import type { EslEvent, ExecuteEvent } from './esl/event.js'

export function attachAcd(acd: Acd, cluster: SwitchCluster, logger: EslLogger): void {
  const runs = new ApplicationRuns()
  const control: SwitchControl = {
    api: (node, command) => cluster.api(node, command),
    bgapi: async (node, command) => (await cluster.bgapi(node, command)).result,
    execute: async (node, uuid, app, arg, options = { isLocked: true }) => {
      try {
        await cluster.client(node).sendmsg(uuid, app, arg, { eventLock: options.isLocked })
      } catch (error) {
        // The caller hung up meanwhile: there is nothing left to play to, which is no failure.
        if (!/invalid session id/.test((error as Error).message)) throw error
      }
    },
    run: async (node, uuid, app, arg) => {
      const eventUuid = randomUUID()
      const done = runs.expect(uuid, eventUuid)
      try {
        await cluster.client(node).sendmsg(uuid, app, arg, { eventLock: true, eventUuid })
      } catch (error) {
        runs.cancel(eventUuid)
        if (/invalid session id/.test((error as Error).message)) throw new CallerGoneError(uuid)
        throw error
      }
      return done
    },
    ownsNode: (node) => cluster.isOwnedHere(node),
    knownNodes: () => cluster.nodeNames(),
    pickNode: (preferred) => {
      const nodes = cluster.connectedNodes()
      if (preferred && nodes.includes(preferred)) return preferred
      const node = nodes[0]
      if (!node) throw new Error('no switch node is connected')
      return node
    },
  }
  acd.attach(control)
  cluster.onEvent((node, event) => {
    runs.handle(event)
    acd.events.handle(node, event)
  })
  // A saved record is a call starting, moving on or ending: the live calls (A8) of its tenant changed.
  cluster.queue.onFlush((report) => acd.liveCalls.changed(report.tenantIds))
  cluster.onSynced((node, snapshot) => {
    const liveLegs = new Set(snapshot.channels.map((channel) => channel.uuid))
    acd.events
      .synced(node, liveLegs, snapshot.registrations, snapshot.channels)
      .catch((error: unknown) => logger.error({ err: error, node }, 'ACD resync with the switch failed'))
  })
}

/** Longer than any prompt plus its digit timeouts; an IVR step still running then has lost its node. */
const RUN_TIMEOUT_MS = 15 * 60_000

/**
 * Applications started with `run`, waiting for their CHANNEL_EXECUTE_COMPLETE: the switch copies the
 * sendmsg's `event-uuid` into its Application-UUID. A hangup settles every run of that channel, as
 * the switch sends no completion for an application cut short by it (or never started).
 */
class ApplicationRuns {
  private readonly pending = new Map<
    string,
    {
      uuid: string
      resolve: (event: ExecuteEvent) => void
      reject: (error: Error) => void
      timer: NodeJS.Timeout
    }
  >()

  expect(uuid: string, eventUuid: string): Promise<ExecuteEvent> {
    return new Promise((resolve, reject) => {
      // Events of a node this instance stopped owning never arrive: the run must not wait forever.
      const timer = setTimeout(() => {
        this.pending.delete(eventUuid)
        reject(new Error(`no completion of the application on ${uuid} in ${RUN_TIMEOUT_MS / 60_000} minutes`))
      }, RUN_TIMEOUT_MS)
      timer.unref()
      this.pending.set(eventUuid, { uuid, resolve, reject, timer })
    })
  }

  /** Forgets a run: settled, or its sendmsg failed (which its caller learns from the send). */
  cancel(eventUuid: string): void {
    clearTimeout(this.pending.get(eventUuid)?.timer)
    this.pending.delete(eventUuid)
  }

  handle(event: EslEvent): void {
    if (this.pending.size === 0 || !('uniqueId' in event)) return
    if (event.eventName === 'CHANNEL_EXECUTE_COMPLETE' && event.applicationUuid) {
      const run = this.pending.get(event.applicationUuid)
      this.cancel(event.applicationUuid)
      run?.resolve(event)
    } else if (event.eventName === 'CHANNEL_HANGUP')
      for (const [eventUuid, run] of this.pending)
        if (run.uuid === event.uniqueId) {
          this.cancel(eventUuid)
          run.reject(new CallerGoneError(run.uuid))
        }
  }
}
