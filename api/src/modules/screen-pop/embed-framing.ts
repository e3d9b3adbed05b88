// Whether the embedded page lets the workstation frame it. A browser tells the embedding page nothing when
// a frame is refused (the frame shows an error page, and `load` fires as for any page), so the API asks
// the page itself: its X-Frame-Options and its CSP frame-ancestors, the two headers browsers obey.
import http from 'node:http'
import https from 'node:https'
import { guardedLookup, internalLiteral } from '../integration/webhook-address.js'

export type Framing = 'ALLOWED' | 'REFUSED' | 'UNKNOWN'

export interface FramingVerdict {
  framing: Framing
  /** The header that decided a refusal, as the page sent it; or why it is unknown. */
  reason: string | null
}

/** Whether one source expression of frame-ancestors admits the embedder's origin. */
function sourceAdmits(source: string, embedder: URL, page: URL): boolean {
  const lower = source.toLowerCase()
  if (lower === '*') return true
  if (lower === "'self'") return page.origin === embedder.origin
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower)) return embedder.protocol === lower
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^:/]+|\*)(?::(\d+|\*))?(?:\/.*)?$/.exec(lower)
  if (!match) return false
  const [, scheme, wildcard, host, port] = match
  if (scheme && `${scheme}:` !== embedder.protocol) return false
  const embedderHost = embedder.hostname.toLowerCase()
  const hostMatches = host === '*' || (wildcard ? embedderHost.endsWith(`.${host}`) : embedderHost === host)
  const defaultPort = embedder.protocol === 'https:' ? '443' : '80'
  const portMatches = port === '*' || (port ?? defaultPort) === (embedder.port || defaultPort)
  return hostMatches && portMatches
}

/** The verdict of a page's response headers for an embedder at `embedderOrigin`. */
export function framingOf(
  headers: Record<string, string | string[] | undefined>,
  pageUrl: string,
  embedderOrigin: string,
): FramingVerdict {
  const page = new URL(pageUrl)
  const embedder = new URL(embedderOrigin)
  const policies = [headers['content-security-policy'] ?? []].flat()
  for (const policy of policies) {
    const directive = policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .find(([name]) => name?.toLowerCase() === 'frame-ancestors')
    // CSP frame-ancestors overrides X-Frame-Options where both are sent.
    if (directive && !directive.slice(1).some((source) => sourceAdmits(source, embedder, page)))
      return { framing: 'REFUSED', reason: `Content-Security-Policy: ${directive.join(' ')}` }
    if (directive) return { framing: 'ALLOWED', reason: null }
  }
  const frameOptions = [headers['x-frame-options'] ?? []].flat().join(',').trim()
  const option = frameOptions.toUpperCase()
  if (option === 'DENY' || (option === 'SAMEORIGIN' && page.origin !== embedder.origin))
    return { framing: 'REFUSED', reason: `X-Frame-Options: ${frameOptions}` }
  return { framing: 'ALLOWED', reason: null }
}

/**
 * Asks the page (a GET whose body is not read) and judges its headers. Outside development the request
 * never reaches a private or loopback address, as for webhooks; such a page is judged UNKNOWN.
 */
export function probeFraming(
  pageUrl: string,
  options: { embedderOrigin: string; allowInternal: boolean; timeoutMs: number },
): Promise<FramingVerdict> {
  const url = new URL(pageUrl)
  if (!options.allowInternal && internalLiteral(url))
    return Promise.resolve({ framing: 'UNKNOWN', reason: 'internal address' })
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const request = client.get(
      url,
      {
        timeout: options.timeoutMs,
        lookup: options.allowInternal ? undefined : guardedLookup,
        headers: { accept: 'text/html', 'user-agent': 'cloud-call-center screen pop check' },
      },
      (response) => {
        resolve(framingOf(response.headers, pageUrl, options.embedderOrigin))
        response.destroy()
      },
    )
    request.on('timeout', () => request.destroy(new Error('timed out')))
    request.on('error', (error) => resolve({ framing: 'UNKNOWN', reason: error.message }))
  })
}
