// Summaries beside listed calls, batched per request (graphql/loaders.ts): a page of call records reads
// its summaries in one transaction, not one per row.
import { batched, requestScoped } from '../../graphql/loaders.js'

export const summaryLoaders = requestScoped((ctx, viewer) => ({
  /** The viewer's own summary of a call. */
  mine: batched((callIds) => ctx.services.serviceSummaries.minesOf(viewer, callIds), null),
  /** Every summary of a call the viewer's organisations wrote. */
  ofCall: batched((callIds) => ctx.services.serviceSummaries.ofCalls(viewer, callIds), []),
}))
