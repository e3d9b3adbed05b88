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

  it('X3: watchers sharing one filter have it asked once per event; closing hands back what a watcher held', async () => {
    const pubsub = new InProcessPubSub()
    const { fanout } = fanoutOver(pubsub)
    const asked: string[] = []
    const onlyA = (change: Change) => {
      asked.push(change.userId)
      return change.userId === 'a'
    }
    const tabs = [fanout.watch('t1', onlyA), fanout.watch('t1', onlyA), fanout.watch('t1', onlyA)]
    const early = fanout.watch('t1')
    await tick()
    for (const userId of ['a', 'b']) await pubsub.publish('changes', { tenantId: 't1', userId })
    await tick()

    expect(asked).toEqual(['a', 'b'])
    for (const tab of tabs) expect((await tab.next()).value).toEqual({ tenantId: 't1', userId: 'a' })
    expect(early.close().map((change) => change.userId)).toEqual(['a', 'b'])
    expect(await early.next()).toEqual({ value: undefined, done: true })
    expect(fanout.isWatched('t1')).toBe(true)
    for (const tab of tabs) await tab.return!()
    expect(fanout.isWatched('t1')).toBe(false)
    fanout.stop()
  })
})
