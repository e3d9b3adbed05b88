// Where a webhook may be sent: an `https:` URL (plain `http:` to localhost while developing), and in
// production never to a private, loopback or link-local address. The address check runs on the address
// the connection actually uses, after DNS resolution, so a name that resolves (or re-resolves) to an
// internal address is refused too.
import {
  lookup as dnsLookup,
  type LookupAddress,
  type LookupAllOptions,
  type LookupOneOptions,
} from 'node:dns'
import { BlockList, isIP } from 'node:net'

const INTERNAL = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv4')
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const)
  INTERNAL.addSubnet(network, prefix, 'ipv6')

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

/** True for addresses no tenant's webhook may reach in production. */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped?.[1]) return isInternalAddress(mapped[1])
  const family = isIP(address)
  if (family === 0) return true
  return INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6')
}

export type WebhookUrlProblem = 'NOT_HTTPS' | 'INTERNAL_ADDRESS' | 'INVALID'

/** What is wrong with a webhook URL on its face (the address behind a name is checked when sending). */
export function webhookUrlProblem(url: string, allowInternal: boolean): WebhookUrlProblem | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'INVALID'
  }
  if (parsed.username || parsed.password) return 'INVALID'
  const isLocal = LOCAL_HOSTNAMES.has(parsed.hostname)
  if (parsed.protocol === 'http:' && !(allowInternal && isLocal)) return 'NOT_HTTPS'
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'NOT_HTTPS'
  if (allowInternal) return undefined
  if (isLocal || internalLiteral(parsed) !== undefined) return 'INTERNAL_ADDRESS'
  return undefined
}

/**
 * The URL's host when it is an internal address written out (`https://10.0.0.5/`, `https://[::1]/`).
 * Node does not look such a host up, so the lookup guard below never sees it.
 */
export function internalLiteral(url: URL): string | undefined {
  const literal = url.hostname.replace(/^\[(.*)\]$/, '$1')
  return isIP(literal) !== 0 && isInternalAddress(literal) ? literal : undefined
}

export class InternalAddressError extends Error {
  readonly code = 'EWEBHOOKINTERNAL'
  constructor(hostname: string, address: string) {
    super(`${hostname} resolves to ${address}, a private or loopback address`)
  }
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void

/**
 * A `lookup` for `http.request` that refuses internal addresses. Node asks for all addresses when it
 * races IPv4 and IPv6 (autoSelectFamily), for one otherwise; both answers are checked.
 */
export function guardedLookup(
  hostname: string,
  options: LookupOneOptions | LookupAllOptions,
  callback: LookupCallback,
): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, [])
    const internal = addresses.find((entry) => isInternalAddress(entry.address))
    if (internal) return callback(new InternalAddressError(hostname, internal.address), [])
    if (options.all) return callback(null, addresses)
    const [first] = addresses
    if (!first)
      return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), [])
    callback(null, first.address, first.family)
  })
}
