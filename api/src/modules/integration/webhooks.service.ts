// Webhook endpoints and their delivery log, managed by a company's tenant-wide administrators. Events
// reach the outbox from database triggers (see the webhooks migration); WebhookDispatcher sends them.
import { randomBytes, randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ForbiddenError, NotFoundError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import { validatePage, type Page, type PageInput } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import type { SecretBox } from '../organization/secret-box.js'
import { webhookUrlProblem } from './webhook-address.js'
import {
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEndpoint,
  WebhookEvent,
} from './webhook.entity.js'

/** Recognisable in receivers' configuration and by secret scanners. */
const SECRET_PREFIX = 'whsec_'
const MAX_ENDPOINTS_PER_TENANT = 20

const SUBSCRIBABLE = Object.values(WebhookEvent).filter((event) => event !== WebhookEvent.PING)

function urlSchema(allowInternal: boolean) {
  return z
    .string()
    .trim()
    .max(2000, 'must be at most 2000 characters')
    .superRefine((url, context) => {
      const found = webhookUrlProblem(url, allowInternal)
      if (found === 'INVALID')
        context.addIssue({ code: 'custom', ...problem('INVALID_URL', 'is not a valid URL') })
      if (found === 'NOT_HTTPS')
        context.addIssue({ code: 'custom', ...problem('WEBHOOK_URL_NOT_HTTPS', 'must be an https: URL') })
      if (found === 'INTERNAL_ADDRESS')
        context.addIssue({
          code: 'custom',
          ...problem('WEBHOOK_URL_INTERNAL', 'points to a private or loopback address'),
        })
    })
}

const eventsSchema = z
  .array(z.enum(SUBSCRIBABLE as [WebhookEvent, ...WebhookEvent[]]))
  .min(1, 'choose at least one event')
  .transform((events) => [...new Set(events)])

const descriptionSchema = z.string().trim().max(200, 'must be at most 200 characters')

export interface WebhookEndpointInput {
  url: string
  description?: string | null
  events: WebhookEvent[]
}

export interface WebhookEndpointChanges {
  url?: string | null
  description?: string | null
  events?: WebhookEvent[] | null
  enabled?: boolean | null
}

export interface WebhookDeliveryFilter {
  endpointId: string
  status?: WebhookDeliveryStatus | null
}

export interface EndpointWithSecret {
  endpoint: WebhookEndpoint
  secret: string
}

function snapshot(endpoint: WebhookEndpoint): Record<string, unknown> {
  return {
    url: endpoint.url,
    description: endpoint.description,
    events: endpoint.events,
    enabled: endpoint.enabled,
  }
}

export class WebhooksService {
  private readonly createSchema: z.ZodType<{ url: string; description: string; events: WebhookEvent[] }>
  private readonly changeSchema: z.ZodType<{
    url?: string
    description?: string
    events?: WebhookEvent[]
    enabled?: boolean
  }>

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
    /** Development only: endpoints on localhost over plain HTTP, and no internal-address refusal. */
    private readonly allowInternal: boolean,
  ) {
    this.createSchema = z.object({
      url: urlSchema(allowInternal),
      description: descriptionSchema.nullish().transform((text) => text ?? ''),
      events: eventsSchema,
    })
    this.changeSchema = z.object({
      url: urlSchema(allowInternal)
        .nullish()
        .transform((url) => url ?? undefined),
      description: descriptionSchema.nullish().transform((text) => text ?? undefined),
      events: eventsSchema.nullish().transform((events) => events ?? undefined),
      enabled: z
        .boolean()
        .nullish()
        .transform((enabled) => enabled ?? undefined),
    })
  }

  async list(viewer: Viewer): Promise<WebhookEndpoint[]> {
    return this.asManager(viewer, (em) =>
      em.find(WebhookEndpoint, {}, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    )
  }

  async create(viewer: Viewer, input: WebhookEndpointInput): Promise<EndpointWithSecret> {
    const data = validateInput(this.createSchema, input)
    const secret = SECRET_PREFIX + randomBytes(24).toString('base64url')
    const secretSealed = await this.secrets.seal(secret)
    const endpoint = await this.asManager(viewer, async (em) => {
      if ((await em.count(WebhookEndpoint, {})) >= MAX_ENDPOINTS_PER_TENANT)
        throw new ForbiddenError(`A company has at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints.`)
      const now = this.clock.now()
      const created = em.create(WebhookEndpoint, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        ...data,
        secretSealed,
        enabled: true,
        createdBy: viewer.userId,
        createdAt: now,
        updatedAt: now,
      })
      em.persist(created)
      await this.audit.record(em, viewer, {
        action: 'WEBHOOK_CREATED',
        entityType: 'WEBHOOK',
        entityId: created.id,
        after: snapshot(created),
      })
      return created
    })
    return { endpoint, secret }
  }

  async update(viewer: Viewer, id: string, changes: WebhookEndpointChanges): Promise<WebhookEndpoint> {
    const data = validateInput(this.changeSchema, changes)
    return this.asManager(viewer, async (em) => {
      const endpoint = await this.endpointIn(em, id)
      const before = snapshot(endpoint)
      if (data.url !== undefined) endpoint.url = data.url
      if (data.description !== undefined) endpoint.description = data.description
      if (data.events !== undefined) endpoint.events = data.events
      if (data.enabled === true && !endpoint.enabled) {
        endpoint.enabled = true
        endpoint.disabledReason = null
        endpoint.disabledAt = null
        endpoint.failingSince = null
      }
      if (data.enabled === false && endpoint.enabled) {
        endpoint.enabled = false
        endpoint.disabledReason = WebhookDisabledReason.BY_ADMIN
        endpoint.disabledAt = this.clock.now()
      }
      endpoint.updatedAt = this.clock.now()
      await this.audit.record(em, viewer, {
        action: 'WEBHOOK_UPDATED',
        entityType: 'WEBHOOK',
        entityId: endpoint.id,
        before,
        after: snapshot(endpoint),
      })
      return endpoint
    })
  }

  /** A new secret, shown this once; the old one stops signing at once. */
  async rotateSecret(viewer: Viewer, id: string): Promise<EndpointWithSecret> {
    const secret = SECRET_PREFIX + randomBytes(24).toString('base64url')
    const secretSealed = await this.secrets.seal(secret)
    const endpoint = await this.asManager(viewer, async (em) => {
      const endpoint = await this.endpointIn(em, id)
      endpoint.secretSealed = secretSealed
      endpoint.updatedAt = this.clock.now()
      await this.audit.record(em, viewer, {
        action: 'WEBHOOK_SECRET_ROTATED',
        entityType: 'WEBHOOK',
        entityId: endpoint.id,
      })
      return endpoint
    })
    return { endpoint, secret }
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    return this.asManager(viewer, async (em) => {
      const endpoint = await this.endpointIn(em, id)
      await this.audit.record(em, viewer, {
        action: 'WEBHOOK_DELETED',
        entityType: 'WEBHOOK',
        entityId: endpoint.id,
        before: snapshot(endpoint),
      })
      em.remove(endpoint)
      return true
    })
  }

  /** Queues a `ping` to the endpoint, so an administrator can see their receiver answer. */
  async ping(viewer: Viewer, id: string): Promise<WebhookDelivery> {
    return this.asManager(viewer, async (em) => {
      const endpoint = await this.endpointIn(em, id)
      const now = this.clock.now()
      const delivery = em.create(WebhookDelivery, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        endpointId: endpoint.id,
        eventType: WebhookEvent.PING,
        payload: { endpointId: endpoint.id },
        occurredAt: now,
        nextAttemptAt: now,
        status: WebhookDeliveryStatus.PENDING,
      })
      em.persist(delivery)
      return delivery
    })
  }

  async deliveries(
    viewer: Viewer,
    filter: WebhookDeliveryFilter,
    pageInput?: PageInput,
  ): Promise<Page<WebhookDelivery>> {
    const page = validatePage(pageInput)
    return this.asManager(viewer, async (em) => {
      const endpoint = await this.endpointIn(em, filter.endpointId)
      const [items, totalCount] = await em.findAndCount(
        WebhookDelivery,
        { endpointId: endpoint.id, ...(filter.status ? { status: filter.status } : {}) },
        { orderBy: { occurredAt: 'desc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  /** Sends a delivery again (the same body and ID, so receivers can tell it is the same event). */
  async replay(viewer: Viewer, id: string): Promise<WebhookDelivery> {
    return this.asManager(viewer, async (em) => {
      const delivery = await em.findOne(WebhookDelivery, { id: knownId(id, 'Webhook delivery') })
      if (!delivery) throw new NotFoundError('Webhook delivery')
      if (delivery.status === WebhookDeliveryStatus.PENDING) return delivery
      delivery.status = WebhookDeliveryStatus.PENDING
      delivery.nextAttemptAt = this.clock.now()
      delivery.deliveredAt = null
      return delivery
    })
  }

  private async endpointIn(em: EntityManager, id: string) {
    const endpoint = await em.findOne(WebhookEndpoint, { id: knownId(id, 'Webhook endpoint') })
    if (!endpoint) throw new NotFoundError('Webhook endpoint')
    return endpoint
  }

  /**
   * Webhooks carry every organisation's calls and agents, so only administrators of the whole company
   * (signed in, not through an API key) manage them.
   */
  private asManager<T>(viewer: Viewer, work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      ;(await AccessPolicy.load(em, viewer)).assertCanManageWebhooks()
      return work(em)
    })
  }
}
