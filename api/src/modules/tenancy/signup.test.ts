import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { TEST_PASSWORD, uniqueEmail } from '../../../test/factories.js'

const SIGNUP = `mutation Signup($input: SignupInput!) {
  signup(input: $input) { tenant { id name timeZone } user { email name role organization mustChangePassword } }
}`

describe('A1: free registration', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi()
  })
  afterAll(() => api.stop())

  it('A1: creates the company and its super admin in one step and signs the super admin in', async () => {
    const email = uniqueEmail()
    const result = await api.graphql<{
      signup: { tenant: { name: string; timeZone: string }; user: { email: string; role: string } }
    }>(SIGNUP, {
      input: { companyName: '星辰科技', name: '王经理', email: email.toUpperCase(), password: TEST_PASSWORD },
    })
    expect(result.errors).toBeUndefined()
    expect(result.data?.signup.tenant).toMatchObject({ name: '星辰科技', timeZone: 'Asia/Shanghai' })
    expect(result.data?.signup.user).toMatchObject({
      email,
      role: 'SUPER_ADMIN',
      organization: null,
      mustChangePassword: false,
    })
    // The browser gets an httpOnly, SameSite session cookie, never a token in the body.
    expect(result.setCookie).toMatch(/cc_session=[^;]+;/)
    expect(result.setCookie).toMatch(/HttpOnly/i)
    expect(result.setCookie).toMatch(/SameSite=Lax/i)
    const cookie = result.setCookie!.split(';')[0]!
    const me = await api.graphql<{ me: { email: string }; myTenant: { name: string } }>(
      '{ me { email } myTenant { name } }',
      {},
      { cookie },
    )
    expect(me.data).toEqual({ me: { email }, myTenant: { name: '星辰科技' } })
  })

  it('A1: keeps the chosen time zone', async () => {
    const result = await api.graphql<{ signup: { tenant: { timeZone: string } } }>(SIGNUP, {
      input: {
        companyName: 'Europe Co',
        timeZone: 'Europe/Berlin',
        name: 'Anna',
        email: uniqueEmail(),
        password: TEST_PASSWORD,
      },
    })
    expect(result.data?.signup.tenant.timeZone).toBe('Europe/Berlin')
  })

  it('A1: an email registered by any tenant, in any letter case, is refused and nothing is created', async () => {
    const email = uniqueEmail()
    await api.graphql(SIGNUP, { input: { companyName: 'First', name: 'A', email, password: TEST_PASSWORD } })
    const again = await api.graphql(SIGNUP, {
      input: { companyName: 'Second', name: 'B', email: email.toUpperCase(), password: TEST_PASSWORD },
    })
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'EMAIL_TAKEN',
      field: 'email',
    })
    const tenants = await api.db.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from auth_find_user_by_email(?)`, [email])
    expect(tenants[0]).toEqual({ n: 1 })
  })

  it('A1: reports every bad field at once, by name and reason', async () => {
    const result = await api.graphql(SIGNUP, {
      input: {
        companyName: ' ',
        timeZone: 'Mars/Olympus',
        name: 'X',
        email: 'not-an-email',
        password: 'short1',
      },
    })
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const problems = result.errors?.[0]?.extensions?.problems as { field: string; message: string }[]
    expect(problems.map((problem) => problem.field).sort()).toEqual([
      'companyName',
      'email',
      'password',
      'timeZone',
    ])
    expect(problems.find((problem) => problem.field === 'password')?.message).toMatch(
      /at least 10 characters/,
    )
  })

  it('A1: the password policy refuses passwords without digits and common passwords', async () => {
    for (const password of ['onlyletterslong', 'password123']) {
      const result = await api.graphql(SIGNUP, {
        input: { companyName: 'Co', name: 'N', email: uniqueEmail(), password },
      })
      const problems = result.errors?.[0]?.extensions?.problems as { field: string }[]
      expect(problems).toEqual([expect.objectContaining({ field: 'password' })])
    }
  })
})
