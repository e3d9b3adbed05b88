import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, signInInvited, signupTenant, type TestTenant } from '../../../test/factories.js'

const UPDATE = `mutation ($input: UpdateTenantInput!) { updateMyTenant(input: $input) { id name timeZone } }`

describe('A1: company information', () => {
  let api: TestApi
  let tenant: TestTenant

  beforeAll(async () => {
    api = await startTestApi()
    tenant = await signupTenant(api, '星辰科技')
  })
  afterAll(() => api.stop())

  it('A1: an administrator renames the company and moves its time zone; the change is audited', async () => {
    const result = await api.graphql<{ updateMyTenant: { name: string; timeZone: string } }>(
      UPDATE,
      { input: { name: '  星辰云科技  ', timeZone: 'Europe/Berlin' } },
      { token: tenant.token },
    )
    expect(result.errors).toBeUndefined()
    expect(result.data!.updateMyTenant).toEqual({
      id: tenant.tenantId,
      name: '星辰云科技',
      timeZone: 'Europe/Berlin',
    })
    // Only the time zone: the name stays.
    const partial = await api.graphql<{ updateMyTenant: { name: string; timeZone: string } }>(
      UPDATE,
      { input: { timeZone: 'Asia/Shanghai' } },
      { token: tenant.token },
    )
    expect(partial.data!.updateMyTenant).toMatchObject({ name: '星辰云科技', timeZone: 'Asia/Shanghai' })
    const log = await api.graphql<{ auditLog: { items: Record<string, unknown>[] } }>(
      '{ auditLog(filter: { entityType: "TENANT" }) { items { action entityId before after } } }',
      {},
      { token: tenant.token },
    )
    expect(log.data!.auditLog.items).toEqual([
      {
        action: 'TENANT_UPDATED',
        entityId: tenant.tenantId,
        before: { name: '星辰云科技', timeZone: 'Europe/Berlin' },
        after: { name: '星辰云科技', timeZone: 'Asia/Shanghai' },
      },
      {
        action: 'TENANT_UPDATED',
        entityId: tenant.tenantId,
        before: { name: '星辰科技', timeZone: 'Asia/Shanghai' },
        after: { name: '星辰云科技', timeZone: 'Europe/Berlin' },
      },
    ])
  })

  it('A1: every bad field is named with its reason, and nothing changes', async () => {
    const result = await api.graphql(
      UPDATE,
      { input: { name: ' ', timeZone: 'Mars/Olympus' } },
      { token: tenant.token },
    )
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [
        { field: 'name', code: 'REQUIRED', message: 'is required' },
        {
          field: 'timeZone',
          code: 'UNKNOWN_TIME_ZONE',
          message: 'is not a known IANA time zone, e.g. Asia/Shanghai',
        },
      ],
    })
    const long = await api.graphql(UPDATE, { input: { name: 'x'.repeat(101) } }, { token: tenant.token })
    expect(long.errors?.[0]?.extensions?.problems).toMatchObject([
      {
        field: 'name',
        code: 'TOO_LONG',
        params: { maximum: 100 },
        message: 'must be at most 100 characters',
      },
    ])
    const now = await api.graphql<{ myTenant: { name: string } }>(
      '{ myTenant { name } }',
      {},
      {
        token: tenant.token,
      },
    )
    expect(now.data!.myTenant.name).toBe('星辰云科技')
  })

  it('A1: group leaders and agents read the company information but cannot change it', async () => {
    for (const role of ['GROUP_LEADER', 'AGENT']) {
      const member = await addAgent(api, tenant.token, { role })
      const token = await signInInvited(api, member.email)
      const read = await api.graphql<{ myTenant: { name: string } }>('{ myTenant { name } }', {}, { token })
      expect(read.data!.myTenant.name).toBe('星辰云科技')
      const refused = await api.graphql(UPDATE, { input: { name: 'Mine now' } }, { token })
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
  })

  it('A1: one company’s change never reaches another company', async () => {
    const other = await signupTenant(api, 'Other Co')
    await api.graphql(UPDATE, { input: { name: 'Renamed Co' } }, { token: other.token })
    const mine = await api.graphql<{ myTenant: { name: string } }>(
      '{ myTenant { name } }',
      {},
      {
        token: tenant.token,
      },
    )
    expect(mine.data!.myTenant.name).toBe('星辰云科技')
  })
})
