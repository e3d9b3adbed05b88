// Per-request batching (dataloader): a nested field resolved for many rows in one tick of a query becomes
// one read for all of them, instead of one transaction per row.
import DataLoader from 'dataloader'
import type { Viewer } from '../modules/identity/viewer.js'
import type { GraphQLContext } from './context.js'

/** One read for many keys; keys it has no row for get `missing`. */
export function batched<Value>(
  read: (keys: readonly string[]) => Promise<Map<string, Value>>,
  missing: Value,
): DataLoader<string, Value> {
  // No cache: a subscription keeps its context for every result it sends, and each must read afresh.
  return new DataLoader(
    async (keys) => {
      const found = await read(keys)
      return keys.map((key) => found.get(key) ?? missing)
    },
    { cache: false },
  )
}

/** A module's loaders of one request, made on its first use for the request's viewer. */
export function requestScoped<Loaders>(
  make: (ctx: GraphQLContext, viewer: Viewer) => Loaders,
): (ctx: GraphQLContext, viewer: Viewer) => Loaders {
  const ofRequest = new WeakMap<GraphQLContext, Loaders>()
  return (ctx, viewer) => {
    let loaders = ofRequest.get(ctx)
    if (!loaders) {
      loaders = make(ctx, viewer)
      ofRequest.set(ctx, loaders)
    }
    return loaders
  }
}
