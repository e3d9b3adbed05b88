// Test helper of the workstation: answers each GraphQL operation a component sends, by operation name.
import { vi } from 'vitest'

/** Stubs fetch to answer each GraphQL operation by name; returns what was sent, operation by operation. */
export function answerOperations(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const sent: Array<{ name: string; variables: Record<string, unknown> }> = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const { query, variables = {} } = JSON.parse(String(init.body)) as {
        query: string
        variables?: Record<string, unknown>
      }
      const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? ''
      sent.push({ name, variables })
      const body = answers[name]?.(variables) ?? { errors: [{ message: `no answer for ${name}` }] }
      return new Response(JSON.stringify(body), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    }),
  )
  return sent
}
