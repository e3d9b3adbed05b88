import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../test/api.js'
import { openSocket } from '../../test/graphql-ws.js'
import { loginToken, signupTenant, TEST_PASSWORD } from '../../test/factories.js'

describe('Foundation: authenticated subscriptions over graphql-ws', () => {
  let api: TestApi
  beforeAll(async () => {
    api = await startTestApi()
  })
  afterAll(() => api.stop())

  it('closes a connection that does not authenticate within 3 seconds with 4408', async () => {
    const open = await openSocket(api)
    const started = Date.now()
    const { code } = await open.closed
    expect(code).toBe(4408)
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900)
  })

  it('closes a connection with bad credentials with 4403', async () => {
    const open = await openSocket(api)
    open.send({ type: 'connection_init', payload: { authToken: 'not-a-real-token-at-all-0000' } })
    expect((await open.closed).code).toBe(4403)
  })

  it('refuses the upgrade from a foreign browser origin', async () => {
    await expect(openSocket(api, { origin: 'https://evil.example' })).rejects.toThrow('HTTP 403')
  })

  it("accepts the session cookie at the upgrade, delivers the viewer's updates and closes other sessions", async () => {
    const { email } = await signupTenant(api)
    const login = await api.graphql(
      `mutation { login(input: { email: "${email}", password: "${TEST_PASSWORD}" }) { user { id } } }`,
    )
    const cookie = login.setCookie!.split(';')[0]!
    const current = await openSocket(api, { cookie, origin: api.url })
    current.send({ type: 'connection_init' })
    await current.nextMessage('connection_ack')
    current.send({
      id: '1',
      type: 'subscribe',
      payload: { query: 'subscription { viewerUpdated { email } }' },
    })

    const other = await openSocket(api)
    other.send({ type: 'connection_init', payload: { authToken: await loginToken(api, email) } })
    await other.nextMessage('connection_ack')

    // The subscription is registered once the server has processed `subscribe`; a query on the same
    // socket ordering is not guaranteed, so poll with the mutation until the update arrives.
    const update = current.nextMessage('next')
    let received = false
    void update.then(() => (received = true))
    let password = TEST_PASSWORD
    for (let attempt = 0; attempt < 20 && !received; attempt++) {
      const next = `Changed-secret-${attempt}0`
      await api.graphql(
        `mutation { changePassword(input: { currentPassword: "${password}", newPassword: "${next}" }) { id } }`,
        {},
        { cookie },
      )
      password = next
      await Promise.race([update, new Promise((resolve) => setTimeout(resolve, 50))])
    }
    expect((await update).payload).toEqual({ data: { viewerUpdated: { email } } })
    expect(await other.closed).toEqual({ code: 4401, reason: 'Session ended: PASSWORD_CHANGED' })
    current.socket.close()
  })

  it('ends the subscriptions of a session at logout with 4401', async () => {
    const token = await loginToken(api, (await signupTenant(api)).email)
    const open = await openSocket(api)
    open.send({ type: 'connection_init', payload: { authToken: token } })
    await open.nextMessage('connection_ack')
    await api.graphql('mutation { logout }', {}, { token })
    expect((await open.closed).code).toBe(4401)
  })
})
