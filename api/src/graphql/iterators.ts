// Async iterators for subscriptions, written as plain iterator objects rather than async generators: a
// generator waiting for its source's next value cannot be ended until that value comes, so a closed
// subscription in a quiet tenant would keep its listeners; `return` here ends the source at once.

/** `source` with each value mapped; ending it ends the source. */
export function mapped<In, Out>(
  source: AsyncIterable<In>,
  map: (value: In) => Out | Promise<Out>,
): AsyncIterableIterator<Out> {
  const iterator = source[Symbol.asyncIterator]()
  const mappedIterator: AsyncIterableIterator<Out> = {
    next: async () => {
      const next = await iterator.next()
      return next.done ? { value: undefined, done: true } : { value: await map(next.value), done: false }
    },
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
  const iterator: AsyncIterableIterator<T> = {
    next: async () => {
      firstValues ??= [...(await first())]
      const value = firstValues.shift()
      return value === undefined ? rest.next() : { value, done: false }
    },
    return: async () => {
      await rest.return?.()
      return { value: undefined, done: true }
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
