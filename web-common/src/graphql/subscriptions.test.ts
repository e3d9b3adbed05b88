import { expect, it } from 'vitest'
import { MAX_RETRY_DELAY_MS, retryDelayMs } from './subscriptions'

it('A8: the socket retries after 1 s doubling, never more than 15 s apart, with under a second of jitter', () => {
  expect([0, 1, 2, 3].map((retries) => retryDelayMs(retries, 0))).toEqual([1000, 2000, 4000, 8000])
  expect(retryDelayMs(4, 0)).toBe(MAX_RETRY_DELAY_MS)
  expect(retryDelayMs(40, 0.999)).toBe(MAX_RETRY_DELAY_MS + 999)
})
