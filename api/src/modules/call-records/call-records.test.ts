import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  addAgent,
  addGroup,
  addSkillGroup,
  signInInvited,
  signupTenant,
  type TestTenant,
} from '../../../test/factories.js'
import { silentWav } from '../../../test/wav.js'
import { fact, plus, saveCall, score, sqlAs } from '../../../test/calls.js'

let api: TestApi

const SEARCH = `query ($filter: CallRecordSearchFilter, $after: String, $limit: Int) {
  callRecordSearch(filter: $filter, after: $after, limit: $limit) {
    nextCursor
    items { id customerNumber agentName skillGroupName outcome waitSeconds talkSeconds satisfactionScore hasRecording customerName }
  }
}`

interface Row {
  id: string
  customerNumber: string | null
  agentName: string | null
  skillGroupName: string | null
  outcome: string
  waitSeconds: number | null
  talkSeconds: number | null
  satisfactionScore: number | null
  hasRecording: boolean
  customerName: string | null
}

async function search(
  token: string,
  filter: Record<string, unknown> = {},
  after?: string | null,
  limit = 100,
) {
  const result = await api.graphql<{ callRecordSearch: { items: Row[]; nextCursor: string | null } }>(
    SEARCH,
    { filter, after, limit },
    { token },
  )
  if (!result.data) throw new Error(JSON.stringify(result.errors))
  return result.data.callRecordSearch
}

const ids = async (token: string, filter: Record<string, unknown> = {}) =>
  (await search(token, filter)).items.map((row) => row.id)

beforeAll(async () => {
  api = await startTestApi()
}, 60_000)
afterAll(() => api?.stop())

describe('A9 call records', () => {
  let tenant: TestTenant
  let agentId: string
  let otherAgentId: string
  let groupId: string
  const calls: Record<string, string> = {}
  const day = new Date('2027-01-05T02:00:00Z')

  beforeAll(async () => {
    tenant = await signupTenant(api, 'Records Co')
    agentId = (await addAgent(api, tenant.token, { name: 'Wang Fang' })).id
    otherAgentId = (await addAgent(api, tenant.token, { name: 'Li Lei' })).id
    groupId = await addSkillGroup(api, tenant.token, { name: 'Sales line' })
    calls.answered = await saveCall(api, tenant, {
      at: day,
      from: '13700001234',
      agentId,
      skillGroupId: groupId,
      answeredAfter: 10,
      endedAfter: 130,
      recordingFile: '/tmp/x.wav',
    })
    calls.abandoned = await saveCall(api, tenant, {
      at: plus(day, 600),
      from: '13900005678',
      skillGroupId: groupId,
    })
    await fact(api, tenant, calls.abandoned, 'ABANDONED', plus(day, 630), {
      skillGroupId: groupId,
      ms: 30_000,
    })
    calls.callback = await saveCall(api, tenant, {
      at: plus(day, 1200),
      from: '13900001234',
      skillGroupId: groupId,
    })
    await fact(api, tenant, calls.callback, 'CALLBACK_REQUESTED', plus(day, 1220), { skillGroupId: groupId })
    calls.missed = await saveCall(api, tenant, { at: plus(day, 1800), from: '+8613700001234' })
    calls.outbound = await saveCall(api, tenant, {
      at: plus(day, 2400),
      direction: 'OUTBOUND',
      from: '4008009000',
      to: '13811112222',
      agentId: otherAgentId,
      answeredAfter: 5,
      endedAfter: 35,
    })
    calls.notConnected = await saveCall(api, tenant, {
      at: plus(day, 3000),
      direction: 'OUTBOUND',
      to: '13811113333',
      agentId: otherAgentId,
    })
    calls.live = await saveCall(api, tenant, {
      at: plus(day, 3600),
      agentId,
      answeredAfter: 3,
      endedAfter: null,
    })
    await score(api, tenant, calls.answered, 5, plus(day, 140))
    await score(api, tenant, calls.outbound, 2, plus(day, 2440))
  })

  it('A9: lists the calls newest first, with outcome, wait and talk time in words the list needs', async () => {
    const { items } = await search(tenant.token, {
      from: day.toISOString(),
      to: plus(day, 7200).toISOString(),
    })
    expect(items.map((row) => row.id)).toEqual([
      calls.live,
      calls.notConnected,
      calls.outbound,
      calls.missed,
      calls.callback,
      calls.abandoned,
      calls.answered,
    ])
    expect(items.map((row) => row.outcome)).toEqual([
      'LIVE',
      'NOT_CONNECTED',
      'ANSWERED',
      'MISSED',
      'CALLBACK',
      'ABANDONED',
      'ANSWERED',
    ])
    expect(items.at(-1)).toMatchObject({
      customerNumber: '13700001234',
      agentName: 'Wang Fang',
      skillGroupName: 'Sales line',
      waitSeconds: 10,
      talkSeconds: 120,
      satisfactionScore: 5,
      hasRecording: true,
    })
    expect(items.find((row) => row.id === calls.outbound)!.customerNumber).toBe('13811112222')
  })

  it('A9: filters by number (whole or last digits), agent, skill group, direction, outcome, talk time, score and recording', async () => {
    const t = tenant.token
    expect(await ids(t, { number: '1234' })).toEqual([calls.missed, calls.callback, calls.answered])
    // Three digits are matched while reading the list, four or more through the reversed-number index.
    expect(await ids(t, { number: '234' })).toEqual([calls.missed, calls.callback, calls.answered])
    expect(await ids(t, { number: '13700001234', numberMatch: 'EXACT' })).toEqual([calls.answered])
    expect(await ids(t, { number: '1234', numberMatch: 'EXACT' })).toEqual([])
    expect(await ids(t, { agentId: otherAgentId })).toEqual([calls.notConnected, calls.outbound])
    expect(await ids(t, { skillGroupId: groupId })).toEqual([calls.callback, calls.abandoned, calls.answered])
    expect(await ids(t, { direction: 'OUTBOUND' })).toEqual([calls.notConnected, calls.outbound])
    expect(await ids(t, { outcome: 'ABANDONED' })).toEqual([calls.abandoned])
    expect(await ids(t, { outcome: 'CALLBACK' })).toEqual([calls.callback])
    expect(await ids(t, { outcome: 'MISSED' })).toEqual([calls.missed])
    expect(await ids(t, { outcome: 'ANSWERED' })).toEqual([calls.outbound, calls.answered])
    expect(await ids(t, { minTalkSeconds: 60 })).toEqual([calls.answered])
    expect(await ids(t, { minTalkSeconds: 1, maxTalkSeconds: 59 })).toEqual([calls.outbound])
    expect(await ids(t, { satisfactionScores: [1, 2] })).toEqual([calls.outbound])
    expect(await ids(t, { hasRecording: true })).toEqual([calls.answered])
    expect(await ids(t, { from: plus(day, 1200).toISOString(), to: plus(day, 2400).toISOString() })).toEqual([
      calls.missed,
      calls.callback,
    ])
    const count = await api.graphql<{ callRecordCount: { count: number; isCapped: boolean } }>(
      'query ($f: CallRecordSearchFilter) { callRecordCount(filter: $f) { count isCapped } }',
      { f: { skillGroupId: groupId } },
      { token: t },
    )
    expect(count.data!.callRecordCount).toEqual({ count: 3, isCapped: false })
  })

  it('A9: the outcome filter finds a call whose queue fact came before the switch reported its end, and live calls', async () => {
    const other = await signupTenant(api, 'Outcome order Co')
    const group = await addSkillGroup(api, other.token, { name: 'Order line' })
    const at = new Date('2027-01-06T02:00:00Z')
    const spec = { at, from: '13900009999', skillGroupId: group, endedAfter: null }
    const abandoned = await saveCall(api, other, spec)
    await fact(api, other, abandoned, 'ABANDONED', plus(at, 20), { skillGroupId: group, ms: 20_000 })
    expect(await ids(other.token, { outcome: 'LIVE' })).toEqual([abandoned])
    expect(await ids(other.token, { outcome: 'ABANDONED' })).toEqual([])

    await saveCall(api, other, { ...spec, id: abandoned, endedAfter: 21 })
    expect(await ids(other.token, { outcome: 'ABANDONED' })).toEqual([abandoned])
    expect(await ids(other.token, { outcome: 'LIVE' })).toEqual([])
    expect(await ids(other.token, { outcome: 'MISSED' })).toEqual([])
  })

  it('A9: a filter that makes no sense is refused, naming the field', async () => {
    const result = await api.graphql(
      SEARCH,
      { filter: { minTalkSeconds: 60, maxTalkSeconds: 10 } },
      { token: tenant.token },
    )
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'maxTalkSeconds', code: 'END_NOT_AFTER_START' }],
    })
    const badCursor = await api.graphql(SEARCH, { after: 'nonsense' }, { token: tenant.token })
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      problems: [{ field: 'after', code: 'INVALID_VALUE' }],
    })
  })

  it('A9: the call’s details show its queue visit, offers with ring times and outcomes, and who hung up', async () => {
    const at = new Date('2027-01-06T03:00:00Z')
    const callId = await saveCall(api, tenant, {
      at,
      agentId,
      skillGroupId: groupId,
      answeredAfter: 25,
      endedAfter: 90,
    })
    await fact(api, tenant, callId, 'ENQUEUED', plus(at, 5), { skillGroupId: groupId })
    await fact(api, tenant, callId, 'OFFERED', plus(at, 6), { skillGroupId: groupId, agentId: otherAgentId })
    await fact(api, tenant, callId, 'OFFER_ENDED', plus(at, 18), {
      skillGroupId: groupId,
      agentId: otherAgentId,
      outcome: 'NOT_ANSWERED',
      ms: 12_000,
    })
    await fact(api, tenant, callId, 'OFFERED', plus(at, 19), { skillGroupId: groupId, agentId })
    await fact(api, tenant, callId, 'ANSWERED', plus(at, 25), {
      skillGroupId: groupId,
      agentId,
      outcome: 'CALL',
      ms: 20_000,
    })
    const result = await api.graphql<{
      callRecordDetails: {
        row: { outcome: string }
        call: {
          hangupSide: string
          timeline: Array<{
            event: string
            agentName: string | null
            outcome: string | null
            seconds: number | null
          }>
        }
      }
    }>(
      `query ($id: ID!) { callRecordDetails(id: $id) { row { outcome } call { hangupSide timeline { event agentName skillGroupName outcome seconds } } } }`,
      { id: callId },
      { token: tenant.token },
    )
    const details = result.data!.callRecordDetails
    expect(details.row.outcome).toBe('ANSWERED')
    expect(details.call.hangupSide).toBe('CALLER')
    expect(details.call.timeline).toEqual([
      expect.objectContaining({ event: 'ENQUEUED', agentName: null }),
      expect.objectContaining({ event: 'OFFERED', agentName: 'Li Lei' }),
      expect.objectContaining({
        event: 'OFFER_ENDED',
        agentName: 'Li Lei',
        outcome: 'NOT_ANSWERED',
        seconds: 12,
      }),
      expect.objectContaining({ event: 'OFFERED', agentName: 'Wang Fang' }),
      expect.objectContaining({ event: 'ANSWERED', agentName: 'Wang Fang', seconds: 20 }),
    ])
  })

  it('A9: keyset pages lose no call and repeat none while new calls arrive between pages', async () => {
    const own = await signupTenant(api, 'Busy Co')
    const start = new Date('2027-02-01T00:00:00Z')
    const before = new Set<string>()
    // Pairs of calls with the same start: the ID breaks the tie.
    for (let i = 0; i < 45; i++)
      before.add(await saveCall(api, own, { at: plus(start, Math.floor(i / 2) * 60) }))
    const seen: string[] = []
    const newer = new Set<string>()
    let after: string | null = null
    let pages = 0
    do {
      const page: { items: Row[]; nextCursor: string | null } = await search(own.token, {}, after, 10)
      seen.push(...page.items.map((row) => row.id))
      after = page.nextCursor
      pages++
      // New calls arrive between pages: newer than all (as calls do), and one at the oldest start.
      newer.add(await saveCall(api, own, { at: plus(start, 7200 + pages) }))
      await saveCall(api, own, { at: start })
    } while (after)
    expect(new Set(seen).size).toBe(seen.length)
    expect([...before].filter((id) => !seen.includes(id))).toEqual([])
    expect(seen.filter((id) => newer.has(id))).toEqual([])
    expect(pages).toBeGreaterThanOrEqual(5)
  })
})

describe('A9 A11 who sees which calls', () => {
  let tenant: TestTenant
  let inboundCall: string
  let telesalesCall: string
  let queueCall: string
  let inboundLeader: string
  let telesalesLeader: string

  async function recordingFor(callTenant: TestTenant) {
    const file = path.join(api.dataDir, 'media', 'recordings', callTenant.tenantId, `${randomUUID()}.wav`)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, silentWav(0.25))
    return file
  }

  beforeAll(async () => {
    tenant = await signupTenant(api, 'Two Sides Co')
    const inboundAgent = await addAgent(api, tenant.token, { name: 'Inbound agent' })
    const telesalesAgent = await addAgent(api, tenant.token, {
      name: 'Sales agent',
      organization: 'TELESALES',
    })
    const leaderOne = await addAgent(api, tenant.token, { role: 'GROUP_LEADER' })
    const leaderTwo = await addAgent(api, tenant.token, { role: 'GROUP_LEADER', organization: 'TELESALES' })
    await addGroup(api, tenant.token, { leaderId: leaderOne.id, memberIds: [inboundAgent.id] })
    await addGroup(api, tenant.token, {
      organization: 'TELESALES',
      leaderId: leaderTwo.id,
      memberIds: [telesalesAgent.id],
    })
    const inboundGroup = await addSkillGroup(api, tenant.token)
    const at = new Date('2027-03-01T02:00:00Z')
    inboundCall = await saveCall(api, tenant, {
      at,
      agentId: inboundAgent.id,
      skillGroupId: inboundGroup,
      answeredAfter: 5,
      recordingFile: await recordingFor(tenant),
    })
    telesalesCall = await saveCall(api, tenant, {
      at: plus(at, 60),
      direction: 'OUTBOUND',
      agentId: telesalesAgent.id,
      answeredAfter: 5,
      recordingFile: await recordingFor(tenant),
    })
    queueCall = await saveCall(api, tenant, { at: plus(at, 120), skillGroupId: inboundGroup })
    inboundLeader = await signInInvited(api, leaderOne.email)
    telesalesLeader = await signInInvited(api, leaderTwo.email)
  })

  const fetchRecording = (callId: string, token: string) =>
    fetch(`${api.url}/media/recordings/${callId}`, { headers: { authorization: `Bearer ${token}` } })
  const details = (callId: string, token: string) =>
    api.graphql(
      'query ($id: ID!) { callRecordDetails(id: $id) { id recordingUrl } }',
      { id: callId },
      { token },
    )

  it('A9 A11: a group leader sees their agents’ calls and their organisation’s unanswered queue calls, never the other organisation’s', async () => {
    expect(await ids(inboundLeader)).toEqual([queueCall, inboundCall])
    expect(await ids(telesalesLeader)).toEqual([telesalesCall])
    expect(await ids(tenant.token)).toEqual([queueCall, telesalesCall, inboundCall])
    expect((await details(telesalesCall, inboundLeader)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await details(inboundCall, telesalesLeader)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await details(inboundCall, inboundLeader)).data).toMatchObject({
      callRecordDetails: { id: inboundCall, recordingUrl: `/media/recordings/${inboundCall}` },
    })
  })

  it('A9 A11: a recording plays, with seeking, for those who see the call and is a 404 for everyone else', async () => {
    expect((await fetchRecording(inboundCall, inboundLeader)).status).toBe(200)
    const part = await fetch(`${api.url}/media/recordings/${inboundCall}`, {
      headers: { authorization: `Bearer ${inboundLeader}`, range: 'bytes=44-143' },
    })
    expect(part.status).toBe(206)
    expect((await fetchRecording(telesalesCall, inboundLeader)).status).toBe(404)
    expect((await fetchRecording(telesalesCall, telesalesLeader)).status).toBe(200)
    expect((await fetchRecording(inboundCall, telesalesLeader)).status).toBe(404)
    const stranger = await signupTenant(api, 'Stranger Co')
    expect((await fetchRecording(inboundCall, stranger.token)).status).toBe(404)
    expect((await details(inboundCall, stranger.token)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect(await ids(stranger.token)).toEqual([])
  })

  it('A9 A11: filtering by another organisation’s agent is not found rather than empty', async () => {
    const [row] = await sqlAs(api, tenant, 'select agent_id from call_record where id = ?', [telesalesCall])
    const result = await api.graphql(
      SEARCH,
      { filter: { agentId: (row as { agent_id: string }).agent_id } },
      { token: inboundLeader },
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('A9: an agent has no call records page (their own calls are My call records)', async () => {
    const agent = await addAgent(api, tenant.token)
    const token = await signInInvited(api, agent.email)
    expect((await api.graphql(SEARCH, {}, { token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})

describe('A9 call records export', () => {
  it('A9: the CSV holds the filtered list with numbers as numbers and times in the company’s time zone', async () => {
    const tenant = await signupTenant(api, 'Export Co')
    const agentId = (await addAgent(api, tenant.token, { name: 'Zhao' })).id
    // 2027-01-05 23:30 in Shanghai.
    const at = new Date('2027-01-05T15:30:00Z')
    await saveCall(api, tenant, { at, from: '13700009999', agentId, answeredAfter: 4, endedAfter: 64 })
    await saveCall(api, tenant, { at: plus(at, 60), direction: 'OUTBOUND', to: '13800008888', agentId })
    const response = await fetch(`${api.url}/export/call-records?format=csv&lang=en&direction=INBOUND`, {
      headers: { authorization: `Bearer ${tenant.token}` },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-total-rows')).toBe('1')
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^Started,Direction,Customer number,/)
    expect(lines[1]).toMatch(
      /^2027-01-05 23:30:00,Inbound,13700009999,,4008009000,Zhao,,Answered,4,60,Caller,,,No,/,
    )
  })
})
