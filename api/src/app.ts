// Assembles the API in order: database → pub/sub → services → schema → HTTP server (→ its own FreeSWITCH
// with LOCAL_FREESWITCH). main.ts and tests call it.
import type { FastifyInstance } from 'fastify'
import type { AddressInfo } from 'node:net'
import { systemClock, type Clock } from './common/clock.js'
import type { Config } from './config.js'
import { Database } from './db/database.js'
import { buildApiSchema } from './graphql/schema.js'
import { InProcessPubSub, type PubSub } from './graphql/pubsub.js'
import { RedisPubSub, type PubSubLogger } from './graphql/redis-pubsub.js'
import { createHttpServer } from './http/server.js'
import { entities, tenantOwnedEntities } from './modules/index.js'
import { createServices, type Services } from './services.js'
import { PgCallStore } from './modules/calls/call-record.store.js'
import { SWITCH_NODE_HEALTH } from './modules/calls/calls.service.js'
import { startTelephony, type Telephony } from './telephony/start.js'
import { attachAcd } from './telephony/acd-link.js'
import { SimulatorEvents } from './telephony/simulator-events.js'
import { startLocalFreeSwitch } from './telephony/local-switch/local-freeswitch.js'
import type { FreeSwitchProcess } from './telephony/local-switch/freeswitch-process.js'

export interface ApiOptions {
  config: Config
  /** Owner connection string (migrations); the API itself queries as the unprivileged app role. */
  ownerUrl: string
  clock?: Clock
  pubsub?: PubSub
  isTenantFilterEnabled?: boolean
}

export interface Api {
  app: FastifyInstance
  db: Database
  services: Services
  /** The switch cluster (and the simulator when FREESWITCH_NODES is unset). */
  telephony: Telephony
  /** The FreeSWITCH the API runs itself (LOCAL_FREESWITCH). */
  localSwitch: FreeSwitchProcess | undefined
  /** Base URL once listening, e.g. http://127.0.0.1:4000 */
  url: string
  stop(): Promise<void>
}

/** Redis when REDIS_URL is set (several API instances), else the in-process emitter (one instance). */
async function openPubSub(config: Config, logger: PubSubLogger): Promise<PubSub> {
  const { url, channelPrefix } = config.redis
  return url ? RedisPubSub.connect({ url, channelPrefix, logger }) : new InProcessPubSub()
}

export async function startApi({
  config,
  ownerUrl,
  clock = systemClock,
  pubsub,
  isTenantFilterEnabled,
}: ApiOptions): Promise<Api> {
  const db = await Database.open({
    ownerUrl,
    appUrl: config.databaseAppUrl,
    entities,
    tenantOwnedEntities,
    isTenantFilterEnabled,
  })
  // The HTTP server's logger exists only later; until then Redis, ACD and job reports go to the console.
  type Log = PubSubLogger & { info(context: object, message: string): void }
  let log: Log = console
  const busLog: Log = {
    info: (context, message) => log.info(context, message),
    warn: (context, message) => log.warn(context, message),
    error: (context, message) => log.error(context, message),
  }
  let bus: PubSub
  try {
    bus = pubsub ?? (await openPubSub(config, busLog))
  } catch (error) {
    await db.close()
    throw error
  }
  let telephony: Telephony | undefined = undefined
  const switchNodes = { health: () => telephony?.cluster.health() ?? [] }
  const services = createServices({ config, db, pubsub: bus, clock, switchNodes, logger: busLog })
  const schema = await buildApiSchema(bus)
  const app = await createHttpServer({ config, schema, services, pubsub: bus, db })
  log = app.log
  telephony = await startTelephony({
    config,
    databaseUrl: db.orm.config.get('clientUrl') as string,
    store: new PgCallStore(db),
    logger: app.log,
    directory: services.telephonyDirectory,
    healthChanged: (health) => void bus.publish(SWITCH_NODE_HEALTH, health),
    isClusterStartDeferred: config.localFreeSwitch !== undefined,
  })
  attachAcd(services.acd, telephony.cluster, app.log)
  telephony.cluster.queue.onFlush((report) => services.progressiveDialer.callsEnded(report.endedCallAgents))
  // Without FREESWITCH_NODES, test calls and the workstation's simulated phones drive the simulator.
  const simulatorEvents = telephony.simulator && new SimulatorEvents(telephony.simulator, app.log)
  if (simulatorEvents) {
    services.testCalls.attach(simulatorEvents)
    services.simulatedPhones.attach(simulatorEvents)
  }
  let localSwitch: FreeSwitchProcess | undefined
  services.webhookDispatcher.start()
  services.contactPlanReminder.start()
  services.recordingRetention.start()
  services.importSweep.start()
  services.progressiveDialer.start()
  services.callCustomerLinker.start()
  services.callRollupJob.start()
  const stop = async () => {
    await app.close()
    await services.webhookDispatcher.stop()
    await services.contactPlanReminder.stop()
    await services.recordingRetention.stop()
    await services.importSweep.stop()
    await services.progressiveDialer.stop()
    await services.callCustomerLinker.stop()
    await services.callRollupJob.stop()
    await services.acd.stop()
    await simulatorEvents?.close()
    await telephony.stop()
    await localSwitch?.stop()
    services.stop()
    await bus.close()
    await db.close()
  }
  const address = await app.listen({ host: config.host, port: config.port })
  if (config.localFreeSwitch) {
    const local = config.localFreeSwitch
    app.log.info({ dir: local.dir }, 'LOCAL_FREESWITCH: starting FreeSWITCH on 127.0.0.1')
    try {
      localSwitch = await startLocalFreeSwitch({
        local,
        xmlCurlUser: config.xmlCurl.user,
        mediaDir: config.mediaDir,
        apiPort: (app.server.address() as AddressInfo).port,
        onNotice: (message) => app.log.warn(message),
      })
    } catch (error) {
      await stop()
      throw error
    }
    telephony.cluster.start()
  }
  return {
    app,
    db,
    services,
    telephony,
    localSwitch,
    url: address.replace('[::1]', '127.0.0.1'),
    stop,
  }
}
