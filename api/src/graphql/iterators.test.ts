import { describe, expect, it } from 'vitest'
import { Fanout } from './fanout.js'
import { kept, mapped, prepended, pusherOf, type Sink } from './iterators.js'

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

/** A sink that records what it is handed, as the WebSocket writer of a pushed subscription does. */
function recording<T>() {
  const got: (T | 'error' | 'end')[] = []
  const sink: Sink<T> = {
    next: (value) => got.push(value),
    error: () => got.push('error'),
    end: () => got.push('end'),
  }
  return { got, sink }
}

describe('X3: a live board subscription pushed to its socket hands on what pulling it would', () => {
  it('X3: kept over prepended over a watch pushes the kept events in order, waiting for look-ups, then ends once', async () => {
    const { fanout, push } = pushed<{ userId: string }>()
    let endings = 0
    const board = kept(
      prepended(() => Promise.resolve([{ userId: 'seen' }]), fanout.watch('tenant')),
      ({ userId }) =>
        userId === 'seen' ? true : userId === 'hidden' ? false : Promise.resolve(userId === 'new-and-seen'),
      ({ userId }) => userId.toUpperCase(),
      () => endings++,
    )
    // Held by the watch until the first values are out.
    await new Promise((resolve) => setTimeout(resolve, 10))
    push({ userId: 'seen' })
    const { got, sink } = recording<string>()
    pusherOf<string>(board)!(sink)
    await new Promise((resolve) => setTimeout(resolve, 10))
    for (const userId of ['hidden', 'new-and-hidden', 'new-and-seen', 'seen']) push({ userId })
    // The looked-up event holds back the plain one after it.
    expect(got).toEqual(['SEEN', 'SEEN'])
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(got).toEqual(['SEEN', 'SEEN', 'NEW-AND-SEEN', 'SEEN'])

    await board.return!()
    push({ userId: 'seen' })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(got).toEqual(['SEEN', 'SEEN', 'NEW-AND-SEEN', 'SEEN', 'end'])
    expect(endings).toBe(1)
    expect(fanout.isWatched('tenant')).toBe(false)
    fanout.stop()
  })

  it('X3: mapped pushes plain and promised values in order; a failed one fails the subscription', async () => {
    const { fanout, push } = pushed<number>()
    const doubled = mapped(fanout.watch('tenant'), (n) =>
      n < 0 ? Promise.reject(new Error('lost')) : n % 2 ? Promise.resolve(n * 2) : n * 2,
    )
    const { got, sink } = recording<number>()
    pusherOf<number>(doubled)!(sink)
    for (const n of [1, 2, 3, -1, 4]) push(n)
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(got).toEqual([2, 4, 6, 'error'])
    fanout.stop()
  })

  it('X3: an iterator that cannot push says so, and is pulled as before', () => {
    async function* generator() {
      yield 1
    }
    expect(pusherOf(generator())).toBeUndefined()
    expect(pusherOf(mapped(generator(), (n) => n))).toBeUndefined()
  })
})
