// Typed GraphQL over fetch: one POST per operation; the session rides on the server's httpOnly cookie.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core'

export const GRAPHQL_PATH = '/graphql'

/** Codes the API puts in `extensions.code`, plus NETWORK_ERROR when no answer arrived at all. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'

export interface FieldProblem {
  field: string
  message: string
}

interface WireError {
  message: string
  extensions?: Record<string, unknown>
}

function problemsFrom(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (problem): problem is FieldProblem =>
      typeof problem?.field === 'string' && typeof problem?.message === 'string',
  )
}

export class GraphQLRequestError extends Error {
  /** Unknown codes pass through as sent, so a newer server never crashes an older page. */
  readonly code: ErrorCode | (string & {})
  /** BAD_USER_INPUT: which input fields are wrong and why. */
  readonly problems: FieldProblem[]
  /** CONFLICT: the input field that collides with existing data. */
  readonly field: string | undefined
  /** RATE_LIMITED: when trying again makes sense. */
  readonly retryAfterSeconds: number | undefined
  /** RATE_LIMITED: why, when the server says, e.g. ACCOUNT_LOCKED or ADDRESS_LOCKED at sign-in. */
  readonly reason: string | undefined

  constructor({ message, extensions = {} }: WireError) {
    super(message)
    this.name = 'GraphQLRequestError'
    this.code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR'
    this.problems = problemsFrom(extensions.problems)
    this.field = typeof extensions.field === 'string' ? extensions.field : undefined
    this.retryAfterSeconds =
      typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined
    this.reason = typeof extensions.reason === 'string' ? extensions.reason : undefined
  }
}

export function hasErrorCode(error: unknown, code: ErrorCode): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError && error.code === code
}

/** Operations without variables take none; the others require theirs. */
type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables]

export async function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  let response: Response
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      // Apollo's CSRF prevention only runs requests that a plain HTML form could not have sent.
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
    })
  } catch (cause) {
    throw new GraphQLRequestError({ message: String(cause), extensions: { code: 'NETWORK_ERROR' } })
  }
  const body = (await response.json().catch(() => null)) as {
    data?: TResult | null
    errors?: WireError[]
  } | null
  const [firstError] = body?.errors ?? []
  if (firstError) throw new GraphQLRequestError(firstError)
  if (!body?.data) {
    throw new GraphQLRequestError({ message: `HTTP ${response.status} without data`, extensions: {} })
  }
  return body.data
}
