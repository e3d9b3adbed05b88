// A customer's history timeline (G4) and what people and outside systems add to it: agents' notes, and
// online chats or tickets from other systems through the integration API (X5 keys), each with its source
// and link. Every addition reaches the screen pops showing the customer (customer-events.ts).
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { NotFoundError, ValidationError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import { Organization } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { phoneNumberSchema } from '../organization/phone.js'
import type { CustomerChange, CustomerEvents } from './customer-events.js'
import {
  decodeCursor,
  encodeCursor,
  newestFirst,
  type HistoryItem,
  type HistorySource,
} from './customer-history.js'
import { historyEntriesOf, saveHistoryEntry } from './customer-history.store.js'
import type { CustomersService } from './customers.service.js'

const DEFAULT_PAGE = 20
const MAX_PAGE = 100

const linkSchema = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .url('must be a URL')
  .refine((link) => /^https?:\/\//i.test(link), 'must be an http or https address')

const noteSchema = z.object({
  text: z.string().trim().min(1, 'must not be empty').max(4000, 'must be at most 4000 characters'),
})

function entrySchema(homeRegion: string) {
  return z
    .object({
      customerId: z.string().nullish(),
      phoneNumber: phoneNumberSchema(homeRegion).nullish(),
      organization: z.enum(Organization).nullish(),
      kind: z.enum(['CHAT', 'TICKET', 'OTHER']),
      source: z.string().trim().min(1, 'must not be empty').max(40, 'must be at most 40 characters'),
      externalId: z.string().trim().min(1).max(200, 'must be at most 200 characters').nullish(),
      title: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
      body: z.string().max(10_000, 'must be at most 10000 characters').nullish(),
      link: linkSchema.nullish(),
      occurredAt: z.date().nullish(),
    })
    .refine((entry) => Boolean(entry.customerId) !== Boolean(entry.phoneNumber), {
      path: ['customerId'],
      message: 'give either the customer or a phone number',
    })
}

export interface HistoryPage {
  entries: HistoryItem[]
  /** Pass as `after` for the next page; null when this page is the last. */
  nextCursor: string | null
}

export class CustomerHistoryService {
  private readonly sources: HistorySource[] = [
    (em, _viewer, customerId, before, limit) => historyEntriesOf(em, customerId, before, limit),
  ]

  constructor(
    private readonly db: Database,
    private readonly customers: CustomersService,
    private readonly events: CustomerEvents,
    private readonly settings: AcdSettingsService,
    private readonly clock: Clock,
  ) {}

  /** Calls, summaries and contact plans add their entries to the timeline. */
  registerSource(source: HistorySource): void {
    this.sources.push(source)
  }

  async list(
    viewer: Viewer,
    customerId: string,
    after?: string | null,
    limit?: number | null,
  ): Promise<HistoryPage> {
    const before = after ? decodeCursor(after) : null
    if (before === undefined)
      throw new ValidationError([
        { field: 'after', code: 'INVALID_VALUE', message: 'not a cursor of this list' },
      ])
    const size = Math.min(Math.max(limit ?? DEFAULT_PAGE, 1), MAX_PAGE)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const customer = await this.customers.findVisible(em, viewer, customerId)
      // One more than asked tells whether another page follows.
      const found: HistoryItem[] = []
      for (const source of this.sources)
        found.push(...(await source(em, viewer, customer.id, before, size + 1)))
      const entries = found.sort(newestFirst).slice(0, size + 1)
      const hasMore = entries.length > size
      const page = entries.slice(0, size)
      return { entries: page, nextCursor: hasMore ? encodeCursor(page[page.length - 1]!) : null }
    })
  }

  async addNote(viewer: Viewer, customerId: string, input: unknown): Promise<boolean> {
    const { text } = validateInput(noteSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const customer = await this.customers.findVisible(em, viewer, customerId)
      const now = this.clock.now()
      await saveHistoryEntry(
        em,
        {
          customerId: customer.id,
          kind: 'NOTE',
          source: 'agent',
          externalId: null,
          title: '',
          body: text,
          link: null,
          occurredAt: now,
          authorId: viewer.apiKeyId ? null : viewer.userId,
        },
        now,
      )
      this.historyChanged(em, viewer.tenantId, customer.id)
      return true
    })
  }

  /**
   * An outside system's entry (an online chat, a ticket) on the customer it names, or on the customer of a
   * number (created in the organisation when the number is new). Sent again with the same source and
   * external ID, it replaces the first.
   */
  async addEntry(viewer: Viewer, input: unknown): Promise<string> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const entry = validateInput(entrySchema(homeRegion), input)
      const customerId = entry.customerId
        ? (await this.customers.findVisible(em, viewer, entry.customerId)).id
        : await this.customers.customerOfNumber(em, viewer, entry.phoneNumber!, entry.organization)
      const now = this.clock.now()
      await saveHistoryEntry(
        em,
        {
          customerId,
          kind: entry.kind,
          source: entry.source,
          externalId: entry.externalId ?? null,
          title: entry.title,
          body: entry.body ?? '',
          link: entry.link ?? null,
          occurredAt: entry.occurredAt ?? now,
          authorId: null,
        },
        now,
      )
      this.historyChanged(em, viewer.tenantId, customerId)
      return customerId
    })
  }

  /** Changes of a customer the viewer may see; refused at once for one they may not. */
  async watch(
    viewer: Viewer,
    customerId: string,
    signal?: AbortSignal,
  ): Promise<AsyncIterableIterator<CustomerChange>> {
    const customer = await this.db.inTenant(viewer.tenantId, (em) =>
      this.customers.findVisible(em, viewer, customerId),
    )
    if (!customer) throw new NotFoundError('Customer')
    return this.events.of(viewer.tenantId, customer.id, signal)
  }

  /** For the modules that register sources: their additions reach open screen pops too. */
  historyChanged(em: EntityManager, tenantId: string, customerId: string): void {
    this.events.changed(em, { tenantId, customerId, part: 'HISTORY', mergedInto: null })
  }
}
