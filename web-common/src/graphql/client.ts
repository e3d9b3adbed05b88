// Typed GraphQL over fetch: one POST per operation; the session rides on the server's httpOnly cookie.
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core'
import type { ProblemCode } from '../problems'

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
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'

/** Values a problem code's wording takes, e.g. `{ maximum: 50 }`. */
export type ProblemParams = Record<string, string | number>

/** One wrong input field: the code to word it by (see ../problems.ts), and the API's English message. */
export interface FieldProblem {
  field: string
  code?: string
  params?: ProblemParams
  message: string
}

function paramsFrom(value: unknown): ProblemParams | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as ProblemParams)
    : undefined
}

interface WireError {
  message: string
  extensions?: Record<string, unknown>
}

function problemsFrom(value: unknown): FieldProblem[] {
  if (!Array.isArray(value)) return []
  return value
    .filter(
      (problem): problem is FieldProblem =>
        typeof problem?.field === 'string' && typeof problem?.message === 'string',
    )
    .map(({ field, code, params, message }) => ({
      field,
      code: typeof code === 'string' ? code : undefined,
      params: paramsFrom(params),
      message,
    }))
}

export class GraphQLRequestError extends Error {
  /** Unknown codes pass through as sent, so a newer server never crashes an older page. */
  readonly code: ErrorCode | (string & {})
  /** BAD_USER_INPUT: which input fields are wrong and why. */
  readonly problems: FieldProblem[]
  /** The input field the refusal concerns, e.g. `name` for NAME_TAKEN. */
  readonly field: string | undefined
  /** RATE_LIMITED: when trying again makes sense. */
  readonly retryAfterSeconds: number | undefined
  /** Why, as a problem code to word the refusal by: NO_SIP_ACCOUNT, ACCOUNT_LOCKED… (../problems.ts). */
  readonly reason: ProblemCode | (string & {}) | undefined
  /** The values the reason's wording takes. */
  readonly params: ProblemParams

  constructor({ message, extensions = {} }: WireError) {
    super(message)
    this.name = 'GraphQLRequestError'
    this.code = typeof extensions.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR'
    this.problems = problemsFrom(extensions.problems)
    this.field = typeof extensions.field === 'string' ? extensions.field : undefined
    this.retryAfterSeconds =
      typeof extensions.retryAfterSeconds === 'number' ? extensions.retryAfterSeconds : undefined
    this.reason = typeof extensions.reason === 'string' ? extensions.reason : undefined
    this.params = paramsFrom(extensions.params) ?? {}
  }
}

export function hasErrorCode(error: unknown, code: ErrorCode): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError && error.code === code
}

/** Whether the API refused for this reason, e.g. `hasReason(error, 'NO_SIP_ACCOUNT')`. */
export function hasReason(error: unknown, reason: ProblemCode): error is GraphQLRequestError {
  return error instanceof GraphQLRequestError && error.reason === reason
}

/** Operations without variables take none; the others require theirs. */
type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [TVariables]

/**
 * Answers asked for ahead of the page that needs them, by operation and variables: a route sends its page's
 * first queries with the navigation (a route's `meta.prefetch`), while the page's code is still loading.
 */
const prefetched = new Map<string, Promise<unknown>>()

const prefetchKey = (document: { toString(): string }, variables: unknown) =>
  JSON.stringify([document.toString(), variables ?? null])

/** Sends an operation now; the first `request` of it with equal variables takes this answer. */
export function prefetch<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): void {
  keepPrefetched(document, variables, send(document, variables))
}

/**
 * Takes an operation's request that left before this script ran (index.html's, see
 * web-common/route-preload.ts): its body must be `requestBody(document)`. Then as `prefetch`.
 */
export function adoptPrefetched<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  response: Promise<Response>,
): void {
  keepPrefetched(document, undefined, answerOf<TResult>(response))
}

function keepPrefetched(document: { toString(): string }, variables: unknown, answer: Promise<unknown>) {
  // Taken a moment later, or never: until then a failure must not count as unhandled.
  answer.catch(() => {})
  prefetched.set(prefetchKey(document, variables), answer)
}

/** Forgets the answers no page took: by the next navigation they may be out of date. */
export function dropPrefetched(): void {
  prefetched.clear()
}

export function request<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const key = prefetchKey(document, variables)
  const answer = prefetched.get(key) as Promise<TResult> | undefined
  if (!answer) return send(document, variables)
  prefetched.delete(key)
  return answer
}

/** How an operation travels: the body index.html's early request must send too. */
export const requestInit = (document: { toString(): string }, variables?: unknown): RequestInit => ({
  method: 'POST',
  credentials: 'same-origin',
  // Apollo's CSRF prevention only runs requests that a plain HTML form could not have sent.
  headers: { 'content-type': 'application/json', accept: 'application/json' },
  body: JSON.stringify({ query: document.toString(), variables }),
})

function send<TResult, TVariables>(
  document: DocumentTypeDecoration<TResult, TVariables>,
  variables: TVariables | undefined,
): Promise<TResult> {
  return answerOf<TResult>(fetch(GRAPHQL_PATH, requestInit(document, variables)))
}

async function answerOf<TResult>(sent: Promise<Response>): Promise<TResult> {
  let response: Response
  try {
    response = await sent
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
