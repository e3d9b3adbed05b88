// The company's numbers (A3, A7): each routes its callers straight to a skill group or through an IVR
// schedule. Numbers are unique on the platform; skill groups a number routes to cannot be deleted.
import { randomUUID } from 'node:crypto'
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Viewer } from '../identity/viewer.js'
import type { SkillGroupsService, SkillGroupUsage } from '../organization/skill-groups.service.js'
import { knownId } from '../organization/ids.js'
import { phoneNumberSchema } from '../organization/phone.js'
import { assertAdmin } from './admin-input.js'
import { PhoneNumber } from './settings.entity.js'
import type { AcdSettingsService } from './settings.service.js'

const descriptionSchema = z.string().trim().max(100, 'must be at most 100 characters')
/** A number goes straight to a skill group or follows an IVR schedule (A7), never both. */
const oneRoute = <T extends { skillGroupId?: string | null; scheduleId?: string | null }>(data: T) =>
  !(data.skillGroupId && data.scheduleId)
const oneRouteProblem = {
  ...problem('ONE_ROUTE_ONLY', 'a number goes to a skill group or follows a schedule, not both: choose one'),
  path: ['scheduleId'],
}
function addNumberSchema(homeRegion: string) {
  return z
    .object({
      number: phoneNumberSchema(homeRegion),
      description: descriptionSchema.nullish(),
      skillGroupId: z.string().nullish(),
      scheduleId: z.string().nullish(),
    })
    .refine(oneRoute, oneRouteProblem)
}
function updateNumberSchema(homeRegion: string) {
  return z
    .object({
      number: phoneNumberSchema(homeRegion).optional(),
      description: descriptionSchema.nullish(),
      skillGroupId: z.string().nullish(),
      scheduleId: z.string().nullish(),
    })
    .refine(oneRoute, oneRouteProblem)
}

/** The IVR's check that a schedule exists in the tenant; returns its ID. */
export type ScheduleLookup = (em: EntityManager, id: string) => Promise<string>

function snapshotNumber(number: PhoneNumber): Record<string, unknown> {
  return {
    number: number.number,
    description: number.description,
    skillGroupId: number.skillGroupId ?? null,
    scheduleId: number.scheduleId ?? null,
  }
}

/** Numbers are unique on the platform; which company holds a number is nobody else's business. */
function numberClash(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException)
    return new ConflictError('NUMBER_TAKEN', 'This number belongs to another company or is already added.', {
      field: 'number',
    })
  return error
}

export class PhoneNumbersService {
  private scheduleLookup: ScheduleLookup | undefined

  constructor(
    private readonly db: Database,
    private readonly skillGroups: SkillGroupsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly settings: AcdSettingsService,
  ) {
    skillGroups.registerSkillGroupUsage((em, ids) => this.routingTo(em, ids))
  }

  /** Lets numbers follow IVR schedules (A7); the IVR module says which schedules exist. */
  routeToSchedules(lookup: ScheduleLookup): void {
    this.scheduleLookup = lookup
  }

  async list(viewer: Viewer, pageInput?: PageInput): Promise<Page<PhoneNumber>> {
    assertAdmin(viewer, 'manage numbers')
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [items, totalCount] = await em.findAndCount(
        PhoneNumber,
        {},
        { orderBy: { number: 'asc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  async add(viewer: Viewer, input: Record<string, unknown>): Promise<PhoneNumber> {
    assertAdmin(viewer, 'manage numbers')
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const { homeRegion } = await this.settings.read(em, viewer.tenantId)
        const data = validateInput(addNumberSchema(homeRegion), input)
        const number = em.create(PhoneNumber, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          number: data.number,
          description: data.description ?? '',
          skillGroupId: data.skillGroupId
            ? (await this.skillGroups.routableSkillGroup(em, viewer, data.skillGroupId)).id
            : null,
          scheduleId: data.scheduleId ? await this.scheduleIdIn(em, data.scheduleId) : null,
          createdAt: this.clock.now(),
        })
        // Flushed here so that a clash is reported before the audit entry is written.
        await em.flush()
        await this.audit.record(em, viewer, {
          action: 'PHONE_NUMBER_ADDED',
          entityType: 'PHONE_NUMBER',
          entityId: number.id,
          after: snapshotNumber(number),
        })
        return number
      })
    } catch (error) {
      throw numberClash(error)
    }
  }

  async update(viewer: Viewer, id: string, input: Record<string, unknown>): Promise<PhoneNumber> {
    return this.changeNumber(viewer, id, 'PHONE_NUMBER_UPDATED', async (em, number) => {
      const { homeRegion } = await this.settings.read(em, viewer.tenantId)
      const data = validateInput(updateNumberSchema(homeRegion), input)
      if (data.number !== undefined) number.number = data.number
      if (data.description !== undefined) number.description = data.description ?? ''
      if (data.skillGroupId !== undefined)
        number.skillGroupId = data.skillGroupId
          ? (await this.skillGroups.routableSkillGroup(em, viewer, data.skillGroupId)).id
          : null
      if (data.scheduleId !== undefined)
        number.scheduleId = data.scheduleId ? await this.scheduleIdIn(em, data.scheduleId) : null
      // Choosing one route replaces the other.
      if (data.skillGroupId) number.scheduleId = null
      if (data.scheduleId) number.skillGroupId = null
    })
  }

  async remove(viewer: Viewer, id: string): Promise<boolean> {
    await this.changeNumber(viewer, id, 'PHONE_NUMBER_REMOVED', async (em, number) => {
      em.remove(number)
    })
    return true
  }

  /** Loads, authorises, applies and audits one change to a number in one transaction. */
  private async changeNumber(
    viewer: Viewer,
    id: string,
    action: string,
    change: (em: EntityManager, number: PhoneNumber) => Promise<void>,
  ): Promise<PhoneNumber> {
    assertAdmin(viewer, 'manage numbers')
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const number = await em.findOne(PhoneNumber, { id: knownId(id, 'Number') })
        if (!number) throw new NotFoundError('Number')
        // An administrator of one organisation leaves the other organisation's numbers alone.
        if (number.skillGroupId) await this.skillGroups.routableSkillGroup(em, viewer, number.skillGroupId)
        const before = snapshotNumber(number)
        await change(em, number)
        await em.flush()
        await this.audit.record(em, viewer, {
          action,
          entityType: 'PHONE_NUMBER',
          entityId: number.id,
          before,
          after: action === 'PHONE_NUMBER_REMOVED' ? null : snapshotNumber(number),
        })
        return number
      })
    } catch (error) {
      throw numberClash(error)
    }
  }

  /** A schedule of the company; another company's, like a deleted one, is not found. */
  private async scheduleIdIn(em: EntityManager, id: string): Promise<string> {
    if (!this.scheduleLookup) throw new NotFoundError('Schedule')
    return this.scheduleLookup(em, id)
  }

  /** Numbers route callers to skill groups, so those skill groups cannot be deleted. */
  private async routingTo(em: EntityManager, skillGroupIds: string[]): Promise<SkillGroupUsage[]> {
    const numbers = await em.find(
      PhoneNumber,
      { skillGroupId: { $in: skillGroupIds } },
      { orderBy: { number: 'asc' } },
    )
    return numbers.map((number) => ({
      skillGroupId: number.skillGroupId!,
      usedBy: `number ${number.number}`,
      name: number.number,
    }))
  }
}
