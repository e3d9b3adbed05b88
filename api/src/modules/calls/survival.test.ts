// X1 with more than one owner, a frozen reader, and misbehaving nodes; all against a real database.
import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { signupTenant, type TestTenant } from '../../../test/factories.js'
import type { EslLogger } from '../../telephony/esl/client.js'
import { inboundDialplanVariables } from '../../telephony/calls/variables.js'
import { endsCall, waitForFlush } from '../../telephony/calls/wait.js'
import type { SwitchNodeAddress } from '../../telephony/cluster/health.js'
import { PgOwnershipLock } from '../../telephony/cluster/ownership-lock.js'
import { SwitchCluster } from '../../telephony/cluster/switch-cluster.js'
import { SwitchSimulator } from '../../telephony/sim/switch.js'
import { PgCallStore } from './call-record.store.js'
import { CallRecord } from './call-record.entity.js'

let api: TestApi
let tenant: TestTenant
const cleanup: Array<() => Promise<unknown>> = []

class LogCollector implements EslLogger {
  readonly errors: string[] = []
  readonly warnings: string[] = []
  debug() {}
  info(context: object, message: string) {
    if (process.env.DEBUG_X1) console.log('INFO', message, JSON.stringify(context))
  }
  warn(context: object, message: string) {
    this.warnings.push(`${message} ${JSON.stringify(context)}`)
    if (process.env.DEBUG_X1) console.log('WARN', message, JSON.stringify(context))
  }
  error(context: object, message: string) {
    this.errors.push(`${message} ${JSON.stringify(context)}`)
    if (process.env.DEBUG_X1) console.log('ERROR', message, JSON.stringify(context))
  }
}

beforeAll(async () => {
  api = await startTestApi({ env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200' } })
  tenant = await signupTenant(api)
  api.services.telephonyDirectory.addNumber({ tenantId: tenant.tenantId, number: '4001' })
})
afterEach(async () => {
  for (const stop of cleanup.splice(0).reverse()) await stop()
})
afterAll(() => api?.stop())

function cluster(nodes: SwitchNodeAddress[], logger: EslLogger = new LogCollector()): SwitchCluster {
  const instance = new SwitchCluster({
    nodes,
    lock: new PgOwnershipLock(api.db.orm.config.get('clientUrl') as string, logger),
    store: new PgCallStore(api.db),
    logger,
    ownershipPollMs: 200,
    flushIntervalMs: 10,
    flushMaxBatch: 500,
    tuning: { backoff: { baseMs: 20, maxMs: 100 } },
  })
  instance.start()
  cleanup.push(() => instance.stop())
  return instance
}

async function simulator(options: ConstructorParameters<typeof SwitchSimulator>[0] = {}) {
  const sim = new SwitchSimulator({
    dialplan: (call) => inboundDialplanVariables({ tenantId: tenant.tenantId, number: call.to }),
    ...options,
  })
  await sim.start()
  cleanup.push(() => sim.stop())
  return sim
}

const nextSync = (instance: SwitchCluster, node: string, timeoutMs = 10_000) =>
  new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`${node} not resynced within ${timeoutMs} ms`))
    }, timeoutMs)
    const stop = instance.onSynced((synced) => {
      if (synced !== node) return
      clearTimeout(timer)
      stop()
      resolve(Date.now())
    })
  })

const savedRecord = (id: string) =>
  api.db.inTenant(tenant.tenantId, (em) => em.findOneOrFail(CallRecord, { id }, { populate: ['timeline'] }))

it('X1: the owning instance dies mid-call; another takes the node over within 5 s and completes the record', async () => {
  const sim = await simulator()
  const node = { name: 'takeover-node', host: '127.0.0.1', port: sim.port, password: sim.password }
  const first = cluster([node])
  await nextSync(first, node.name)
  const second = cluster([node])

  const saved = waitForFlush(first.queue, () => true)
  const callId = await sim.placeInboundCall({ from: '13700000003', to: '4001' })
  await saved
  // What a crash looks like from the database: the owner's session ends and its locks go with it.
  const tookOver = nextSync(second, node.name)
  const killedAt = Date.now()
  await api.db.platform((em) =>
    em.execute(
      `select pg_terminate_backend(l.pid) from pg_locks l, (select hashtextextended(?, 0) as k) lock
        where l.locktype = 'advisory' and l.granted
          and l.classid::bigint = (lock.k >> 32) & 4294967295 and l.objid::bigint = lock.k & 4294967295`,
      [`cc.switch-node:${node.name}`],
    ),
  )
  expect((await tookOver) - killedAt).toBeLessThan(5000)
  expect(second.health()[0]).toMatchObject({ isOwnedHere: true })
  expect(first.health()[0]).toMatchObject({ isOwnedHere: false })

  const ended = waitForFlush(second.queue, endsCall(callId))
  sim.hangup(callId)
  await ended
  const record = await savedRecord(callId)
  expect(record).toMatchObject({
    switchNode: node.name,
    hangupCause: 'NORMAL_CLEARING',
    hangupSide: 'CALLER',
  })
  expect(record.endedAt).toBeInstanceOf(Date)
  expect(record.timeline.map((entry) => entry.e)).toEqual(['CREATE', 'PARK', 'HANGUP'])
})

/** A TCP relay whose switch-to-API direction can be frozen, like an API process that stops reading. */
async function relay(target: number) {
  const upstreams = new Set<net.Socket>()
  let isFrozen = false
  const server = net.createServer((client) => {
    const upstream = net.connect(target, '127.0.0.1')
    upstreams.add(upstream)
    if (isFrozen) upstream.pause()
    client.pipe(upstream)
    upstream.pipe(client)
    const close = () => {
      upstreams.delete(upstream)
      client.destroy()
      upstream.destroy()
    }
    client.on('error', close).on('close', close)
    upstream.on('error', close).on('close', close)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanup.push(() => new Promise((resolve) => server.close(resolve)))
  return {
    port: (server.address() as AddressInfo).port,
    freeze() {
      isFrozen = true
      for (const upstream of upstreams) upstream.unpipe().pause()
    },
    thaw() {
      isFrozen = false
      for (const upstream of upstreams) upstream.resume()
    },
    drop() {
      for (const upstream of upstreams) upstream.destroy()
    },
  }
}

it('X1: a reader frozen past the switch queue limit is dropped; the client reconnects and resyncs within 5 s', async () => {
  const sim = await simulator({ maxQueuedEvents: 100 })
  const path = await relay(sim.port)
  const node = { name: 'frozen-node', host: '127.0.0.1', port: path.port, password: sim.password }
  const owner = cluster([node])
  await nextSync(owner, node.name)
  const saved = waitForFlush(owner.queue, () => true)
  const longCall = await sim.placeInboundCall({ from: '13600000004', to: '4001' })
  await saved

  const connections = sim.connectionCount
  path.freeze()
  // Keep the switch busy until it gives up on the listener that stopped reading.
  for (let calls = 0; sim.connectionCount === connections && calls < 50_000; calls += 200) {
    for (let i = 0; i < 200; i++) sim.hangup(await sim.placeInboundCall({ from: '1', to: '4001' }))
    await nextTurn()
  }
  expect(sim.connectionCount).toBeLessThan(connections)
  const resynced = nextSync(owner, node.name)
  // The relay held the bytes the switch wrote before giving up; a frozen API would read them late.
  path.drop()
  const thawedAt = Date.now()
  path.thaw()
  expect((await resynced) - thawedAt).toBeLessThan(5000)

  const ended = waitForFlush(owner.queue, endsCall(longCall))
  sim.hangup(longCall)
  await ended
  const record = await savedRecord(longCall)
  expect(record.endedAt).toBeInstanceOf(Date)
  expect(record.hangupCause).toBe('NORMAL_CLEARING')
})

/** A peer that says `bytes` to whoever connects and hangs up; returns its port. */
async function fakeSwitch(bytes: string): Promise<number> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {}).on('close', () => sockets.delete(socket))
    socket.end(bytes)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  cleanup.push(() => {
    for (const socket of sockets) socket.destroy()
    return new Promise((resolve) => server.close(resolve))
  })
  return (server.address() as AddressInfo).port
}

it('X1: a wrong password, a node down at start and a node speaking garbage leave the good node working', async () => {
  const good = await simulator()
  const wrongPassword = await simulator({ password: 'not-the-one' })
  // An auth request, then a Content-Length that promises more than ever comes, then goodbye.
  const garbage = await fakeSwitch(
    'Content-Type: auth/request\n\nContent-Length: 99999\nContent-Type: api/response\n\nshort',
  )
  const malformed = await fakeSwitch('Content-Type: auth/request\n\nthis line has no colon\n\n')
  const downPort = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
  const address = (name: string, port: number, password = 'ClueCon') => ({
    name,
    host: '127.0.0.1',
    port,
    password,
  })
  const logger = new LogCollector()
  const instance = cluster(
    [
      address('down', downPort),
      address('wrong-password', wrongPassword.port),
      address('garbage', garbage),
      address('malformed', malformed),
      address('good', good.port),
    ],
    logger,
  )
  await nextSync(instance, 'good')
  const callId = await good.placeInboundCall({ from: '13500000005', to: '4001' })
  const ended = waitForFlush(instance.queue, endsCall(callId))
  good.hangup(callId)
  await ended
  expect((await savedRecord(callId)).endedAt).toBeInstanceOf(Date)

  const health = Object.fromEntries(instance.health().map((node) => [node.name, node]))
  expect(health.good).toMatchObject({ isConnected: true, isOwnedHere: true })
  expect(health['wrong-password']).toMatchObject({ isConnected: false, lastError: 'auth-rejected' })
  expect(health.down?.isConnected).toBe(false)
  expect(logger.errors.join('\n')).toMatch(/esl auth rejected: check the password/)
  expect(logger.warnings.join('\n')).toMatch(/protocol error|connection closed by peer/)
})
