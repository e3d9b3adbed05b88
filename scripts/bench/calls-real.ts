// `npm run bench -- calls-real`: whole inbound calls through one API instance, on a real FreeSWITCH and
// on the simulator in the same run. Each call: the carrier delivers it → the IVR's menu → the caller
// presses 1 → the skill group's queue → an agent's mobile (behind the trunk) answers at once → bridge →
// the caller talks a moment and hangs up → the agent is IDLE again (no after-call work). Calls arrive at
// rising rates; latency is from the platform leg's CHANNEL_CREATE to its CHANNEL_BRIDGE (switch clock).
import { readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  approvedPrompt,
  menu,
  numberFollowing,
  publishedFlow,
  schedule,
} from '../../api/src/modules/ivr/test-fixtures.js'
import { CallCenter } from '../../api/test/switches/call-center.js'
import { RealSwitch, type SwitchKind } from '../../api/test/switches/test-switch.js'
import { SwitchWatcher, type ChannelEventOf } from '../../api/test/switches/watcher.js'
import { startBenchPostgres } from './lib/postgres.js'
import { percentile, round } from './lib/stats.js'
import { tableLines, type Column } from './lib/table.js'

const AGENTS = Number(process.env.BENCH_AGENTS ?? 20)
const RATES = (process.env.BENCH_RATES ?? '1,2,4,6,8').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 7)
/** How long the caller and the agent talk before the caller hangs up. */
const TALK_MS = Number(process.env.BENCH_TALK_MS ?? 1000)
/** Calls that arrived but are not bridged yet: past this a step's arrivals stop (it is saturated). */
const BACKLOG_LIMIT = AGENTS
/** A call not bridged this long after it arrived is lost. */
const BRIDGE_TIMEOUT_MS = 20_000
const WARM_UP = { rate: 2, calls: 8 }

// ── what the switch says about each leg ──────────────────────────────────────────────────────────────

/** The moments of a leg's life the benchmark times, by the switch's clock (epoch ms). */
type Moment = 'created' | 'menu' | 'key' | 'bridged' | 'ended'

function momentOf(event: ChannelEventOf): Moment | undefined {
  switch (event.eventName) {
    case 'CHANNEL_CREATE':
      return 'created'
    case 'CHANNEL_EXECUTE':
      return event.application === 'play_and_get_digits' ? 'menu' : undefined
    case 'DTMF':
      return 'key'
    case 'CHANNEL_BRIDGE':
      return 'bridged'
    case 'CHANNEL_HANGUP_COMPLETE':
      return 'ended'
    default:
      return undefined
  }
}

/**
 * The first time each leg reached each moment, from the switch's event stream; waiting for one is a
 * map look-up, however many calls the run has seen (the watcher's own `waitFor` scans its history).
 */
class LegMoments {
  private readonly moments = new Map<string, Map<Moment, number>>()
  private readonly waiters = new Map<string, () => void>()

  constructor(watcher: SwitchWatcher) {
    watcher.client.onEvent((event) => {
      if (!('uniqueId' in event)) return
      const moment = momentOf(event)
      if (!moment) return
      const seen = this.moments.get(event.uniqueId) ?? new Map<Moment, number>()
      this.moments.set(event.uniqueId, seen)
      if (seen.has(moment)) return
      seen.set(moment, SwitchWatcher.at(event))
      this.waiters.get(`${event.uniqueId} ${moment}`)?.()
    })
  }

  at(leg: string, moment: Moment): number | undefined {
    return this.moments.get(leg)?.get(moment)
  }

  async reached(leg: string, moment: Moment, timeoutMs: number): Promise<number> {
    const at = this.at(leg, moment)
    if (at !== undefined) return at
    const key = `${leg} ${moment}`
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key)
        reject(new Error(`no ${moment} within ${timeoutMs} ms`))
      }, timeoutMs)
      this.waiters.set(key, () => {
        clearTimeout(timer)
        this.waiters.delete(key)
        resolve(this.at(leg, moment)!)
      })
    })
  }
}

// ── one call ─────────────────────────────────────────────────────────────────────────────────────────

type Instant = 'arrivedAt' | 'menuAt' | 'keyAt' | 'bridgedAt'

interface CallOutcome extends Partial<Record<Instant, number>> {
  /** The platform's leg: the call record's id. */
  leg: string | null
  /** Why the call was lost on the switch, if it was. */
  failure?: string
}

let customers = 0

/** One customer's call; `onBridged` is told once the call is bridged, or lost before it was. */
async function oneCall(
  center: CallCenter,
  legs: LegMoments,
  number: string,
  onBridged: () => void,
): Promise<CallOutcome> {
  const { sw } = center
  const from = `139${String(++customers).padStart(8, '0')}`
  let call: Awaited<ReturnType<typeof sw.call>>
  try {
    call = await sw.call(from, number)
  } catch (error) {
    onBridged()
    return { leg: null, failure: `not parked: ${(error as Error).message.split('\n')[0]}` }
  }
  const leg = call.platformLeg
  let bridgedAt: number | undefined
  try {
    // The caller presses 1 as soon as the menu starts to play.
    await legs.reached(leg, 'menu', 10_000)
    await sw.press(call, '1')
    bridgedAt = await legs.reached(leg, 'bridged', BRIDGE_TIMEOUT_MS)
    onBridged()
    await sleep(TALK_MS)
    await sw.hangUp(call)
    await legs.reached(leg, 'ended', 10_000)
    return {
      leg,
      arrivedAt: legs.at(leg, 'created'),
      menuAt: legs.at(leg, 'menu'),
      keyAt: legs.at(leg, 'key'),
      bridgedAt,
    }
  } catch (error) {
    if (bridgedAt === undefined) onBridged()
    await sw.hangUp(call).catch(() => undefined)
    return { leg, failure: (error as Error).message }
  }
}

// ── CPU ──────────────────────────────────────────────────────────────────────────────────────────────

const TICK_MS = 10 // USER_HZ is 100 on Linux

/** The whole machine's busy and total time (ms), from /proc/stat. */
async function machineCpu(): Promise<{ busy: number; total: number }> {
  const line = (await readFile('/proc/stat', 'utf8')).split('\n')[0]!
  const ticks = line.split(/\s+/).slice(1).map(Number)
  const idle = ticks[3]! + ticks[4]!
  const total = ticks.reduce((sum, tick) => sum + tick, 0)
  return { busy: (total - idle) * TICK_MS, total: total * TICK_MS }
}

/** User + system CPU (ms) of this process's FreeSWITCH children. */
async function freeswitchCpu(): Promise<number> {
  let ms = 0
  for (const pid of await readdir('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '')
    const close = stat.lastIndexOf(')')
    if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('freeswitch')) continue
    const fields = stat.slice(close + 2).split(' ')
    // After the name: state, ppid, …; utime and stime are fields 14 and 15 of the whole line.
    if (Number(fields[1]) !== process.pid) continue
    ms += (Number(fields[11]) + Number(fields[12])) * TICK_MS
  }
  return ms
}

async function cpuNow() {
  const node = process.cpuUsage()
  return {
    node: (node.user + node.system) / 1000,
    freeswitch: await freeswitchCpu(),
    machine: await machineCpu(),
  }
}

// ── one step: calls at one rate ───────────────────────────────────────────────────────────────────────

interface StepResult {
  kind: SwitchKind
  rate: number
  /** Calls placed: fewer than rate × seconds when the step halted. */
  offered: number
  lost: number
  lostReasons: string[]
  /** Completed calls per second, at the pace of their bridges (first to last bridge of the step). */
  callsPerSecond: number
  p50: number
  p99: number
  /** Arrival to the menu's start (dialplan, park, the IVR's first step) and the menu's start to the key. */
  menuP50: number
  keyP50: number
  /** From the caller's key reaching the platform leg to the bridge: the queue, the agent's leg, the bridge. */
  bridgeP50: number
  bridgeP99: number
  /** Seconds into the step when the backlog passed BACKLOG_LIMIT and arrivals stopped. */
  haltedAfter: number | null
  isSaturated: boolean
  nodeCpuMsPerCall: number
  freeswitchCpuMsPerCall: number
  /** Share of both cores busy during the step (everything on the machine). */
  machineBusy: number
  /** Agents not IDLE, or queue entries left, once every call had ended. */
  leftovers: string[]
}

async function settle(center: CallCenter): Promise<string[]> {
  const deadline = Date.now() + 15_000
  for (;;) {
    const [row] = await center.acd.sql<{ busy: number; waiting: number }>(
      `select (select count(*) from agent_presence where signed_in_at is not null and status <> 'IDLE')::int as busy,
              (select count(*) from queue_entry)::int as waiting`,
    )
    if ((row!.busy === 0 && row!.waiting === 0) || Date.now() > deadline)
      return [
        ...(row!.busy ? [`${row!.busy} agents not IDLE`] : []),
        ...(row!.waiting ? [`${row!.waiting} queue entries left`] : []),
      ]
    await sleep(100)
  }
}

/** Every call must have a record that was bridged to an agent and has ended. */
async function unrecorded(center: CallCenter, legs: string[]): Promise<Map<string, string>> {
  const problems = new Map<string, string>()
  if (legs.length === 0) return problems
  const deadline = Date.now() + 10_000
  for (;;) {
    const rows = await center.acd.sql<{
      id: string
      agent_id: string | null
      bridged_at: Date | null
      ended_at: Date | null
    }>('select id, agent_id, bridged_at, ended_at from call_record where id = any(?::uuid[])', [
      `{${legs.join(',')}}`,
    ])
    const byId = new Map(rows.map((row) => [row.id, row]))
    problems.clear()
    for (const leg of legs) {
      const row = byId.get(leg)
      if (!row) problems.set(leg, 'no call record')
      else if (!row.bridged_at || !row.agent_id) problems.set(leg, 'record not bridged to an agent')
      else if (!row.ended_at) problems.set(leg, 'record not ended')
    }
    if (problems.size === 0 || Date.now() > deadline) return problems
    await sleep(200)
  }
}

async function runStep(
  center: CallCenter,
  legs: LegMoments,
  number: string,
  rate: number,
  seconds: number,
): Promise<StepResult> {
  const before = await cpuNow()
  const count = Math.round(rate * seconds)
  const calls: Array<Promise<CallOutcome>> = []
  let unbridged = 0
  let haltedAfter: number | null = null
  const startAt = performance.now()
  for (let i = 0; i < count; i++) {
    const due = startAt + (i * 1000) / rate
    if (due > performance.now()) await sleep(due - performance.now())
    if (unbridged > BACKLOG_LIMIT) {
      haltedAfter = (performance.now() - startAt) / 1000
      break
    }
    unbridged++
    calls.push(oneCall(center, legs, number, () => unbridged--))
  }
  const outcomes = await Promise.all(calls)
  const leftovers = await settle(center)
  const after = await cpuNow()

  const problems = await unrecorded(
    center,
    outcomes.flatMap((outcome) => (outcome.leg && !outcome.failure ? [outcome.leg] : [])),
  )
  const lostReasons = [
    ...outcomes.flatMap((outcome) => (outcome.failure ? [outcome.failure] : [])),
    ...problems.values(),
  ]
  const good = outcomes.filter((outcome) => !outcome.failure && !problems.has(outcome.leg!))
  const span = (from: Instant, to: Instant) => good.map((outcome) => outcome[to]! - outcome[from]!)
  const p = (values: number[], rank: number) => (values.length ? percentile(values, rank) : NaN)
  const latencies = span('arrivedAt', 'bridgedAt')
  const fromKey = span('keyAt', 'bridgedAt')
  const firstBridge = Math.min(...good.map((outcome) => outcome.bridgedAt!))
  const lastBridge = Math.max(...good.map((outcome) => outcome.bridgedAt!))
  const callsPerSecond = good.length > 1 ? (good.length - 1) / ((lastBridge - firstBridge) / 1000) : NaN
  const offered = outcomes.length
  return {
    kind: center.kind,
    rate,
    offered,
    lost: offered - good.length,
    lostReasons,
    callsPerSecond,
    p50: p(latencies, 50),
    p99: p(latencies, 99),
    menuP50: p(span('arrivedAt', 'menuAt'), 50),
    keyP50: p(span('menuAt', 'keyAt'), 50),
    bridgeP50: p(fromKey, 50),
    bridgeP99: p(fromKey, 99),
    haltedAfter,
    isSaturated: haltedAfter !== null || callsPerSecond < 0.9 * rate,
    nodeCpuMsPerCall: (after.node - before.node) / Math.max(1, outcomes.length),
    freeswitchCpuMsPerCall: (after.freeswitch - before.freeswitch) / Math.max(1, outcomes.length),
    machineBusy:
      (after.machine.busy - before.machine.busy) / Math.max(1, after.machine.total - before.machine.total),
    leftovers,
  }
}

// ── one switch: the call center, the IVR, the agents, the steps ──────────────────────────────────────

async function prepare(center: CallCenter): Promise<string> {
  const { acd, sw } = center
  // No after-call work, so a freed agent is IDLE at once; no workstation heartbeat runs in a benchmark.
  await acd.settings({ afterCallWorkSeconds: 0, heartbeatTimeoutSeconds: 600 })
  const group = await acd.skillGroup()
  const flow = await publishedFlow(acd, [
    menu('root', await approvedPrompt(acd), [{ key: '1', action: 'SKILL_GROUP', skillGroupId: group }]),
  ])
  const number = await numberFollowing(acd, await schedule(acd, flow))
  const agents = Array.from({ length: AGENTS }, (_, i) => `+861380099${String(i).padStart(4, '0')}`)
  // A few at a time: signing in hashes passwords, and the two cores are shared with the switch.
  for (let i = 0; i < agents.length; i += 5)
    await Promise.all(
      agents.slice(i, i + 5).map(async (mobile) => {
        await sw.mobile(mobile, 'answer-at-once')
        await acd.readyMobileAgent([group], mobile)
      }),
    )
  return number
}

const postgres = await startBenchPostgres()
const loadAtStart = os.loadavg()[0]!
const kinds: SwitchKind[] = RealSwitch.isInstalled() ? ['simulator', 'freeswitch'] : ['simulator']
if (!kinds.includes('freeswitch'))
  console.warn('FreeSWITCH is not installed (../shared/freeswitch/runtime/install.sh): simulator only')
const results: StepResult[] = []
const startedAt = performance.now()
try {
  for (const kind of kinds) {
    const ownerUrl = await postgres.createDatabase(`bench_calls_${kind}`)
    // The simulator's play_and_get_digits plays its whole prompt before it takes a key, where FreeSWITCH
    // stops the prompt at the first key: with recorded lengths the simulator's figures would be mostly
    // the menu prompt's length. Its other prompts do not delay a bridge (the bridge stops them).
    const env: Record<string, string> = kind === 'simulator' ? { SIMULATOR_PROMPTS: 'instant' } : {}
    const center = await CallCenter.start(kind, env, ownerUrl)
    try {
      const legs = new LegMoments(center.sw.watcher)
      const number = await prepare(center)
      console.log(`${kind}: ${AGENTS} agents ready; warming up`)
      await runStep(center, legs, number, WARM_UP.rate, WARM_UP.calls / WARM_UP.rate)
      for (const rate of RATES) {
        const result = await runStep(center, legs, number, rate, SECONDS)
        results.push(result)
        console.log(
          `${kind.padEnd(10)} ${String(rate).padStart(3)} calls/s: ${round(result.callsPerSecond)} calls/s bridged, ` +
            `p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms, ${result.lost} lost` +
            (result.lostReasons.length ? ` (${[...new Set(result.lostReasons)].join('; ')})` : '') +
            (result.haltedAfter === null ? '' : `, saturated: halted after ${round(result.haltedAfter)} s`) +
            (result.leftovers.length ? `, left: ${result.leftovers.join(', ')}` : ''),
        )
      }
    } finally {
      await center.stop()
    }
  }
} finally {
  await postgres.stop()
}

// ── the report ───────────────────────────────────────────────────────────────────────────────────────

const columns: Array<Column<StepResult>> = [
  ['switch', (r) => r.kind],
  ['offered/s', (r) => r.rate],
  ['calls', (r) => r.offered],
  ['bridged/s', (r) => round(r.callsPerSecond, 1)],
  ['p50 ms', (r) => round(r.p50, 0)],
  ['p99 ms', (r) => round(r.p99, 0)],
  ['→menu p50', (r) => round(r.menuP50, 0)],
  ['menu→key p50', (r) => round(r.keyP50, 0)],
  ['key→bridge p50', (r) => round(r.bridgeP50, 0)],
  ['key→bridge p99', (r) => round(r.bridgeP99, 0)],
  ['lost', (r) => r.lost],
  ['saturated', (r) => (r.isSaturated ? 'yes' : '-')],
  ['Node CPU ms/call', (r) => round(r.nodeCpuMsPerCall, 0)],
  ['FS CPU ms/call', (r) => (r.kind === 'freeswitch' ? round(r.freeswitchCpuMsPerCall, 0) : '-')],
  ['machine busy', (r) => `${Math.round(r.machineBusy * 100)} %`],
]
const printed = tableLines(columns, results)

/** The highest offered rate a switch kept up with, none lost: what one API instance sustains there. */
const sustained = (kind: SwitchKind) =>
  results.filter((result) => result.kind === kind && !result.isSaturated && result.lost === 0).at(-1)
const verdicts = kinds.map((kind) => {
  const best = sustained(kind)
  return best
    ? `${kind}: ${round(best.callsPerSecond, 1)} calls/s at ${best.rate} offered (p50 ${round(best.p50, 0)} ms, p99 ${round(best.p99, 0)} ms)`
    : `${kind}: no step kept up without loss`
})
const both = RATES.filter((rate) =>
  kinds.every((kind) => sustained(kind) && sustained(kind)!.rate >= rate),
).at(-1)
const ratio = (pick: (result: StepResult) => number) => {
  const [simulator, real] = (['simulator', 'freeswitch'] as const).map((kind) =>
    results.find((result) => result.kind === kind && result.rate === both)!,
  )
  return round(pick(real!) / pick(simulator!), 2)
}
const [loadBefore, loadAfter] = [loadAtStart, os.loadavg()[0]!].map((load) => round(load, 1))

console.log(
  [
    '',
    `Calls through one API instance: carrier → IVR (caller presses 1 when the menu starts) → queue → one of`,
    `${AGENTS} agents on mobiles answering at once → bridge → ${TALK_MS} ms of talk → caller hangs up; no after-call`,
    `work. ${SECONDS} s per step. Latency: platform leg CHANNEL_CREATE → CHANNEL_BRIDGE (switch clock); key→bridge`,
    `from the DTMF event. Lost: not parked, not bridged within ${BRIDGE_TIMEOUT_MS / 1000} s, or its call record missing,`,
    `not bridged to an agent or not ended. Saturated: arrivals halted at ${BACKLOG_LIMIT} unbridged calls, or under`,
    `90 % of the offered rate bridged. Node CPU: this process (API, driver, watcher; the simulator too on its rows).`,
    '',
    ...printed,
    '',
    `Highest step kept up with, none lost: ${verdicts.join('; ')}.`,
    ...(both !== undefined && kinds.length === 2
      ? [
          `At ${both} calls/s on both: FreeSWITCH p50 = ${ratio((r) => r.p50)}× the simulator's, p99 = ` +
            `${ratio((r) => r.p99)}×, Node CPU per call ${ratio((r) => r.nodeCpuMsPerCall)}×.`,
        ]
      : []),
    `Lost calls: ${results.reduce((sum, result) => sum + result.lost, 0)} of ` +
      `${results.reduce((sum, result) => sum + result.offered, 0)}. Whole run ${round((performance.now() - startedAt) / 1000, 0)} s.`,
    `Load average (1 min, ${os.cpus().length} cores): ${loadBefore} at the start, ${loadAfter} at the end.`,
  ].join('\n'),
)
