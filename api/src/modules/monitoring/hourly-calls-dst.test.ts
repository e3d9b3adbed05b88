// A8: the 24-hour chart across the end of daylight saving time in New York (2026-11-01, 02:00 EDT back
// to 01:00 EST): the wall clock shows 01:00–02:00 twice, and the chart keeps them as two hours, each
// holding the calls that happened in it, as a plain count of the same facts by the hour says.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Clock } from '../../common/clock.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addSkillGroup, signupTenant, type TestTenant } from '../../../test/factories.js'

/** 07:10 EST on the day the clocks went back. */
const NOW = new Date('2026-11-01T12:10:00.000Z')
const clock: Clock = { now: () => NOW }
const HOUR_MS = 3_600_000

let api: TestApi
let tenant: TestTenant

const sql = <T>(query: string, params: unknown[] = []) =>
  api.db.inTenant(tenant.tenantId, (em) => em.execute<T[]>(query, params))

/** Calls entering the queue (and some answered) at these instants, before and after the change. */
const ARRIVALS = [
  '2026-10-31T14:05:00.000Z', // 10:05 EDT, the first hour of the 24
  '2026-11-01T04:59:00.000Z', // 00:59 EDT
  '2026-11-01T05:30:00.000Z', // 01:30 EDT, the first 01:00
  '2026-11-01T05:45:00.000Z', // 01:45 EDT
  '2026-11-01T06:30:00.000Z', // 01:30 EST, the second 01:00
  '2026-11-01T12:05:00.000Z', // 07:05 EST, the current hour
]

beforeAll(async () => {
  api = await startTestApi({ clock })
  tenant = await signupTenant(api)
  await sql(`update tenant set time_zone = 'America/New_York' where id = ?`, [tenant.tenantId])
  const group = await addSkillGroup(api, tenant.token)
  for (const [index, instant] of ARRIVALS.entries()) {
    const callId = randomUUID()
    const insert = `insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, outcome, duration_ms)
                    values (?, ?, ?, ?, ?, ?, ?)`
    await sql(insert, [tenant.tenantId, callId, 'ENQUEUED', new Date(instant), group, null, null])
    if (index % 2 === 0)
      await sql(insert, [tenant.tenantId, callId, 'ANSWERED', new Date(instant), group, 'CALL', 5_000])
  }
})

afterAll(() => api?.stop())

describe('A8: the 24-hour chart across a change of the clocks', () => {
  it('A8: 24 hours an hour apart though the wall clock repeats 01:00; each hour holds what a raw count of the facts finds in it', async () => {
    const result = await api.graphql<{
      hourlyCalls: Array<{ hour: string; inbound: number; answered: number }>
    }>(`{ hourlyCalls(scope: { kind: TENANT }) { hour inbound answered } }`, {}, { token: tenant.token })
    const hours = result.data!.hourlyCalls
    expect(hours).toHaveLength(24)
    expect(hours[0]!.hour).toBe('2026-10-31T13:00:00.000Z')
    expect(hours[23]!.hour).toBe('2026-11-01T12:00:00.000Z')
    for (let index = 1; index < hours.length; index++)
      expect(Date.parse(hours[index]!.hour) - Date.parse(hours[index - 1]!.hour)).toBe(HOUR_MS)

    const raw = await sql<{ hour: string | Date; inbound: number; answered: number }>(
      `select date_trunc('hour', at, 'UTC') as hour,
              count(*) filter (where kind = 'ENQUEUED')::int as inbound,
              count(*) filter (where kind = 'ANSWERED')::int as answered
         from call_fact where at >= ? and at < ? group by 1`,
      [new Date(hours[0]!.hour), NOW],
    )
    const rawByHour = new Map(raw.map((row) => [new Date(row.hour).toISOString(), row]))
    for (const hour of hours) {
      const counted = rawByHour.get(hour.hour)
      expect({ hour: hour.hour, inbound: hour.inbound, answered: hour.answered }).toEqual({
        hour: hour.hour,
        inbound: counted?.inbound ?? 0,
        answered: counted?.answered ?? 0,
      })
    }
    // The two 01:00 hours of the night are apart, with their own calls.
    const byHour = Object.fromEntries(hours.map((hour) => [hour.hour, hour.inbound]))
    expect(byHour['2026-11-01T05:00:00.000Z']).toBe(2)
    expect(byHour['2026-11-01T06:00:00.000Z']).toBe(1)
    expect(hours.reduce((sum, hour) => sum + hour.inbound, 0)).toBe(ARRIVALS.length)
  })
})
