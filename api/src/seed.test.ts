import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../test/api.js'
import { loginToken } from '../test/factories.js'
import { DEMO_EMAIL, DEMO_NUMBER, seedDemoTenant, type DemoTenant } from './seed.js'
import { demoCallHistory, DEMO_HISTORY_DAYS } from './seed-calls.js'

const PARTIES = {
  tenantId: '7d0f7a2e-3b7c-4c55-9a5e-2d4b8f0c1a11',
  timeZone: 'Asia/Shanghai',
  companyNumber: DEMO_NUMBER,
  skillGroupId: '0b6d3c1e-8f4a-4e2b-9c7d-5a1f2e3d4c5b',
  agents: [
    { id: '1a2b3c4d-0000-4000-8000-000000000001', phone: '1001' },
    { id: '1a2b3c4d-0000-4000-8000-000000000002', phone: '+8613800138002' },
  ],
}

describe('Demo call history', () => {
  // A Wednesday at 18:00 in Shanghai.
  const now = new Date('2026-03-11T10:00:00Z')
  const calls = demoCallHistory(PARTIES, now)

  it('A9: a week of ended calls, answered and abandoned, with agents and plausible durations', () => {
    const days = new Set(calls.map((call) => call.startedAt.toISOString().slice(0, 10)))
    expect(days.size).toBeGreaterThanOrEqual(DEMO_HISTORY_DAYS - 1)
    expect(calls.every((call) => call.endedAt && call.endedAt <= now)).toBe(true)
    const inbound = calls.filter((call) => call.direction === 'INBOUND')
    const answered = inbound.filter((call) => call.answeredAt)
    const abandoned = inbound.filter((call) => !call.answeredAt)
    expect(answered.length).toBeGreaterThan(abandoned.length)
    expect(abandoned.length).toBeGreaterThan(0)
    expect(calls.some((call) => call.direction === 'OUTBOUND')).toBe(true)
    expect(new Set(answered.map((call) => call.agentId))).toEqual(
      new Set(PARTIES.agents.map((agent) => agent.id)),
    )
    expect(abandoned.every((call) => call.agentId === null && call.hangupSide === 'CALLER')).toBe(true)
    for (const call of answered) {
      const talkSeconds = (call.endedAt!.getTime() - call.answeredAt!.getTime()) / 1000
      expect(talkSeconds).toBeGreaterThanOrEqual(30)
      expect(talkSeconds).toBeLessThanOrEqual(600)
    }
    // Today (Shanghai) has calls up to now, and none after.
    const today = calls.filter((call) => call.startedAt >= new Date('2026-03-10T16:00:00Z'))
    expect(today.length).toBeGreaterThan(5)
  })

  it('A9: the same day gives the same calls, so a later start adds only the calls since', () => {
    const later = demoCallHistory(PARTIES, new Date(now.getTime() + 2 * 3600_000))
    const laterIds = new Set(later.map((call) => call.id))
    expect(calls.every((call) => laterIds.has(call.id))).toBe(true)
    expect(new Set(calls.map((call) => call.id)).size).toBe(calls.length)
  })
})

describe('Demo tenant (npm start)', () => {
  let api: TestApi
  let demo: DemoTenant
  let token: string
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, as = token) => {
    const result = await api.graphql<T>(query, variables, { token: as })
    expect(result.errors).toBeUndefined()
    return result.data!
  }

  beforeAll(async () => {
    api = await startTestApi()
    const started = Date.now()
    demo = await seedDemoTenant(api, api.dataDir)
    // Fast enough to run at every start (argon2 hashing and text to speech dominate).
    expect(Date.now() - started).toBeLessThan(15_000)
    token = await loginToken(api, DEMO_EMAIL, demo.password)
  })
  afterAll(() => api.stop())

  it('A1, A3, A4, A7: every page of the admin console has something to show', async () => {
    const data = await gql<{
      myTenant: { name: string; timeZone: string }
      acdSettings: { homeRegion: string; outboundCallerId: string }
      skillGroups: { totalCount: number }
      agents: { items: { email: string; answeringMode: string; mobile: string | null }[] }
      phoneNumbers: { items: { number: string; scheduleId: string | null }[] }
      ivrFlows: { items: { name: string; liveVersion: { version: number } | null }[] }
      ivrSchedules: { totalCount: number }
      agentStates: { status: string }[]
      queueStates: { name: string }[]
      callRecords: { totalCount: number }
    }>(`{
      myTenant { name timeZone }
      acdSettings { homeRegion outboundCallerId }
      skillGroups { totalCount }
      agents(filter: { role: AGENT }) { items { email answeringMode mobile } }
      phoneNumbers { items { number scheduleId } }
      ivrFlows { items { name liveVersion { version } } }
      ivrSchedules { totalCount }
      agentStates { status }
      queueStates { name }
      callRecords { totalCount }
    }`)
    expect(data.myTenant).toEqual({ name: '演示公司', timeZone: 'Asia/Shanghai' })
    expect(data.acdSettings).toEqual({ homeRegion: 'CN', outboundCallerId: DEMO_NUMBER })
    expect(data.skillGroups.totalCount).toBe(1)
    expect(data.agents.items.map((agent) => agent.answeringMode).sort()).toEqual(['MOBILE', 'SIP'])
    expect(data.phoneNumbers.items).toEqual([{ number: DEMO_NUMBER, scheduleId: expect.any(String) }])
    expect(data.ivrFlows.items).toEqual([{ name: '热线主菜单', liveVersion: { version: 1 } }])
    expect(data.ivrSchedules.totalCount).toBe(1)
    expect(data.agentStates).toHaveLength(2)
    expect(data.queueStates).toEqual([{ name: '客服热线' }])
    expect(data.callRecords.totalCount).toBeGreaterThan(20)

    const week = await gql<{ callCounts: { inbound: number; answered: number; abandoned: number } }>(
      'query ($from: DateTimeISO!) { callCounts(from: $from) { inbound answered abandoned } }',
      { from: new Date(Date.now() - DEMO_HISTORY_DAYS * 24 * 3600_000).toISOString() },
    )
    expect(week.callCounts.answered).toBeGreaterThan(0)
    expect(week.callCounts.abandoned).toBeGreaterThan(0)
    expect(week.callCounts.answered + week.callCounts.abandoned).toBe(week.callCounts.inbound)
  })

  it('G2, G8: the demo agents sign in with the printed password and see their own calls', async () => {
    const agentToken = await loginToken(api, demo.agentEmails[0]!, demo.password)
    const mine = await gql<{ me: { mustChangePassword: boolean }; myCallRecords: { totalCount: number } }>(
      '{ me { mustChangePassword } myCallRecords { totalCount } }',
      {},
      agentToken,
    )
    expect(mine.me.mustChangePassword).toBe(false)
    expect(mine.myCallRecords.totalCount).toBeGreaterThan(0)
  })

  it('seeding again changes nothing, and a lost password file gets a new password that works', async () => {
    const count = () => gql<{ callRecords: { totalCount: number } }>('{ callRecords { totalCount } }')
    const before = await count()
    const again = await seedDemoTenant(api, api.dataDir)
    expect(again.password).toBe(demo.password)
    expect(await count()).toEqual(before)
    const counts = await gql<{ skillGroups: { totalCount: number }; ivrFlows: { totalCount: number } }>(
      '{ skillGroups { totalCount } ivrFlows { totalCount } }',
    )
    expect(counts).toEqual({ skillGroups: { totalCount: 1 }, ivrFlows: { totalCount: 1 } })

    // Once made, the demo company is its users' to change: what they remove stays removed; only the
    // call history grows, by the calls of the days since.
    const numbers = await gql<{ phoneNumbers: { items: { id: string }[] } }>(
      '{ phoneNumbers { items { id } } }',
    )
    await gql('mutation ($id: ID!) { removePhoneNumber(id: $id) }', { id: numbers.phoneNumbers.items[0]!.id })
    await seedDemoTenant(api, api.dataDir, new Date(Date.now() + 24 * 3600_000))
    expect(await gql('{ phoneNumbers { totalCount } }')).toEqual({ phoneNumbers: { totalCount: 0 } })
    expect((await count()).callRecords.totalCount).toBeGreaterThan(before.callRecords.totalCount)

    await rm(path.join(api.dataDir, 'demo-credentials.json'))
    const renewed = await seedDemoTenant(api, api.dataDir)
    expect(renewed.password).not.toBe(demo.password)
    expect(await loginToken(api, DEMO_EMAIL, renewed.password)).toBeTruthy()
    expect(await loginToken(api, demo.agentEmails[1]!, renewed.password)).toBeTruthy()
    expect(renewed.tenantId).toBe(demo.tenantId)
  })
})
