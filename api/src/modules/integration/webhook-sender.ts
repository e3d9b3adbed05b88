// One webhook request: the signed body POSTed to the endpoint, and what came back. The signature recipe is
// documented for receivers in docs/webhooks.md; `webhookSignature` is that recipe.
import { createHmac } from 'node:crypto'
import http from 'node:http'
import https from 'node:https'
import { guardedLookup, InternalAddressError, internalLiteral } from './webhook-address.js'

export const SIGNATURE_HEADER = 'x-cc-signature'
export const EVENT_HEADER = 'x-cc-event'
export const DELIVERY_HEADER = 'x-cc-delivery'

/** A receiver that has not answered in this time is taken as failed; the delivery is retried. */
const REQUEST_TIMEOUT_MS = 10_000
/** How much of a response body the delivery log keeps, to show the receiver's own error. */
const RESPONSE_EXCERPT_BYTES = 1_000

export interface WebhookRequest {
  readonly url: string
  readonly secret: string
  readonly deliveryId: string
  readonly eventType: string
  /** The exact bytes to send: the same for every attempt of one delivery. */
  readonly body: string
  /** Unix seconds, signed with the body so a receiver can refuse replays of old requests. */
  readonly timestamp: number
  readonly allowInternal: boolean
}

export interface WebhookResponse {
  /** True for a 2xx answer. */
  readonly delivered: boolean
  readonly statusCode: number | null
  /** Why it failed, for the delivery log: the receiver's words, or what went wrong getting there. */
  readonly error: string | null
  readonly durationMs: number
}

/** `v1=` HMAC-SHA256 with the endpoint's secret over `<timestamp>.<body>`, as hex. */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')
}

export function sendWebhook(request: WebhookRequest): Promise<WebhookResponse> {
  const started = performance.now()
  const finish = (outcome: Omit<WebhookResponse, 'durationMs'>): WebhookResponse => ({
    ...outcome,
    durationMs: Math.round(performance.now() - started),
  })
  const url = new URL(request.url)
  const literal = request.allowInternal ? undefined : internalLiteral(url)
  if (literal)
    return Promise.resolve(
      finish({
        delivered: false,
        statusCode: null,
        error: new InternalAddressError(literal, literal).message,
      }),
    )
  const client = url.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const outgoing = client.request(
      url,
      {
        method: 'POST',
        timeout: REQUEST_TIMEOUT_MS,
        lookup: request.allowInternal ? undefined : guardedLookup,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'content-length': Buffer.byteLength(request.body),
          'user-agent': 'cloud-call-center-webhooks/1',
          [EVENT_HEADER]: request.eventType,
          [DELIVERY_HEADER]: request.deliveryId,
          [SIGNATURE_HEADER]: `t=${request.timestamp},v1=${webhookSignature(request.secret, request.timestamp, request.body)}`,
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        let kept = 0
        response.on('data', (chunk: Buffer) => {
          if (kept >= RESPONSE_EXCERPT_BYTES) return
          chunks.push(chunk)
          kept += chunk.length
        })
        response.on('error', () => {})
        response.on('end', () => {
          const statusCode = response.statusCode ?? null
          const delivered = statusCode !== null && statusCode >= 200 && statusCode < 300
          // Redirects are not followed: a receiver moved is for its owner to update, not for us to chase.
          const excerpt = Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES).toString('utf8').trim()
          resolve(
            finish({ delivered, statusCode, error: delivered ? null : excerpt || `HTTP ${statusCode}` }),
          )
        })
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer in ${REQUEST_TIMEOUT_MS / 1000} s`)))
    outgoing.on('error', (error) =>
      resolve(finish({ delivered: false, statusCode: null, error: error.message })),
    )
    outgoing.end(request.body)
  })
}
