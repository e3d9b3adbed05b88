import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import {
  loginToken,
  signupTenant,
  TEST_PASSWORD,
  uniqueEmail,
  type TestTenant,
} from '../../../test/factories.js'
import { Role } from './roles.js'

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { bearerToken user { email } } }`
const CHANGE_PASSWORD = `mutation Change($input: ChangePasswordInput!) { changePassword(input: $input) { mustChangePassword } }`

describe('G1: sign-in, sessions and passwords', () => {
  let api: TestApi
  let tenant: TestTenant

  beforeAll(async () => {
    api = await startTestApi()
    tenant = await signupTenant(api)
  })
  afterAll(() => api.stop())

  /** An agent as an invitation leaves them: a given password they must change at first sign-in. */
  async function invitedAgent(): Promise<{ email: string }> {
    const email = uniqueEmail('agent')
    await api.db.inTenant(tenant.tenantId, async (em) => {
      await api.services.identity.createUser(em, tenant.tenantId, {
        email,
        name: 'Agent',
        password: TEST_PASSWORD,
        role: Role.AGENT,
        organization: null,
        mustChangePassword: true,
      })
    })
    return { email }
  }

  it('G1: a browser sign-in sets an httpOnly cookie and returns no token', async () => {
    const result = await api.graphql<{ login: { bearerToken: string | null; user: { email: string } } }>(
      LOGIN,
      {
        input: { email: tenant.email, password: TEST_PASSWORD },
      },
    )
    expect(result.data?.login).toEqual({ bearerToken: null, user: { email: tenant.email } })
    expect(result.setCookie).toMatch(/cc_session=.+HttpOnly/i)
  })

  it('G1: an API client gets a bearer token that works in the Authorization header', async () => {
    const token = await loginToken(api, tenant.email)
    const me = await api.graphql<{ me: { email: string } }>('{ me { email } }', {}, { token })
    expect(me.data?.me.email).toBe(tenant.email)
  })

  it('G1: a wrong password and an unknown email get the same answer', async () => {
    const wrongPassword = await api.graphql(LOGIN, {
      input: { email: tenant.email, password: 'Wrong-password-1' },
    })
    const unknownEmail = await api.graphql(LOGIN, {
      input: { email: uniqueEmail(), password: 'Wrong-password-1' },
    })
    expect(wrongPassword.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect.',
      extensions: { code: 'UNAUTHENTICATED' },
    })
    expect(unknownEmail.errors?.[0]?.message).toBe(wrongPassword.errors?.[0]?.message)
  })

  it('G1: logout ends the session at once', async () => {
    const token = await loginToken(api, tenant.email)
    const logout = await api.graphql('mutation { logout }', {}, { token })
    expect(logout.data).toEqual({ logout: true })
    const me = await api.graphql('{ me { email } }', {}, { token })
    expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('G1: a user who must change the password can do nothing else until they do', async () => {
    const agent = await invitedAgent()
    const token = await loginToken(api, agent.email)
    const me = await api.graphql<{ me: { mustChangePassword: boolean } }>(
      '{ me { mustChangePassword } }',
      {},
      { token },
    )
    expect(me.data?.me.mustChangePassword).toBe(true)
    const blocked = await api.graphql('{ myTenant { name } }', {}, { token })
    expect(blocked.errors?.[0]?.extensions?.code).toBe('PASSWORD_CHANGE_REQUIRED')

    const changed = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'New-secret-2026' } },
      { token },
    )
    expect(changed.data).toEqual({ changePassword: { mustChangePassword: false } })
    const allowed = await api.graphql<{ myTenant: { name: string } }>('{ myTenant { name } }', {}, { token })
    expect(allowed.data?.myTenant.name).toBe('Test Company')
  })

  it('G1: changing the password checks the current one and the policy, and signs out other sessions', async () => {
    const agent = await invitedAgent()
    const token = await loginToken(api, agent.email)
    const otherDevice = await loginToken(api, agent.email)

    const wrongCurrent = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'nope', newPassword: 'New-secret-2026' } },
      { token },
    )
    expect(wrongCurrent.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'currentPassword', message: 'is incorrect' },
    ])
    const weak = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'abc' } },
      { token },
    )
    const weakProblems = weak.errors?.[0]?.extensions?.problems as { field: string }[]
    expect(weakProblems.length).toBeGreaterThan(0)
    expect(weakProblems.every((problem) => problem.field === 'newPassword')).toBe(true)
    const same = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
      { token },
    )
    expect(same.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'newPassword', message: 'must differ from the current password' },
    ])

    await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'New-secret-2026' } },
      { token },
    )
    expect((await api.graphql('{ me { email } }', {}, { token })).data).toBeTruthy()
    expect(
      (await api.graphql('{ me { email } }', {}, { token: otherDevice })).errors?.[0]?.extensions?.code,
    ).toBe('UNAUTHENTICATED')
    expect(await loginToken(api, agent.email, 'New-secret-2026')).toBeTruthy()
  })

  it('G1: a user sees their own sessions, paginated, and can sign one out', async () => {
    const email = (await invitedAgent()).email
    const first = await loginToken(api, email)
    await loginToken(api, email)
    await loginToken(api, email)
    await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'New-secret-2026' } },
      { token: first },
    )
    const second = await loginToken(api, email, 'New-secret-2026')
    const page = await api.graphql<{
      mySessions: { totalCount: number; items: { id: string; kind: string }[] }
    }>(
      '{ mySessions(page: { offset: 0, limit: 1 }) { totalCount items { id kind } } }',
      {},
      { token: second },
    )
    expect(page.data?.mySessions.totalCount).toBe(2)
    expect(page.data?.mySessions.items).toHaveLength(1)
    const tooBig = await api.graphql(
      '{ mySessions(page: { offset: 0, limit: 1000 }) { totalCount } }',
      {},
      { token: second },
    )
    expect(tooBig.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'limit', message: 'must be at most 100' },
    ])
  })
})

describe('G1: sign-in throttling', () => {
  let api: TestApi
  let addressCounter = 0
  /** Each test signs in from its own address (through a trusted proxy), so address limits stay apart. */
  const fromNewAddress = () => ({ headers: { 'x-forwarded-for': `198.51.100.${++addressCounter}` } })

  beforeAll(async () => {
    api = await startTestApi({ env: { TRUST_PROXY: 'true' } })
  })
  afterAll(() => api.stop())

  it('G1: five failures in 15 minutes lock the account, even for the right password', async () => {
    const { email } = await signupTenant(api)
    const address = fromNewAddress()
    for (let attempt = 1; attempt <= 5; attempt++) {
      const result = await api.graphql(
        LOGIN,
        { input: { email, password: `Wrong-${attempt}-password` } },
        address,
      )
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    }
    // From another address too: the account itself is locked.
    const locked = await api.graphql(LOGIN, { input: { email, password: TEST_PASSWORD } }, fromNewAddress())
    expect(locked.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    })
  })

  it('G1: aliased sign-ins in one request cannot get past the limit', async () => {
    const { email } = await signupTenant(api)
    const address = fromNewAddress()
    const aliases = Array.from(
      { length: 7 },
      (_, i) => `a${i}: login(input: { email: "${email}", password: "Guess-${i}-password" }) { user { id } }`,
    )
    const guessAll = () => api.graphql(`mutation { ${aliases.join('\n')} }`, {}, address)
    const failuresRecorded = async () => {
      const [row] = await api.db.platform((em) =>
        em.execute('select count(*)::int as n from login_attempt where account_key = ? and not succeeded', [
          email,
        ]),
      )
      return row?.n as number
    }
    // Mutations run one after another and the first failure ends the request: one guess per request.
    expect((await guessAll()).errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED'])
    expect(await failuresRecorded()).toBe(1)
    for (let request = 2; request <= 5; request++) await guessAll()
    expect(await failuresRecorded()).toBe(5)
    expect((await guessAll()).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    expect(await failuresRecorded()).toBe(5)
  })

  it('G1: five failures from one address lock that address for every account', async () => {
    const address = fromNewAddress()
    for (let attempt = 1; attempt <= 5; attempt++) {
      await api.graphql(LOGIN, { input: { email: uniqueEmail(), password: 'Wrong-password-1' } }, address)
    }
    const { email } = await signupTenant(api)
    const blocked = await api.graphql(LOGIN, { input: { email, password: TEST_PASSWORD } }, address)
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    const elsewhere = await api.graphql(
      LOGIN,
      { input: { email, password: TEST_PASSWORD } },
      fromNewAddress(),
    )
    expect(elsewhere.errors).toBeUndefined()
  })

  it('G1: batched HTTP requests are refused outright', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    })
    expect(response.status).toBe(400)
  })
})
