// A8: the 24-hour chart's counts, hour by hour in the company's time zone. The company here is in
// Kolkata (UTC+5:30), so an hour aligned in UTC would be off by half an hour and the buckets below would
// not match.
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

/** 11:40 in Kolkata: the current hour started at 05:30 UTC, the first of the 24 at 06:30 UTC the day before. */
const NOW = new Date('2027-01-05T06:10:00.000Z')
const clock: Clock = { now: () => NOW }
const utc = (time: string) => new Date(`2027-01-05T${time}:00.000Z`)

let api: TestApi
let tenant: TestTenant
let other: TestTenant
let group: string
let otherGroup: string
let a1: string

const sql = (owner: TestTenant, query: string, params: unknown[] = []) =>
  api.db.inTenant(owner.tenantId, (em) => em.execute(query, params))

async function fact(
  owner: TestTenant,
  kind: string,
  when: Date,
  extra: {
    callId?: string
    skillGroupId?: string
    agentId?: string
    outcome?: string
    durationMs?: number
  } = {},
) {
  const callId = extra.callId ?? randomUUID()
  await sql(
    owner,
    `insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      owner.tenantId,
      callId,
      kind,
      when,
      extra.skillGroupId ?? group,
      extra.agentId ?? null,
      extra.outcome ?? null,
      extra.durationMs ?? null,
    ],
  )
  return callId
}

async function outboundCall(owner: TestTenant, agentId: string, when: Date) {
  await sql(
    owner,
    `insert into call_record (id, tenant_id, switch_node, direction, agent_id, started_at)
     values (?, ?, 'fs1', 'OUTBOUND', ?, ?)`,
    [randomUUID(), owner.tenantId, agentId, when],
  )
}

interface Hour {
  hour: string
  inbound: number
  answered: number
  abandoned: number
  callbacksRequested: number
  outbound: number
}

async function hourly(scope: Record<string, unknown>, token = tenant.token) {
  const result = await api.graphql<{ hourlyCalls: Hour[] }>(
    `query ($s: KpiScopeInput!) {
       hourlyCalls(scope: $s) { hour inbound answered abandoned callbacksRequested outbound }
     }`,
    { s: scope },
    { token },
  )
  if (result.errors) return { errors: result.errors }
  return result.data!.hourlyCalls
}

/** The non-empty hours, by their first instant. */
function busyHours(hours: Hour[] | { errors: unknown }) {
  if (!Array.isArray(hours)) throw new Error(JSON.stringify(hours))
  return Object.fromEntries(
    hours
      .filter((row) => row.inbound + row.answered + row.abandoned + row.callbacksRequested + row.outbound > 0)
      .map(({ hour, ...counts }) => [hour, counts]),
  )
}

beforeAll(async () => {
  api = await startTestApi({ clock })
  tenant = await signupTenant(api)
  other = await signupTenant(api, 'Other Company')
  await sql(tenant, `update tenant set time_zone = 'Asia/Kolkata' where id = ?`, [tenant.tenantId])
  group = await addSkillGroup(api, tenant.token)
  otherGroup = await addSkillGroup(api, tenant.token, { name: 'Second line' })
  a1 = (await addAgent(api, tenant.token, { name: 'Agent One' })).id

  // Answered by A1 in the current hour (05:30–06:30 UTC).
  const answered = await fact(tenant, 'ENQUEUED', utc('06:00'))
  await fact(tenant, 'ANSWERED', utc('06:01'), {
    callId: answered,
    agentId: a1,
    outcome: 'CALL',
    durationMs: 60_000,
  })
  // Entered at 05:20 (the hour before), hung up at 05:31 (the current hour): counted where each happened.
  const abandoned = await fact(tenant, 'ENQUEUED', utc('05:20'))
  await fact(tenant, 'ABANDONED', utc('05:31'), { callId: abandoned, outcome: 'QUEUED', durationMs: 660_000 })
  // 02:30–03:30: a callback request (not an abandon), a call that overflowed to the second line (one
  // inbound call), and A1's outbound call.
  const callback = await fact(tenant, 'ENQUEUED', utc('02:45'))
  await fact(tenant, 'CALLBACK_REQUESTED', utc('02:46'), { callId: callback, durationMs: 60_000 })
  const overflowed = await fact(tenant, 'ENQUEUED', utc('02:50'))
  await fact(tenant, 'OVERFLOWED', utc('02:51'), { callId: overflowed, outcome: 'SKILL_GROUP' })
  await fact(tenant, 'ENQUEUED', utc('02:51'), { callId: overflowed, skillGroupId: otherGroup })
  await outboundCall(tenant, a1, utc('03:10'))
  // Before the 24 hours (06:29 UTC yesterday) and an answered callback: neither counts.
  await fact(tenant, 'ENQUEUED', new Date('2027-01-04T06:29:00.000Z'))
  await fact(tenant, 'ANSWERED', utc('04:00'), { agentId: a1, outcome: 'CALLBACK', durationMs: 60_000 })
  // The other company's calls in the same hours.
  await fact(other, 'ENQUEUED', utc('06:00'), { skillGroupId: randomUUID() })
  await outboundCall(other, randomUUID(), utc('03:10'))
})

afterAll(() => api?.stop())

describe('A8: calls of the last 24 hours by hour', () => {
  it('A8: 24 hours aligned to the hour in the company’s time zone, empty hours included, the current one last', async () => {
    const hours = await hourly({ kind: 'TENANT' })
    if (!Array.isArray(hours)) throw new Error(JSON.stringify(hours))
    expect(hours).toHaveLength(24)
    expect(hours[0]!.hour).toBe('2027-01-04T06:30:00.000Z')
    expect(hours[23]!.hour).toBe('2027-01-05T05:30:00.000Z')
  })

  it('A8: calls land in the hour they happened in; callbacks are not abandons; an overflowed call counts once', async () => {
    expect(busyHours(await hourly({ kind: 'TENANT' }))).toEqual({
      '2027-01-05T02:30:00.000Z': {
        inbound: 2,
        answered: 0,
        abandoned: 0,
        callbacksRequested: 1,
        outbound: 1,
      },
      '2027-01-05T04:30:00.000Z': {
        inbound: 1,
        answered: 0,
        abandoned: 0,
        callbacksRequested: 0,
        outbound: 0,
      },
      '2027-01-05T05:30:00.000Z': {
        inbound: 1,
        answered: 1,
        abandoned: 1,
        callbacksRequested: 0,
        outbound: 0,
      },
    })
  })

  it('A8: a skill group counts its queue; an agent their answered and outbound calls', async () => {
    expect(busyHours(await hourly({ kind: 'SKILL_GROUP', id: otherGroup }))).toEqual({
      '2027-01-05T02:30:00.000Z': {
        inbound: 1,
        answered: 0,
        abandoned: 0,
        callbacksRequested: 0,
        outbound: 0,
      },
    })
    expect(busyHours(await hourly({ kind: 'AGENT', id: a1 }))).toEqual({
      '2027-01-05T02:30:00.000Z': {
        inbound: 0,
        answered: 0,
        abandoned: 0,
        callbacksRequested: 0,
        outbound: 1,
      },
      '2027-01-05T05:30:00.000Z': {
        inbound: 0,
        answered: 1,
        abandoned: 0,
        callbacksRequested: 0,
        outbound: 0,
      },
    })
  })

  it('A8: another company sees only its own calls, and not our skill group', async () => {
    expect(busyHours(await hourly({ kind: 'TENANT' }, other.token))).toEqual({
      '2027-01-05T03:00:00.000Z': {
        inbound: 0,
        answered: 0,
        abandoned: 0,
        callbacksRequested: 0,
        outbound: 1,
      },
      '2027-01-05T06:00:00.000Z': {
        inbound: 1,
        answered: 0,
        abandoned: 0,
        callbacksRequested: 0,
        outbound: 0,
      },
    })
    expect(await hourly({ kind: 'SKILL_GROUP', id: group }, other.token)).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    })
  })

  it('A11 A8: a group leader of the other organisation sees none of these calls, nor the skill group or agent', async () => {
    const leader = await addAgent(api, tenant.token, { role: 'GROUP_LEADER', organization: 'TELESALES' })
    await addGroup(api, tenant.token, { organization: 'TELESALES', leaderId: leader.id })
    const token = await signInInvited(api, leader.email)
    expect(busyHours(await hourly({ kind: 'TENANT' }, token))).toEqual({})
    for (const scope of [
      { kind: 'SKILL_GROUP', id: group },
      { kind: 'AGENT', id: a1 },
    ])
      expect(await hourly(scope, token)).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] })
  })
})
