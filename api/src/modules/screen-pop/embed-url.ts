// The page an admin embeds in the screen pop (G4): a URL template with the call's variables, checked when
// saved and filled in for each call. Variables may sit in the path, the query or the fragment, never in
// the origin: a caller's number must not be able to choose which site the agent's browser opens.
import type { FieldProblem } from '../../common/errors.js'

export const EMBED_VARIABLES = [
  'callerNumber',
  'dialledNumber',
  'callId',
  'agentNumber',
  'customerId',
  'skillGroup',
] as const

export type EmbedVariable = (typeof EMBED_VARIABLES)[number]
export type EmbedValues = Record<EmbedVariable, string | null>

const VARIABLE = /\{([^{}]*)\}/g
const MAX_TEMPLATE_LENGTH = 2000
const MAX_ORIGINS = 20

/** The origin part of a template: scheme and authority, up to the first `/`, `?` or `#` after `//`. */
function originPart(template: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(template)
  return match ? match[0] : template
}

/** An origin as browsers write it (`https://crm.example.com`, `http://10.0.0.8:8080`), or undefined. */
export function normalisedOrigin(text: string): string | undefined {
  try {
    const url = new URL(text)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
    return url.origin === text.replace(/\/$/, '') ? url.origin : undefined
  } catch {
    return undefined
  }
}

/** Problems of allowed origins, as `allowedOrigins.<n>` fields. */
export function originProblems(origins: readonly string[]): FieldProblem[] {
  if (origins.length > MAX_ORIGINS)
    return [
      {
        field: 'allowedOrigins',
        code: 'TOO_MANY',
        message: `at most ${MAX_ORIGINS} origins`,
        params: { maximum: MAX_ORIGINS },
      },
    ]
  return origins.flatMap((origin, index) =>
    normalisedOrigin(origin)
      ? []
      : [
          {
            field: `allowedOrigins.${index}`,
            code: 'INVALID_ORIGIN',
            message: 'an origin is a scheme and host, e.g. https://crm.example.com',
          },
        ],
  )
}

/** Problems of a URL template against the allowed origins, as `urlTemplate` field problems. */
export function templateProblems(template: string, allowedOrigins: readonly string[]): FieldProblem[] {
  const field = 'urlTemplate'
  if (template.length > MAX_TEMPLATE_LENGTH)
    return [
      {
        field,
        code: 'TOO_LONG',
        message: `at most ${MAX_TEMPLATE_LENGTH} characters`,
        params: { maximum: MAX_TEMPLATE_LENGTH },
      },
    ]
  const unknown = [...template.matchAll(VARIABLE)]
    .map((match) => match[1]!)
    .find((name) => !(EMBED_VARIABLES as readonly string[]).includes(name))
  if (unknown !== undefined)
    return [
      {
        field,
        code: 'UNKNOWN_EMBED_VARIABLE',
        message: `{${unknown}} is not a call variable`,
        params: { name: unknown },
      },
    ]
  if (/[{}]/.test(originPart(template)))
    return [{ field, code: 'EMBED_VARIABLE_IN_ORIGIN', message: 'variables cannot choose the site' }]
  let url: URL
  try {
    url = new URL(template.replace(VARIABLE, 'x'))
  } catch {
    return [{ field, code: 'INVALID_URL', message: 'not a valid URL' }]
  }
  if (url.username || url.password || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    return [{ field, code: 'INVALID_URL', message: 'not a valid URL' }]
  if (url.protocol !== 'https:' && !allowedOrigins.includes(url.origin))
    return [
      {
        field,
        code: 'EMBED_URL_NOT_ALLOWED',
        message: 'the page must be https:, or its origin listed among the allowed origins',
      },
    ]
  return []
}

/**
 * The template filled in for one call, each value URL-encoded; undefined when the saved template no
 * longer passes (an origin was removed since).
 */
export function embedUrl(
  template: string,
  allowedOrigins: readonly string[],
  values: EmbedValues,
): string | undefined {
  if (templateProblems(template, allowedOrigins).length) return undefined
  return template.replace(VARIABLE, (_, name: EmbedVariable) => encodeURIComponent(values[name] ?? ''))
}
