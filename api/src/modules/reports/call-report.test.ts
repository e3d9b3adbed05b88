// A9 and X2: the call report over a simulated day of calls, read from the calls themselves and from the
// hourly rollups (which must agree), against the monitoring's KPIs of the same period, across time zones
// and DST, and within what each viewer may see (A11, tenants).
import { randomUUID } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Clock } from '../../common/clock.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addGroup,
  addSkillGroup,
  signInInvited,
  signupTenant,
  type TestTenant,
} from '../../../test/factories.js'
import { redoHours } from './rollups.store.js'

const S = 1000
const M = 60 * S
/** Yesterday in Shanghai is 2027-01-04: 2027-01-03T16:00Z to 2027-01-04T16:00Z. */
const DAY_START = new Date('2027-01-03T16:00:00.000Z')
let now = new Date('2027-01-05T02:00:00.000Z')
const clock: Clock = { now: () => now }

let api: TestApi
let tenant: TestTenant
let other: TestTenant
let inboundGroup: string
let secondGroup: string
let a1: string
let a2: string
let seller: string

const sql = (owner: TestTenant, query: string, params: unknown[] = []) =>
  api.db.inTenant(owner.tenantId, (em) => em.execute(query, params))

interface Fact {
  callId: string
  kind: string
  at: Date
  skillGroupId?: string | null
  agentId?: string | null
  outcome?: string | null
  durationMs?: number | null
  direction?: string | null
  organization?: string | null
}

async function facts(owner: TestTenant, rows: Fact[]) {
  if (rows.length === 0) return
  await sql(
    owner,
    `insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms,
       direction, organization)
     select ?, r.call_id, r.kind, r.at, r.skill_group_id, r.agent_id, r.outcome, r.duration_ms, r.direction,
            r.organization
       from jsonb_to_recordset(?::jsonb) as r (call_id uuid, kind text, at timestamptz, skill_group_id uuid,
            agent_id uuid, outcome text, duration_ms bigint, direction text, organization text)`,
    [
      owner.tenantId,
      JSON.stringify(
        rows.map((row) => ({
          call_id: row.callId,
          kind: row.kind,
          at: row.at,
          skill_group_id: row.skillGroupId ?? null,
          agent_id: row.agentId ?? null,
          outcome: row.outcome ?? null,
          duration_ms: row.durationMs ?? null,
          direction: row.direction ?? null,
          organization: row.organization ?? null,
        })),
      ),
    ],
  )
}

async function statusChanges(owner: TestTenant, rows: Array<{ userId: string; status: string; at: Date }>) {
  for (const row of rows)
    await sql(
      owner,
      `insert into agent_status_log (tenant_id, user_id, status, cause, at) values (?, ?, ?, 'CHOSEN', ?)`,
      [owner.tenantId, row.userId, row.status, row.at],
    )
}

async function record(
  owner: TestTenant,
  call: {
    id?: string
    direction: 'INBOUND' | 'OUTBOUND'
    startedAt: Date
    answeredAt?: Date | null
    agentId?: string | null
    skillGroupId?: string | null
    number: string
  },
) {
  const id = call.id ?? randomUUID()
  await sql(
    owner,
    `insert into call_record (id, tenant_id, switch_node, direction, dialled_number, caller_number, callee_number,
       agent_id, skill_group_id, started_at, answered_at, ended_at)
     values (?, ?, 'fs1', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      id,
      owner.tenantId,
      call.direction,
      call.direction === 'INBOUND' ? call.number : '13900000000',
      call.direction === 'INBOUND' ? '13800000000' : call.number,
      call.direction === 'INBOUND' ? call.number : '13900000000',
      call.agentId ?? null,
      call.skillGroupId ?? null,
      call.startedAt,
      call.answeredAt ?? null,
      new Date(call.startedAt.getTime() + 5 * M),
    ],
  )
  return id
}

/** A small deterministic generator, so the simulated day is the same on every run. */
function random(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return Math.floor(state / 65536) % below
  }
}

/**
 * A day of calls (or `slots` × 6 minutes of it): every 6 minutes each inbound agent gets a call of one of several fates (answered with
 * or without hold, abandoned short or long, a callback, an overflow answered in the other group), each
 * with its call record; and the seller dials out every 20 minutes. Every call's handling ends in its slot.
 */
async function simulateDay(
  owner: TestTenant,
  dayStart: Date,
  agents: string[],
  groups: [string, string],
  { sellerId = seller, slots = 240 } = {},
) {
  const next = random(42)
  const rows: Fact[] = []
  const changes: Array<{ userId: string; status: string; at: Date }> = []
  for (let slot = 0; slot < slots; slot++) {
    for (const [index, agentId] of agents.entries()) {
      const start = new Date(dayStart.getTime() + slot * 6 * M + index * 7 * S)
      const callId = await record(owner, {
        direction: 'INBOUND',
        startedAt: start,
        number: index === 0 ? '4001' : '4002',
        agentId,
        skillGroupId: groups[0],
        answeredAt: null,
      })
      const wait = (5 + next(50)) * S
      const at = (ms: number) => new Date(start.getTime() + ms)
      const group = groups[0]
      rows.push({
        callId,
        kind: 'ENQUEUED',
        at: start,
        skillGroupId: group,
        direction: 'INBOUND',
        organization: 'INBOUND',
      })
      const fate = next(10)
      if (fate <= 5 || fate === 9) {
        let answeredIn = group
        if (fate === 9) {
          rows.push({
            callId,
            kind: 'OVERFLOWED',
            at: at(wait / 2),
            skillGroupId: group,
            outcome: 'SKILL_GROUP',
          })
          rows.push({
            callId,
            kind: 'ENQUEUED',
            at: at(wait / 2),
            skillGroupId: groups[1],
            direction: 'INBOUND',
          })
          answeredIn = groups[1]
        }
        const talk = (20 + next(150)) * S
        const acw = next(50) * S
        rows.push(
          { callId, kind: 'OFFERED', at: at(wait - 4 * S), skillGroupId: answeredIn, agentId },
          {
            callId,
            kind: 'OFFER_ENDED',
            at: at(wait),
            skillGroupId: answeredIn,
            agentId,
            outcome: 'ANSWERED',
            durationMs: 4 * S,
          },
          {
            callId,
            kind: 'ANSWERED',
            at: at(wait),
            skillGroupId: answeredIn,
            agentId,
            outcome: 'CALL',
            durationMs: wait,
          },
        )
        if (fate === 1) {
          rows.push({ callId, kind: 'HELD', at: at(wait + 10 * S), agentId })
          rows.push({ callId, kind: 'RESUMED', at: at(wait + 15 * S), agentId })
        }
        if (fate === 2)
          rows.push({ callId, kind: 'TRANSFERRED', at: at(wait + talk - S), agentId, outcome: 'BLIND' })
        changes.push(
          { userId: agentId, status: 'ON_CALL', at: at(wait) },
          { userId: agentId, status: 'AFTER_CALL_WORK', at: at(wait + talk) },
          { userId: agentId, status: 'IDLE', at: at(wait + talk + acw) },
        )
        await sql(owner, 'update call_record set answered_at = ? where id = ?', [at(wait), callId])
      } else if (fate === 6 || fate === 7) {
        // Ringing when the caller gave up: an unanswered offer, then the abandon (short ones under 5 s).
        const gaveUpAfter = fate === 6 ? 2 * S + next(2) * S : wait
        rows.push(
          { callId, kind: 'OFFERED', at: at(gaveUpAfter - S), skillGroupId: group, agentId },
          {
            callId,
            kind: 'OFFER_ENDED',
            at: at(gaveUpAfter),
            skillGroupId: group,
            agentId,
            outcome: 'WITHDRAWN',
            durationMs: S,
          },
          {
            callId,
            kind: 'ABANDONED',
            at: at(gaveUpAfter),
            skillGroupId: group,
            outcome: 'RINGING',
            durationMs: gaveUpAfter,
          },
        )
      } else {
        rows.push(
          {
            callId,
            kind: 'OFFER_ENDED',
            at: at(wait - S),
            skillGroupId: group,
            agentId,
            outcome: 'NOT_ANSWERED',
            durationMs: 3 * S,
          },
          { callId, kind: 'CALLBACK_REQUESTED', at: at(wait), skillGroupId: group, durationMs: wait },
        )
      }
    }
    if (slot % 3 === 0) {
      const start = new Date(dayStart.getTime() + slot * 6 * M + 30 * S)
      await record(owner, {
        direction: 'OUTBOUND',
        startedAt: start,
        answeredAt: next(3) === 0 ? null : new Date(start.getTime() + 8 * S),
        agentId: sellerId,
        number: '4009',
      })
    }
  }
  await facts(owner, rows)
  await statusChanges(owner, changes)
}

const REPORT = `query ($i: CallReportInput!) {
  callReport(input: $i) {
    from to timeZone rolledHours
    rows { ...row }
    buckets { ...row }
    total { ...row }
  }
}
fragment row on CallReportRow {
  bucket key name inboundCalls inboundAnswered inboundMissed outboundCalls outboundAnswered outboundMissed
  talkSeconds holdSeconds afterCallWorkSeconds averageHoldSeconds
  kpis {
    arrivals answered answeredInThreshold abandoned shortAbandoned callbacksRequested callbacksAnswered
    overflowed serviceLevel asaSeconds averageAbandonSeconds abandonRate handled ahtSeconds
    averageTalkSeconds averageAfterCallWorkSeconds holds transfers offersRung offersAnswered agentAnswerRate
  }
}`

type Row = Record<string, unknown> & {
  bucket: string
  key: string | null
  kpis: Record<string, number | null>
}
interface Report {
  from: string
  to: string
  timeZone: string
  rolledHours: number
  rows: Row[]
  buckets: Row[]
  total: Row
}

async function report(input: Record<string, unknown>, token = tenant.token): Promise<Report> {
  const result = await api.graphql<{ callReport: Report }>(REPORT, { i: input }, { token })
  if (!result.data) throw new Error(JSON.stringify(result.errors))
  return result.data.callReport
}

/** The report without the count of rolled hours: what a reader sees. */
const figures = ({ rolledHours: _, ...rest }: Report) => rest

const yesterday = (extra: Record<string, unknown> = {}) => ({
  preset: 'YESTERDAY',
  groupBy: 'AGENT',
  interval: 'HOUR',
  ...extra,
})

beforeAll(async () => {
  api = await startTestApi({ clock })
  await api.services.callRollupJob.stop()
  tenant = await signupTenant(api)
  other = await signupTenant(api, 'Other Company')
  inboundGroup = await addSkillGroup(api, tenant.token, { name: 'Hotline' })
  secondGroup = await addSkillGroup(api, tenant.token, { name: 'Second line' })
  a1 = (await addAgent(api, tenant.token, { name: 'Agent One' })).id
  a2 = (await addAgent(api, tenant.token, { name: 'Agent Two' })).id
  seller = (await addAgent(api, tenant.token, { name: 'Seller', organization: 'TELESALES' })).id
  await api.graphql(
    'mutation { updateAcdSettings(input: { shortAbandonSeconds: 5, serviceLevelSeconds: 20 }) { serviceLevelSeconds } }',
    {},
    { token: tenant.token },
  )
  await simulateDay(tenant, DAY_START, [a1, a2], [inboundGroup, secondGroup])
  // The other company's calls in the same hours.
  await record(other, {
    direction: 'INBOUND',
    startedAt: new Date(DAY_START.getTime() + 3 * 3_600_000),
    number: '4001',
  })
  await facts(other, [
    { callId: randomUUID(), kind: 'ENQUEUED', at: new Date(DAY_START.getTime() + 3 * 3_600_000) },
  ])
}, 120_000)

afterAll(() => api?.stop())

describe('A9 X2: rollups', () => {
  it('A9 X2: the rollups of a simulated day give the same report as the raw calls, and again after a rebuild', async () => {
    const cuts = [
      yesterday(),
      yesterday({ groupBy: 'SKILL_GROUP', interval: 'DAY' }),
      yesterday({ groupBy: 'NUMBER' }),
      yesterday({ groupBy: 'TENANT', direction: 'OUTBOUND' }),
    ]
    const raw = []
    for (const cut of cuts) raw.push(await report(cut))
    expect(raw[0]!.rolledHours).toBe(0)
    expect(raw[0]!.total.inboundCalls).toBe(480)
    expect(raw[0]!.total.outboundCalls).toBe(80)

    const rolledUp = await api.services.callRollupJob.runOnce()
    expect(rolledUp).toBeGreaterThanOrEqual(24)
    for (const [index, cut] of cuts.entries()) {
      const fromRollups = await report(cut)
      expect(fromRollups.rolledHours).toBe(24)
      expect(figures(fromRollups)).toEqual(figures(raw[index]!))
    }

    const [{ count: rowsBefore }] = (await sql(tenant, 'select count(*)::int as count from call_rollup')) as [
      { count: number },
    ]
    const rebuild = await api.graphql<{ rebuildCallRollups: { hours: number } }>(
      'mutation ($f: DateTimeISO!, $t: DateTimeISO!) { rebuildCallRollups(from: $f, to: $t) { hours } }',
      { f: DAY_START, t: new Date(DAY_START.getTime() + 24 * 3_600_000) },
      { token: tenant.token },
    )
    expect(rebuild.data?.rebuildCallRollups.hours).toBe(24)
    // Queued hours are computed from the calls until the job has redone them.
    expect((await report(cuts[0]!)).rolledHours).toBe(0)
    await api.services.callRollupJob.runOnce()
    const [{ count: rowsAfter }] = (await sql(tenant, 'select count(*)::int as count from call_rollup')) as [
      { count: number },
    ]
    expect(rowsAfter).toBe(rowsBefore)
    const rebuilt = await report(cuts[0]!)
    expect(rebuilt.rolledHours).toBe(24)
    expect(figures(rebuilt)).toEqual(figures(raw[0]!))
  })

  it('A9 X2: a new service-level threshold is never answered from rollups made under the old one', async () => {
    await api.services.callRollupJob.runOnce()
    const before = await report(yesterday({ groupBy: 'TENANT', interval: 'DAY' }))
    expect(before.rolledHours).toBe(24)
    await api.graphql(
      'mutation { updateAcdSettings(input: { serviceLevelSeconds: 40 }) { serviceLevelSeconds } }',
      {},
      { token: tenant.token },
    )
    const raw = await report(yesterday({ groupBy: 'TENANT', interval: 'DAY' }))
    expect(raw.rolledHours).toBe(0)
    expect(raw.total.kpis.answeredInThreshold).toBeGreaterThan(before.total.kpis.answeredInThreshold!)
    await api.services.callRollupJob.runOnce()
    const redone = await report(yesterday({ groupBy: 'TENANT', interval: 'DAY' }))
    expect(redone.rolledHours).toBe(24)
    expect(figures(redone)).toEqual(figures(raw))
    await api.graphql(
      'mutation { updateAcdSettings(input: { serviceLevelSeconds: 20 }) { serviceLevelSeconds } }',
      {},
      { token: tenant.token },
    )
    await api.services.callRollupJob.runOnce()
  })
})

describe('A9 X2: the report agrees with the monitoring', () => {
  it('A9 X2: the call report and the kpis query give the same KPIs for the same period, company and agent', async () => {
    await api.services.callRollupJob.runOnce()
    const day = await report(yesterday({ groupBy: 'AGENT', interval: 'DAY' }))
    expect(day.rolledHours).toBe(24)
    const KPIS = `query ($s: KpiScopeInput!, $w: KpiWindowInput!) {
      kpis(scope: $s, window: $w) {
        arrivals answered answeredInThreshold abandoned shortAbandoned callbacksRequested callbacksAnswered
        overflowed serviceLevel asaSeconds averageAbandonSeconds abandonRate handled ahtSeconds
        averageTalkSeconds averageAfterCallWorkSeconds holds transfers offersRung offersAnswered agentAnswerRate
      }
    }`
    const window = { kind: 'PERIOD', from: day.from, to: day.to }
    const company = await api.graphql<{ kpis: Record<string, number> }>(
      KPIS,
      { s: { kind: 'TENANT' }, w: window },
      { token: tenant.token },
    )
    expect(company.data!.kpis).toEqual(day.total.kpis)
    expect(day.total.kpis.answered).toBeGreaterThan(100)
    expect(day.total.kpis.shortAbandoned).toBeGreaterThan(0)
    expect(day.total.kpis.holds).toBeGreaterThan(0)
    const agentRow = day.rows.find((row) => row.key === a1)!
    expect(agentRow.name).toBe('Agent One')
    const agent = await api.graphql<{ kpis: Record<string, number> }>(
      KPIS,
      { s: { kind: 'AGENT', id: a1 }, w: window },
      { token: tenant.token },
    )
    expect(agent.data!.kpis).toEqual(agentRow.kpis)
    // AHT is talk (hold included) plus after-call work, over the handled calls.
    expect(agentRow.kpis.ahtSeconds).toBeCloseTo(
      ((agentRow.talkSeconds as number) + (agentRow.afterCallWorkSeconds as number)) / agentRow.kpis.handled!,
      6,
    )
  })

  it('A9: the open hour comes from the calls, the closed hours from the rollups, and together they are whole', async () => {
    now = new Date('2027-01-04T15:30:00.000Z') // 23:30 in Shanghai on the simulated day
    try {
      const today = await report({ preset: 'TODAY', groupBy: 'TENANT', interval: 'HOUR' })
      expect(today.rolledHours).toBe(23)
      expect(today.buckets).toHaveLength(24)
      const calls = today.buckets.reduce((sum, bucket) => sum + (bucket.inboundCalls as number), 0)
      expect(calls).toBe(today.total.inboundCalls)
      // 23:00–23:30: slots 230–234 of the day (two agents each).
      expect(today.buckets[23]!.inboundCalls).toBe(10)
    } finally {
      now = new Date('2027-01-05T02:00:00.000Z')
    }
  })
})

describe('A9: time zones', () => {
  it('A9: a day in Shanghai runs from 16:00 UTC to 16:00 UTC, cut into 24 hours', async () => {
    const day = await report(yesterday({ groupBy: 'TENANT', interval: 'DAY' }))
    expect(day.timeZone).toBe('Asia/Shanghai')
    expect(day.from).toBe('2027-01-03T16:00:00.000Z')
    expect(day.to).toBe('2027-01-04T16:00:00.000Z')
    expect(day.buckets.map((bucket) => bucket.bucket)).toEqual(['2027-01-03T16:00:00.000Z'])
    const hours = await report(yesterday({ groupBy: 'TENANT' }))
    expect(hours.buckets).toHaveLength(24)
    expect(hours.buckets[0]!.inboundCalls).toBe(20)
  })

  it('A9: in New York the day of the DST change has 25 hours, and its two 01:00 hours stay apart', async () => {
    const ny = await signupTenant(api, 'New York Company')
    await sql(ny, `update tenant set time_zone = 'America/New_York' where id = ?`, [ny.tenantId])
    const first = new Date('2026-11-01T05:30:00.000Z') // 01:30 EDT
    const second = new Date('2026-11-01T06:30:00.000Z') // 01:30 EST
    const late = new Date('2026-11-02T04:30:00.000Z') // 23:30 EST on Nov 1
    const before = new Date('2026-11-01T03:30:00.000Z') // 23:30 EDT on Oct 31
    for (const at of [first, second, second, late, before])
      await record(ny, { direction: 'INBOUND', startedAt: at, number: '2125550100' })
    now = new Date('2026-11-03T12:00:00.000Z')
    try {
      const input = { preset: 'CUSTOM', fromDate: '2026-10-31', toDate: '2026-11-01', groupBy: 'TENANT' }
      const byDay = await report({ ...input, interval: 'DAY' }, ny.token)
      expect(byDay.buckets.map((bucket) => [bucket.bucket, bucket.inboundCalls])).toEqual([
        ['2026-10-31T04:00:00.000Z', 1],
        ['2026-11-01T04:00:00.000Z', 4],
      ])
      expect(byDay.to).toBe('2026-11-02T05:00:00.000Z')
      const byHour = await report({ ...input, interval: 'HOUR' }, ny.token)
      expect(byHour.buckets).toHaveLength(24 + 25)
      expect(byHour.rows.map((row) => [row.bucket, row.inboundCalls])).toEqual([
        ['2026-11-01T03:00:00.000Z', 1],
        ['2026-11-01T05:00:00.000Z', 1],
        ['2026-11-01T06:00:00.000Z', 2],
        ['2026-11-02T04:00:00.000Z', 1],
      ])
      // Rolled up, the same.
      await api.services.callRollupJob.runOnce()
      const rolled = await report({ ...input, interval: 'HOUR' }, ny.token)
      expect(rolled.rolledHours).toBeGreaterThan(0)
      expect(figures(rolled)).toEqual(figures(byHour))
    } finally {
      now = new Date('2027-01-05T02:00:00.000Z')
    }
  })
})

describe('A9 X2: daily rollups', () => {
  const byDay = [
    yesterday({ interval: 'DAY' }),
    yesterday({ groupBy: 'SKILL_GROUP', interval: 'DAY' }),
    yesterday({ groupBy: 'NUMBER', interval: 'DAY' }),
    yesterday({ groupBy: 'TENANT', interval: 'DAY', direction: 'OUTBOUND' }),
  ]
  const rebuildYesterday = () =>
    api.graphql(
      'mutation ($f: DateTimeISO!, $t: DateTimeISO!) { rebuildCallRollups(from: $f, to: $t) { hours } }',
      { f: DAY_START, t: new Date(DAY_START.getTime() + 24 * 3_600_000) },
      { token: tenant.token },
    )

  it('A9 X2: a report by day read from the daily rollup of a Shanghai day equals the raw calls, and a rebuild redoes the day', async () => {
    await rebuildYesterday()
    const raw = []
    for (const cut of byDay) raw.push(await report(cut))
    expect(raw[0]!.rolledHours).toBe(0)
    await api.services.callRollupJob.runOnce()
    for (const [index, cut] of byDay.entries()) {
      const rolled = await report(cut)
      expect(rolled.rolledHours).toBe(24)
      expect(figures(rolled)).toEqual(figures(raw[index]!))
    }

    // The day's row is what the report reads: spoilt, the report shows it; rebuilt, it is right again.
    await sql(
      tenant,
      `update call_rollup_day set inbound_calls = inbound_calls + 1000
        where ctid = (select ctid from call_rollup_day where agent_id = ? limit 1)`,
      [a1],
    )
    expect((await report(byDay[0]!)).total.inboundCalls).toBe((raw[0]!.total.inboundCalls as number) + 1000)
    await rebuildYesterday()
    await api.services.callRollupJob.runOnce()
    expect(figures(await report(byDay[0]!))).toEqual(figures(raw[0]!))
    // A late fact makes its hour dirty: until the job redoes it, the day is read hour by hour, still whole.
    await facts(tenant, [
      {
        callId: randomUUID(),
        kind: 'ENQUEUED',
        at: new Date(DAY_START.getTime() + 5 * 3_600_000),
        skillGroupId: inboundGroup,
        direction: 'INBOUND',
        organization: 'INBOUND',
      },
    ])
    const dirty = await report(yesterday({ groupBy: 'TENANT', interval: 'DAY' }))
    expect(dirty.rolledHours).toBe(23)
    await api.services.callRollupJob.runOnce()
    const redone = await report(yesterday({ groupBy: 'TENANT', interval: 'DAY' }))
    expect(redone.rolledHours).toBe(24)
    expect(figures(redone)).toEqual(figures(dirty))
  })

  it('A9 X2: in New York the 25-hour day of the DST change is one daily row, equal to the raw calls', async () => {
    const ny = await signupTenant(api, 'New York Daily Company')
    await sql(ny, `update tenant set time_zone = 'America/New_York' where id = ?`, [ny.tenantId])
    const groups: [string, string] = [
      await addSkillGroup(api, ny.token, { name: 'Hotline' }),
      await addSkillGroup(api, ny.token, { name: 'Second line' }),
    ]
    const agents = [
      (await addAgent(api, ny.token, { name: 'Agent East' })).id,
      (await addAgent(api, ny.token, { name: 'Agent West' })).id,
    ]
    const dstDay = new Date('2026-11-01T04:00:00.000Z') // midnight EDT; the day ends at 05:00Z next day
    // Answered calls at 01:30 EDT, twice at 01:30 EST (the repeated hour), at 23:30 EST; one the day before.
    const starts = [
      '2026-11-01T05:30:00Z',
      '2026-11-01T06:30:00Z',
      '2026-11-01T06:40:00Z',
      '2026-11-02T04:30:00Z',
    ]
    for (const [index, text] of [...starts, '2026-10-31T15:00:00Z'].entries()) {
      const startedAt = new Date(text)
      const agentId = agents[index % 2]!
      const at = (ms: number) => new Date(startedAt.getTime() + ms)
      const callId = await record(ny, {
        direction: 'INBOUND',
        startedAt,
        answeredAt: at(10 * S),
        agentId,
        skillGroupId: groups[index % 2],
        number: index % 2 === 0 ? '2125550100' : '2125550101',
      })
      await facts(ny, [
        { callId, kind: 'ENQUEUED', at: startedAt, skillGroupId: groups[index % 2], direction: 'INBOUND' },
        {
          callId,
          kind: 'ANSWERED',
          at: at(10 * S),
          skillGroupId: groups[index % 2],
          agentId,
          outcome: 'CALL',
          durationMs: 10 * S,
        },
      ])
      await statusChanges(ny, [
        { userId: agentId, status: 'ON_CALL', at: at(10 * S) },
        { userId: agentId, status: 'IDLE', at: at(2 * M) },
      ])
    }
    now = new Date('2026-11-03T12:00:00.000Z')
    try {
      const cuts = (['AGENT', 'SKILL_GROUP', 'NUMBER'] as const).map((groupBy) => ({
        preset: 'CUSTOM',
        fromDate: '2026-10-31',
        toDate: '2026-11-01',
        groupBy,
        interval: 'DAY',
      }))
      const raw = []
      for (const cut of cuts) raw.push(await report(cut, ny.token))
      expect(raw[0]!.rolledHours).toBe(0)
      expect(raw[2]!.buckets.map((bucket) => bucket.inboundCalls)).toEqual([1, 4])
      await api.services.callRollupJob.runOnce()
      const [day] = (await sql(
        ny,
        `select extract(epoch from day_end - day) / 3600 as hours from call_rollup_day_status where day = ?`,
        [dstDay],
      )) as [{ hours: string }]
      expect(Number(day.hours)).toBe(25)
      for (const [index, cut] of cuts.entries()) {
        const rolled = await report(cut, ny.token)
        expect(rolled.rolledHours).toBe(24 + 25)
        expect(figures(rolled)).toEqual(figures(raw[index]!))
      }
      expect(raw[0]!.total.kpis.handled).toBe(5)
    } finally {
      now = new Date('2027-01-05T02:00:00.000Z')
    }
  }, 60_000)
})

describe('A9 X2: the job redoes runs of hours', () => {
  const rollupsOf = async (owner: TestTenant) => ({
    hours: await sql(
      owner,
      'select * from call_rollup order by hour, skill_group_id, agent_id, direction, number',
    ),
    days: await sql(
      owner,
      'select * from call_rollup_day order by day, skill_group_id, agent_id, direction, number',
    ),
    hourSettings: await sql(owner, 'select * from call_rollup_hour order by hour'),
    daySettings: await sql(owner, 'select * from call_rollup_day_status order by day'),
  })
  const dirtyHoursOf = async (owner: TestTenant) =>
    (
      (await sql(owner, 'select hour, not_before from call_rollup_dirty order by hour')) as Array<{
        hour: string
        not_before: string | null
      }>
    ).map((row) => ({ hour: new Date(row.hour), notBefore: row.not_before && new Date(row.not_before) }))

  it('A9 X2: a night across two days rolled up in one pass equals the raw calls and hour-by-hour rolling; an hour with a call still being handled stays dirty while its neighbours are done', async () => {
    const night = await signupTenant(api, 'Night Shift Company')
    await api.graphql(
      'mutation { updateAcdSettings(input: { shortAbandonSeconds: 5, serviceLevelSeconds: 20 }) { serviceLevelSeconds } }',
      {},
      { token: night.token },
    )
    const groups: [string, string] = [
      await addSkillGroup(api, night.token, { name: 'Hotline' }),
      await addSkillGroup(api, night.token, { name: 'Second line' }),
    ]
    const agents = [
      (await addAgent(api, night.token, { name: 'Agent Dusk' })).id,
      (await addAgent(api, night.token, { name: 'Agent Dawn' })).id,
    ]
    const late = (await addAgent(api, night.token, { name: 'Agent Late' })).id
    const nightSeller = (await addAgent(api, night.token, { name: 'Seller', organization: 'TELESALES' })).id
    // From 20:00 on 1 January to 04:00 on 2 January in Shanghai.
    await simulateDay(night, new Date('2027-01-01T12:00:00.000Z'), agents, groups, {
      sellerId: nightSeller,
      slots: 80,
    })
    // At 22:10 Agent Late answers a call; it ends at 22:14 and the agent is still in after-call work.
    const busyHour = new Date('2027-01-01T14:00:00.000Z')
    const startedAt = new Date(busyHour.getTime() + 9 * M)
    const answeredAt = new Date(startedAt.getTime() + 20 * S)
    const callId = await record(night, {
      direction: 'INBOUND',
      startedAt,
      answeredAt,
      agentId: late,
      skillGroupId: groups[0],
      number: '4001',
    })
    await facts(night, [
      { callId, kind: 'ENQUEUED', at: startedAt, skillGroupId: groups[0], direction: 'INBOUND' },
      {
        callId,
        kind: 'ANSWERED',
        at: answeredAt,
        skillGroupId: groups[0],
        agentId: late,
        outcome: 'CALL',
        durationMs: 20 * S,
      },
    ])
    await statusChanges(night, [
      { userId: late, status: 'ON_CALL', at: answeredAt },
      { userId: late, status: 'AFTER_CALL_WORK', at: new Date(startedAt.getTime() + 5 * M) },
    ])
    const cut = (interval: 'HOUR' | 'DAY') => ({
      preset: 'CUSTOM',
      fromDate: '2027-01-01',
      toDate: '2027-01-02',
      groupBy: 'AGENT',
      interval,
    })
    const raw = [await report(cut('HOUR'), night.token), await report(cut('DAY'), night.token)]
    expect(raw[0]!.rolledHours).toBe(0)
    const hours = (await dirtyHoursOf(night)).map((row) => row.hour)
    expect(hours.length).toBeGreaterThanOrEqual(8)

    // Hour by hour, as the job did before it took runs.
    const settings = { timeZone: 'Asia/Shanghai', serviceLevelMs: 20 * S, shortAbandonMs: 5 * S }
    const retryAt = new Date(now.getTime() + M)
    for (const hour of hours)
      await api.db.inTenant(night.tenantId, (_em, tenantSql) =>
        redoHours(tenantSql, [hour], settings, now, retryAt),
      )
    const hourByHour = await rollupsOf(night)
    expect(await dirtyHoursOf(night)).toEqual([{ hour: busyHour, notBefore: retryAt }])

    // Gone and queued again, then the job in one pass.
    for (const table of ['call_rollup', 'call_rollup_day', 'call_rollup_hour', 'call_rollup_day_status'])
      await sql(night, `delete from ${table}`)
    await sql(
      night,
      `insert into call_rollup_dirty (tenant_id, hour) select ?, h::timestamptz from jsonb_array_elements_text(?::jsonb) h
       on conflict (tenant_id, hour) do update set not_before = null`,
      [night.tenantId, JSON.stringify(hours)],
    )
    expect(await api.services.callRollupJob.runOnce()).toBeGreaterThanOrEqual(hours.length)
    expect(await rollupsOf(night)).toEqual(hourByHour)
    expect(await dirtyHoursOf(night)).toEqual([{ hour: busyHour, notBefore: retryAt }])
    const rolled = [await report(cut('HOUR'), night.token), await report(cut('DAY'), night.token)]
    expect(rolled[0]!.rolledHours).toBe(hours.length - 1)
    expect(figures(rolled[0]!)).toEqual(figures(raw[0]!))
    expect(figures(rolled[1]!)).toEqual(figures(raw[1]!))

    // The agent is done; a minute later so is the hour, and the call counts as handled.
    await statusChanges(night, [{ userId: late, status: 'IDLE', at: new Date(startedAt.getTime() + 6 * M) }])
    now = new Date(now.getTime() + 2 * M)
    try {
      await api.services.callRollupJob.runOnce()
      expect(await dirtyHoursOf(night)).toEqual([])
      const done = await report(cut('HOUR'), night.token)
      expect(done.rolledHours).toBe(hours.length)
      expect(done.total.kpis.handled).toBe(raw[0]!.total.kpis.handled! + 1)
    } finally {
      now = new Date('2027-01-05T02:00:00.000Z')
    }
  }, 60_000)
  it('A9 X2: a call talked through two hours past its hour, rolled up alone, counts its whole talk and after-call work', async () => {
    const long = await signupTenant(api, 'Long Calls Company')
    const group = await addSkillGroup(api, long.token, { name: 'Hotline' })
    const agent = (await addAgent(api, long.token, { name: 'Agent Patient' })).id
    // Answered at 10:10 in Shanghai, talked until 12:30, after-call work until 12:35: the handling ends
    // past the hour the rollup reads the agent's status changes for after the rolled hour.
    const hour = new Date('2027-01-03T02:00:00.000Z')
    const answeredAt = new Date(hour.getTime() + 10 * M)
    const callId = await record(long, {
      direction: 'INBOUND',
      startedAt: new Date(answeredAt.getTime() - 20 * S),
      answeredAt,
      agentId: agent,
      skillGroupId: group,
      number: '4001',
    })
    await facts(long, [
      {
        callId,
        kind: 'ANSWERED',
        at: answeredAt,
        skillGroupId: group,
        agentId: agent,
        outcome: 'CALL',
        durationMs: 20 * S,
      },
    ])
    await statusChanges(long, [
      { userId: agent, status: 'ON_CALL', at: answeredAt },
      { userId: agent, status: 'AFTER_CALL_WORK', at: new Date(answeredAt.getTime() + 140 * M) },
      { userId: agent, status: 'IDLE', at: new Date(answeredAt.getTime() + 145 * M) },
    ])
    const settings = { timeZone: 'Asia/Shanghai', serviceLevelMs: 20 * S, shortAbandonMs: 0 }
    await api.db.inTenant(long.tenantId, (_em, tenantSql) => redoHours(tenantSql, [hour], settings, now, now))
    const [row] = (await sql(long, 'select * from call_rollup where agent_id = ?', [agent])) as Array<
      Record<string, unknown>
    >
    expect(row).toMatchObject({ handled: 1, talk_ms: String(140 * M), after_call_work_ms: String(5 * M) })
  })
})

describe('A9 A11: who sees what', () => {
  it('A9 A11: a group leader of the inbound organisation sees its skill groups’ calls, not the telesales calls', async () => {
    const leader = await addAgent(api, tenant.token, { role: 'GROUP_LEADER', organization: 'INBOUND' })
    await addGroup(api, tenant.token, { organization: 'INBOUND', leaderId: leader.id, memberIds: [a1, a2] })
    const token = await signInInvited(api, leader.email)
    const admin = await report(yesterday({ groupBy: 'SKILL_GROUP', interval: 'DAY' }))
    const seen = await report(yesterday({ groupBy: 'SKILL_GROUP', interval: 'DAY' }), token)
    expect(seen.total.outboundCalls).toBe(0)
    expect(admin.total.outboundCalls).toBe(80)
    expect(seen.total.kpis).toEqual(admin.total.kpis)
    expect(
      seen.rows
        .map((row) => row.key)
        .filter(Boolean)
        .sort(),
    ).toEqual([inboundGroup, secondGroup].sort())
  })

  it('A9 A11: an administrator of the telesales organisation sees its outbound calls and no inbound ones', async () => {
    const salesAdmin = await addAgent(api, tenant.token, {
      role: 'ADMIN',
      organization: 'TELESALES',
      agentNumber: null,
    })
    const token = await signInInvited(api, salesAdmin.email)
    const seen = await report(yesterday({ groupBy: 'AGENT', interval: 'DAY' }), token)
    expect(seen.total.outboundCalls).toBe(80)
    expect(seen.total.inboundCalls).toBe(0)
    expect(seen.total.kpis.arrivals).toBe(0)
    expect(seen.rows.map((row) => row.name)).toEqual(['Seller'])
  })

  it('A9: another company sees none of these calls, and cannot filter by this company’s agent', async () => {
    const seen = await report(yesterday({ groupBy: 'TENANT', interval: 'DAY' }), other.token)
    expect(seen.total.inboundCalls).toBe(1)
    expect(seen.total.kpis.arrivals).toBe(1)
    const result = await api.graphql(REPORT, { i: yesterday({ agentId: a1 }) }, { token: other.token })
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A9: agents do not see the call report', async () => {
    const agent = await addAgent(api, tenant.token)
    const token = await signInInvited(api, agent.email)
    const result = await api.graphql(REPORT, { i: yesterday() }, { token })
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})

describe('A9: export', () => {
  const download = async (query: string, token = tenant.token) => {
    const response = await fetch(`${api.url}/export/call-report?${query}`, {
      headers: { authorization: `Bearer ${token}` },
    })
    return { response, body: Buffer.from(await response.arrayBuffer()) }
  }

  it('A9: the call report as CSV has the screen’s rows and total, numbers as numbers, times on the company’s clock', async () => {
    const onScreen = await report(yesterday({ groupBy: 'SKILL_GROUP', interval: 'DAY' }))
    const { response, body } = await download(
      'format=csv&lang=en&preset=YESTERDAY&groupBy=SKILL_GROUP&interval=DAY',
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('x-total-rows')).toBe(String(onScreen.rows.length + 1))
    const rows = parse(body.toString('utf8').slice(1), { columns: true }) as Record<string, string>[]
    const hotline = rows.find((row) => row.Row === 'Hotline')!
    const onScreenHotline = onScreen.rows.find((row) => row.name === 'Hotline')!
    expect(hotline).toMatchObject({
      Time: '2027-01-04 00:00:00',
      'Inbound calls': String(onScreenHotline.inboundCalls),
      Answered: String(onScreenHotline.kpis.answered),
    })
    expect(rows.at(-1)).toMatchObject({ Row: 'Total', 'Inbound calls': '480', 'Outbound calls': '80' })
  })

  it('A9: the XLSX export has Chinese headers by default, real times and numbers', async () => {
    const { response, body } = await download('format=xlsx&preset=YESTERDAY&groupBy=TENANT&interval=DAY')
    expect(response.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(body as unknown as ArrayBuffer)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['时间', '呼入量', '服务水平']))
    expect(sheet.getRow(2).getCell(1).value).toEqual(new Date(Date.UTC(2027, 0, 4, 0, 0, 0)))
    expect(sheet.getRow(2).getCell(3).value).toBe(480)
    expect(sheet.getRow(3).getCell(2).value).toBe('合计')
  })
})
