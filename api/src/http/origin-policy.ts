// Which browser origins may use cookie sessions over WebSocket: the API's own and those configured.
import type { IncomingMessage } from 'node:http'

export function isOriginAllowed(request: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin
  // Browsers always send Origin on a WebSocket upgrade; other clients authenticate with a token.
  if (!origin) return true
  if (allowedOrigins.includes(origin)) return true
  try {
    return new URL(origin).host === request.headers.host
  } catch {
    return false
  }
}
