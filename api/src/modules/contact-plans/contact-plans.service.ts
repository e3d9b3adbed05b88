// Contact plans (G5, G6): an agent's scheduled callbacks, who sees them (A11: the owner, their group
// leaders, administrators of the customer's organisation), their changes (audited), the calls placed for
// them, and the reminder at their time (contact-plan-reminder.ts publishes it).
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { PubSub } from '../../graphql/pubsub.js'
import type { AuditService } from '../audit/audit.service.js'
import { RECORDING_PATH } from '../calls/my-calls.service.js'
import type { HistorySource } from '../customers/customer-history.js'
import { Customer } from '../customers/customer.entity.js'
import { phonesOf } from '../customers/customer.store.js'
import type { Organization } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import { ContactPlan, StoredPlanStatus } from './contact-plan.entity.js'
import {
  customerPlans,
  callsOfPlans,
  countPlans,
  linkCall,
  pageOfPlans,
  plansAfter,
  type PlanCall,
  type PlanConditions,
  type PlanCursor,
  type PlanRow,
} from './contact-plan.store.js'
import { ContactPlanStatus, type ContactPlanCall, type ContactPlanView } from './contact-plans.types.js'

export const MAX_PURPOSE_LENGTH = 200
export const MAX_NOTES_LENGTH = 2000

/** Published when a plan comes due; the owner's workstation subscription picks its own. */
export const CONTACT_PLAN_DUE = 'contact-plans.due'

/** Only IDs travel (pub/sub may cross instances as JSON); each subscriber reads the plan as it is then. */
export interface ContactPlanDue {
  tenantId: string
  ownerId: string
  planId: string
}

const futureTime = (clock: Clock) =>
  z
    .date()
    .refine(
      (time) => time.getTime() > clock.now().getTime(),
      problem('NOT_IN_FUTURE', 'must be in the future'),
    )

const createSchema = (clock: Clock) =>
  z.object({
    customerId: z.string(),
    phoneNumber: z.string().trim().min(1, 'is required'),
    dueAt: futureTime(clock),
    purpose: z
      .string()
      .trim()
      .min(1, 'is required')
      .max(MAX_PURPOSE_LENGTH, `must be at most ${MAX_PURPOSE_LENGTH} characters`),
    notes: z
      .string()
      .trim()
      .max(MAX_NOTES_LENGTH, `must be at most ${MAX_NOTES_LENGTH} characters`)
      .nullish()
      .transform((notes) => notes ?? ''),
  })

const filterSchema = z
  .object({
    status: z.enum(ContactPlanStatus).nullish(),
    dueFrom: z.date().nullish(),
    dueTo: z.date().nullish(),
    ownerId: z.string().nullish(),
    customerNumber: z
      .string()
      .trim()
      .refine((text) => /^\+?[\d\s-]{0,32}$/.test(text), problem('INVALID_NUMBER_FILTER', 'must be digits'))
      .transform((digits) => digits.replace(/\D/g, ''))
      .nullish(),
  })
  .refine((filter) => !filter.dueFrom || !filter.dueTo || filter.dueFrom < filter.dueTo, {
    ...problem('END_NOT_AFTER_START', 'must be later than dueFrom'),
    path: ['dueTo'],
  })

export type ContactPlanFilterInput = z.input<typeof filterSchema>

/** Rows an export reads per query: small enough to stream, large enough to keep round trips few. */
const EXPORT_BATCH = 1000

const secondsBetween = (from: Date, to: Date) =>
  Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000))

function snapshot(plan: ContactPlan): Record<string, unknown> {
  return {
    customerId: plan.customerId,
    phoneNumber: plan.phoneNumber,
    dueAt: plan.dueAt,
    purpose: plan.purpose,
    status: plan.status,
  }
}

/** A customer's plans in their history (G4): due time, purpose as title, notes as text, the owner as author. */
export const planHistory: HistorySource = async (em, _viewer, customerId, before, limit) =>
  (await customerPlans(em, customerId, { before: before && { dueAt: before.at, id: before.id }, limit })).map(
    (plan) => ({
      id: plan.id,
      kind: 'CONTACT_PLAN' as const,
      at: plan.dueAt,
      title: plan.purpose,
      body: plan.notes,
      source: 'contact_plan',
      link: null,
      authorName: plan.ownerName,
      call: null,
    }),
  )

export class ContactPlansService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
  ) {}

  /** The state people see: a pending plan past its time is OVERDUE. */
  stateOf(plan: { status: StoredPlanStatus; dueAt: Date }): ContactPlanStatus {
    if (plan.status !== StoredPlanStatus.PENDING) return plan.status as unknown as ContactPlanStatus
    return plan.dueAt.getTime() <= this.clock.now().getTime()
      ? ContactPlanStatus.OVERDUE
      : ContactPlanStatus.PENDING
  }

  async list(
    viewer: Viewer,
    filterInput: ContactPlanFilterInput = {},
    pageInput?: PageInput,
  ): Promise<Page<ContactPlanView>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await this.conditionsFor(em, viewer, filterInput)
      const [rows, totalCount] = await Promise.all([
        pageOfPlans(em, conditions, page.offset, page.limit),
        countPlans(em, conditions),
      ])
      return { items: await this.describe(em, rows), totalCount, ...page }
    })
  }

  async get(viewer: Viewer, id: string): Promise<ContactPlanView> {
    return this.db.inTenant(viewer.tenantId, async (em) => this.view(em, await this.find(em, viewer, id)))
  }

  async create(viewer: Viewer, input: unknown): Promise<ContactPlanView> {
    if (viewer.apiKeyId) throw new ForbiddenError('An API key owns no contact plans.')
    const data = validateInput(createSchema(this.clock), input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const customer = await em.findOne(Customer, {
        id: knownId(data.customerId, 'Customer'),
        organization: { $in: policy.customerOrganizations() },
      })
      if (!customer) throw new NotFoundError('Customer')
      const numbers = (await phonesOf(em, [customer.id])).get(customer.id) ?? []
      if (!numbers.includes(data.phoneNumber))
        throw new ValidationError([
          {
            field: 'phoneNumber',
            code: 'NOT_CUSTOMERS_NUMBER',
            message: 'is not one of the customer’s numbers',
          },
        ])
      return this.view(em, await this.insert(em, viewer, customer, data))
    })
  }

  /**
   * A plan for a customer the caller has checked the viewer may see, inside the caller's transaction: the
   * next contact an agent records after an outbound task call (G7).
   */
  async insert(
    em: EntityManager,
    viewer: Viewer,
    customer: { id: string; organization: Organization },
    data: { phoneNumber: string; dueAt: Date; purpose: string; notes: string },
  ): Promise<ContactPlan> {
    const now = this.clock.now()
    const plan = em.create(ContactPlan, {
      id: randomUUID(),
      tenantId: viewer.tenantId,
      organization: customer.organization,
      customerId: customer.id,
      ownerId: viewer.userId,
      phoneNumber: data.phoneNumber,
      dueAt: data.dueAt,
      purpose: data.purpose,
      notes: data.notes,
      status: StoredPlanStatus.PENDING,
      remindedAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
    })
    await em.flush()
    await this.record(em, viewer, 'CONTACT_PLAN_CREATED', plan, null)
    return plan
  }

  /** A new time, in the future; the plan is reminded again then. */
  async reschedule(viewer: Viewer, id: string, dueAt: Date): Promise<ContactPlanView> {
    const time = validateInput(z.object({ dueAt: futureTime(this.clock) }), { dueAt }).dueAt
    return this.change(viewer, id, 'CONTACT_PLAN_RESCHEDULED', (plan) => {
      plan.dueAt = time
      plan.remindedAt = null
    })
  }

  complete(viewer: Viewer, id: string): Promise<ContactPlanView> {
    return this.change(viewer, id, 'CONTACT_PLAN_COMPLETED', (plan) =>
      this.close(plan, StoredPlanStatus.DONE),
    )
  }

  cancel(viewer: Viewer, id: string): Promise<ContactPlanView> {
    return this.change(viewer, id, 'CONTACT_PLAN_CANCELLED', (plan) =>
      this.close(plan, StoredPlanStatus.CANCELLED),
    )
  }

  /**
   * A dial for a plan (call-control.service.ts): the viewer must see the plan, and it must still be open;
   * the returned function links the new call to it in the dial's transaction.
   */
  async dialFor(
    em: EntityManager,
    viewer: Viewer,
    planId: string,
  ): Promise<(callId: string) => Promise<void>> {
    const plan = await this.find(em, viewer, planId)
    if (plan.status !== StoredPlanStatus.PENDING)
      throw new ConflictError('CONTACT_PLAN_CLOSED', 'The contact plan is already done or cancelled.')
    return (callId) => linkCall(em, plan.id, callId)
  }

  publishDue(notice: ContactPlanDue): Promise<void> {
    return this.pubsub.publish(CONTACT_PLAN_DUE, notice)
  }

  /** The viewer's own plans as they come due. */
  async *myDuePlans(viewer: Viewer, signal?: AbortSignal): AsyncIterableIterator<ContactPlanView> {
    for await (const notice of this.pubsub.subscribe<ContactPlanDue>(CONTACT_PLAN_DUE, signal)) {
      if (notice.tenantId !== viewer.tenantId || notice.ownerId !== viewer.userId || viewer.apiKeyId) continue
      const plan = await this.db.inTenant(viewer.tenantId, async (em) => {
        const found = await em.findOne(ContactPlan, { id: notice.planId, ownerId: viewer.userId })
        return found && this.view(em, found)
      })
      // Done, cancelled or rescheduled between the claim and now: nothing to remind of.
      if (plan && plan.status === ContactPlanStatus.OVERDUE) yield plan
    }
  }

  /**
   * An export of the list: how many rows it will have, the tenant's time zone for its times, and the rows
   * in batches, each read in a short transaction of its own (keyset paging), so a slow download holds no
   * transaction open and no more than one batch is in memory.
   */
  async exportRows(
    viewer: Viewer,
    filterInput: ContactPlanFilterInput,
  ): Promise<{ total: number; timeZone: string; batches: AsyncIterable<PlanRow[]> }> {
    const { conditions, total, timeZone } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const conditions = await this.conditionsFor(em, viewer, filterInput)
      const tenant = await em.findOneOrFail(Tenant, { id: viewer.tenantId })
      return { conditions, total: await countPlans(em, conditions), timeZone: tenant.timeZone }
    })
    const db = this.db
    async function* batches(): AsyncIterable<PlanRow[]> {
      let after: PlanCursor | null = null
      for (;;) {
        const rows: PlanRow[] = await db.inTenant(viewer.tenantId, (em) =>
          plansAfter(em, conditions, after, EXPORT_BATCH),
        )
        if (rows.length) yield rows
        if (rows.length < EXPORT_BATCH) return
        const last = rows[rows.length - 1]!
        after = { dueAt: last.dueAt, id: last.id }
      }
    }
    return { total, timeZone, batches: batches() }
  }

  private async conditionsFor(
    em: EntityManager,
    viewer: Viewer,
    filterInput: ContactPlanFilterInput,
  ): Promise<PlanConditions> {
    const filter = validateInput(filterSchema, filterInput)
    const policy = await AccessPolicy.load(em, viewer)
    const reach = policy.contactPlanReach()
    if (filter.ownerId) {
      // Another tenant's agent, or one out of the viewer's reach, does not exist here.
      const owner = await em.findOne(User, { id: knownId(filter.ownerId, 'Agent') })
      if (
        !owner ||
        (reach.ownerIds && !reach.ownerIds.includes(owner.id)) ||
        (!reach.ownerIds && !policy.canSee(owner))
      )
        throw new NotFoundError('Agent')
    }
    return {
      ...reach,
      state: filter.status,
      dueFrom: filter.dueFrom,
      dueTo: filter.dueTo,
      ownerId: filter.ownerId ? filter.ownerId.toLowerCase() : null,
      numberDigits: filter.customerNumber || null,
      now: this.clock.now(),
    }
  }

  /** A plan the viewer sees; any other (another tenant's, another organisation's, another agent's) is not found. */
  private async find(em: EntityManager, viewer: Viewer, id: string): Promise<ContactPlan> {
    const reach = (await AccessPolicy.load(em, viewer)).contactPlanReach()
    const plan = await em.findOne(ContactPlan, {
      id: knownId(id, 'Contact plan'),
      organization: { $in: reach.organizations },
      ...(reach.ownerIds ? { ownerId: { $in: reach.ownerIds } } : {}),
    })
    if (!plan) throw new NotFoundError('Contact plan')
    return plan
  }

  private async change(
    viewer: Viewer,
    id: string,
    action: string,
    apply: (plan: ContactPlan) => void,
  ): Promise<ContactPlanView> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const plan = await this.find(em, viewer, id)
      if (plan.status !== StoredPlanStatus.PENDING)
        throw new ConflictError('CONTACT_PLAN_CLOSED', 'The contact plan is already done or cancelled.')
      const before = snapshot(plan)
      apply(plan)
      plan.updatedAt = this.clock.now()
      await em.flush()
      await this.record(em, viewer, action, plan, before)
      return this.view(em, plan)
    })
  }

  private close(plan: ContactPlan, status: StoredPlanStatus): void {
    plan.status = status
    plan.closedAt = this.clock.now()
  }

  private record(
    em: EntityManager,
    viewer: Viewer,
    action: string,
    plan: ContactPlan,
    before: Record<string, unknown> | null,
  ) {
    return this.audit.record(em, viewer, {
      action,
      entityType: 'CONTACT_PLAN',
      entityId: plan.id,
      organization: plan.organization,
      before,
      after: snapshot(plan),
    })
  }

  private async view(em: EntityManager, plan: ContactPlan): Promise<ContactPlanView> {
    const customer = await em.findOne(Customer, { id: plan.customerId }, { fields: ['name'] })
    const owner = await em.findOne(User, { id: plan.ownerId }, { fields: ['name'] })
    const [described] = await this.describe(em, [
      {
        ...plan,
        customerName: customer?.name ?? '',
        ownerName: owner?.name ?? '',
        callCount: 0,
      },
    ])
    return described!
  }

  private async describe(em: EntityManager, rows: PlanRow[]): Promise<ContactPlanView[]> {
    const calls = await callsOfPlans(
      em,
      rows.map((row) => row.id),
    )
    return rows.map((row) => ({
      id: row.id,
      customerId: row.customerId,
      customerName: row.customerName,
      phoneNumber: row.phoneNumber,
      dueAt: row.dueAt,
      purpose: row.purpose,
      notes: row.notes,
      status: this.stateOf(row),
      ownerId: row.ownerId,
      ownerName: row.ownerName,
      createdAt: row.createdAt,
      closedAt: row.closedAt,
      calls: (calls.get(row.id) ?? []).map(callView),
    }))
  }
}

function callView(call: PlanCall): ContactPlanCall {
  return {
    callId: call.callId,
    startedAt: call.startedAt,
    talkSeconds: call.answeredAt && call.endedAt ? secondsBetween(call.answeredAt, call.endedAt) : null,
    // The route checks again who may hear it (my-calls.service.ts, recordingFor).
    recordingUrl: call.hasRecording ? `${RECORDING_PATH}/${call.callId}` : null,
  }
}
