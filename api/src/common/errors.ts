// The one error hierarchy of the API; graphql/errors.ts maps it to GraphQL error codes in one place.
// Each refusal a person can meet names a specific code from the contract the consoles share
// (`@cc/web-common/problems`): the `reason` of a refusal, the `code` of each field problem. The English
// messages stay for API clients and logs; the consoles word the code.
import type { HasParams, ProblemCode, ProblemParams } from '@cc/web-common/problems'

export type { ProblemCode } from '@cc/web-common/problems'

/** A code, with the values its wording takes when it takes any. */
export type Problem<Code extends ProblemCode = ProblemCode> = Code extends ProblemCode
  ? HasParams<Code> extends true
    ? { code: Code; params: ProblemParams<Code> }
    : { code: Code; params?: undefined }
  : never

export type FieldProblem<Code extends ProblemCode = ProblemCode> = Problem<Code> & {
  /** Input path, e.g. `email` or `rows.3.mobile`. */
  field: string
  /** English, for API clients: e.g. `is not a valid phone number`. */
  message: string
}

/** What a refusal adds to its reason: the field concerned, and the values when the code takes any. */
export type ReasonOptions<Code extends ProblemCode> =
  HasParams<Code> extends true
    ? [options: { field?: string; params: ProblemParams<Code> }]
    : [options?: { field?: string }]

export abstract class AppError extends Error {
  abstract readonly code: string
  /** What `extensions` carries besides the code: reason, params, field, problems, retryAfterSeconds. */
  readonly details: Record<string, unknown> = {}

  protected setReason(reason: ProblemCode, options: { field?: string; params?: object } = {}): void {
    this.details.reason = reason
    if (options.field) this.details.field = options.field
    if (options.params) this.details.params = options.params
  }
}

/** Input that is well-formed GraphQL but not acceptable: names the fields and why. */
export class ValidationError extends AppError {
  readonly code = 'BAD_USER_INPUT'
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '))
    this.details.problems = problems
  }
}

export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED'
  constructor(message = 'Sign in first.') {
    super(message)
  }
}

/** The category says it all (the consoles word it "your role does not allow this"); the message names the rule. */
export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN'
  constructor(message = 'Your role does not allow this.') {
    super(message)
  }
}

export class PasswordChangeRequiredError extends AppError {
  readonly code = 'PASSWORD_CHANGE_REQUIRED'
  constructor() {
    super('Change your password before doing anything else.')
  }
}

/** Also what a foreign tenant's ID gets: the other tenant's rows do not exist for this caller. */
export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND'
  constructor(what: string) {
    super(`${what} not found.`)
  }
}

/** The request clashes with the state of things: a name taken, no call to hold, a flow still in use… */
export class ConflictError<Code extends ProblemCode = ProblemCode> extends AppError {
  readonly code = 'CONFLICT'
  constructor(reason: Code, message: string, ...[options]: ReasonOptions<Code>) {
    super(message)
    this.setReason(reason, options)
  }
}

export class RateLimitedError<Code extends ProblemCode = ProblemCode> extends AppError {
  readonly code = 'RATE_LIMITED'
  constructor(reason: Code, message: string, retryAfterSeconds: number, ...[options]: ReasonOptions<Code>) {
    super(message)
    this.details.retryAfterSeconds = retryAfterSeconds
    this.setReason(reason, options)
  }
}

/** Something the server needs is missing (an operator must install or configure it). */
export class ServiceUnavailableError<Code extends ProblemCode = ProblemCode> extends AppError {
  readonly code = 'SERVICE_UNAVAILABLE'
  constructor(reason: Code, message: string, ...[options]: ReasonOptions<Code>) {
    super(message)
    this.setReason(reason, options)
  }
}
