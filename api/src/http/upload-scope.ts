// What the HTTP routes that take uploads (GraphQL carries no files) share: the signed-in viewer with the
// origin check for writes, and errors in GraphQL's shape ({ errors: [{ message, extensions: { code, … } }] }),
// so the consoles handle them like every other API error.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  AppError,
  ForbiddenError,
  PasswordChangeRequiredError,
  UnauthenticatedError,
} from '../common/errors.js'
import type { Viewer } from '../modules/identity/viewer.js'
import type { Services } from '../services.js'
import { viewerOf } from './media-file.js'
import { isOriginAllowed } from './origin-policy.js'

/** The HTTP status of an API error code, for the routes outside GraphQL. */
export const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
}

/** Answers the scope's errors in GraphQL's shape; `what` names the routes in the log. */
export function answerErrorsAsGraphQL(scope: FastifyInstance, what: string): void {
  scope.setErrorHandler((error, request, reply) => {
    if (error instanceof AppError)
      return reply.code(STATUS_OF_CODE[error.code] ?? 400).send({
        errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
      })
    request.log.error({ err: error }, `${what} request failed`)
    const status = (error as { statusCode?: number }).statusCode ?? 500
    return reply.code(status).send({
      errors: [
        {
          message: status < 500 ? (error as Error).message : 'Internal server error. Try again later.',
          extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' },
        },
      ],
    })
  })
}

/** The viewer of a request; writes from a foreign origin are refused (the session cookie rides along). */
export async function signedIn(
  request: FastifyRequest,
  services: Services,
  allowedOrigins: readonly string[],
  what: string,
): Promise<Viewer> {
  const viewer = await viewerOf(request, services)
  if (!viewer) throw new UnauthenticatedError()
  if (viewer.mustChangePassword) throw new PasswordChangeRequiredError()
  if (request.method !== 'GET' && !isOriginAllowed(request.raw, allowedOrigins))
    throw new ForbiddenError(`This page’s origin may not change ${what}.`)
  return viewer
}
