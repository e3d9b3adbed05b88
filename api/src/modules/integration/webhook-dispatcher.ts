// Sends what the webhook outbox holds. Every API instance runs one: each claims due deliveries with SKIP
// LOCKED (leased, so a delivery of an instance that dies is taken up by another), POSTs them, and records
// the outcome: delivered, retried with backoff for a day, or failed. An endpoint failing for a day is
// disabled, and the administrator who created it is told by mail.
import type { Clock } from '../../common/clock.js'
import { PollingJob } from '../../common/polling-job.js'
import type { Mailer } from '../../common/mailer.js'
import type { Database } from '../../db/database.js'
import type { SecretBox } from '../organization/secret-box.js'
import { User } from '../identity/user.entity.js'
import { WebhookEndpoint, webhookBody } from './webhook.entity.js'
import { sendWebhook, type WebhookRequest, type WebhookResponse } from './webhook-sender.js'
import { claimDueDeliveries, recordAttempt, type DueDelivery } from './webhook.store.js'

/** Waits after the 1st, 2nd… failed attempt; the last repeats. About ten attempts in a day. */
const RETRY_DELAYS_MS = [30e3, 120e3, 600e3, 1_800e3, 3_600e3, 7_200e3, 14_400e3, 21_600e3]
/** Deliveries are retried for this long after their event; then they fail (and can be replayed). */
const RETRY_WINDOW_MS = 24 * 3_600e3
/** A claimed delivery no outcome was recorded for is due again after this (its instance died). */
const LEASE_MS = 60_000
const BATCH = 20
const POLL_MS = 1_000

export interface WebhookDispatcherOptions {
  readonly db: Database
  readonly secrets: SecretBox
  readonly clock: Clock
  readonly mailer: Mailer
  readonly allowInternal: boolean
  readonly logger: { error(context: object, message: string): void }
  /** Replaces the HTTP request (tests of the retry schedule). */
  readonly send?: (request: WebhookRequest) => Promise<WebhookResponse>
  readonly random?: () => number
}

/** When to try again after `attempts` failed attempts, or null to give up. */
export function nextAttemptAt(
  occurredAt: Date,
  attempts: number,
  now: Date,
  random = Math.random,
): Date | null {
  const base = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1] ?? RETRY_DELAYS_MS[0]!
  // ±10 %, so an endpoint that was down does not receive every retry in the same second.
  const next = new Date(now.getTime() + base * (0.9 + 0.2 * random()))
  return next.getTime() - occurredAt.getTime() > RETRY_WINDOW_MS ? null : next
}

export class WebhookDispatcher {
  private readonly job: PollingJob
  private readonly send: (request: WebhookRequest) => Promise<WebhookResponse>

  constructor(private readonly options: WebhookDispatcherOptions) {
    this.send = options.send ?? sendWebhook
    this.job = new PollingJob(
      () => this.runOnce(),
      POLL_MS,
      (error) => options.logger.error({ err: error }, 'webhook dispatch failed; will retry'),
    )
  }

  start(): void {
    this.job.start()
  }

  stop(): Promise<void> {
    return this.job.stop()
  }

  /** Sends every delivery due now, batch after batch; returns how many were attempted. */
  async runOnce(): Promise<number> {
    let attempted = 0
    for (;;) {
      const due = await this.claim()
      if (due.length === 0) return attempted
      await Promise.all(due.map((delivery) => this.deliver(delivery)))
      attempted += due.length
      if (due.length < BATCH || this.job.isStopped) return attempted
    }
  }

  private claim(): Promise<DueDelivery[]> {
    const now = this.options.clock.now()
    return claimDueDeliveries(this.options.db, now, new Date(now.getTime() + LEASE_MS), BATCH)
  }

  private async deliver(delivery: DueDelivery): Promise<void> {
    const response = await this.send({
      url: delivery.url,
      secret: await this.options.secrets.open(delivery.secretSealed),
      deliveryId: delivery.id,
      eventType: delivery.eventType,
      body: webhookBody(delivery),
      timestamp: Math.floor(this.options.clock.now().getTime() / 1000),
      allowInternal: this.options.allowInternal,
    })
    const at = this.options.clock.now()
    const isDisabled = await recordAttempt(this.options.db, {
      deliveryId: delivery.id,
      at,
      statusCode: response.statusCode,
      error: response.error,
      durationMs: response.durationMs,
      delivered: response.delivered,
      nextAttemptAt: response.delivered
        ? null
        : nextAttemptAt(delivery.occurredAt, delivery.attemptCount, at, this.options.random),
    })
    if (isDisabled) await this.tellCreator(delivery)
  }

  private async tellCreator(delivery: DueDelivery): Promise<void> {
    const creator = await this.options.db.inTenant(delivery.tenantId, async (em) => {
      const endpoint = await em.findOne(WebhookEndpoint, { id: delivery.endpointId })
      return endpoint?.createdBy ? em.findOne(User, { id: endpoint.createdBy, deletedAt: null }) : null
    })
    if (!creator?.email) return
    await this.options.mailer
      .send({
        to: creator.email,
        subject: 'Webhook endpoint disabled / Webhook 地址已停用',
        text:
          `Every delivery to ${delivery.url} has failed for a day, so it receives no more events. ` +
          'Fix the receiver, then enable the endpoint again on the Webhooks page and replay the failed deliveries.\n\n' +
          `发往 ${delivery.url} 的推送已连续失败一天，该地址已停用。请修复接收方后，在 Webhook 页面重新启用，并重发失败的推送。`,
      })
      .catch((error: unknown) =>
        this.options.logger.error({ err: error }, 'webhook disabled notice not sent'),
      )
  }
}
