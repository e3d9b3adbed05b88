// One API instance of `npm run bench -- acd`, forked by acd.ts: its own connection pool, presence
// service and distributor (as acd.ts in the API wires them), a fake switch whose agents answer at once,
// and callers arriving on a timer. It talks to the benchmark over the IPC channel.
import { randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { systemClock } from '../../../api/src/common/clock.js'
import { Database } from '../../../api/src/db/database.js'
import { InProcessPubSub } from '../../../api/src/graphql/pubsub.js'
import { AuditService } from '../../../api/src/modules/audit/audit.service.js'
import { Distributor, type EnqueueOutcome } from '../../../api/src/modules/acd/distributor.js'
import { PresenceService } from '../../../api/src/modules/acd/presence.service.js'
import { AcdSettingsService } from '../../../api/src/modules/acd/settings.service.js'
import type { SwitchControl } from '../../../api/src/modules/acd/switch-control.js'
import { IdentityService } from '../../../api/src/modules/identity/identity.service.js'
import { SkillGroupsService } from '../../../api/src/modules/organization/skill-groups.service.js'
import { entities, tenantOwnedEntities } from '../../../api/src/modules/index.js'
import { plainUpdateClaim } from './acd-plain-claim.js'

export type ClaimVariant = 'skip-locked' | 'plain-update'

export interface InstanceSetup {
  ownerUrl: string
  appUrl: string
  tenantId: string
  skillGroupId: string
  /** The switch node this instance's callers are parked on (it owns that node's events). */
  node: string
  /** Every node of the cluster: each instance commands them all, as the real switch cluster does. */
  nodes: string[]
  /** How long the fake agent takes to answer, and the range of talk times after that. */
  answerMs: number
  talkMs: [number, number]
}

export type InstanceCommand =
  /** Callers arrive at `startAt + k × intervalMs` (k < count) on epoch milliseconds. */
  | { kind: 'run'; variant: ClaimVariant; startAt: number; intervalMs: number; count: number }
  /** No more arrivals in this run: the queue grew past what the benchmark lets it (no reply). */
  | { kind: 'halt' }
  /** Reply once nothing is in flight here (enqueues, rings, talks), with the records so far. */
  | { kind: 'settle' }
  | { kind: 'stop' }

export interface Arrival {
  callId: string
  scheduledAt: number
  enqueuedAt: number
  outcome: EnqueueOutcome | 'ERROR'
}

/** One agent leg originated by this instance (for a call that entered the queue at either instance). */
export interface Origination {
  callId: string
  agentId: string
  legUuid: string
  originatedAt: number
  /** When the call ended and the agent was released (legEnded called). */
  releasedAt: number | null
}

export type InstanceReport =
  | { kind: 'ready' }
  | { kind: 'ran' }
  | {
      kind: 'settled'
      arrivals: Arrival[]
      originations: Origination[]
      lostRaces: number
      /** This process's CPU time (user + system) since the last report. */
      cpuMs: number
      /** What this process sent PostgreSQL since the last report (see countStatements). */
      sql: SqlCounts
      errorCount: number
      errors: string[]
    }

export interface SqlCounts {
  /** Queries sent through node-postgres: each one round trip. */
  roundTrips: number
  /** SQL statements in them (`begin; select set_config(…)` is two in one round trip). */
  statements: number
  /** Transactions begun (the lean transaction's and knex's BEGIN alike). */
  transactions: number
}

/**
 * Counts what the instance sends PostgreSQL, at the driver: MikroORM's knex and the lean transaction
 * both go through `pg.Client#query`, so every statement of the routing path is seen here.
 */
function countStatements(): SqlCounts {
  const counts: SqlCounts = { roundTrips: 0, statements: 0, transactions: 0 }
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined
    const text = typeof first === 'string' ? first : (first?.text ?? '')
    counts.roundTrips++
    counts.statements += text.split(';').filter((part) => part.trim() !== '').length || 1
    if (/^\s*begin\b/i.test(text)) counts.transactions++
    return query.apply(this, args)
  } as never
  return counts
}

/** Epoch milliseconds with sub-millisecond resolution, comparable between the two processes. */
export const preciseNow = () => performance.timeOrigin + performance.now()

const FIELD = (name: string) => new RegExp(`[{,]${name}=([^,}]+)`)

async function main(setup: InstanceSetup): Promise<void> {
  const send = (report: InstanceReport) => process.send!(report)
  const sqlCounts = countStatements()
  const pubsub = new InProcessPubSub()
  const db = await Database.open({
    ownerUrl: setup.ownerUrl,
    appUrl: setup.appUrl,
    entities,
    tenantOwnedEntities,
  })
  const audit = new AuditService(db, systemClock)
  const identity = new IdentityService(db, pubsub, systemClock, 3_600_000)
  const settings = new AcdSettingsService(
    db,
    new SkillGroupsService(db, audit, systemClock),
    audit,
    systemClock,
  )
  // Recording is off in the benchmark's tenant, so nothing is ever written here.
  const mediaDir = path.join(tmpdir(), 'cc-bench-acd-media')

  let arrivals: Arrival[] = []
  let originations: Origination[] = []
  const byLeg = new Map<string, Origination>()
  const counters = { lostRaces: 0 }
  let errorCount = 0
  const errors: string[] = []
  const pending = new Set<Promise<unknown>>()
  const track = (work: Promise<unknown>) => {
    pending.add(work)
    void work.finally(() => pending.delete(work)).catch(() => undefined)
  }
  const failed = (error: unknown) => {
    errorCount++
    if (errors.length < 5) errors.push(String((error as Error).message ?? error))
  }
  // A dispatch pass started by an agent becoming IDLE runs unawaited; its failure must count, not crash.
  process.on('unhandledRejection', failed)

  let presence: PresenceService
  let distributor: Distributor | undefined
  let isHalted = false
  let cpuSince = process.cpuUsage()

  const fakeSwitch: SwitchControl = {
    async execute() {},
    run() {
      throw new Error('the benchmark routes numbers straight to skill groups: no IVR runs')
    },
    ownsNode: (node) => node === setup.node,
    knownNodes: () => setup.nodes,
    pickNode: () => setup.node,
    async api(_node, command) {
      const [verb, callId, legUuid] = command.split(' ')
      const offer = legUuid ? byLeg.get(legUuid) : undefined
      if (verb === 'uuid_bridge' && callId && offer) {
        const [shortest, longest] = setup.talkMs
        const talk = shortest + Math.random() * (longest - shortest)
        const current = presence
        track(
          new Promise((resolve) => setTimeout(resolve, talk))
            .then(() => {
              offer.releasedAt = preciseNow()
              return current.legEnded(setup.tenantId, offer.agentId, offer.legUuid, true)
            })
            .catch(failed),
        )
      }
      return '+OK'
    },
    async bgapi(_node, command) {
      const originatedAt = preciseNow()
      const [callId, agentId, legUuid] = ['cc_call_id', 'cc_agent_id', 'origination_uuid'].map(
        (name) => FIELD(name).exec(command)?.[1],
      )
      if (!callId || !agentId || !legUuid) throw new Error(`unexpected originate: ${command}`)
      const offer: Origination = { callId, agentId, legUuid, originatedAt, releasedAt: null }
      originations.push(offer)
      byLeg.set(legUuid, offer)
      await new Promise((resolve) => setTimeout(resolve, setup.answerMs))
      return `+OK ${legUuid}`
    },
  }

  function run(command: Extract<InstanceCommand, { kind: 'run' }>): Promise<void> {
    // A fresh presence service and distributor per run, so that the claim is the only difference.
    presence = new PresenceService(db, settings, pubsub, systemClock)
    distributor = new Distributor(db, presence, settings, pubsub, systemClock, {
      trunkGateway: 'bench',
      mediaDir,
      claim: command.variant === 'plain-update' ? plainUpdateClaim(counters) : undefined,
    })
    distributor.attach(fakeSwitch)
    const active = distributor
    const enqueues: Promise<unknown>[] = []
    let next = 0
    isHalted = false
    cpuSince = process.cpuUsage()
    Object.assign(sqlCounts, { roundTrips: 0, statements: 0, transactions: 0 })
    return new Promise((resolve) => {
      const tick = () => {
        // Late timers launch every call that is due, each with the time it was due.
        while (
          !isHalted &&
          next < command.count &&
          command.startAt + next * command.intervalMs <= preciseNow()
        ) {
          const arrival: Arrival = {
            callId: randomUUID(),
            scheduledAt: command.startAt + next * command.intervalMs,
            enqueuedAt: preciseNow(),
            outcome: 'ERROR',
          }
          arrivals.push(arrival)
          const enqueued = active
            .enqueue({
              tenantId: setup.tenantId,
              skillGroupId: setup.skillGroupId,
              node: setup.node,
              callerLegUuid: arrival.callId,
              callerNumber: '13800138000',
            })
            .then((outcome) => void (arrival.outcome = outcome), failed)
          enqueues.push(enqueued)
          track(enqueued)
          next++
        }
        if (!isHalted && next < command.count)
          setTimeout(tick, Math.max(0, command.startAt + next * command.intervalMs - preciseNow()))
        else void Promise.all(enqueues).then(() => resolve())
      }
      tick()
    })
  }

  async function settle(): Promise<void> {
    // Rings end in talks, talks in releases: wait until a round finds nothing new.
    do {
      await Promise.allSettled([...pending])
      await distributor?.stop()
    } while (pending.size > 0)
    const cpu = process.cpuUsage(cpuSince)
    cpuSince = process.cpuUsage()
    const report: InstanceReport = {
      kind: 'settled',
      arrivals,
      originations,
      lostRaces: counters.lostRaces,
      cpuMs: (cpu.user + cpu.system) / 1000,
      sql: { ...sqlCounts },
      errorCount,
      errors: errors.splice(0),
    }
    arrivals = []
    originations = []
    byLeg.clear()
    counters.lostRaces = 0
    Object.assign(sqlCounts, { roundTrips: 0, statements: 0, transactions: 0 })
    errorCount = 0
    send(report)
  }

  process.on('message', (command: InstanceCommand) => {
    if (command.kind === 'run') void run(command).then(() => send({ kind: 'ran' }))
    else if (command.kind === 'halt') isHalted = true
    else if (command.kind === 'settle') void settle()
    else
      void (async () => {
        identity.stop()
        await pubsub.close()
        await db.close()
        process.disconnect()
      })()
  })
  send({ kind: 'ready' })
}

if (process.send) await main(JSON.parse(process.argv[2]!) as InstanceSetup)
