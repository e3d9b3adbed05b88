import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../test/api.js'
import { signupTenant, type TestTenant } from '../../test/factories.js'
import { limits } from './limits.js'

describe('Foundation: request limits and error hygiene', () => {
  let api: TestApi
  let tenant: TestTenant
  beforeAll(async () => {
    api = await startTestApi()
    tenant = await signupTenant(api)
  })
  afterAll(() => api.stop())

  it(`rejects a query deeper than ${limits.maxDepth} levels before any resolver runs`, async () => {
    // Introspection nests deeply enough to exceed the bound without resolvers of ours.
    const deep = `{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }`
    const result = await api.graphql(deep, {}, { token: tenant.token })
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_DEEP' } })
    expect(result.errors?.[0]?.message).toMatch(/at most 10/)
  })

  it(`rejects more than ${limits.maxAliases} aliases`, async () => {
    const aliases = Array.from({ length: limits.maxAliases + 1 }, (_, i) => `a${i}: __typename`).join(' ')
    const result = await api.graphql(`{ ${aliases} }`, {}, { token: tenant.token })
    expect(result.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES')
  })

  it('rejects a query whose cost exceeds the bound, counting page sizes from variables', async () => {
    const sessions = (alias: string) =>
      `${alias}: mySessions(page: { offset: 0, limit: $limit }) { totalCount items { id kind address userAgent createdAt lastSeenAt expiresAt } }`
    // Each alias costs 1 + 100 × 7 at 100 a page: enough of them to pass the bound.
    const count = Math.ceil(limits.maxCost / 700) + 1
    const aliases = Array.from({ length: count }, (_, i) => sessions(`s${i}`)).join(' ')
    const query = `query Costly($limit: Int!) { ${aliases} }`
    const costly = await api.graphql(query, { limit: 100 }, { token: tenant.token })
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY')
    const cheap = await api.graphql(query, { limit: 5 }, { token: tenant.token })
    expect(cheap.errors).toBeUndefined()
  })

  it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { logout }' }),
    })
    expect(response.status).toBe(400)
    expect(await response.text()).toMatch(/CSRF/i)
  })

  it('gives errors a stable code and a message, never a stack trace', async () => {
    const result = await api.graphql('{ nope }', {}, { token: tenant.token })
    expect(result.errors?.[0]).toEqual({
      message: expect.stringContaining('Cannot query field "nope"'),
      locations: expect.any(Array),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    })
  })
})

describe('Foundation: the schema is private to signed-in users in production', () => {
  let api: TestApi
  let tenant: TestTenant
  beforeAll(async () => {
    api = await startTestApi({ env: { NODE_ENV: 'production' } })
    tenant = await signupTenant(api)
  })
  afterAll(() => api.stop())

  it('refuses introspection without a session and allows it with one', async () => {
    const anonymous = await api.graphql('{ __schema { queryType { name } } }')
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    const signedIn = await api.graphql('{ __schema { queryType { name } } }', {}, { token: tenant.token })
    expect(signedIn.data).toEqual({ __schema: { queryType: { name: 'Query' } } })
  })

  it('gives no field suggestions without a session', async () => {
    const anonymous = await api.graphql('{ mee { id } }')
    expect(anonymous.errors?.[0]?.message).toBe('Cannot query field "mee" on type "Query".')
    const signedIn = await api.graphql('{ mee { id } }', {}, { token: tenant.token })
    expect(signedIn.errors?.[0]?.message).toMatch(/Did you mean "me"/)
  })
})
