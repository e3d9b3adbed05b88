// What an authenticated request costs PostgreSQL (issue 13.3), and that the cheaper path still lets
// sessions slide, expire and end as before.
import { createHash } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { signupTenant, type TestTenant } from '../../../test/factories.js'
import type { Clock } from '../../common/clock.js'

const ME = '{ me { id email name role organization status mustChangePassword answeringMode createdAt } }'
type Me = { me: { id: string; email: string; role: string; status: string; createdAt: string } | null }

const HOUR = 3_600_000

describe('G1: the request path (issue 13.3)', () => {
  let api: TestApi
  let tenant: TestTenant
  /** Time stands still unless a test moves it, so the viewer cache and session expiry are exact. */
  let now = Date.now()
  const clock: Clock = { now: () => new Date(now) }

  beforeAll(async () => {
    api = await startTestApi({ clock, env: { SESSION_TTL_HOURS: '1' } })
    tenant = await signupTenant(api)
  })
  afterAll(() => api.stop())

  /**
   * The request's answer, and the queries it sent: those naming its session's token hash, and all on
   * connections that ran a statement of the tenant.
   */
  async function roundTripsOf(token: string): Promise<{ result: Me; roundTrips: string[] }> {
    const query = vi.spyOn(pg.Client.prototype, 'query')
    try {
      const result = await api.graphql<Me>(ME, {}, { token })
      expect(result.errors).toBeUndefined()
      // Only connections that worked for this tenant: the API's background work runs meanwhile.
      const textOf = (call: unknown[]) => {
        const [config, values] = call as [string | { text: string; values?: unknown[] }, unknown[]?]
        return typeof config === 'string'
          ? `${config} ${JSON.stringify(values ?? [])}`
          : `${config.text} ${JSON.stringify(config.values ?? [])}`
      }
      const clients = new Set(
        query.mock.calls
          .map((call, index) => ({ call, client: query.mock.contexts[index] }))
          .filter(({ call }) => textOf(call).includes(tenant.tenantId))
          .map(({ client }) => client),
      )
      const tokenHash = createHash('sha256').update(token).digest('base64url')
      const roundTrips = query.mock.calls
        .filter((call, index) => clients.has(query.mock.contexts[index]) || textOf(call).includes(tokenHash))
        .map(textOf)
      return { result: result.data as Me, roundTrips }
    } finally {
      query.mockRestore()
    }
  }

  it('G1: a signed-in user reads their own row in one round trip, tenant set in the same transaction', async () => {
    await api.graphql(ME, {}, { token: tenant.token }) // the session is looked up once, then remembered
    const { result, roundTrips } = await roundTripsOf(tenant.token)
    expect(result.me).toMatchObject({ id: tenant.userId, email: tenant.email, role: 'SUPER_ADMIN' })
    expect(result.me?.status).toBe('ACTIVE')
    expect(new Date(result.me!.createdAt).getTime()).not.toBeNaN()
    expect(roundTrips).toHaveLength(1)
    expect(roundTrips[0]).toMatch(/^select set_config\('app\.tenant_id', '[0-9a-f-]{36}', true\); select /)
    expect(roundTrips[0]).toContain(`tenant_id = '${tenant.tenantId}'`)
  })

  it('G1: a session unseen for a while is looked up, slides its expiry and reads the row: three round trips', async () => {
    const start = now
    await api.graphql(ME, {}, { token: tenant.token })
    now = start + 30 * 60_000 // past the viewer cache and the last-seen resolution
    const { roundTrips } = await roundTripsOf(tenant.token)
    expect(roundTrips).toHaveLength(3)
    expect(roundTrips[0]).toContain('auth_find_session')
    expect(roundTrips[1]).toMatch(/set_config\('app\.tenant_id', '[0-9a-f-]{36}', true\); update session /)
    expect(roundTrips[2]).toContain('from app_user')
    // The session was last seen 30 minutes in: with a 1 h lifetime it now lasts beyond the first hour.
    now = start + 80 * 60_000
    expect((await api.graphql<Me>(ME, {}, { token: tenant.token })).data?.me?.id).toBe(tenant.userId)
  })

  it('G1: a session unused for its whole lifetime is refused', async () => {
    const other = await signupTenant(api, 'Idle Company')
    expect((await api.graphql<Me>(ME, {}, { token: other.token })).data?.me?.id).toBe(other.userId)
    now += HOUR + 60_000
    const result = await api.graphql<Me>(ME, {}, { token: other.token })
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('G1: a revoked session is refused at once, though it was just remembered', async () => {
    const other = await signupTenant(api, 'Leaving Company')
    expect((await api.graphql<Me>(ME, {}, { token: other.token })).data?.me?.id).toBe(other.userId)
    await api.graphql('mutation { logout }', {}, { token: other.token })
    const result = await api.graphql<Me>(ME, {}, { token: other.token })
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('G1: row-level security binds the one-round-trip statement, and the tenant is gone from the connection after', async () => {
    const other = await signupTenant(api, 'Neighbour Company')
    // No tenant_id condition here: only the policy, bound by the set_config sent with it, filters.
    const rows = await api.db.statementInTenant<{ tenant_id: string }>(
      tenant.tenantId,
      'select tenant_id from app_user',
    )
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((row) => row.tenant_id))).toEqual(new Set([tenant.tenantId]))
    const [setting] = await api.db.statementInTenant<{ tenant: string }>(
      other.tenantId,
      "select current_setting('app.tenant_id') as tenant",
    )
    expect(setting?.tenant).toBe(other.tenantId)
    // Every idle connection of the pool, the one just used among them, has no tenant any more.
    const pool = api.db.orm.em.getConnection().getKnex().client.pool as {
      free: Array<{ resource: pg.Client }>
    }
    expect(pool.free.length).toBeGreaterThan(0)
    for (const { resource } of pool.free) {
      const { rows: left } = await resource.query<{ tenant: string | null }>(
        "select current_setting('app.tenant_id', true) as tenant",
      )
      expect(left[0]?.tenant ?? '').toBe('')
    }
  })
})
