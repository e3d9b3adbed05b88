import { afterEach, describe, expect, it, vi } from 'vitest'
import { adoptPrefetched, GRAPHQL_PATH, request, requestInit } from './client'
import { MeDocument } from './session'

const user = { id: 'u1', name: '王管理' }
const answer = (data: unknown) => new Response(JSON.stringify({ data }), { status: 200 })

afterEach(() => vi.unstubAllGlobals())

describe('a page load asks who is signed in once', () => {
  it("the first `me` takes the answer to index.html's early request instead of asking again", async () => {
    const fetch = vi.fn(async () => answer({ me: { ...user, name: 'a second request' } }))
    vi.stubGlobal('fetch', fetch)
    adoptPrefetched(MeDocument, Promise.resolve(answer({ me: user })))
    await expect(request(MeDocument)).resolves.toEqual({ me: user })
    expect(fetch).not.toHaveBeenCalled()
    // Taken once: the next `me` (after signing in, say) is asked anew.
    await request(MeDocument)
    expect(fetch).toHaveBeenCalledWith(GRAPHQL_PATH, requestInit(MeDocument))
  })

  it('an early request that failed on the network fails the first `me` as a network error', async () => {
    adoptPrefetched(MeDocument, Promise.reject(new TypeError('Failed to fetch')))
    await expect(request(MeDocument)).rejects.toMatchObject({ code: 'NETWORK_ERROR' })
  })
})
