// Starts the telephony side of one API instance: the switch cluster (or, with no FREESWITCH_NODES,
// the switch simulator in-process plus a one-node cluster pointed at it).
import type { Config } from '../config.js'
import type { EslLogger } from './esl/client.js'
import type { CallStore } from './calls/call.js'
import { inboundDialplanVariables } from './calls/variables.js'
import { REGISTRATION_SUBCLASSES } from './esl/event.js'
import type { NodeHealth, SwitchNodeAddress } from './cluster/health.js'
import { PgOwnershipLock } from './cluster/ownership-lock.js'
import { SwitchCluster } from './cluster/switch-cluster.js'
import { SwitchSimulator } from './sim/switch.js'
import type { InMemoryTelephonyDirectory } from './xml-curl/directory.js'

export interface TelephonyOptions {
  readonly config: Config
  /** The API's own database URL; each instance holds its node locks on one session of it. */
  readonly databaseUrl: string
  readonly store: CallStore
  readonly logger: EslLogger
  readonly directory: InMemoryTelephonyDirectory
  readonly healthChanged: (health: NodeHealth) => void
  /** The caller starts the cluster: the switch it runs itself (LOCAL_FREESWITCH) is not up yet. */
  readonly isClusterStartDeferred?: boolean
}

export interface Telephony {
  readonly cluster: SwitchCluster
  readonly simulator: SwitchSimulator | undefined
  stop(): Promise<void>
}

export async function startTelephony(options: TelephonyOptions): Promise<Telephony> {
  const { config, directory, logger } = options
  let simulator: SwitchSimulator | undefined
  let nodes: SwitchNodeAddress[]
  if (config.freeswitchNodes) {
    nodes = config.freeswitchNodes
  } else {
    simulator = new SwitchSimulator({
      dialplan: async (call) => {
        const route = await directory.findNumber(call.to)
        return route && inboundDialplanVariables(route)
      },
      playbackMs: config.simulatorPrompts === 'recorded' ? 'recorded' : 0,
    })
    const port = await simulator.start()
    // A stable name, so a restarted API finds (and closes) the calls its previous run left open.
    nodes = [{ name: 'simulator', host: '127.0.0.1', port, password: simulator.password }]
    logger.info({ port }, 'FREESWITCH_NODES unset: switch simulator listening on 127.0.0.1')
  }
  const cluster = new SwitchCluster({
    nodes,
    lock: new PgOwnershipLock(options.databaseUrl, logger),
    store: options.store,
    logger,
    ownershipPollMs: config.esl.ownershipPollMs,
    flushIntervalMs: config.callRecords.flushIntervalMs,
    flushMaxBatch: config.callRecords.maxBatch,
    tuning: {
      livenessTimeoutMs: config.esl.livenessTimeoutMs,
      backoff: { baseMs: 250, maxMs: config.esl.backoffMaxMs },
    },
    healthChanged: options.healthChanged,
    // The ACD reads callers' keys (X6 callback) and agents' SIP registrations from the owned nodes;
    // the IVR waits for its applications to complete (play_and_get_digits' digits).
    extraEvents: ['DTMF', 'CHANNEL_EXECUTE_COMPLETE', `CUSTOM ${REGISTRATION_SUBCLASSES.join(' ')}`],
  })
  if (!options.isClusterStartDeferred) cluster.start()
  return {
    cluster,
    simulator,
    async stop() {
      await cluster.stop()
      await simulator?.stop()
    },
  }
}
