import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import type { Clock } from '../../common/clock.js'
import {
  addAgent,
  addGroup,
  latestMailTo,
  loginToken,
  signInInvited,
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

  it('G1: each request with the session cookie renews it, so a page left open (a wallboard) stays signed in', async () => {
    const login = await api.graphql(LOGIN, { input: { email: tenant.email, password: TEST_PASSWORD } })
    const cookie = login.setCookie!.split(';')[0]!
    const me = await api.graphql<{ me: { email: string } }>('{ me { email } }', {}, { cookie })
    expect(me.data?.me.email).toBe(tenant.email)
    expect(me.setCookie).toContain(cookie)
    expect(me.setCookie).toMatch(/Max-Age=\d{4,}/i)
    // A logout in the same request still clears it; a bearer token gets no cookie.
    const logout = await api.graphql('mutation { logout }', {}, { cookie })
    expect(logout.setCookie).not.toContain(cookie)
    const bearer = await api.graphql('{ me { email } }', {}, { token: await loginToken(api, tenant.email) })
    expect(bearer.setCookie).toBeNull()
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
      { field: 'currentPassword', code: 'INCORRECT_PASSWORD', message: 'is incorrect' },
    ])
    const weak = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: 'abc' } },
      { token },
    )
    const weakProblems = weak.errors?.[0]?.extensions?.problems as { field: string }[]
    expect(weakProblems.length).toBeGreaterThan(0)
    expect(weakProblems).toContainEqual(
      expect.objectContaining({ field: 'newPassword', code: 'TOO_SHORT', params: { minimum: 10 } }),
    )
    expect(weakProblems.every((problem) => problem.field === 'newPassword')).toBe(true)
    const same = await api.graphql(
      CHANGE_PASSWORD,
      { input: { currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD } },
      { token },
    )
    expect(same.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'newPassword', code: 'SAME_PASSWORD', message: 'must differ from the current password' },
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
      { field: 'limit', code: 'TOO_LARGE', params: { maximum: 100 }, message: 'must be at most 100' },
    ])
  })
})

describe('G1: my sessions (My account)', () => {
  let api: TestApi
  let tenant: TestTenant

  beforeAll(async () => {
    api = await startTestApi()
    tenant = await signupTenant(api)
  })
  afterAll(() => api.stop())

  const SESSIONS = '{ mySessions { totalCount items { id isCurrent kind userAgent address lastSeenAt } } }'
  type Sessions = {
    mySessions: { totalCount: number; items: { id: string; isCurrent: boolean; userAgent: string | null }[] }
  }

  it('G1: a user sees which of their sessions is this one, and signs out all the others at once', async () => {
    const agent = await addAgent(api, tenant.token)
    await signInInvited(api, agent.email)
    const laptop = await loginToken(api, agent.email)
    const phone = await loginToken(api, agent.email)
    const here = await loginToken(api, agent.email)
    const colleague = await loginToken(api, tenant.email)

    const before = await api.graphql<Sessions>(SESSIONS, {}, { token: here })
    expect(before.data!.mySessions.items.filter((session) => session.isCurrent)).toHaveLength(1)
    const others = before.data!.mySessions.totalCount - 1
    expect(others).toBeGreaterThanOrEqual(2)

    const revoked = await api.graphql<{ revokeOtherSessions: number }>(
      'mutation { revokeOtherSessions }',
      {},
      { token: here },
    )
    expect(revoked.data).toEqual({ revokeOtherSessions: others })
    for (const token of [laptop, phone])
      expect((await api.graphql('{ me { id } }', {}, { token })).errors?.[0]?.extensions?.code).toBe(
        'UNAUTHENTICATED',
      )
    const after = await api.graphql<Sessions>(SESSIONS, {}, { token: here })
    expect(after.data!.mySessions.items).toMatchObject([{ isCurrent: true }])
    // Another user's sessions are theirs alone.
    expect((await api.graphql('{ me { id } }', {}, { token: colleague })).errors).toBeUndefined()
    const again = await api.graphql('mutation { revokeOtherSessions }', {}, { token: here })
    expect(again.data).toEqual({ revokeOtherSessions: 0 })
  })

  it('G1: a session of another user of the company is not found, and stays signed in', async () => {
    const agent = await addAgent(api, tenant.token)
    const agentToken = await signInInvited(api, agent.email)
    const colleague = await loginToken(api, tenant.email)
    const theirs = await api.graphql<Sessions>(SESSIONS, {}, { token: colleague })
    const id = theirs.data!.mySessions.items.find((session) => session.isCurrent)!.id
    const refused = await api.graphql(
      'mutation ($id: ID!) { revokeSession(id: $id) }',
      { id },
      { token: agentToken },
    )
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await api.graphql('{ me { id } }', {}, { token: colleague })).errors).toBeUndefined()
  })

  it('G1: signing out one session ends it; signed-out callers are refused', async () => {
    const mine = await loginToken(api, tenant.email)
    const other = await loginToken(api, tenant.email)
    const list = await api.graphql<Sessions>(SESSIONS, {}, { token: other })
    const otherId = list.data!.mySessions.items.find((session) => session.isCurrent)!.id
    const result = await api.graphql(
      'mutation ($id: ID!) { revokeSession(id: $id) }',
      { id: otherId },
      { token: mine },
    )
    expect(result.data).toEqual({ revokeSession: true })
    expect((await api.graphql('{ me { id } }', {}, { token: other })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    )
    const anonymous = await api.graphql('mutation { revokeOtherSessions }')
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })
})

describe('G1: sign-in lockout per account, and per address only across many accounts', () => {
  let api: TestApi
  /** Time stands still unless a test moves it, so lock lengths are exact. */
  let now = Date.now()
  const clock: Clock = { now: () => new Date(now) }
  const advanceMinutes = (minutes: number) => (now += minutes * 60_000)
  let addressCounter = 0
  /** Each test signs in from its own address (through a trusted proxy), so address limits stay apart. */
  const newAddress = () => ({ headers: { 'x-forwarded-for': `198.51.100.${++addressCounter}` } })
  type From = ReturnType<typeof newAddress>

  const signIn = (email: string, password: string, from: From) =>
    api.graphql<{ login: { user: { email: string } } }>(LOGIN, { input: { email, password } }, from)
  const failSignIn = async (email: string, from: From, times = 1) => {
    for (let attempt = 1; attempt <= times; attempt++) {
      const result = await signIn(email, `Wrong-${attempt}-password`, from)
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    }
  }
  const lockOf = async (email: string, from: From) => (await signIn(email, TEST_PASSWORD, from)).errors?.[0]

  beforeAll(async () => {
    api = await startTestApi({ clock, env: { TRUST_PROXY: 'true' } })
  })
  afterAll(() => api.stop())

  it('G1: five wrong passwords in a row lock the account from every address, even for the right password', async () => {
    const { email } = await signupTenant(api)
    await failSignIn(email, newAddress(), 5)
    const locked = await lockOf(email, newAddress())
    expect(locked).toMatchObject({
      message:
        'Too many failed sign-in attempts for this account. Try again in 1 minute or ask your administrator to unlock your account.',
      extensions: {
        code: 'RATE_LIMITED',
        reason: 'ACCOUNT_LOCKED',
        params: { minutes: 1 },
        retryAfterSeconds: 60,
      },
    })
  })

  it('G1: each failure after a lock doubles the next one (1, 2, 4… minutes, at most an hour)', async () => {
    const { email } = await signupTenant(api)
    const from = newAddress()
    await failSignIn(email, from, 5)
    const lockSeconds: number[] = []
    for (let lock = 1; lock <= 8; lock++) {
      const retryAfterSeconds = (await lockOf(email, from))?.extensions?.retryAfterSeconds as number
      lockSeconds.push(retryAfterSeconds)
      advanceMinutes(retryAfterSeconds / 60)
      if (lock < 8) await failSignIn(email, from)
    }
    expect(lockSeconds).toEqual([60, 120, 240, 480, 960, 1920, 3600, 3600])
    // The last lock has run out: the right password works again.
    expect((await signIn(email, TEST_PASSWORD, from)).errors).toBeUndefined()
  })

  it('G1: a successful sign-in ends the run of failures', async () => {
    const { email } = await signupTenant(api)
    const from = newAddress()
    await failSignIn(email, from, 4)
    expect((await signIn(email, TEST_PASSWORD, from)).errors).toBeUndefined()
    await failSignIn(email, from, 4)
    expect((await signIn(email, TEST_PASSWORD, from)).errors).toBeUndefined()
    // A lock that ran out is forgotten too once the account signs in: the next typo does not lock again.
    await failSignIn(email, from, 5)
    advanceMinutes(1)
    expect((await signIn(email, TEST_PASSWORD, from)).errors).toBeUndefined()
    await failSignIn(email, from, 1)
    expect((await signIn(email, TEST_PASSWORD, from)).errors).toBeUndefined()
  })

  it('G1: one agent’s wrong passwords lock that agent only: the admin and colleagues at the same address sign in', async () => {
    const admin = await signupTenant(api)
    const [agent, colleague] = await Promise.all([addAgent(api, admin.token), addAgent(api, admin.token)])
    const office = newAddress()
    await failSignIn(agent.email, office, 5)
    expect((await lockOf(agent.email, office))?.extensions?.reason).toBe('ACCOUNT_LOCKED')
    expect((await signIn(admin.email, TEST_PASSWORD, office)).errors).toBeUndefined()
    const colleaguePassword = /Default password: (\S+)/.exec(await latestMailTo(api, colleague.email))![1]!
    expect((await signIn(colleague.email, colleaguePassword, office)).errors).toBeUndefined()
  })

  it('G1: an office where many agents mistype and then sign in is not locked', async () => {
    const admin = await signupTenant(api)
    const office = newAddress()
    const emails = Array.from({ length: 21 }, () => uniqueEmail('office'))
    await api.db.inTenant(admin.tenantId, async (em) => {
      for (const email of emails)
        await api.services.identity.createUser(em, admin.tenantId, {
          email,
          name: 'Agent',
          password: TEST_PASSWORD,
          role: Role.AGENT,
          organization: null,
          mustChangePassword: false,
        })
    })
    for (const email of emails) {
      await failSignIn(email, office)
      expect((await signIn(email, TEST_PASSWORD, office)).errors).toBeUndefined()
    }
    const newcomer = await signupTenant(api)
    expect((await signIn(newcomer.email, TEST_PASSWORD, office)).errors).toBeUndefined()
  })

  it('G1: failures across 20 accounts from one address lock it, except for accounts that signed in from it before', async () => {
    const regular = await signupTenant(api)
    const newcomer = await signupTenant(api)
    const attacker = newAddress()
    expect((await signIn(regular.email, TEST_PASSWORD, attacker)).errors).toBeUndefined()
    for (let account = 1; account <= 19; account++) await failSignIn(uniqueEmail('guess'), attacker)
    // 19 accounts are not yet a lock.
    await failSignIn(newcomer.email, attacker)
    expect(await lockOf(newcomer.email, attacker)).toMatchObject({
      message: 'Too many failed sign-in attempts from your network. Try again in 15 minutes.',
      extensions: { code: 'RATE_LIMITED', reason: 'ADDRESS_LOCKED', retryAfterSeconds: 900 },
    })
    expect(await lockOf(uniqueEmail('guess'), attacker)).toMatchObject({
      extensions: { reason: 'ADDRESS_LOCKED' },
    })
    expect((await signIn(regular.email, TEST_PASSWORD, attacker)).errors).toBeUndefined()
    expect((await signIn(newcomer.email, TEST_PASSWORD, newAddress())).errors).toBeUndefined()
    advanceMinutes(15)
    await failSignIn(uniqueEmail('guess'), attacker)
  })

  it('G1: aliased sign-ins in one request cannot get past the limit', async () => {
    const { email } = await signupTenant(api)
    const address = newAddress()
    const aliases = Array.from(
      { length: 7 },
      (_, i) => `a${i}: login(input: { email: "${email}", password: "Guess-${i}-password" }) { user { id } }`,
    )
    const guessAll = () => api.graphql(`mutation { ${aliases.join('\n')} }`, {}, address)
    const failuresRecorded = async () => {
      const [row] = await api.db.platform((em) =>
        em.execute(
          `select count(*)::int as n from login_attempt where account_key = ? and outcome = 'FAILED'`,
          [email],
        ),
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

  it('G1: batched HTTP requests are refused outright', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    })
    expect(response.status).toBe(400)
  })

  describe('A2: an administrator unlocks a member', () => {
    const AGENT_LOCK = `query ($id: ID!) { agent(id: $id) { signInLockedUntil } }`
    const AGENTS_LOCKS = `{ agents { items { email signInLockedUntil } } }`
    const UNLOCK = `mutation ($id: ID!) { unlockAgent(id: $id) { id signInLockedUntil } }`

    async function lockedAgent(admin: TestTenant) {
      const agent = await addAgent(api, admin.token)
      await failSignIn(agent.email, newAddress(), 5)
      return agent
    }

    it('A2: the agents list shows who is locked; unlocking lets them sign in at once and is audit-logged', async () => {
      const admin = await signupTenant(api)
      const agent = await lockedAgent(admin)
      const list = await api.graphql<{
        agents: { items: { email: string; signInLockedUntil: string | null }[] }
      }>(AGENTS_LOCKS, {}, { token: admin.token })
      const lockedUntil = new Date(now + 60_000).toISOString()
      const locks = new Map(list.data?.agents.items.map((item) => [item.email, item.signInLockedUntil]))
      expect(locks).toEqual(
        new Map([
          [admin.email, null],
          [agent.email, lockedUntil],
        ]),
      )

      const unlocked = await api.graphql(UNLOCK, { id: agent.id }, { token: admin.token })
      expect(unlocked.data).toEqual({ unlockAgent: { id: agent.id, signInLockedUntil: null } })
      expect(await signInInvited(api, agent.email)).toBeTruthy()
      // Unlocking a member who is not locked changes nothing and logs nothing.
      const again = await api.graphql(UNLOCK, { id: agent.id }, { token: admin.token })
      expect(again.data).toEqual({ unlockAgent: { id: agent.id, signInLockedUntil: null } })

      const audit = await api.graphql<{ auditLog: { items: Record<string, unknown>[] } }>(
        `query ($id: ID!) { auditLog(filter: { entityId: $id, action: "AGENT_SIGN_IN_UNLOCKED" }) { items { actorId before after } } }`,
        { id: agent.id },
        { token: admin.token },
      )
      const names = { name: 'Agent', email: agent.email }
      expect(audit.data?.auditLog.items).toEqual([
        {
          actorId: admin.userId,
          before: { ...names, signInLockedUntil: lockedUntil },
          after: { ...names, signInLockedUntil: null },
        },
      ])
    })

    it('A2: only administrators of the member’s own company unlock them', async () => {
      const admin = await signupTenant(api)
      const agent = await lockedAgent(admin)
      const leader = await addAgent(api, admin.token, { role: 'GROUP_LEADER' })
      await addGroup(api, admin.token, { leaderId: leader.id, memberIds: [agent.id] })
      const leaderToken = await signInInvited(api, leader.email)
      const otherCompany = await signupTenant(api, 'Other Company')

      const byLeader = await api.graphql(UNLOCK, { id: agent.id }, { token: leaderToken })
      expect(byLeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
      const byOtherCompany = await api.graphql(UNLOCK, { id: agent.id }, { token: otherCompany.token })
      expect(byOtherCompany.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
      const stillLocked = await api.graphql<{ agent: { signInLockedUntil: string | null } }>(
        AGENT_LOCK,
        { id: agent.id },
        { token: admin.token },
      )
      expect(stillLocked.data?.agent.signInLockedUntil).not.toBeNull()
      expect((await lockOf(agent.email, newAddress()))?.extensions?.reason).toBe('ACCOUNT_LOCKED')
    })

    it('A2: a password reset lifts the lock, so the new password works at once', async () => {
      const admin = await signupTenant(api)
      const agent = await lockedAgent(admin)
      // The reset mail must sort after the invitation, whose file name carries the same frozen time.
      now += 1000
      expect((await lockOf(agent.email, newAddress()))?.extensions?.reason).toBe('ACCOUNT_LOCKED')
      await api.graphql(
        'mutation ($id: ID!) { resetAgentPassword(id: $id) { isEmailSent } }',
        { id: agent.id },
        {
          token: admin.token,
        },
      )
      expect(await signInInvited(api, agent.email)).toBeTruthy()
    })
  })
})
