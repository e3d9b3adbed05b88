// `npm run bench -- acd`: routing decisions against 2,000 IDLE-able agents with two API instances
// (child processes, each with its own pool), callers arriving at rising rates. The latency is from a
// call entering the queue (`Distributor.enqueue`) to its agent leg being originated (`bgapi originate`).
// Each step runs twice, with the SKIP LOCKED claim and with a plain `UPDATE … RETURNING` baseline.
import { fork, type ChildProcess } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import pg from 'pg'
import { migrate } from '../../api/src/db/database.js'
import { prepareAppRole } from '../../api/src/db/roles.js'
import type {
  Arrival,
  ClaimVariant,
  InstanceCommand,
  InstanceReport,
  InstanceSetup,
  Origination,
} from './lib/acd-instance.js'
import { preciseNow } from './lib/acd-instance.js'
import { benchNodeOptions } from './lib/node-options.js'
import { startBenchPostgres } from './lib/postgres.js'
import { median, percentile, round } from './lib/stats.js'
import { tableLines, type Column } from './lib/table.js'

const AGENTS = 2000
const RATES = (process.env.BENCH_RATES ?? '10,25,50,100,200,400').split(',').map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 6)
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE_DIR
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1)
const TARGET = { rate: 200, p99Ms: 20 }
/** The fake agent answers after ANSWER_MS and talks 1–2 s: at 400 calls/s about 600 agents are busy. */
const ANSWER_MS = 5
const TALK_MS: [number, number] = [1000, 2000]
/**
 * A step whose queue grows past this many waiting calls is saturated: its arrivals stop there, or the
 * run would spend minutes draining a backlog whose wait only says how long the step lasted.
 */
const BACKLOG_LIMIT = 200
const VARIANT_NAMES: Record<ClaimVariant, string> = {
  'skip-locked': 'SKIP LOCKED',
  'plain-update': 'plain UPDATE',
}

// ── the two instances ────────────────────────────────────────────────────────────────────────────────

interface Instance {
  child: ChildProcess
  send(command: InstanceCommand): void
  request<Kind extends InstanceReport['kind']>(
    command: InstanceCommand | null,
    reply: Kind,
  ): Promise<Extract<InstanceReport, { kind: Kind }>>
}

function startInstance(setup: InstanceSetup): Instance {
  const child = fork(new URL('./lib/acd-instance.ts', import.meta.url), [JSON.stringify(setup)], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // BENCH_CPU_PROFILE_DIR: each instance writes a V8 CPU profile there when it exits.
    execArgv: [
      ...process.execArgv,
      ...benchNodeOptions,
      ...(PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
    ],
  })
  const waiting: Array<(report: InstanceReport) => void> = []
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`instance ${setup.node} exited with ${code}`))),
  )
  exited.catch(() => undefined)
  child.on('message', (report: InstanceReport) => waiting.shift()?.(report))
  return {
    child,
    send: (command) => void child.send(command),
    request(command, reply) {
      const answered = new Promise<InstanceReport>((resolve) => waiting.push(resolve))
      if (command) child.send(command)
      return Promise.race([answered, exited]).then((report) => {
        if (report.kind !== reply) throw new Error(`expected ${reply} from ${setup.node}, got ${report.kind}`)
        return report as Extract<InstanceReport, { kind: typeof reply }>
      })
    },
  }
}

async function stopInstance(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return
  const exited = new Promise((resolve) => instance.child.once('exit', resolve))
  if (instance.child.connected) instance.child.send({ kind: 'stop' } satisfies InstanceCommand)
  const timeout = setTimeout(() => instance.child.kill('SIGTERM'), 10_000)
  await exited
  clearTimeout(timeout)
}

// ── the database ─────────────────────────────────────────────────────────────────────────────────────

/** One tenant, one skill group (longest idle first, long queue), 2,000 agents signed in with SIP phones. */
async function seed(owner: pg.Client): Promise<{ tenantId: string; skillGroupId: string }> {
  const tenantId = randomUUID()
  const skillGroupId = randomUUID()
  await owner.query(
    `insert into tenant (id, name, sip_domain) values ($1, 'Bench Company', 'bench.example.com')`,
    [tenantId],
  )
  await owner.query(
    `insert into app_user (id, tenant_id, email, name, password_hash, role, organization, agent_number)
     select gen_random_uuid(), $1, 'agent-' || n || '@bench.example.com', 'Agent ' || n, '-', 'AGENT', 'INBOUND',
            (10000 + n)::text
       from generate_series(1, $2::int) n`,
    [tenantId, AGENTS],
  )
  await owner.query(
    `insert into skill_group (id, tenant_id, name, organization, strategy, max_queue_length)
     values ($1, $2, 'Bench', 'INBOUND', 'LONGEST_IDLE', 10000)`,
    [skillGroupId, tenantId],
  )
  await owner.query(
    `insert into skill_group_member (skill_group_id, user_id, tenant_id) select $1, id, tenant_id from app_user`,
    [skillGroupId],
  )
  // No after-call work, so a released agent is IDLE at once; a heartbeat timeout longer than the run.
  await owner.query(
    `insert into acd_settings (tenant_id, after_call_work_seconds, heartbeat_timeout_seconds) values ($1, 0, 600)`,
    [tenantId],
  )
  // Phones register with either node, half each: a call parked on a node can reach only those on it (A3).
  await owner.query(
    `insert into agent_presence (user_id, tenant_id, session_id, answering_mode, phone_kind, signed_in_at,
       registered_until, registered_node)
     select id, tenant_id, gen_random_uuid(), 'SIP', 'SOFTPHONE', now(), now() + interval '1 day',
            case when agent_number::int % 2 = 0 then 'bench-a' else 'bench-b' end
       from app_user`,
  )
  return { tenantId, skillGroupId }
}

/** Every agent IDLE again (idle since a spread of times), no queue, an empty log, fresh statistics. */
async function resetPresence(owner: pg.Client): Promise<void> {
  await owner.query(
    `update agent_presence p
        set status = 'IDLE', status_reason_id = null, status_since = now(), status_cause = 'SIGNED_IN',
            idle_since = now() - (u.agent_number::int - 10000) * interval '1 second', heartbeat_at = now(),
            busy_legs = '{}', ended_legs = '{}', offer_call_id = null, offer_leg_uuid = null,
            offer_expires_at = null, acw_until = null, chosen_status = 'IDLE', chosen_reason_id = null,
            missed_in_row = 0, notice = null
       from app_user u where u.id = p.user_id`,
  )
  await owner.query(`update skill_group_member set last_offered_at = null`)
  await owner.query(`delete from queue_entry`)
  await owner.query(`truncate agent_status_log`)
  await owner.query(`vacuum analyze agent_presence, skill_group_member, queue_entry, agent_status_log`)
}

async function count(owner: pg.Client, sql: string): Promise<number> {
  const { rows } = await owner.query<{ n: number }>(`select (${sql})::int as n`)
  return rows[0]!.n
}

// ── one step: a claim variant at one rate ─────────────────────────────────────────────────────────────

interface StepResult {
  variant: ClaimVariant
  rate: number
  calls: number
  routed: number
  decisionsPerSecond: number
  p50: number
  p99: number
  max: number
  /** p99 from the time the call was due, so timer and event-loop lag in the instance count too. */
  p99FromDue: number
  lostRaces: number
  /** CPU time of both instances per routed call. */
  cpuMsPerCall: number
  /** What both instances sent PostgreSQL, per routed call. */
  statementsPerCall: number
  roundTripsPerCall: number
  transactionsPerCall: number
  /** Seconds into the step when its backlog passed BACKLOG_LIMIT and arrivals stopped. */
  haltedAfter: number | null
  /** Routing fell behind the arrivals: halted, or fewer than 90 % of the offered calls per second routed. */
  isSaturated: boolean
  /** The most calls seen waiting at once (sampled every 100 ms). */
  maxWaiting: number
  doubleOffers: number
  minIdle: number
  errors: number
  errorSamples: string[]
  /** Calls still waiting when everything else had finished. */
  unrouted: number
  crossInstance: number
}

async function runStep(
  owner: pg.Client,
  instances: Instance[],
  variant: ClaimVariant,
  rate: number,
  seconds: number,
): Promise<StepResult> {
  await resetPresence(owner)
  // Calls arrive alternately at the two instances: each gets every other one.
  const startAt = preciseNow() + 300
  let minIdle = AGENTS
  let maxWaiting = 0
  let haltedAfter: number | null = null
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      const { rows } = await owner.query<{ idle: number; waiting: number }>(
        `select (select count(*) from agent_presence where status = 'IDLE')::int as idle,
                (select count(*) from queue_entry where state = 'WAITING')::int as waiting`,
      )
      minIdle = Math.min(minIdle, rows[0]!.idle)
      maxWaiting = Math.max(maxWaiting, rows[0]!.waiting)
      if (rows[0]!.waiting > BACKLOG_LIMIT && haltedAfter === null) {
        haltedAfter = (preciseNow() - startAt) / 1000
        for (const instance of instances) instance.send({ kind: 'halt' })
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()

  const gap = 1000 / rate
  const perInstance = Math.round((rate * seconds) / instances.length)
  await Promise.all(
    instances.map((instance, index) =>
      instance.request(
        {
          kind: 'run',
          variant,
          startAt: startAt + index * gap,
          intervalMs: gap * instances.length,
          count: perInstance,
        },
        'ran',
      ),
    ),
  )

  // Settle until no call waits and no agent is busy: an instance may ring a call the other enqueued.
  const arrivals: Arrival[] = []
  /** Each with the index of the instance that originated it. */
  const originations: Array<Origination & { index: number }> = []
  const instanceOf = new Map<string, number>()
  let lostRaces = 0
  let cpuMs = 0
  const sql = { roundTrips: 0, statements: 0, transactions: 0 }
  let errors = 0
  const errorSamples: string[] = []
  let unrouted = 0
  let busy = 0
  for (let attempt = 0; ; attempt++) {
    const reports = await Promise.all(
      instances.map((instance) => instance.request({ kind: 'settle' }, 'settled')),
    )
    reports.forEach((report, index) => {
      for (const arrival of report.arrivals) instanceOf.set(arrival.callId, index)
      arrivals.push(...report.arrivals)
      originations.push(...report.originations.map((origination) => ({ ...origination, index })))
      lostRaces += report.lostRaces
      cpuMs += report.cpuMs
      sql.roundTrips += report.sql.roundTrips
      sql.statements += report.sql.statements
      sql.transactions += report.sql.transactions
      errors += report.errorCount
      errorSamples.push(...report.errors)
    })
    unrouted = await count(owner, 'select count(*) from queue_entry')
    busy = await count(owner, `select count(*) from agent_presence where status <> 'IDLE'`)
    if ((unrouted === 0 && busy === 0) || attempt === 20) break
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  sampling = false
  await sampler

  // Double offers, from our own records: a call originated twice, or an agent rung while still busy.
  const byCall = new Map<string, typeof originations>()
  const byAgent = new Map<string, typeof originations>()
  for (const origination of originations) {
    byCall.set(origination.callId, [...(byCall.get(origination.callId) ?? []), origination])
    byAgent.set(origination.agentId, [...(byAgent.get(origination.agentId) ?? []), origination])
  }
  let doubleOffers = [...byCall.values()].filter((offers) => offers.length > 1).length
  for (const offers of byAgent.values()) {
    offers.sort((a, b) => a.originatedAt - b.originatedAt)
    for (let i = 1; i < offers.length; i++)
      if (offers[i - 1]!.releasedAt === null || offers[i]!.originatedAt < offers[i - 1]!.releasedAt!)
        doubleOffers++
  }
  // …and from the status log: RINGING must follow IDLE, and each call must be offered once.
  const { rows } = await owner.query<{ agents: number; calls: number; offers: number }>(`
    select (select count(*) from (
              select status, lag(status) over (partition by user_id order by id) as previous from agent_status_log
            ) l where status = 'RINGING' and previous is not null and previous <> 'IDLE')::int as agents,
           (select count(*) from (
              select detail from agent_status_log where status = 'RINGING' group by detail having count(*) > 1
            ) c)::int as calls,
           (select count(*) from agent_status_log where status = 'RINGING')::int as offers`)
  const log = rows[0]!
  doubleOffers += log.agents + log.calls
  const problem = (message: string) => {
    errors++
    errorSamples.push(message)
  }
  if (log.offers !== originations.length)
    problem(`status log has ${log.offers} offers, the switch saw ${originations.length}`)
  if (busy > 0) problem(`${busy} agents were still not IDLE after every call ended`)

  const latencies: number[] = []
  const fromDue: number[] = []
  let lastOriginated = startAt
  let crossInstance = 0
  for (const arrival of arrivals) {
    const first = byCall.get(arrival.callId)?.[0]
    if (!first) continue
    latencies.push(first.originatedAt - arrival.enqueuedAt)
    fromDue.push(first.originatedAt - arrival.scheduledAt)
    lastOriginated = Math.max(lastOriginated, first.originatedAt)
    if (first.index !== instanceOf.get(arrival.callId)) crossInstance++
  }
  const negative = latencies.filter((latency) => latency < 0).length
  if (negative > 0) problem(`${negative} negative latencies: the instances' clocks disagree`)
  const decisionsPerSecond = latencies.length / ((lastOriginated - startAt) / 1000)
  return {
    variant,
    rate,
    calls: arrivals.length,
    routed: latencies.length,
    decisionsPerSecond,
    p50: latencies.length ? percentile(latencies, 50) : NaN,
    p99: latencies.length ? percentile(latencies, 99) : NaN,
    max: Math.max(...latencies),
    p99FromDue: fromDue.length ? percentile(fromDue, 99) : NaN,
    lostRaces,
    cpuMsPerCall: cpuMs / latencies.length,
    statementsPerCall: sql.statements / latencies.length,
    roundTripsPerCall: sql.roundTrips / latencies.length,
    transactionsPerCall: sql.transactions / latencies.length,
    haltedAfter,
    isSaturated: haltedAfter !== null || decisionsPerSecond < 0.9 * rate,
    maxWaiting,
    doubleOffers,
    minIdle,
    errors,
    errorSamples,
    unrouted,
    crossInstance,
  }
}

// ── the run ──────────────────────────────────────────────────────────────────────────────────────────

const loadAtStart = os.loadavg()[0]!
const postgres = await startBenchPostgres()
const instances: Instance[] = []
const ownerUrl = await postgres.createDatabase('bench_acd')
const owner = new pg.Client({ connectionString: ownerUrl })
const results: StepResult[] = []
try {
  await owner.connect()
  await migrate(ownerUrl)
  const appUrl = await prepareAppRole(ownerUrl)
  const { tenantId, skillGroupId } = await seed(owner)
  const nodes = ['bench-a', 'bench-b']
  for (const node of nodes)
    instances.push(
      startInstance({
        ownerUrl,
        appUrl,
        tenantId,
        skillGroupId,
        node,
        nodes,
        answerMs: ANSWER_MS,
        talkMs: TALK_MS,
      }),
    )
  await Promise.all(instances.map((instance) => instance.request(null, 'ready')))
  console.log(`${AGENTS} agents, 2 instances ready; warming up`)
  for (const variant of ['skip-locked', 'plain-update'] as const)
    await runStep(owner, instances, variant, 20, 3)

  for (let round_ = 1; round_ <= ROUNDS; round_++)
    for (const [step, rate] of RATES.entries()) {
      // Which claim goes first alternates, so neither always meets the machine in the same state.
      const variants: ClaimVariant[] = ['skip-locked', 'plain-update']
      if ((step + round_) % 2 === 0) variants.reverse()
      for (const variant of variants) {
        const result = await runStep(owner, instances, variant, rate, SECONDS)
        results.push(result)
        console.log(
          `round ${round_} ${VARIANT_NAMES[variant].padEnd(12)} ${String(rate).padStart(4)} calls/s: ` +
            `p50 ${round(result.p50)} ms, p99 ${round(result.p99)} ms, ${round(result.decisionsPerSecond)} decisions/s, ` +
            `${result.lostRaces} lost races` +
            (result.haltedAfter === null ? '' : `, saturated: halted after ${round(result.haltedAfter)} s`) +
            (result.errors ? `, ${result.errors} errors (${result.errorSamples.join('; ')})` : ''),
        )
      }
    }
} finally {
  await Promise.all(instances.map(stopInstance))
  await owner.end().catch(() => undefined)
  await postgres.stop()
}

// ── the report ───────────────────────────────────────────────────────────────────────────────────────

interface Summary extends Omit<StepResult, 'errorSamples' | 'haltedAfter' | 'isSaturated'> {
  rounds: number
  /** Rounds in which the step saturated and was halted. */
  saturated: number
}

function summarise(variant: ClaimVariant, rate: number): Summary {
  const steps = results.filter((result) => result.variant === variant && result.rate === rate)
  const mid = (pick: (result: StepResult) => number) => median(steps.map(pick))
  const sum = (pick: (result: StepResult) => number) => steps.reduce((total, step) => total + pick(step), 0)
  return {
    variant,
    rate,
    rounds: steps.length,
    calls: sum((step) => step.calls),
    routed: sum((step) => step.routed),
    decisionsPerSecond: mid((step) => step.decisionsPerSecond),
    p50: mid((step) => step.p50),
    p99: mid((step) => step.p99),
    max: Math.max(...steps.map((step) => step.max)),
    p99FromDue: mid((step) => step.p99FromDue),
    lostRaces: sum((step) => step.lostRaces),
    cpuMsPerCall: mid((step) => step.cpuMsPerCall),
    statementsPerCall: mid((step) => step.statementsPerCall),
    roundTripsPerCall: mid((step) => step.roundTripsPerCall),
    transactionsPerCall: mid((step) => step.transactionsPerCall),
    saturated: steps.filter((step) => step.isSaturated).length,
    maxWaiting: Math.max(...steps.map((step) => step.maxWaiting)),
    doubleOffers: sum((step) => step.doubleOffers),
    minIdle: Math.min(...steps.map((step) => step.minIdle)),
    errors: sum((step) => step.errors),
    unrouted: sum((step) => step.unrouted),
    crossInstance: sum((step) => step.crossInstance),
  }
}

const columns: Array<Column<Summary>> = [
  ['claim', (s) => VARIANT_NAMES[s.variant]],
  ['calls/s', (s) => s.rate],
  ['calls', (s) => s.calls],
  ['decisions/s', (s) => round(s.decisionsPerSecond, 1)],
  ['p50 ms', (s) => round(s.p50, 1)],
  ['p99 ms', (s) => round(s.p99, 1)],
  ['max ms', (s) => round(s.max, 1)],
  ['max waiting', (s) => s.maxWaiting],
  ['saturated', (s) => (s.saturated ? `${s.saturated}/${s.rounds}` : '-')],
  ['lost races', (s) => s.lostRaces],
  ['CPU ms/call', (s) => round(s.cpuMsPerCall, 2)],
  ['SQL/call', (s) => round(s.statementsPerCall, 1)],
  ['round trips/call', (s) => round(s.roundTripsPerCall, 1)],
  ['tx/call', (s) => round(s.transactionsPerCall, 2)],
  ['min IDLE', (s) => s.minIdle],
  ['double offers', (s) => s.doubleOffers],
  ['errors', (s) => s.errors],
]
const rows = RATES.flatMap((rate) => [summarise('skip-locked', rate), summarise('plain-update', rate)])
const printed = tableLines(columns, rows)

const rowOf = (variant: ClaimVariant, rate: number) =>
  rows.find((row) => row.variant === variant && row.rate === rate)
/** The highest rate at which neither claim saturated in any round: where their latencies compare. */
const comparable = RATES.filter((rate) =>
  (['skip-locked', 'plain-update'] as const).every((variant) => rowOf(variant, rate)?.saturated === 0),
).at(-1)
const compare = (rate: number) => {
  const skip = rowOf('skip-locked', rate)!
  const plain = rowOf('plain-update', rate)!
  return (
    `at ${rate} calls/s p50 ${round(skip.p50)} vs ${round(plain.p50)} ms, p99 ${round(skip.p99)} vs ` +
    `${round(plain.p99)} ms: plain UPDATE p99 = ${round(plain.p99 / skip.p99, 2)}× SKIP LOCKED p99`
  )
}
const comparisons = [
  ...(comparable === undefined ? [] : [`${compare(comparable)} (highest rate where neither saturated)`]),
  ...(RATES.includes(TARGET.rate) && comparable !== TARGET.rate ? [compare(TARGET.rate)] : []),
]
const target = rowOf('skip-locked', TARGET.rate)
const targetVerdict = !target
  ? `not measured (BENCH_RATES=${RATES.join(',')})`
  : target.p99 < TARGET.p99Ms && target.saturated === 0
    ? 'met'
    : `NOT met (p99 ${round(target.p99)} ms${target.saturated ? ', saturated' : ''})`
const saturatedCapacity = (variant: ClaimVariant) => {
  const saturated = rows.filter((row) => row.variant === variant && row.saturated > 0)
  return saturated.length
    ? `${round(median(saturated.map((row) => row.decisionsPerSecond)))}`
    : 'never saturated'
}
const total = (pick: (row: Summary) => number) => rows.reduce((sum, row) => sum + pick(row), 0)
const dueLag = Math.max(...rows.map((row) => row.p99FromDue - row.p99))
const [loadBefore, loadAfter] = [loadAtStart, os.loadavg()[0]!].map((load) => round(load, 1))

console.log(
  [
    '',
    `ACD routing: ${AGENTS} agents in one skill group (LONGEST_IDLE); 2 API instances (child processes, pool`,
    `of 10 each); calls alternate between them; ${SECONDS} s per step; ${ROUNDS} round(s), per-step medians.`,
    'Latency: Distributor.enqueue called → bgapi originate of the agent leg. "saturated": routing fell behind',
    `(under 90 % of the offered rate routed); past ${BACKLOG_LIMIT} waiting calls a step's arrivals stop, and its`,
    "latencies are mostly the backlog's wait. CPU: both instances' user + system time per routed call.",
    'SQL/call: statements both instances sent PostgreSQL per routed call (counted at node-postgres; the',
    'reset between steps and the sampler are not counted), round trips and transactions (BEGINs) likewise.',
    '',
    ...printed,
    '',
    `SKIP LOCKED vs plain UPDATE: ${comparisons.join('; ') || 'every rate saturated'}.`,
    `Routing capacity once saturated (median decisions/s): SKIP LOCKED ${saturatedCapacity('skip-locked')}, ` +
      `plain UPDATE ${saturatedCapacity('plain-update')}.`,
    `Target p99 < ${TARGET.p99Ms} ms at ${TARGET.rate} calls/s with two instances: ${targetVerdict}.`,
    `Checks: ${total((row) => row.doubleOffers)} double offers, ${total((row) => row.errors)} errors, ` +
      `${total((row) => row.unrouted)} calls left unrouted; ${total((row) => row.crossInstance)} of ` +
      `${total((row) => row.routed)} calls were rung by the other instance; timers and event loops added at ` +
      `most ${round(dueLag)} ms to a step's p99.`,
    `Load average (1 min, ${os.cpus().length} cores): ${loadBefore} at the start, ${loadAfter} at the end.`,
  ].join('\n'),
)
