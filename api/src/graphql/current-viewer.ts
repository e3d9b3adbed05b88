// The signed-in viewer as a resolver parameter, so resolvers never assert that there is one.
import { createParameterDecorator } from 'type-graphql'
import { UnauthenticatedError } from '../common/errors.js'
import type { Viewer } from '../modules/identity/viewer.js'
import type { GraphQLContext } from './context.js'

/**
 * The viewer of a request the auth checker admitted. The checker already refuses anonymous
 * requests on `@Authorized()` fields; should one reach here anyway, it gets the same refusal.
 */
export function requireViewer(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError()
  return ctx.viewer
}

/** `@CurrentViewer() viewer: Viewer` on an `@Authorized()` field. */
export function CurrentViewer() {
  return createParameterDecorator<GraphQLContext>(({ context }) => requireViewer(context))
}
