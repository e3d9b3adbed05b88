// The one error hierarchy of the API; graphql/errors.ts maps it to GraphQL error codes in one place.

export interface FieldProblem {
  /** Input path, e.g. `email` or `rows.3.mobile`. */
  field: string
  message: string
}

export abstract class AppError extends Error {
  abstract readonly code: string
  readonly details: Record<string, unknown> = {}
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

export class ConflictError extends AppError {
  readonly code = 'CONFLICT'
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message)
    if (field) this.details.field = field
  }
}

export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED'
  /** `reason` is a stable code for clients to word the refusal by, e.g. ACCOUNT_LOCKED at sign-in. */
  constructor(message: string, retryAfterSeconds: number, reason?: string) {
    super(message)
    this.details.retryAfterSeconds = retryAfterSeconds
    if (reason) this.details.reason = reason
  }
}
