// Service summaries (G4): what the agent who handled a call writes about it, one per call per agent,
// with a category, the SERVICE_SUMMARY custom fields and notes. Saving again corrects it, for a while.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager, TenantSql } from '../../db/database.js'
import type { PresenceService } from '../acd/presence.service.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import { applyPatch, CustomFieldEntity, validateCustomFieldValues } from '../customers/custom-field-values.js'
import type { CustomFieldsService } from '../customers/custom-fields.service.js'
import { Customer } from '../customers/customer.entity.js'
import type { CustomerHistoryService } from '../customers/customer-history.service.js'
import type { HistoryCursor, HistoryItem } from '../customers/customer-history.js'
import type { CustomersService } from '../customers/customers.service.js'
import { User } from '../identity/user.entity.js'
import { Organization } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { customerOrganizationsOf } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { ServiceSummary } from './service-summary.entity.js'
import {
  callHandledBy,
  hasSummary,
  lockSummaryOf,
  moveSummaries,
  summariesOfCustomer,
} from './service-summary.store.js'
import { ServiceSummaryCategory } from './summary-category.entity.js'

/**
 * How long the author may correct a summary after first saving it: long enough for a callback the same
 * day to fix it, short enough that the service summary report (A9) stops moving under a supervisor.
 */
export const SUMMARY_EDIT_HOURS = 24
export const MAX_NOTES_LENGTH = 5000

const saveSchema = z.object({
  callId: z.string(),
  customerId: z.string().nullish(),
  categoryId: z.string().nullish(),
  customFields: z.unknown().optional(),
  notes: z
    .string()
    .trim()
    .max(MAX_NOTES_LENGTH, `must be at most ${MAX_NOTES_LENGTH} characters`)
    .nullish()
    .transform((notes) => notes ?? ''),
})

export class ServiceSummariesService {
  private history: CustomerHistoryService | undefined

  constructor(
    private readonly db: Database,
    private readonly customers: CustomersService,
    private readonly customFields: CustomFieldsService,
    private readonly settings: AcdSettingsService,
    private readonly presence: PresenceService,
    private readonly clock: Clock,
  ) {}

  /** Wires summaries into the services that depend on them without importing this module. */
  attach(history: CustomerHistoryService): void {
    this.history = history
    history.registerSource((em, viewer, customerId, before, limit) =>
      this.historyOf(em, viewer, customerId, before, limit),
    )
    this.customFields.registerValueTable(CustomFieldEntity.SERVICE_SUMMARY, {
      table: 'service_summary',
      column: 'custom_fields',
    })
    this.customers.registerMergeStep((em, from, into) => moveSummaries(em, from.id, into.id))
    this.presence.hasSummary = (sql: TenantSql, userId: string, callId: string) =>
      hasSummary(sql, userId, callId)
  }

  /** A customer's summaries in their history: the category as title, the notes as text, the agent as author. */
  private async historyOf(
    em: EntityManager,
    viewer: Viewer,
    customerId: string,
    before: HistoryCursor | null,
    limit: number,
  ): Promise<HistoryItem[]> {
    const organizations = customerOrganizationsOf(viewer)
    const summaries = await summariesOfCustomer(em, customerId, {
      organizations,
      before: before && { time: before.at, id: before.id },
      limit,
    })
    const categoryIds = [...new Set(summaries.flatMap((summary) => summary.categoryId ?? []))]
    const agentIds = [...new Set(summaries.map((summary) => summary.agentId))]
    const categories = new Map(
      (categoryIds.length ? await em.find(ServiceSummaryCategory, { id: { $in: categoryIds } }) : []).map(
        (category) => [category.id, category],
      ),
    )
    const agents = new Map(
      (agentIds.length ? await em.find(User, { id: { $in: agentIds } }) : []).map((agent) => [
        agent.id,
        agent.name,
      ]),
    )
    return summaries.map((summary) => {
      const category = summary.categoryId ? categories.get(summary.categoryId) : undefined
      return {
        id: summary.id,
        kind: 'SUMMARY' as const,
        at: summary.createdAt,
        // History is read in either language: a category named differently in each shows both names.
        title: !category
          ? ''
          : category.labelZh === category.labelEn
            ? category.labelZh
            : `${category.labelZh} · ${category.labelEn}`,
        body: summary.notes,
        source: 'summary',
        link: null,
        authorName: agents.get(summary.agentId) ?? null,
        call: null,
      }
    })
  }

  /** The viewer's summary of a call they handled (null before they write one); other calls are not found. */
  get(viewer: Viewer, callId: string): Promise<ServiceSummary | null> {
    const id = knownId(callId, 'Call')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      if (!(await callHandledBy(em, viewer.userId, id))) throw new NotFoundError('Call')
      return em.findOne(ServiceSummary, { callId: id, agentId: viewer.userId })
    })
  }

  /** The viewer's own summary of each call, by call (G8: My call records). */
  minesOf(viewer: Viewer, callIds: readonly string[]): Promise<Map<string, ServiceSummary>> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const summaries = await em.find(ServiceSummary, {
        callId: { $in: [...callIds] },
        agentId: viewer.userId,
      })
      return new Map(summaries.map((summary) => [summary.callId, summary]))
    })
  }

  /** Every summary of each call that the viewer's organisations wrote (A11), oldest first, by call (A9). */
  ofCalls(viewer: Viewer, callIds: readonly string[]): Promise<Map<string, ServiceSummary[]>> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const summaries = await em.find(
        ServiceSummary,
        { callId: { $in: [...callIds] }, organization: { $in: customerOrganizationsOf(viewer) } },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      )
      const byCall = new Map<string, ServiceSummary[]>()
      for (const summary of summaries)
        byCall.set(summary.callId, [...(byCall.get(summary.callId) ?? []), summary])
      return byCall
    })
  }

  /**
   * Writes or corrects the viewer's summary of a call they handled. The customer is the one given (of the
   * summary's organisation), else the one already linked, else the one of the call's other number, found
   * or created as the screen pop does. A category is required once the company has enabled ones; a
   * disabled one is kept by a correction but not chosen anew. Custom fields are a patch, like customers'.
   * A wait in after-call work for this summary ends in the same transaction.
   */
  async save(viewer: Viewer, input: unknown): Promise<ServiceSummary> {
    const data = validateInput(saveSchema, input)
    const callId = knownId(data.callId, 'Call')
    return this.db.inTenant(viewer.tenantId, async (em, sql) => {
      const call = await callHandledBy(em, viewer.userId, callId)
      if (!call) throw new NotFoundError('Call')
      await lockSummaryOf(em, callId, viewer.userId)
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const now = this.clock.now()
      const existing = await em.findOne(ServiceSummary, { callId, agentId: viewer.userId })
      if (existing && now.getTime() - existing.createdAt.getTime() > SUMMARY_EDIT_HOURS * 3600_000)
        throw new ConflictError('SUMMARY_EDIT_CLOSED', 'This summary can no longer be corrected.', {
          params: { hours: SUMMARY_EDIT_HOURS },
        })
      // Members of no organisation (tenant administrators taking a call) write for the inbound side.
      const organization = existing?.organization ?? viewer.organization ?? Organization.INBOUND
      const categoryId = await this.checkedCategory(em, data.categoryId, existing)
      const fields = await this.customFields.definitionsOf(em, CustomFieldEntity.SERVICE_SUMMARY)
      const checked = validateCustomFieldValues(
        fields,
        applyPatch(existing?.customFields ?? {}, data.customFields),
        { defaultRegion: homeRegion, path: 'customFields' },
      )
      if (checked.problems.length) throw new ValidationError(checked.problems)
      const customerId = data.customerId
        ? await this.checkedCustomer(em, viewer, data.customerId, organization)
        : (existing?.customerId ??
          (await this.customers.findOrCreateForCall(em, viewer.tenantId, organization, call.remoteNumber))
            ?.customerId ??
          null)
      const summary =
        existing ??
        em.create(ServiceSummary, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          callId,
          agentId: viewer.userId,
          organization,
          notes: '',
          createdAt: now,
          updatedAt: now,
        })
      Object.assign(summary, {
        customerId,
        categoryId,
        customFields: checked.values,
        notes: data.notes,
        updatedAt: now,
      })
      await em.flush()
      await this.presence.summarySaved(sql, viewer.userId, callId)
      if (customerId) this.history?.historyChanged(em, viewer.tenantId, customerId)
      return summary
    })
  }

  private async checkedCategory(
    em: EntityManager,
    categoryId: string | null | undefined,
    existing: ServiceSummary | null,
  ): Promise<string | null> {
    if (!categoryId) {
      if (await em.count(ServiceSummaryCategory, { isEnabled: true }))
        throw new ValidationError([{ field: 'categoryId', code: 'REQUIRED', message: 'is required' }])
      return null
    }
    const category = await em.findOne(ServiceSummaryCategory, { id: knownId(categoryId, 'Summary category') })
    if (!category) throw new NotFoundError('Summary category')
    if (!category.isEnabled && existing?.categoryId !== category.id)
      throw new ValidationError([
        { field: 'categoryId', code: 'SUMMARY_CATEGORY_DISABLED', message: 'is disabled' },
      ])
    return category.id
  }

  /** A customer of the summary's organisation the viewer sees; any other is not found (A11). */
  private async checkedCustomer(
    em: EntityManager,
    viewer: Viewer,
    customerId: string,
    organization: Organization,
  ): Promise<string> {
    const visible = customerOrganizationsOf(viewer).includes(organization)
    const customer = visible
      ? await em.findOne(Customer, { id: knownId(customerId, 'Customer'), organization })
      : null
    if (!customer) throw new NotFoundError('Customer')
    return customer.id
  }
}
