// Connects the ACD to the switch cluster: its commands, its owned nodes' events, and each resync's
// view of channels and registrations.
import type { Acd } from '../modules/acd/acd.js'
import type { SwitchControl } from '../modules/acd/switch-control.js'
import type { SwitchCluster } from './cluster/switch-cluster.js'
import type { EslLogger } from './esl/client.js'

export function attachAcd(acd: Acd, cluster: SwitchCluster, logger: EslLogger): void {
  const control: SwitchControl = {
    api: (node, command) => cluster.api(node, command),
    bgapi: async (node, command) => (await cluster.bgapi(node, command)).result,
    execute: async (node, uuid, app, arg) => {
      try {
        await cluster.client(node).sendmsg(uuid, app, arg, { eventLock: true })
      } catch (error) {
        // The caller hung up meanwhile: there is nothing left to play to, which is no failure.
        if (!/invalid session id/.test((error as Error).message)) throw error
      }
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
  cluster.onEvent((node, event) => acd.events.handle(node, event))
  cluster.onSynced((node, snapshot) => {
    const liveLegs = new Set(snapshot.channels.map((channel) => channel.uuid))
    acd.events
      .synced(node, liveLegs, snapshot.registrations)
      .catch((error: unknown) => logger.error({ err: error, node }, 'ACD resync with the switch failed'))
  })
}
