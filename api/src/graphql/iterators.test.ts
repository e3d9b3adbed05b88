import { describe, expect, it } from 'vitest'
import { Fanout } from './fanout.js'
import { kept, mapped, prepended } from './iterators.js'

/** A Fanout over a source the test pushes to: the live board's own kind of subscription source. */
function pushed<Event>() {
  const waiting: ((event: Event) => void)[] = []
  const queue: Event[] = []
  const fanout = new Fanout<Event>(
    async function* () {
      for (;;) yield queue.shift() ?? (await new Promise<Event>((resolve) => waiting.push(resolve)))
    },
    () => 'tenant',
  )
  const push = (event: Event) => {
    const wake = waiting.shift()
    if (wake) wake(event)
    else queue.push(event)
  }
  return { fanout, push }
}

describe('X3: a live board subscription hands on only what its supervisor sees', () => {
  it('X3: kept hands on the kept events in order, waits for the ones it looks up, and ends once', async () => {
    const { fanout, push } = pushed<{ userId: string }>()
    const known = new Map([
      ['seen', true],
      ['hidden', false],
    ])
    let endings = 0
    const board = kept(
      prepended(() => [{ userId: 'seen' }], fanout.watch('tenant')),
      ({ userId }) => known.get(userId) ?? Promise.resolve(userId === 'new-and-seen'),
      ({ userId }) => userId.toUpperCase(),
      () => endings++,
    )
    const first = board.next()
    await new Promise((resolve) => setTimeout(resolve, 10))
    for (const userId of ['hidden', 'new-and-hidden', 'new-and-seen', 'seen']) push({ userId })
    expect(await first).toEqual({ value: 'SEEN', done: false })
    expect(await board.next()).toEqual({ value: 'NEW-AND-SEEN', done: false })
    expect(await board.next()).toEqual({ value: 'SEEN', done: false })

    const waiting = board.next()
    await board.return!()
    expect(await waiting).toEqual({ value: undefined, done: true })
    expect(endings).toBe(1)
    expect(fanout.isWatched('tenant')).toBe(false)
    fanout.stop()
  })

  it('X3: mapped hands on plain and promised values in order', async () => {
    const { fanout, push } = pushed<number>()
    const doubled = mapped(fanout.watch('tenant'), (n) => (n % 2 ? Promise.resolve(n * 2) : n * 2))
    for (const n of [1, 2, 3]) push(n)
    const values = [await doubled.next(), await doubled.next(), await doubled.next()]
    expect(values.map(({ value }) => value as number)).toEqual([2, 4, 6])
    await doubled.return!()
    expect(fanout.isWatched('tenant')).toBe(false)
    fanout.stop()
  })
})
