// `npm run bench -- fanout`: agents' status changes reaching supervisors' live boards (issue 17). 1,000
// supervisors hold the live board's subscriptions (`agentStateChanged`, `queueStatesChanged`) while
// agents go ready / not ready at 500 changes a second, on one API instance and again on two instances
// sharing Redis (subscribers split between them, the changes made on the first). Target: p99 delivery under 100 ms at 500 changes/s on one instance.
// A first run makes the changes with nobody subscribed: the rate this machine reaches at best.
//
// Delivery latency is each message's arrival at its subscriber minus the `since` the server gave the
// change (the moment of the status change, before its commit and publish); both clocks are this machine's.
// Supervisors are group leaders (each sees their group's agents), several browser tabs per leader; one
// run also has every subscriber an administrator who sees every change, the case that multiplies most.
// BENCH_FANOUT_SUBSCRIBERS, BENCH_FANOUT_RATE and BENCH_FANOUT_SECONDS scale it down for a quick look;
// BENCH_FANOUT_RUNS picks runs by their first word (e.g. `no,leaders`: the two runs on one instance
// without the administrators' run, and without the run on two instances).
import { fork, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import WebSocket from 'ws'
import { startRedis } from '../../api/test/redis-setup.js'
import type { FanoutCompany, InstanceReply, InstanceRequest } from './lib/fanout-instance.js'
import { benchNodeOptions } from './lib/node-options.js'
import { startBenchPostgres } from './lib/postgres.js'
import { median, percentile, round } from './lib/stats.js'
import { tableLines } from './lib/table.js'

const SUBSCRIBERS = Number(process.env.BENCH_FANOUT_SUBSCRIBERS ?? 1000)
const RATE = Number(process.env.BENCH_FANOUT_RATE ?? 500)
const SECONDS = Number(process.env.BENCH_FANOUT_SECONDS ?? 20)
const AGENTS = 200
const GROUPS = 20
/** Subscribers see every change in the administrators' run, so it changes this many times slower. */
const ADMIN_RATE_DIVISOR = 10
/** The runs asked for (all by default), by the first word of their names, then "two" for two instances. */
const RUNS = process.env.BENCH_FANOUT_RUNS?.split(',').map((word) => word.trim())
const isAsked = (word: string) => !RUNS || RUNS.includes(word)

interface Instance {
  child: ChildProcess
  url: string
  ask(request: InstanceRequest): Promise<InstanceReply>
}

async function startInstance(ownerUrl: string, redisUrl?: string): Promise<Instance> {
  const child = fork(
    new URL('./lib/fanout-instance.ts', import.meta.url).pathname,
    [ownerUrl, ...(redisUrl ? [redisUrl] : [])],
    {
      execArgv: [...benchNodeOptions, '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  )
  const replies: { resolve: (reply: InstanceReply) => void; reject: (error: Error) => void }[] = []
  child.on('message', (reply: InstanceReply) => replies.shift()?.resolve(reply))
  // An instance that dies fails what waits on it, rather than leaving the benchmark waiting for ever.
  child.once('exit', (code) => {
    for (const waiting of replies.splice(0)) waiting.reject(new Error(`an instance exited with ${code}`))
  })
  const next = () => new Promise<InstanceReply>((resolve, reject) => replies.push({ resolve, reject }))
  const ready = await next()
  if (ready.kind !== 'ready') throw new Error(`unexpected ${ready.kind}`)
  return {
    child,
    url: ready.url,
    ask: (request) => {
      const reply = next()
      child.send(request)
      return reply
    },
  }
}

async function stopInstance(instance: Instance): Promise<void> {
  const exited = new Promise((resolve) => instance.child.once('exit', resolve))
  instance.child.kill('SIGTERM')
  await exited
}

interface Subscriber {
  socket: WebSocket
  latenciesMs: number[]
  received: number
  queueMessages: number
  queueStates: number
}

/** A graphql-ws client holding `agentStateChanged`, noting each message's delivery latency. */
function subscribe(url: string, token: string): Promise<Subscriber> {
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws')
  const subscriber: Subscriber = { socket, latenciesMs: [], received: 0, queueMessages: 0, queueStates: 0 }
  const sinceOf = new Map<string, string>()
  return new Promise((resolve, reject) => {
    socket.once('error', reject)
    socket.once('open', () =>
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authToken: token } })),
    )
    socket.on('message', (data) => {
      const arrivedAt = Date.now()
      const message = JSON.parse(String(data)) as {
        type: string
        payload?: {
          data?: { agentStateChanged?: { userId: string; since: string }; queueStatesChanged?: unknown[] }
          errors?: unknown
        }
      }
      if (message.type === 'connection_ack') {
        // What the live board holds open: its agents' statuses and its queues.
        for (const query of [
          'subscription { agentStateChanged { userId status since } }',
          'subscription { queueStatesChanged { skillGroupId waiting idleAgents } }',
        ])
          socket.send(JSON.stringify({ id: randomUUID(), type: 'subscribe', payload: { query } }))
        // The subscription is registered once the server has read this message; a short pause covers it.
        setTimeout(() => resolve(subscriber), 50)
      } else if (message.type === 'next') {
        const data = message.payload?.data
        if (!data) throw new Error(`subscription failed: ${JSON.stringify(message.payload?.errors)}`)
        if (data.queueStatesChanged) {
          subscriber.queueMessages++
          subscriber.queueStates += data.queueStatesChanged.length
          return
        }
        const state = data.agentStateChanged!
        subscriber.received++
        // A state published again without a change (a heartbeat's, the sweeper's) keeps its old `since`.
        if (sinceOf.get(state.userId) === state.since) return
        sinceOf.set(state.userId, state.since)
        subscriber.latenciesMs.push(arrivedAt - Date.parse(state.since))
      }
    })
  })
}

interface Run {
  name: string
  instances: number
  subscribers: number
  rate: number
  driven: { changes: number; failed: number; seconds: number; cpuSeconds: number }
  expected: number
  latenciesMs: number[]
  received: number
  queueMessages: number
  queueStates: number
}

/**
 * Opens the subscribers (spread over the instances; tokens taken in turn), lets the first instance
 * change statuses for SECONDS, waits for the last messages, and collects what arrived.
 */
async function measure(
  name: string,
  company: FanoutCompany,
  instances: Instance[],
  tokens: string[],
  expectedPerChange: (subscriberIndex: number) => number,
  rate: number,
  subscriberCount = SUBSCRIBERS,
): Promise<Run> {
  const subscribers: Subscriber[] = []
  for (let index = 0; index < subscriberCount; index++)
    subscribers.push(
      await subscribe(instances[index % instances.length]!.url, tokens[index % tokens.length]!),
    )
  // Warm-up: every subscriber meets every agent once (the first sight of an agent may cost a lookup).
  await instances[0]!.ask({ kind: 'drive', company, changesPerSecond: rate, seconds: 2, signIn: true })
  await new Promise((resolve) => setTimeout(resolve, 2000))
  for (const subscriber of subscribers) {
    subscriber.latenciesMs = []
    subscriber.received = 0
    subscriber.queueMessages = 0
    subscriber.queueStates = 0
  }
  const reply = await instances[0]!.ask({
    kind: 'drive',
    company,
    changesPerSecond: rate,
    seconds: SECONDS,
    signIn: false,
  })
  if (reply.kind !== 'driven') throw new Error(`unexpected ${reply.kind}`)
  await new Promise((resolve) => setTimeout(resolve, 3000))
  for (const subscriber of subscribers) subscriber.socket.close()
  const expected =
    subscribers.reduce((sum, _subscriber, index) => sum + expectedPerChange(index), 0) * reply.changes
  return {
    name,
    instances: instances.length,
    subscribers: subscriberCount,
    rate,
    driven: reply,
    expected: Math.round(expected),
    latenciesMs: subscribers.flatMap((subscriber) => subscriber.latenciesMs),
    received: subscribers.reduce((sum, subscriber) => sum + subscriber.received, 0),
    queueMessages: subscribers.reduce((sum, subscriber) => sum + subscriber.queueMessages, 0),
    queueStates: subscribers.reduce((sum, subscriber) => sum + subscriber.queueStates, 0),
  }
}

const postgres = await startBenchPostgres()
const redisDir = await mkdtemp(path.join(tmpdir(), 'cc-bench-redis-'))
const redis = await startRedis(redisDir)
const runs: Run[] = []
try {
  const ownerUrl = await postgres.createDatabase('fanout')
  // One instance alone has its events in process, as `npm start` runs it without REDIS_URL.
  const alone = await startInstance(ownerUrl)
  const setup = await alone.ask({ kind: 'setup', agents: AGENTS, groups: GROUPS })
  if (setup.kind !== 'company') throw new Error(`unexpected ${setup.kind}`)
  const company: FanoutCompany = setup.company
  // A leader sees their group's share of the changes; subscribers take the leaders' tokens in turn.
  const groupShare = (index: number) =>
    Object.values(company.groupOfAgent).filter((group) => group === index % GROUPS).length / AGENTS
  console.info(
    `fanout: ${AGENTS} agents in ${GROUPS} groups, ${SUBSCRIBERS} subscribers, ${SECONDS} s per run`,
  )

  // What this machine makes of the changes alone: the rate the runs below could reach at best.
  if (isAsked('no'))
    runs.push(await measure('no subscribers, one instance', company, [alone], [], () => 0, RATE, 0))
  if (isAsked('leaders'))
    runs.push(
      await measure('leaders, one instance', company, [alone], company.leaderTokens, groupShare, RATE),
    )
  const adminRate = RATE / ADMIN_RATE_DIVISOR
  if (isAsked('administrators'))
    runs.push(
      await measure(
        'administrators, one instance',
        company,
        [alone],
        [company.adminToken],
        () => 1,
        adminRate,
      ),
    )
  await stopInstance(alone)

  if (isAsked('two')) {
    const pair = [await startInstance(ownerUrl, redis.url), await startInstance(ownerUrl, redis.url)]
    runs.push(
      await measure('leaders, two instances + Redis', company, pair, company.leaderTokens, groupShare, RATE),
    )
    await Promise.all(pair.map(stopInstance))
  }
} finally {
  await postgres.stop()
  redis.child.kill('SIGTERM')
  await rm(redisDir, { recursive: true, force: true })
}

const columns: [string, (run: Run) => string | number][] = [
  ['run', (run) => run.name],
  ['subscribers', (run) => run.subscribers],
  ['changes/s asked', (run) => run.rate],
  ['changes/s made', (run) => round(run.driven.changes / run.driven.seconds)],
  ['refused', (run) => run.driven.failed],
  ['messages/s', (run) => Math.round(run.received / run.driven.seconds)],
  ['queue msgs/s', (run) => Math.round(run.queueMessages / run.driven.seconds)],
  ['queue states/s', (run) => Math.round(run.queueStates / run.driven.seconds)],
  ['delivered', (run) => (run.expected ? `${round((run.received / run.expected) * 100)}%` : '-')],
  ['p50 ms', (run) => (run.latenciesMs.length ? round(median(run.latenciesMs)) : '-')],
  ['p99 ms', (run) => (run.latenciesMs.length ? round(percentile(run.latenciesMs, 99)) : '-')],
  // The first instance's CPU (it makes the changes): per second, and per message it sent when alone.
  ['CPU %', (run) => Math.round((run.driven.cpuSeconds / run.driven.seconds) * 100)],
  // With nobody subscribed, what making a change costs; compared with it, what the deliveries add.
  ['CPU µs/change', (run) => Math.round((run.driven.cpuSeconds / run.driven.changes) * 1e6)],
  [
    'CPU µs/msg',
    (run) =>
      run.instances === 1 && run.received > 0
        ? Math.round((run.driven.cpuSeconds / (run.received + run.queueMessages)) * 1e6)
        : '-',
  ],
]
console.info(['', ...tableLines(columns, runs)].join('\n'))
