// Customers (G4): numbers in E.164, name and custom fields, each customer owned by one organisation (A11).
// The screen pop finds or creates them by number (customer.store.ts); people search, edit and merge them.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.js'
import { issueOf, problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { AuditService } from '../audit/audit.service.js'
import { Organization } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { customerOrganizationsOf, organizationForNewCustomerOf } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { phoneNumberSchema } from '../organization/phone.js'
import { applyPatch, CustomFieldEntity, validateCustomFieldValues } from './custom-field-values.js'
import type { CustomFieldsService } from './custom-fields.service.js'
import type { CustomerEvents } from './customer-events.js'
import { Customer } from './customer.entity.js'
import {
  findOrCreateByNumber,
  lockCustomers,
  movePhones,
  phonesOf,
  searchCustomers,
  setPhones,
} from './customer.store.js'

export const MAX_PHONES_PER_CUSTOMER = 10

const nameSchema = z.string().trim().max(100, 'must be at most 100 characters')

function phoneListSchema(homeRegion: string) {
  return z
    .array(phoneNumberSchema(homeRegion))
    .max(MAX_PHONES_PER_CUSTOMER, `at most ${MAX_PHONES_PER_CUSTOMER} numbers`)
    .superRefine((numbers, context) => {
      for (const [index, number] of numbers.entries())
        if (numbers.indexOf(number) !== index)
          context.addIssue({
            ...issueOf({ field: String(index), code: 'DUPLICATE_PHONE_NUMBER', message: 'is listed twice' }),
          })
    })
}

function createSchema(homeRegion: string) {
  return z.object({
    name: nameSchema.nullish().transform((name) => name ?? ''),
    phoneNumbers: phoneListSchema(homeRegion)
      .nullish()
      .transform((numbers) => numbers ?? []),
    organization: z.enum(Organization).nullish(),
    customFields: z.unknown().optional(),
  })
}

function updateSchema(homeRegion: string) {
  return z.object({
    name: nameSchema.nullish(),
    phoneNumbers: phoneListSchema(homeRegion).nullish(),
    customFields: z.unknown().optional(),
  })
}

function filterSchema(homeRegion: string) {
  return z.object({
    name: z.string().trim().max(100, 'must be at most 100 characters').nullish(),
    number: phoneNumberSchema(homeRegion).nullish(),
    numberEndsWith: z
      .string()
      .trim()
      .refine((text) => /^\+?[\d\s-]{1,32}$/.test(text), problem('INVALID_NUMBER_FILTER', 'must be digits'))
      .transform((digits) => digits.replace(/\D/g, ''))
      .nullish(),
    organization: z.enum(Organization).nullish(),
  })
}

export interface CustomerFilterInput {
  name?: string | null
  number?: string | null
  numberEndsWith?: string | null
  organization?: Organization | null
}

/** Something tied to customers (calls, summaries, contact plans) that follows a merged customer to the survivor. */
export type CustomerMergeStep = (
  em: EntityManager,
  from: { id: string },
  into: { id: string },
) => Promise<void>

function snapshot(customer: Customer): Record<string, unknown> {
  return {
    name: customer.name,
    organization: customer.organization,
    phoneNumbers: customer.phoneNumbers,
    customFields: customer.customFields,
  }
}

export class CustomersService {
  private readonly mergeSteps: CustomerMergeStep[] = []

  constructor(
    private readonly db: Database,
    private readonly customFields: CustomFieldsService,
    private readonly settings: AcdSettingsService,
    private readonly audit: AuditService,
    private readonly events: CustomerEvents,
    private readonly clock: Clock,
  ) {}

  /** Call records, summaries and contact plans register how their rows move when two customers merge. */
  registerMergeStep(step: CustomerMergeStep): void {
    this.mergeSteps.push(step)
  }

  async list(
    viewer: Viewer,
    filterInput: CustomerFilterInput = {},
    pageInput?: PageInput,
  ): Promise<Page<Customer>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const filter = validateInput(filterSchema(homeRegion), filterInput)
      const organizations = customerOrganizationsOf(viewer).filter(
        (organization) => !filter.organization || organization === filter.organization,
      )
      const { ids, totalCount } = await searchCustomers(em, {
        organizations,
        name: filter.name || undefined,
        e164: filter.number ?? undefined,
        suffixDigits: filter.numberEndsWith || undefined,
        ...page,
      })
      const found = new Map((await this.load(em, ids)).map((customer) => [customer.id, customer]))
      return { items: ids.map((id) => found.get(id)!).filter(Boolean), totalCount, ...page }
    })
  }

  get(viewer: Viewer, id: string): Promise<Customer> {
    return this.db.inTenant(viewer.tenantId, async (em) => this.find(em, viewer, id))
  }

  async create(viewer: Viewer, input: unknown): Promise<Customer> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const data = validateInput(createSchema(homeRegion), input)
      const organization = organizationForNewCustomerOf(viewer, data.organization)
      const customFields = await this.checkedValues(em, homeRegion, data.customFields)
      const customer = em.create(Customer, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        name: data.name,
        organization,
        customFields,
        phoneNumbers: [],
        createdAt: this.clock.now(),
        updatedAt: this.clock.now(),
      })
      await em.flush()
      await this.claimNumbers(em, customer, data.phoneNumbers)
      return customer
    })
  }

  /** Omitted fields stay; `phoneNumbers` replaces the list; `customFields` is a patch (null clears a key). */
  async update(viewer: Viewer, id: string, input: unknown): Promise<Customer> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const data = validateInput(updateSchema(homeRegion), input)
      const customer = await this.find(em, viewer, id)
      if (data.name !== undefined && data.name !== null) customer.name = data.name
      if (data.customFields !== undefined)
        customer.customFields = await this.checkedValues(
          em,
          homeRegion,
          applyPatch(customer.customFields, data.customFields),
        )
      customer.updatedAt = this.clock.now()
      await em.flush()
      if (data.phoneNumbers) await this.claimNumbers(em, customer, data.phoneNumbers)
      this.events.changed(em, {
        tenantId: viewer.tenantId,
        customerId: customer.id,
        part: 'CARD',
        mergedInto: null,
      })
      return customer
    })
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const customer = await this.find(em, viewer, id)
      await this.audit.record(em, viewer, {
        action: 'CUSTOMER_DELETED',
        entityType: 'CUSTOMER',
        entityId: customer.id,
        organization: customer.organization,
        before: snapshot(customer),
      })
      em.remove(customer)
      await em.flush()
      return true
    })
  }

  /**
   * `mergedId` goes into `survivorId`: its numbers and (through the merge steps) its history follow, its
   * custom field values fill the survivor's empty ones, and it is deleted. Both rows are locked in ID order
   * so that two merges of the same pair cannot deadlock or lose a number.
   */
  async merge(viewer: Viewer, survivorId: string, mergedId: string): Promise<Customer> {
    const ids = [knownId(survivorId, 'Customer'), knownId(mergedId, 'Customer')]
    if (ids[0] === ids[1])
      throw new ValidationError([
        { field: 'mergedId', code: 'MERGE_WITH_ITSELF', message: 'cannot merge a customer into itself' },
      ])
    return this.db.inTenant(viewer.tenantId, async (em) => {
      await lockCustomers(em, ids)
      const survivor = await this.find(em, viewer, ids[0]!)
      const merged = await this.find(em, viewer, ids[1]!)
      if (survivor.organization !== merged.organization)
        throw new ConflictError(
          'CUSTOMERS_IN_DIFFERENT_ORGANIZATIONS',
          'The customers belong to different organisations and cannot be merged.',
        )
      const before = { survivor: snapshot(survivor), merged: snapshot(merged) }
      await movePhones(em, merged.id, survivor.id)
      for (const step of this.mergeSteps) await step(em, merged, survivor)
      survivor.name ||= merged.name
      survivor.customFields = { ...merged.customFields, ...survivor.customFields }
      survivor.updatedAt = this.clock.now()
      em.remove(merged)
      await em.flush()
      survivor.phoneNumbers = (await phonesOf(em, [survivor.id])).get(survivor.id) ?? []
      await this.audit.record(em, viewer, {
        action: 'CUSTOMERS_MERGED',
        entityType: 'CUSTOMER',
        entityId: survivor.id,
        organization: survivor.organization,
        before,
        after: { ...snapshot(survivor), mergedId: merged.id },
      })
      const tenantId = viewer.tenantId
      this.events.changed(em, { tenantId, customerId: merged.id, part: 'CARD', mergedInto: survivor.id })
      this.events.changed(em, { tenantId, customerId: survivor.id, part: 'HISTORY', mergedInto: null })
      return survivor
    })
  }

  /**
   * The customer of a call's other number in an organisation, created the first time the number is seen,
   * inside another module's transaction (the screen pop, a service summary). Null for what is not a phone
   * number (anonymous callers, internal extensions).
   */
  async findOrCreateForCall(
    em: EntityManager,
    tenantId: string,
    organization: Organization,
    number: string | null,
  ): Promise<{ customerId: string; isNew: boolean } | null> {
    if (!number) return null
    const { homeRegion } = await this.settings.read(em, tenantId)
    const parsed = phoneNumberSchema(homeRegion).safeParse(number)
    if (!parsed.success) return null
    return findOrCreateByNumber(em, organization, parsed.data, this.clock.now())
  }

  /** A customer the viewer may see, inside another module's transaction; not found otherwise. */
  async findVisible(em: EntityManager, viewer: Viewer, id: string): Promise<Customer> {
    return this.find(em, viewer, id)
  }

  /**
   * The ID of the customer of a number in the viewer's (or the named) organisation, created when the
   * number is new, inside another module's transaction.
   */
  async customerOfNumber(
    em: EntityManager,
    viewer: Viewer,
    e164: string,
    organization?: Organization | null,
  ): Promise<string> {
    const owner = organizationForNewCustomerOf(viewer, organization)
    return (await findOrCreateByNumber(em, owner, e164, this.clock.now())).customerId
  }

  private async find(em: EntityManager, viewer: Viewer, id: string): Promise<Customer> {
    const customer = await em.findOne(Customer, {
      id: knownId(id, 'Customer'),
      organization: { $in: customerOrganizationsOf(viewer) },
    })
    if (!customer) throw new NotFoundError('Customer')
    customer.phoneNumbers = (await phonesOf(em, [customer.id])).get(customer.id) ?? []
    return customer
  }

  private async load(em: EntityManager, ids: string[]): Promise<Customer[]> {
    if (!ids.length) return []
    const customers = await em.find(Customer, { id: { $in: ids } })
    const phones = await phonesOf(em, ids)
    for (const customer of customers) customer.phoneNumbers = phones.get(customer.id) ?? []
    return customers
  }

  private async checkedValues(em: EntityManager, homeRegion: string, values: unknown) {
    const fields = await this.customFields.definitionsOf(em, CustomFieldEntity.CUSTOMER)
    const checked = validateCustomFieldValues(fields, values, {
      defaultRegion: homeRegion,
      path: 'customFields',
    })
    if (checked.problems.length) throw new ValidationError(checked.problems)
    return checked.values
  }

  /** A number already another customer's in the organisation is refused: merging is the way to join them. */
  private async claimNumbers(em: EntityManager, customer: Customer, numbers: string[]): Promise<void> {
    const taken = await setPhones(em, customer, numbers)
    if (taken.length)
      throw new ConflictError('PHONE_NUMBER_TAKEN', `${taken[0]} belongs to another customer.`, {
        field: `phoneNumbers.${numbers.indexOf(taken[0]!)}`,
        params: { number: taken[0]! },
      })
    customer.phoneNumbers = numbers
  }
}
