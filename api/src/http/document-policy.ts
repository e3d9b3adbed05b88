// The security headers of a console's page (index.html). The Content-Security-Policy allows the page's
// own inline scripts by their hashes (the build writes one that starts the route's downloads and `me`),
// so an injected script runs nowhere; everything else the consoles load comes from their own origin.
import { createHash } from 'node:crypto'
import { readFile, stat } from 'node:fs/promises'

/** Inline `<script>` elements without a `src`; JSON data blocks are not run, so they need no hash. */
const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi
const DATA_BLOCK_TYPE = /\btype=["']?application\/(?:ld\+)?json/i

export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .filter(([, attributes]) => !DATA_BLOCK_TYPE.test(attributes!))
    .map(([, , body]) => `'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`)
}

export function contentSecurityPolicy(html: string): string {
  return [
    `default-src 'self'`,
    `script-src 'self' ${inlineScriptHashes(html).join(' ')}`.trimEnd(),
    // Element Plus positions popovers and tables with style attributes.
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `media-src 'self' blob:`,
    // The softphone's SIP WebSocket goes to whatever server the company's SIP line names.
    `connect-src 'self' ws: wss:`,
    // Screen pops embed the company's own pages: https:, or http: origins the company allowed.
    `frame-src 'self' https: http:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    // No other site may frame a console (clickjacking).
    `frame-ancestors 'none'`,
  ].join('; ')
}

export const DOCUMENT_HEADERS = {
  'x-frame-options': 'DENY',
  // The consoles' addresses carry record IDs; a screen pop's page or a link opened from it need not see them.
  'referrer-policy': 'same-origin',
} as const

/**
 * The policy of an index.html, read again only when the file changes (a rebuild while the API runs
 * writes new inline scripts, and a stale hash would leave the console blank).
 */
export function documentPolicyOf(indexPath: string): () => Promise<string> {
  let cached: { modifiedMs: number; policy: string } | undefined
  return async () => {
    const { mtimeMs } = await stat(indexPath)
    if (cached?.modifiedMs !== mtimeMs) {
      cached = { modifiedMs: mtimeMs, policy: contentSecurityPolicy(await readFile(indexPath, 'utf8')) }
    }
    return cached.policy
  }
}
