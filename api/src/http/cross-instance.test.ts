// Two API instances on one database, as behind nginx in production: what one instance does to a
// session must reach the other at once, through Redis.
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../test/api.js'
import { loginToken, signupTenant, TEST_PASSWORD } from '../../test/factories.js'
import { eventually } from '../../test/eventually.js'
import { openSocket } from '../../test/graphql-ws.js'
import { testRedisUrl, uniqueChannelPrefix } from '../../test/redis.js'
import { userUpdatedTopic } from '../modules/identity/identity.service.js'
import { SESSION_ENDED, VIEWER_CHANGED } from '../modules/identity/viewer.js'

/** A socket that has not closed within this long after logout counts as left open. */
const CLOSE_WITHIN_MS = 2_000

const ME = '{ me { email } }'

function within<T>(promise: Promise<T>, ms: number): Promise<T | 'timed out'> {
  return Promise.race([
    promise,
    new Promise<'timed out'>((resolve) => setTimeout(() => resolve('timed out'), ms)),
  ])
}

describe('Foundation: two API instances share session events through Redis (REDIS_URL)', () => {
  let a: TestApi
  let b: TestApi
  let redis: Redis
  const prefix = uniqueChannelPrefix()

  /** How many API instances listen on the topic's channel, as Redis counts them. */
  const listeners = async (topic: string): Promise<number> => {
    const [, count] = (await redis.call('PUBSUB', 'NUMSUB', prefix + topic)) as [string, number]
    return Number(count)
  }
  const waitForListeners = async (topic: string, count: number): Promise<void> => {
    const deadline = Date.now() + 5_000
    while ((await listeners(topic)) !== count) {
      if (Date.now() > deadline) throw new Error(`${prefix}${topic}: not ${count} subscribers within 5 s`)
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  beforeAll(async () => {
    const env = { REDIS_URL: testRedisUrl(), REDIS_CHANNEL_PREFIX: prefix }
    redis = new Redis(env.REDIS_URL)
    a = await startTestApi({ env })
    b = await startTestApi({ env, ownerUrl: a.ownerUrl })
    // Both instances have subscribed what evicts cached viewers and closes sockets.
    await waitForListeners(SESSION_ENDED, 2)
    await waitForListeners(VIEWER_CHANGED, 2)
  })
  afterAll(async () => {
    await b?.stop()
    await a?.stop()
    await redis?.quit()
  })

  it('closes the subscriptions open on instance B with 4401 when the session logs out through instance A', async () => {
    const { email } = await signupTenant(a)
    const token = await loginToken(a, email)
    const open = await openSocket(b)
    open.send({ type: 'connection_init', payload: { authToken: token } })
    await open.nextMessage('connection_ack')
    open.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { viewerUpdated { email } }' } })

    const loggedOutAt = Date.now()
    expect((await a.graphql('mutation { logout }', {}, { token })).data).toEqual({ logout: true })

    expect(await within(open.closed, CLOSE_WITHIN_MS)).toEqual({
      code: 4401,
      reason: 'Session ended: LOGGED_OUT',
    })
    expect(Date.now() - loggedOutAt).toBeLessThan(CLOSE_WITHIN_MS)
  })

  it('refuses on instance B a token B had cached, as soon as the logout through instance A reaches it', async () => {
    const { email } = await signupTenant(a)
    const token = await loginToken(a, email)
    expect((await b.graphql(ME, {}, { token })).data).toEqual({ me: { email } })

    await a.graphql('mutation { logout }', {}, { token })

    // Redis delivers the logout to B a moment after A published it, so a request B handles in that moment
    // may still be served; within the bound (far below the 10 s the cache would otherwise keep it) it is not.
    await eventually(async () => {
      const me = await b.graphql(ME, {}, { token })
      expect(me.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
      expect(me.data ?? null).toBeNull()
    }, CLOSE_WITHIN_MS)
  })

  it('delivers to a subscription on instance B the change a mutation made through instance A', async () => {
    const { email, userId } = await signupTenant(a)
    const token = await loginToken(a, email)
    const open = await openSocket(b)
    open.send({ type: 'connection_init', payload: { authToken: token } })
    await open.nextMessage('connection_ack')
    open.send({ id: '1', type: 'subscribe', payload: { query: 'subscription { viewerUpdated { email } }' } })
    await waitForListeners(userUpdatedTopic(userId), 1)

    const changed = await a.graphql(
      `mutation { changePassword(input: { currentPassword: "${TEST_PASSWORD}", newPassword: "Other-secret-77" }) { id } }`,
      {},
      { token },
    )
    expect(changed.errors).toBeUndefined()

    expect((await within(open.nextMessage('next'), CLOSE_WITHIN_MS)) as object).toMatchObject({
      id: '1',
      payload: { data: { viewerUpdated: { email } } },
    })
    open.socket.close()
  })
})

describe('Foundation: without REDIS_URL, instances do not hear each other (the control for the tests above)', () => {
  it('keeps serving a cached viewer on instance B after logout through instance A', async () => {
    const a = await startTestApi()
    const b = await startTestApi({ ownerUrl: a.ownerUrl })
    try {
      const { email } = await signupTenant(a)
      const token = await loginToken(a, email)
      expect((await b.graphql(ME, {}, { token })).data).toEqual({ me: { email } })
      await a.graphql('mutation { logout }', {}, { token })
      // The stale answer the Redis pub/sub exists to prevent (until the 10 s cache entry expires).
      expect((await b.graphql(ME, {}, { token })).data).toEqual({ me: { email } })
      expect((await a.graphql(ME, {}, { token })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    } finally {
      await b.stop()
      await a.stop()
    }
  })
})
