// One GraphQL execution per shared event and operation, whoever receives it. A supervisors' board
// event goes to every supervisor watching the tenant; executing the subscription's selection once per
// subscriber made a thousand supervisors cost a thousand executions per status change, and the instance
// spent its time producing the same result over and over.
//
// Only events marked with `shared` take part: the mark says every field of the event resolves the same
// for each viewer it is handed to (what a viewer may see was decided before, by handing it over or not).
import { createSourceEventStream, execute, print, type ExecutionArgs, type ExecutionResult } from 'graphql'
import { mapped } from './iterators.js'

const sharedEvents = new WeakSet<object>()
const executions = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>()
const subsetsOf = new WeakMap<readonly object[], Map<string, readonly object[]>>()

/** Marks an event as resolving the same for every viewer it is delivered to. */
export function shared<Event extends object>(event: Event): Event {
  sharedEvents.add(event)
  return event
}

/**
 * The part of a shared batch that `keep` takes, itself shared by every viewer who keeps the same items
 * of the batch: viewers who see the same skill groups then share one execution too.
 */
export function sharedSubset<Item extends object>(
  batch: readonly Item[],
  keep: (item: Item) => boolean,
): readonly Item[] {
  const keptIndexes = batch.flatMap((item, index) => (keep(item) ? [index] : []))
  if (keptIndexes.length === batch.length) return batch
  const subsets = subsetsOf.get(batch) ?? new Map<string, readonly object[]>()
  subsetsOf.set(batch, subsets)
  const key = keptIndexes.join(',')
  const subset =
    (subsets.get(key) as readonly Item[] | undefined) ?? shared(keptIndexes.map((index) => batch[index]!))
  subsets.set(key, subset)
  return subset
}

/**
 * graphql-ws's `subscribe`: graphql's own, except that a shared event is executed once per operation
 * (document, operation name and variables) and its result handed to every subscriber of that operation.
 */
export async function subscribeSharingEvents(
  args: ExecutionArgs,
): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args)
  if (!isAsyncIterable(source)) return source
  const operation = JSON.stringify([
    print(args.document),
    args.operationName ?? null,
    args.variableValues ?? {},
  ])
  const resultOf = (event: unknown): ExecutionResult | Promise<ExecutionResult> => {
    if (!isObject(event) || !sharedEvents.has(event)) return execute({ ...args, rootValue: event })
    // Each event passes here once per subscriber: the maps are written only when something is new.
    let byOperation = executions.get(event)
    if (!byOperation) {
      byOperation = new Map<string, ExecutionResult | Promise<ExecutionResult>>()
      executions.set(event, byOperation)
    }
    let result = byOperation.get(operation)
    if (!result) {
      result = execute({ ...args, rootValue: event })
      byOperation.set(operation, result)
    }
    return result
  }
  return mapped(source, resultOf)
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return isObject(value) && Symbol.asyncIterator in value
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null
}
