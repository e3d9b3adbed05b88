// Async iterators for subscriptions, written as plain iterator objects rather than async generators: a
// generator waiting for its source's next value cannot be ended until that value comes, so a closed
// subscription in a quiet tenant would keep its listeners; `return` here ends the source at once.
//
// Each may also push: handed a sink (`PUSH`), it gives its values to the sink as they come instead of
// waiting to be pulled. A pulled value passes through a chain of promises (the source's, each
// combinator's, graphql-ws's loop and its send), several per message and subscriber; a live board's
// change goes to a thousand subscribers, and those promises with graphql-ws's steps per message took
// about a quarter of the instance's time in the live-board benchmark (`npm run bench -- fanout`).

/** The method by which an iterator pushes its values (see `Pushable`). */
export const PUSH = Symbol('push')

export interface Sink<T> {
  next(value: T): void
  /** The source failed: nothing follows. */
  error(error: unknown): void
  /** The source ended, or was ended by `return`: nothing follows. */
  end(): void
}

export interface Pushable<T> extends AsyncIterableIterator<T> {
  /**
   * Hands every value from now on to `sink`, in order, as it comes; called at most once, and `next` is not
   * called after it. `return` still ends the iteration, and `sink.end` then runs.
   */
  [PUSH]?(sink: Sink<T>): void
}

/** `iterator`'s way to push its values, if it has one. */
export function pusherOf<T>(iterator: unknown): ((sink: Sink<T>) => void) | undefined {
  const push = (iterator as Pushable<T> | null)?.[PUSH]
  return push ? (sink) => push.call(iterator, sink) : undefined
}

/** What a promised value handed to `inOrder` resolves to when it turned out to be nothing to hand on. */
const NOTHING: unique symbol = Symbol('nothing')

/**
 * `sink`, also taking promised values, each handed on in the order given: a plain value goes at once while
 * no promise is waited for, so a push costs no promise of its own.
 */
function inOrder<T>(sink: Sink<T>): Sink<T | Promise<T | typeof NOTHING>> {
  let waiting: Promise<unknown> | undefined
  let isClosed = false
  const fail = (error: unknown) => {
    if (isClosed) return
    isClosed = true
    sink.error(error)
  }
  const close = () => {
    if (isClosed) return
    isClosed = true
    sink.end()
  }
  const afterWaiting = (step: () => unknown) => {
    const current = (waiting ?? Promise.resolve()).then(step).then(undefined, fail)
    waiting = current
    void current.then(() => {
      if (waiting === current) waiting = undefined
    })
  }
  return {
    next: (value) => {
      if (isClosed) return
      if (!waiting && !(value instanceof Promise)) return sink.next(value)
      afterWaiting(async () => {
        const ready = await value
        if (ready !== NOTHING && !isClosed) sink.next(ready)
      })
    },
    error: (error) => (waiting ? afterWaiting(() => fail(error)) : fail(error)),
    end: () => (waiting ? afterWaiting(close) : close()),
  }
}

/** A sink whose `next` passes each value through `step`; a step that throws fails the sink. */
function stepping<In, Out>(
  sink: Sink<Out | Promise<Out | typeof NOTHING>>,
  step: (value: In) => Out | Promise<Out | typeof NOTHING> | typeof NOTHING,
  end: () => void = () => sink.end(),
): Sink<In> {
  return {
    next: (value) => {
      let out: Out | Promise<Out | typeof NOTHING> | typeof NOTHING
      try {
        out = step(value)
      } catch (error) {
        return sink.error(error)
      }
      if (out !== NOTHING) sink.next(out)
    },
    error: (error) => sink.error(error),
    end,
  }
}

/**
 * `source` with each value mapped; ending it ends the source. A value mapped to a plain value (not a
 * promise) is handed on in the same microtask: a live board's event passes here once per subscriber.
 */
export function mapped<In, Out>(
  source: AsyncIterable<In>,
  map: (value: In) => Out | Promise<Out>,
): AsyncIterableIterator<Out> {
  const iterator = source[Symbol.asyncIterator]()
  const push = pusherOf<In>(iterator)
  const mappedIterator: Pushable<Out> = {
    next: () =>
      iterator.next().then((next): IteratorResult<Out> | Promise<IteratorResult<Out>> => {
        if (next.done) return { value: undefined, done: true }
        const value = map(next.value)
        return value instanceof Promise
          ? value.then((ready: Out) => ({ value: ready, done: false }))
          : { value, done: false }
      }),
    return: async () => {
      await iterator.return?.()
      return { value: undefined, done: true }
    },
    [Symbol.asyncIterator]: () => mappedIterator,
  }
  if (push) mappedIterator[PUSH] = (sink) => push(stepping(inOrder(sink), map))
  return mappedIterator
}

/** The values `first` gives, once they are ready, then what `rest` yields; ending it ends `rest`. */
export function prepended<T>(
  first: () => Promise<readonly T[]> | readonly T[],
  rest: AsyncIterator<T>,
): AsyncIterableIterator<T> {
  let firstValues: T[] | undefined
  let isReturned = false
  const takeFirst = async (): Promise<IteratorResult<T>> => {
    firstValues ??= [...(await first())]
    const value = firstValues.shift()
    return value === undefined ? rest.next() : { value, done: false }
  }
  const iterator: Pushable<T> = {
    // Once the first values are taken, `rest`'s own promise: no async step of this iterator's between.
    next: () => (firstValues?.length === 0 ? rest.next() : takeFirst()),
    return: async () => {
      isReturned = true
      await rest.return?.()
      return { value: undefined, done: true }
    },
    [Symbol.asyncIterator]: () => iterator,
  }
  const pushRest = pusherOf<T>(rest)
  if (pushRest)
    // `rest` holds what comes meanwhile, and pushes it once the first values are out.
    iterator[PUSH] = (sink) => {
      const start = (values: readonly T[]) => {
        if (!isReturned) for (const value of values) sink.next(value)
        pushRest(sink)
      }
      const values = firstValues ?? first()
      if (values instanceof Promise) values.then(start, (error: unknown) => sink.error(error))
      else start(values)
    }
  return iterator
}

/**
 * The values of `source` that `keep` takes, as `map` makes them; `ended` runs once, when `source` ends or
 * the iteration is ended. `keep` answers at once for what it knows and with a promise for what it must
 * look up: a value kept at once is handed on in `source`'s own microtask (an async generator adds
 * promises of its own per value, for each subscriber of a live board).
 */
export function kept<In, Out>(
  source: AsyncIterator<In>,
  keep: (value: In) => boolean | Promise<boolean>,
  map: (value: In) => Out,
  ended: () => void,
): AsyncIterableIterator<Out> {
  let isEnded = false
  const end = (): IteratorResult<Out> => {
    if (!isEnded) {
      isEnded = true
      ended()
    }
    return { value: undefined, done: true }
  }
  const next = (): Promise<IteratorResult<Out>> =>
    source.next().then((result): IteratorResult<Out> | Promise<IteratorResult<Out>> => {
      if (result.done) return end()
      const isKept = keep(result.value)
      if (isKept === true) return { value: map(result.value), done: false }
      if (isKept === false) return next()
      return isKept.then((isLookedUpKept) =>
        isLookedUpKept ? { value: map(result.value), done: false } : next(),
      )
    })
  const iterator: Pushable<Out> = {
    next,
    return: async () => {
      await source.return?.()
      return end()
    },
    [Symbol.asyncIterator]: () => iterator,
  }
  const push = pusherOf<In>(source)
  if (push)
    iterator[PUSH] = (sink) => {
      const ordered = inOrder(sink)
      const step = (value: In) => {
        const isKept = keep(value)
        if (isKept === true) return map(value)
        if (isKept === false) return NOTHING
        return isKept.then((isLookedUpKept) => (isLookedUpKept ? map(value) : NOTHING))
      }
      push(
        stepping(ordered, step, () => {
          end()
          ordered.end()
        }),
      )
    }
  return iterator
}

/** `source` up to and including the first value `isLast` holds for, then done; ending it ends `source`. */
export function endingWith<T>(
  source: AsyncIterator<T>,
  isLast: (value: T) => boolean,
): AsyncIterableIterator<T> {
  let isDone = false
  const iterator: AsyncIterableIterator<T> = {
    next: async () => {
      if (isDone) return { value: undefined, done: true }
      const next = await source.next()
      if (!next.done && isLast(next.value)) {
        isDone = true
        await source.return?.()
      }
      return next
    },
    return: async () => {
      isDone = true
      await source.return?.()
      return { value: undefined, done: true }
    },
    [Symbol.asyncIterator]: () => iterator,
  }
  return iterator
}
