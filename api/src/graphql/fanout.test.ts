// X3: one pub/sub subscription shared by many watchers, each handed only its key's events it accepts.
import { describe, expect, it } from 'vitest'
import { Fanout } from './fanout.js'
import { InProcessPubSub } from './pubsub.js'

interface Change {
  tenantId: string
  userId: string
}

function fanoutOver(pubsub: InProcessPubSub) {
  let subscriptions = 0
  const fanout = new Fanout<Change>(
    (signal) => {
      subscriptions++
      return pubsub.subscribe<Change>('changes', signal)
    },
    (change) => change.tenantId,
  )
  return { fanout, subscriptions: () => subscriptions }
}

const tick = () => new Promise((resolve) => setImmediate(resolve))

describe('Fanout', () => {
  it('X3: each watcher gets its tenant’s accepted events in order, over one subscription to the topic', async () => {
    const pubsub = new InProcessPubSub()
    const { fanout, subscriptions } = fanoutOver(pubsub)
    const all = fanout.watch('t1')
    const onlyA = fanout.watch('t1', (change) => change.userId === 'a')
    const other = fanout.watch('t2')
    await tick()
    for (const userId of ['a', 'b', 'a']) await pubsub.publish('changes', { tenantId: 't1', userId })
    await pubsub.publish('changes', { tenantId: 't2', userId: 'c' })

    const take = async (iterator: AsyncIterator<Change>, count: number) => {
      const seen: string[] = []
      for (let index = 0; index < count; index++) seen.push((await iterator.next()).value.userId)
      return seen
    }
    expect(await take(all, 3)).toEqual(['a', 'b', 'a'])
    expect(await take(onlyA, 2)).toEqual(['a', 'a'])
    expect(await take(other, 1)).toEqual(['c'])
    expect(subscriptions()).toBe(1)
    fanout.stop()
  })

  it('X3: ending a watcher that waits on a quiet key ends it at once, and it gets nothing more', async () => {
    const pubsub = new InProcessPubSub()
    const { fanout } = fanoutOver(pubsub)
    const quiet = fanout.watch('t1')
    const waiting = quiet.next()
    await quiet.return!()
    expect(await waiting).toEqual({ value: undefined, done: true })
    await pubsub.publish('changes', { tenantId: 't1', userId: 'a' })
    expect(await quiet.next()).toEqual({ value: undefined, done: true })

    const aborted = new AbortController()
    const watched = fanout.watch('t1', undefined, aborted.signal)
    aborted.abort()
    expect(await watched.next()).toEqual({ value: undefined, done: true })
    fanout.stop()
  })
})
