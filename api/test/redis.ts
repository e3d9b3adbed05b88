// The run's redis-server (started by redis-setup.ts) and a channel prefix of the test's own.
import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'

/** The URL of the run's Redis; throws (the test fails, it is not skipped) when none could be started. */
export function testRedisUrl(): string {
  const url = inject('redisUrl')
  if (!url) throw new Error(inject('redisUnavailable') || 'no Redis for the tests (redis-setup.ts not run)')
  return url
}

/** Test files share the Redis: each uses channels of its own. */
export function uniqueChannelPrefix(): string {
  return `cc-test-${randomBytes(4).toString('hex')}:`
}
