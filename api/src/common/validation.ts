// Runs zod schemas over service input and turns failures into one ValidationError naming every field.
import type { z } from 'zod'
import { ValidationError } from './errors.js'

export function validateInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  throw new ValidationError(
    result.error.issues.map((issue) => ({ field: issue.path.join('.') || 'input', message: issue.message })),
  )
}
