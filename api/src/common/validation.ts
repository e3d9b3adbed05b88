// Runs zod schemas over service input and turns failures into one ValidationError naming every field,
// each with the problem code the consoles word it by.
import { isProblemCode, type ProblemCode, type ProblemParams } from '@cc/web-common/problems'
import type { z } from 'zod'
import { ValidationError, type FieldProblem, type Problem, type ReasonOptions } from './errors.js'

export function validateInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  // With the input reported, a missing value (REQUIRED) is told apart from a wrong one.
  const result = schema.safeParse(input, { reportInput: true })
  if (result.success) return result.data
  throw new ValidationError(fieldProblemsOf(result.error, 'input'))
}

/**
 * A refinement's problem, for `.refine(check, problem(…))` and `addIssue({ code: 'custom', ...problem(…) })`:
 * the English message plus the code (and values) that `fieldProblemsOf` reads back.
 */
export function problem<Code extends ProblemCode>(
  code: Code,
  message: string,
  ...[values]: ValuesArgument<Code>
): { message: string; params: { code: Code } } {
  return { message, params: { ...(values as object | undefined), code } }
}

/** A field problem found outside zod, as a custom issue of a `superRefine`. */
export function issueOf(found: FieldProblem) {
  const params: Record<string, unknown> = { ...found.params, code: found.code }
  return { code: 'custom' as const, path: [found.field], message: found.message, params }
}

type ValuesArgument<Code extends ProblemCode> =
  ReasonOptions<Code> extends [{ params: infer Params }] ? [values: Params] : []

/** Every issue as a field problem: custom issues carry their code; zod's own checks get one by kind. */
export function fieldProblemsOf(error: z.ZodError, wholeInput: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.join('.') || wholeInput,
    message: issue.message,
    ...problemOf(issue),
  })) as FieldProblem[]
}

function problemOf(issue: z.core.$ZodIssue): { code: ProblemCode; params?: ProblemParams } {
  switch (issue.code) {
    case 'custom': {
      const { code, ...params } = (issue.params ?? {}) as { code?: unknown }
      if (!isProblemCode(code)) return { code: 'INVALID_VALUE' }
      return Object.keys(params).length ? { code, params: params as ProblemParams } : { code }
    }
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return { code: 'REQUIRED' }
      return { code: issue.expected === 'int' ? 'NOT_A_WHOLE_NUMBER' : 'INVALID_VALUE' }
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'REQUIRED' } : limit('TOO_SHORT', { minimum })
      if (issue.origin === 'array' || issue.origin === 'set') return limit('TOO_FEW', { minimum })
      return limit('TOO_SMALL', { minimum })
    }
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'string') return limit('TOO_LONG', { maximum })
      if (issue.origin === 'array' || issue.origin === 'set') return limit('TOO_MANY', { maximum })
      return limit('TOO_LARGE', { maximum })
    }
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'INVALID_EMAIL' }
      if (issue.format === 'uuid' || issue.format === 'guid') return { code: 'INVALID_ID' }
      return { code: 'INVALID_FORMAT' }
    case 'invalid_value':
      return { code: 'INVALID_CHOICE' }
    default:
      return { code: 'INVALID_VALUE' }
  }
}

function limit<Code extends 'TOO_SHORT' | 'TOO_LONG' | 'TOO_SMALL' | 'TOO_LARGE' | 'TOO_FEW' | 'TOO_MANY'>(
  code: Code,
  params: ProblemParams<Code>,
): Problem<Code> {
  return { code, params } as Problem<Code>
}
