// The refusal codes the API shares with the consoles (`@cc/web-common/problems`) as the schema's ProblemCode
// enum, so that API clients find them, and what each means, in the schema.
import { PROBLEMS, PROBLEM_CODES, type ProblemCode } from '@cc/web-common/problems'
import { registerEnumType } from 'type-graphql'

export const ProblemCodeEnum = Object.fromEntries(PROBLEM_CODES.map((code) => [code, code])) as {
  [Code in ProblemCode]: Code
}

function described(code: ProblemCode): string {
  const spec: { means: string; params?: readonly string[] } = PROBLEMS[code]
  return spec.params ? `${spec.means} Params: ${spec.params.join(', ')}.` : spec.means
}

registerEnumType(ProblemCodeEnum, {
  name: 'ProblemCode',
  description:
    'Why the API refused, as a stable code. An error keeps its category in `extensions.code` ' +
    '(BAD_USER_INPUT, CONFLICT, RATE_LIMITED, SERVICE_UNAVAILABLE…) and names the ProblemCode in ' +
    '`extensions.reason`, with the values its wording needs in `extensions.params`; each of a ' +
    'BAD_USER_INPUT error’s `extensions.problems` is `{ field, code, params?, message }`. Messages are ' +
    'English; word the code for people in their language.',
  valuesConfig: Object.fromEntries(PROBLEM_CODES.map((code) => [code, { description: described(code) }])),
})
