// Maps every error to what a client may see: a stable code and a human message, never a stack or SQL.
import type { GraphQLFormattedError } from 'graphql'
import { GraphQLError } from 'graphql'
import { unwrapResolverError } from '@apollo/server/errors'
import { AppError } from '../common/errors.js'

export interface ErrorLogger {
  error(details: object, message: string): void
}

export function createErrorFormatter(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, raw: unknown): GraphQLFormattedError => {
    const error = unwrapResolverError(raw)
    if (error instanceof AppError) {
      return {
        message: error.message,
        path: formatted.path,
        extensions: { code: error.code, ...error.details },
      }
    }
    // Errors GraphQL and Apollo raise (syntax, validation, CSRF, limits) describe the request, not the server.
    if (
      error instanceof GraphQLError &&
      (!error.originalError || error.originalError instanceof GraphQLError)
    ) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        // Apollo files every validation failure under one code; our limit rules carry a sharper one.
        extensions: {
          code:
            (error.originalError as GraphQLError | undefined)?.extensions?.code ??
            formatted.extensions?.code ??
            'GRAPHQL_VALIDATION_FAILED',
        },
      }
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error in GraphQL operation')
    return {
      message: 'Internal server error. It has been logged; try again later.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    }
  }
}
