// X2 and A8: the KPIs of a simulated hour of calls, each fact placed at a known time, so every value is
// worked out by hand below (docs/kpis.md has the definitions).
import { randomUUID } from 'node:crypto'
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
import { agentsNeeded } from './erlang-c.js'

/** 14:00 in Shanghai: the tenant's day started at 16:00 UTC the day before. */
const NOW = new Date('2027-01-05T06:00:00.000Z')
const clock: Clock = { now: () => NOW }
const S = 1000
const M = 60 * S
const at = (msBefore: number) => new Date(NOW.getTime() - msBefore)

let api: TestApi
let tenant: TestTenant
let group: string
let a1: string
let a2: string
let lunch: string

const sql = (query: string, params: unknown[] = []) =>
  api.db.inTenant(tenant.tenantId, (em) => em.execute(query, params))

async function fact(
  callId: string,
  kind: string,
  when: Date,
  extra: { agentId?: string; outcome?: string; durationMs?: number } = {},
) {
  await sql(
    `insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      tenant.tenantId,
      callId,
      kind,
      when,
      group,
      extra.agentId ?? null,
      extra.outcome ?? null,
      extra.durationMs ?? null,
    ],
  )
}

async function status(userId: string, value: string, when: Date, reasonId: string | null = null) {
  await sql(
    `insert into agent_status_log (tenant_id, user_id, status, reason_id, cause, at) values (?, ?, ?, ?, 'CHOSEN', ?)`,
    [tenant.tenantId, userId, value, reasonId, when],
  )
}

const KPI_FIELDS = `from to arrivals answered answeredInThreshold abandoned shortAbandoned callbacksRequested
  callbacksAnswered overflowed serviceLevelSeconds serviceLevelTarget serviceLevel asaSeconds averageAbandonSeconds
  abandonRate handled ahtSeconds averageTalkSeconds averageAfterCallWorkSeconds holds transfers occupancy
  offersRung offersAnswered agentAnswerRate longestWaitSeconds`

async function kpis(scope: Record<string, unknown>, window: Record<string, unknown>, token = tenant.token) {
  const result = await api.graphql<{ kpis: Record<string, unknown> }>(
    `query ($s: KpiScopeInput!, $w: KpiWindowInput!) { kpis(scope: $s, window: $w) { ${KPI_FIELDS} } }`,
    { s: scope, w: window },
    { token },
  )
  if (result.errors) return { errors: result.errors }
  return result.data!.kpis
}

async function deleteSkillGroup(id: string) {
  await api.graphql('mutation ($id: ID!) { deleteSkillGroup(id: $id) }', { id }, { token: tenant.token })
}

beforeAll(async () => {
  api = await startTestApi({ clock })
  tenant = await signupTenant(api)
  group = await addSkillGroup(api, tenant.token)
  a1 = (await addAgent(api, tenant.token, { name: 'Agent One' })).id
  a2 = (await addAgent(api, tenant.token, { name: 'Agent Two' })).id
  for (const agent of [a1, a2])
    await sql('insert into skill_group_member (skill_group_id, user_id, tenant_id) values (?, ?, ?)', [
      group,
      agent,
      tenant.tenantId,
    ])
  // A caller who waits this long is never let go by the sweeper while the test reads.
  await sql('update skill_group set max_wait_seconds = 7200 where id = ?', [group])
  lunch = randomUUID()
  await sql(`insert into not_ready_reason (id, tenant_id, name) values (?, ?, 'Lunch')`, [
    lunch,
    tenant.tenantId,
  ])

  // Call 1, answered fast by A1: 5 s wait, 3 s ring, 115 s talk, 30 s after-call work.
  const c1 = randomUUID()
  await fact(c1, 'ENQUEUED', at(50 * M))
  await fact(c1, 'OFFERED', at(50 * M - 2 * S), { agentId: a1 })
  await fact(c1, 'OFFER_ENDED', at(50 * M - 5 * S), { agentId: a1, outcome: 'ANSWERED', durationMs: 3 * S })
  await fact(c1, 'ANSWERED', at(50 * M - 5 * S), { agentId: a1, outcome: 'CALL', durationMs: 5 * S })
  // Call 2, missed by A2 (20 s ring), answered slow by A1: 45 s wait, 300 s talk with a hold, 60 s wrap-up.
  const c2 = randomUUID()
  await fact(c2, 'ENQUEUED', at(40 * M))
  await fact(c2, 'OFFER_ENDED', at(40 * M - 20 * S), {
    agentId: a2,
    outcome: 'NOT_ANSWERED',
    durationMs: 20 * S,
  })
  await fact(c2, 'OFFER_ENDED', at(40 * M - 45 * S), { agentId: a1, outcome: 'ANSWERED', durationMs: 4 * S })
  await fact(c2, 'ANSWERED', at(40 * M - 45 * S), { agentId: a1, outcome: 'CALL', durationMs: 45 * S })
  await fact(c2, 'HELD', at(38 * M), { agentId: a1 })
  await fact(c2, 'RESUMED', at(37 * M), { agentId: a1 })
  // Call 3, abandoned short (3 s, queued); call 4, abandoned long (30 s, while A2's phone rang).
  const c3 = randomUUID()
  await fact(c3, 'ENQUEUED', at(30 * M))
  await fact(c3, 'ABANDONED', at(30 * M - 3 * S), { outcome: 'QUEUED', durationMs: 3 * S })
  const c4 = randomUUID()
  await fact(c4, 'ENQUEUED', at(25 * M))
  await fact(c4, 'ABANDONED', at(25 * M - 30 * S), { outcome: 'RINGING', durationMs: 30 * S })
  await fact(c4, 'OFFER_ENDED', at(25 * M - 30 * S), { agentId: a2, outcome: 'WITHDRAWN', durationMs: 5 * S })
  // Call 5 asked for a callback after 15 s; A1 answered the callback: 120 s talk, 60 s wrap-up.
  const c5 = randomUUID()
  await fact(c5, 'ENQUEUED', at(20 * M))
  await fact(c5, 'CALLBACK_REQUESTED', at(20 * M - 15 * S), { durationMs: 15 * S })
  await fact(c5, 'OFFER_ENDED', at(10 * M), { agentId: a1, outcome: 'ANSWERED', durationMs: 4 * S })
  await fact(c5, 'ANSWERED', at(10 * M), { agentId: a1, outcome: 'CALLBACK', durationMs: 10 * M })
  // Call 6: A2 rejected it; it still waits, 8 minutes now.
  const c6 = randomUUID()
  await fact(c6, 'ENQUEUED', at(8 * M))
  await fact(c6, 'OFFER_ENDED', at(8 * M - 2 * S), { agentId: a2, outcome: 'REJECTED', durationMs: 2 * S })
  await sql(
    `insert into queue_entry (id, tenant_id, skill_group_id, node, caller_leg_uuid, enqueued_at, skill_group_entered_at)
     values (?, ?, ?, 'nowhere', ?, ?, ?)`,
    [c6, tenant.tenantId, group, c6, at(8 * M), at(8 * M)],
  )

  // A1: idle from before the hour; three calls; lunch for the last 5 minutes.
  await status(a1, 'IDLE', at(70 * M))
  await status(a1, 'RINGING', at(50 * M - 2 * S))
  await status(a1, 'ON_CALL', at(50 * M - 5 * S))
  await status(a1, 'AFTER_CALL_WORK', at(48 * M))
  await status(a1, 'IDLE', at(47 * M + 30 * S))
  await status(a1, 'RINGING', at(40 * M - 41 * S))
  await status(a1, 'ON_CALL', at(40 * M - 45 * S))
  await status(a1, 'AFTER_CALL_WORK', at(35 * M - 45 * S))
  await status(a1, 'IDLE', at(34 * M - 45 * S))
  await status(a1, 'RINGING', at(10 * M + 4 * S))
  await status(a1, 'ON_CALL', at(10 * M))
  await status(a1, 'AFTER_CALL_WORK', at(8 * M))
  await status(a1, 'IDLE', at(7 * M))
  await status(a1, 'NOT_READY', at(5 * M), lunch)
  // A2 signed in 45 minutes ago and stayed available.
  await status(a2, 'IDLE', at(45 * M))
  await status(a2, 'RINGING', at(40 * M))
  await status(a2, 'IDLE', at(40 * M - 20 * S))
}, 60_000)
afterAll(() => api?.stop())

const HANDLING_A1 = 115 + 30 + 300 + 60 + 120 + 60

describe('X2: KPIs of a simulated hour', () => {
  it('X2: every KPI of the company over the last 60 minutes, by hand', async () => {
    const result = await kpis({ kind: 'TENANT' }, { kind: 'LAST_60_MINUTES' })
    expect(result).toEqual({
      from: at(60 * M).toISOString(),
      to: NOW.toISOString(),
      arrivals: 6,
      answered: 2,
      answeredInThreshold: 1,
      abandoned: 2,
      shortAbandoned: 0,
      callbacksRequested: 1,
      callbacksAnswered: 1,
      overflowed: 0,
      serviceLevelSeconds: 20,
      serviceLevelTarget: 0.8,
      // 1 of (2 answered + 2 abandoned); the callback counts in neither.
      serviceLevel: 0.25,
      asaSeconds: 25,
      averageAbandonSeconds: 16.5,
      abandonRate: 0.5,
      handled: 3,
      // (115 + 30) + (300 + 60) + (120 + 60) over 3 calls.
      ahtSeconds: expect.closeTo(685 / 3, 6),
      averageTalkSeconds: expect.closeTo(535 / 3, 6),
      averageAfterCallWorkSeconds: 50,
      holds: 1,
      transfers: 0,
      // A1 available 55 min (lunch excluded), A2 45 min; only A1 handled calls.
      occupancy: expect.closeTo(HANDLING_A1 / (55 * 60 + 45 * 60), 9),
      // Rung: 3 answered, A2's miss and rejection; the offer withdrawn by the caller is not.
      offersRung: 5,
      offersAnswered: 3,
      agentAnswerRate: 0.6,
      longestWaitSeconds: 480,
    })
  })

  it('X2: the live window and the same hour asked as a period give the same KPIs from the stored facts', async () => {
    const live = await kpis({ kind: 'TENANT' }, { kind: 'LAST_60_MINUTES' })
    const period = await kpis(
      { kind: 'TENANT' },
      { kind: 'PERIOD', from: at(60 * M).toISOString(), to: NOW.toISOString() },
    )
    // The longest current wait is about now, whatever the window.
    expect(period).toEqual(live)
  })

  it('X2: abandons under the short-abandon setting drop out of the service level and the abandon rate', async () => {
    await api.graphql(
      'mutation { updateAcdSettings(input: { shortAbandonSeconds: 5, serviceLevelSeconds: 45, serviceLevelTargetPercent: 90 }) { shortAbandonSeconds } }',
      {},
      { token: tenant.token },
    )
    const result = await kpis({ kind: 'SKILL_GROUP', id: group }, { kind: 'LAST_60_MINUTES' })
    expect(result).toMatchObject({
      abandoned: 1,
      shortAbandoned: 1,
      answeredInThreshold: 2,
      serviceLevelSeconds: 45,
      serviceLevelTarget: 0.9,
      serviceLevel: 2 / 3,
      abandonRate: 1 / 3,
      averageAbandonSeconds: 30,
    })
    await api.graphql(
      'mutation { updateAcdSettings(input: { shortAbandonSeconds: 0, serviceLevelSeconds: 20, serviceLevelTargetPercent: 80 }) { shortAbandonSeconds } }',
      {},
      { token: tenant.token },
    )
  })

  it('X2 A8: several skill groups counted as one (a team’s wallboard) add up their calls and agents', async () => {
    const quiet = await addSkillGroup(api, tenant.token)
    const together = await kpis({ kind: 'SKILL_GROUP', ids: [group, quiet] }, { kind: 'LAST_60_MINUTES' })
    await deleteSkillGroup(quiet)
    // Every call of the hour is the one group's: together they are the company's.
    expect(together).toEqual(await kpis({ kind: 'TENANT' }, { kind: 'LAST_60_MINUTES' }))
    expect(together).toMatchObject({ arrivals: 6, answered: 2, abandoned: 2 })

    const tooMany = Array.from({ length: 101 }, () => randomUUID())
    expect(await kpis({ kind: 'SKILL_GROUP', ids: tooMany }, { kind: 'TODAY' })).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT' } }],
    })
  })

  it('X2: an agent’s KPIs are their offers and calls; the last 15 minutes hold only the callback and the rejection', async () => {
    expect(await kpis({ kind: 'AGENT', id: a1 }, { kind: 'LAST_60_MINUTES' })).toMatchObject({
      answered: 2,
      abandoned: 0,
      handled: 3,
      offersRung: 3,
      agentAnswerRate: 1,
      occupancy: expect.closeTo(HANDLING_A1 / (55 * 60), 9),
      longestWaitSeconds: null,
    })
    expect(await kpis({ kind: 'AGENT', id: a2 }, { kind: 'LAST_60_MINUTES' })).toMatchObject({
      offersRung: 2,
      offersAnswered: 0,
      agentAnswerRate: 0,
      occupancy: 0,
    })
    expect(await kpis({ kind: 'TENANT' }, { kind: 'LAST_15_MINUTES' })).toMatchObject({
      arrivals: 1,
      answered: 0,
      callbacksAnswered: 1,
      serviceLevel: null,
      handled: 1,
      ahtSeconds: 180,
      offersRung: 2,
    })
  })

  it('X2: today starts at midnight in the company’s time zone; a period is checked', async () => {
    const today = await kpis({ kind: 'TENANT' }, { kind: 'TODAY' })
    expect(today).toMatchObject({ from: '2027-01-04T16:00:00.000Z', arrivals: 6, handled: 3 })
    const period = await kpis(
      { kind: 'TENANT' },
      { kind: 'PERIOD', from: at(45 * M).toISOString(), to: at(35 * M).toISOString() },
    )
    // Call 2's facts only: it arrived, A2 missed it, A1 answered after 45 s; its wrap-up ended after the
    // period, so its handle time is not yet known there.
    expect(period).toMatchObject({
      arrivals: 1,
      answered: 1,
      answeredInThreshold: 0,
      offersRung: 2,
      handled: 0,
    })
    const longer = await kpis(
      { kind: 'TENANT' },
      { kind: 'PERIOD', from: at(45 * M).toISOString(), to: at(30 * M).toISOString() },
    )
    expect(longer).toMatchObject({ arrivals: 1, handled: 1, ahtSeconds: 360 })
    const backwards = await kpis(
      { kind: 'TENANT' },
      { kind: 'PERIOD', from: at(10 * M).toISOString(), to: at(20 * M).toISOString() },
    )
    expect(backwards).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] })
  })
})

describe('A8: monitoring by skill group and by agent', () => {
  it('A8 X2: the skill group now (waiting, longest wait, agents by status) with today’s KPIs and the Erlang C estimate', async () => {
    const result = await api.graphql<{ skillGroupMonitor: Array<Record<string, unknown>> }>(
      `{ skillGroupMonitor { skillGroupId waiting offering callbacksWaiting longestWaitSeconds
          agentsByStatus { status count } today { answered abandoned serviceLevel ahtSeconds }
          staffing { callsLastHour ahtSeconds trafficErlangs agentsNeeded predictedServiceLevel } } }`,
      {},
      { token: tenant.token },
    )
    const expected = agentsNeeded({ callsPerHour: 6, ahtSeconds: 685 / 3, thresholdSeconds: 20, target: 0.8 })
    expect(result.data?.skillGroupMonitor).toEqual([
      {
        skillGroupId: group,
        waiting: 1,
        offering: 0,
        callbacksWaiting: 0,
        longestWaitSeconds: 480,
        // Neither agent has signed in to a workstation: the log above is history only.
        agentsByStatus: [{ status: 'OFFLINE', count: 2 }],
        today: { answered: 2, abandoned: 2, serviceLevel: 0.25, ahtSeconds: expect.closeTo(685 / 3, 6) },
        staffing: {
          callsLastHour: 6,
          ahtSeconds: expect.closeTo(685 / 3, 6),
          trafficErlangs: expect.closeTo((6 * 685) / 3 / 3600, 9),
          agentsNeeded: 2,
          predictedServiceLevel: expect.closeTo(expected.serviceLevel, 9),
        },
      },
    ])
    expect(expected.agents).toBe(2)
  })

  it('A8: each agent’s day: calls, talk time, answer rate, occupancy and not-ready time by reason', async () => {
    const result = await api.graphql<{ agentMonitor: Array<Record<string, unknown>> }>(
      `{ agentMonitor { agentId name status callsToday talkSeconds offersRung answerRate occupancy
          notReady { reasonId reasonName seconds } } }`,
      {},
      { token: tenant.token },
    )
    const byId = new Map(result.data?.agentMonitor.map((row) => [row.agentId, row]))
    expect(byId.get(a1)).toEqual({
      agentId: a1,
      name: 'Agent One',
      status: 'OFFLINE',
      callsToday: 3,
      talkSeconds: 535,
      offersRung: 3,
      answerRate: 1,
      // Available from 70 minutes ago until lunch 5 minutes ago.
      occupancy: expect.closeTo(HANDLING_A1 / (65 * 60), 9),
      notReady: [{ reasonId: lunch, reasonName: 'Lunch', seconds: 300 }],
    })
    expect(byId.get(a2)).toMatchObject({ callsToday: 0, offersRung: 2, answerRate: 0, notReady: [] })
  })

  it('A11 X2: a group leader of the other organisation sees neither the skill group nor its agents', async () => {
    const leader = await addAgent(api, tenant.token, { role: 'GROUP_LEADER', organization: 'TELESALES' })
    await addGroup(api, tenant.token, { organization: 'TELESALES', leaderId: leader.id })
    const token = await signInInvited(api, leader.email)
    expect(await kpis({ kind: 'SKILL_GROUP', id: group }, { kind: 'TODAY' }, token)).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    })
    expect(await kpis({ kind: 'AGENT', id: a1 }, { kind: 'TODAY' }, token)).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    })
    const own = await addSkillGroup(api, tenant.token, { organization: 'TELESALES' })
    const mixed = await kpis({ kind: 'SKILL_GROUP', ids: [own, group] }, { kind: 'TODAY' }, token)
    await deleteSkillGroup(own)
    expect(mixed).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] })
    expect(await kpis({ kind: 'TENANT' }, { kind: 'TODAY' }, token)).toMatchObject({
      arrivals: 0,
      answered: 0,
      longestWaitSeconds: 0,
    })
    const monitors = await api.graphql<{
      skillGroupMonitor: unknown[]
      agentMonitor: Array<{ agentId: string }>
    }>('{ skillGroupMonitor { skillGroupId } agentMonitor { agentId } }', {}, { token })
    expect(monitors.data?.skillGroupMonitor).toEqual([])
    expect(monitors.data?.agentMonitor.map((row) => row.agentId)).not.toContain(a1)
  })
})
