import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'
import type { CallSnapshot } from '../../telephony/calls/call.js'
import { PgCallStore } from './call-record.store.js'

const COUNTS = `query ($from: DateTimeISO!, $to: DateTimeISO) {
  callCounts(from: $from, to: $to) { inbound answered abandoned unansweredLive outbound outboundAnswered }
}`

const HOUR = 3600_000

describe('X2: call counts for the dashboard', () => {
  let api: TestApi
  let tenant: TestTenant
  const now = Date.now()

  function call(tenantId: string, fields: Partial<CallSnapshot>): CallSnapshot {
    const startedAt = new Date(now - HOUR)
    return {
      id: randomUUID(),
      tenantId,
      node: 'counts-test',
      direction: 'INBOUND',
      dialledNumber: '4001',
      callerNumber: '13800000000',
      calleeNumber: '4001',
      agentId: null,
      skillGroupId: null,
      startedAt,
      ringingAt: null,
      answeredAt: null,
      bridgedAt: null,
      endedAt: new Date(startedAt.getTime() + 60_000),
      hangupCause: 'NORMAL_CLEARING',
      hangupSide: 'CALLER',
      recordingFile: null,
      legs: [],
      timeline: [],
      ...fields,
    }
  }

  beforeAll(async () => {
    api = await startTestApi()
    tenant = await signupTenant(api)
    const other = await signupTenant(api, 'Other Co')
    const answeredAt = new Date(now - HOUR + 20_000)
    await new PgCallStore(api.db).save([
      call(tenant.tenantId, { answeredAt, agentId: tenant.userId }),
      call(tenant.tenantId, { answeredAt }),
      call(tenant.tenantId, {}),
      call(tenant.tenantId, { endedAt: null }),
      call(tenant.tenantId, { direction: 'OUTBOUND', answeredAt }),
      call(tenant.tenantId, { direction: 'OUTBOUND' }),
      // Yesterday's call, and another company's, are not today's.
      call(tenant.tenantId, { startedAt: new Date(now - 30 * HOUR), endedAt: new Date(now - 29 * HOUR) }),
      call(other.tenantId, { answeredAt }),
    ])
  })
  afterAll(() => api.stop())

  it('X2: inbound calls by outcome, and outbound calls, started in the period', async () => {
    const result = await api.graphql<{ callCounts: Record<string, number> }>(
      COUNTS,
      { from: new Date(now - 2 * HOUR).toISOString() },
      { token: tenant.token },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data!.callCounts).toEqual({
      inbound: 4,
      answered: 2,
      abandoned: 1,
      unansweredLive: 1,
      outbound: 2,
      outboundAnswered: 1,
    })
    const dayBefore = await api.graphql<{ callCounts: Record<string, number> }>(
      COUNTS,
      { from: new Date(now - 48 * HOUR).toISOString(), to: new Date(now - 24 * HOUR).toISOString() },
      { token: tenant.token },
    )
    expect(dayBefore.data!.callCounts).toMatchObject({ inbound: 1, answered: 0, abandoned: 1 })
  })

  it('X2: a period must run forwards and last at most a year', async () => {
    const backwards = await api.graphql(
      COUNTS,
      { from: new Date(now).toISOString(), to: new Date(now - HOUR).toISOString() },
      { token: tenant.token },
    )
    expect(backwards.errors?.[0]?.extensions?.problems).toMatchObject([
      { field: 'to', message: 'must be later than from' },
    ])
    const tooLong = await api.graphql(
      COUNTS,
      { from: new Date(now - 400 * 24 * HOUR).toISOString() },
      { token: tenant.token },
    )
    expect(tooLong.errors?.[0]?.extensions?.problems).toMatchObject([
      { field: 'from', code: 'RANGE_TOO_LONG', params: { days: 366 } },
    ])
  })

  it('X2: only administrators see the company’s call counts', async () => {
    for (const role of ['GROUP_LEADER', 'AGENT']) {
      const member = await addAgent(api, tenant.token, { role })
      const token = await signInInvited(api, member.email)
      const refused = await api.graphql(COUNTS, { from: new Date(now - HOUR).toISOString() }, { token })
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
  })

  it('A11 X2: an organisation’s administrator counts and lists only its own calls', async () => {
    const seller = await addAgent(api, tenant.token, { organization: 'TELESALES' })
    const sale = call(tenant.tenantId, {
      direction: 'OUTBOUND',
      agentId: seller.id,
      answeredAt: new Date(now - HOUR + 5_000),
    })
    await new PgCallStore(api.db).save([sale])
    const adminOf = async (organization: string) => {
      const admin = await addAgent(api, tenant.token, { role: 'ADMIN', organization })
      return signInInvited(api, admin.email)
    }
    const [telesales, inbound] = [await adminOf('TELESALES'), await adminOf('INBOUND')]
    const from = new Date(now - 2 * HOUR).toISOString()
    const countsOf = async (token: string) =>
      (await api.graphql<{ callCounts: Record<string, number> }>(COUNTS, { from }, { token })).data!
        .callCounts

    expect(await countsOf(telesales)).toEqual({
      inbound: 0,
      answered: 0,
      abandoned: 0,
      unansweredLive: 0,
      outbound: 1,
      outboundAnswered: 1,
    })
    // The inbound organisation: the calls that reached no agent (the IVR's); not the company
    // administrator's own call, nor telesales'.
    expect(await countsOf(inbound)).toEqual({
      inbound: 3,
      answered: 1,
      abandoned: 1,
      unansweredLive: 1,
      outbound: 0,
      outboundAnswered: 0,
    })
    const list = await api.graphql<{ callRecords: { items: Array<{ id: string }> } }>(
      '{ callRecords { items { id } } }',
      {},
      { token: telesales },
    )
    expect(list.data!.callRecords.items.map((record) => record.id)).toEqual([sale.id])
    const theirs = await api.graphql(
      'query ($id: ID!) { callRecord(id: $id) { id } }',
      { id: sale.id },
      {
        token: inbound,
      },
    )
    expect(theirs.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})
