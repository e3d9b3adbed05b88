// Async iterators for subscriptions, written as plain iterator objects rather than async generators: a
// generator waiting for its source's next value cannot be ended until that value comes, so a closed
// subscription in a quiet tenant would keep its listeners; `return` here ends the source at once.

/**
 * `source` with each value mapped; ending it ends the source. A value mapped to a plain value (not a
 * promise) is handed on in the same microtask: a live board's event passes here once per subscriber.
 */
export function mapped<In, Out>(
  source: AsyncIterable<In>,
  map: (value: In) => Out | Promise<Out>,
): AsyncIterableIterator<Out> {
  const iterator = source[Symbol.asyncIterator]()
  const mappedIterator: AsyncIterableIterator<Out> = {
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
  return mappedIterator
}

/** The values `first` gives, once they are ready, then what `rest` yields; ending it ends `rest`. */
export function prepended<T>(
  first: () => Promise<readonly T[]> | readonly T[],
  rest: AsyncIterator<T>,
): AsyncIterableIterator<T> {
  let firstValues: T[] | undefined
  const takeFirst = async (): Promise<IteratorResult<T>> => {
    firstValues ??= [...(await first())]
    const value = firstValues.shift()
    return value === undefined ? rest.next() : { value, done: false }
  }
  const iterator: AsyncIterableIterator<T> = {
    // Once the first values are taken, `rest`'s own promise: no async step of this iterator's between.
    next: () => (firstValues?.length === 0 ? rest.next() : takeFirst()),
    return: async () => {
      await rest.return?.()
      return { value: undefined, done: true }
    },
    [Symbol.asyncIterator]: () => iterator,
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
  const iterator: AsyncIterableIterator<Out> = {
    next,
    return: async () => {
      await source.return?.()
      return end()
    },
    [Symbol.asyncIterator]: () => iterator,
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
