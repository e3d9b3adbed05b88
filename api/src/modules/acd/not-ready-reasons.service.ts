// Not-ready reasons (G3): the built-in ones every company starts with, the system ones the platform
// sets (never changed by hand), and the company's own, which administrators add, rename and delete.
import { randomUUID } from 'node:crypto'
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager, TenantSql } from '../../db/database.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { assertAdmin, range } from './admin-input.js'
import { insertMissingReasons, type BuiltInReason } from './not-ready-reason.store.js'
import { NotReadyReason, NotReadyReasonKind } from './settings.entity.js'

/** Every tenant starts with these; custom ones sort before the system ones, which sort last. */
const BUILT_IN_REASONS: BuiltInReason[] = [
  { code: 'REST', name: '小休', kind: NotReadyReasonKind.CUSTOM, sortOrder: 1 },
  { code: 'MEETING', name: '会议', kind: NotReadyReasonKind.CUSTOM, sortOrder: 2 },
  { code: 'TRAINING', name: '培训', kind: NotReadyReasonKind.CUSTOM, sortOrder: 3 },
  { code: 'MISSED_OFFERS', name: '未接超限', kind: NotReadyReasonKind.SYSTEM, sortOrder: 1000 },
  { code: 'PHONE_UNREGISTERED', name: '话机未注册', kind: NotReadyReasonKind.SYSTEM, sortOrder: 1001 },
]

const MAX_SORT_ORDER = 999
const MAX_REASONS = 50

const reasonNameSchema = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(20, 'must be at most 20 characters')
const sortOrderSchema = range(0, MAX_SORT_ORDER)
const createReasonSchema = z.object({ name: reasonNameSchema, sortOrder: sortOrderSchema.nullish() })
const updateReasonSchema = z.object({
  name: reasonNameSchema.optional(),
  sortOrder: sortOrderSchema.optional(),
})

function snapshotReason(reason: NotReadyReason): Record<string, unknown> {
  return { name: reason.name, kind: reason.kind, code: reason.code ?? null, sortOrder: reason.sortOrder }
}

function reasonNameClash(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException)
    return new ConflictError('NAME_TAKEN', 'A not-ready reason with this name already exists.', {
      field: 'name',
    })
  return error
}

export class NotReadyReasonsService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every member may list them: agents choose from them on the phone bar. */
  list(viewer: Viewer): Promise<NotReadyReason[]> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      await this.ensureBuiltIn(em, viewer.tenantId)
      return em.find(
        NotReadyReason,
        { deletedAt: null },
        { orderBy: { sortOrder: 'asc', createdAt: 'asc', id: 'asc' } },
      )
    })
  }

  async create(viewer: Viewer, input: unknown): Promise<NotReadyReason> {
    assertAdmin(viewer, 'change not-ready reasons')
    const data = validateInput(createReasonSchema, input)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        // Built-in reasons first, so that their names are taken before any custom reason could take them.
        await this.ensureBuiltIn(em, viewer.tenantId)
        const live = await em.find(NotReadyReason, { deletedAt: null })
        if (live.length >= MAX_REASONS)
          throw new ConflictError(
            'TOO_MANY_NOT_READY_REASONS',
            `A company has at most ${MAX_REASONS} not-ready reasons; delete one first.`,
            { params: { maximum: MAX_REASONS } },
          )
        assertNameFree(live, data.name)
        const customOrders = live.filter((r) => r.kind === NotReadyReasonKind.CUSTOM).map((r) => r.sortOrder)
        const reason = em.create(NotReadyReason, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          name: data.name,
          kind: NotReadyReasonKind.CUSTOM,
          code: null,
          sortOrder: data.sortOrder ?? Math.min(MAX_SORT_ORDER, Math.max(0, ...customOrders) + 1),
          createdAt: this.clock.now(),
        })
        await this.audit.record(em, viewer, {
          action: 'NOT_READY_REASON_CREATED',
          entityType: 'NOT_READY_REASON',
          entityId: reason.id,
          after: snapshotReason(reason),
        })
        return reason
      })
    } catch (error) {
      throw reasonNameClash(error)
    }
  }

  async update(viewer: Viewer, id: string, input: unknown): Promise<NotReadyReason> {
    const data = validateInput(updateReasonSchema, input)
    return this.changeReason(viewer, id, 'NOT_READY_REASON_UPDATED', async (em, reason) => {
      if (data.name !== undefined && data.name.toLowerCase() !== reason.name.toLowerCase())
        assertNameFree(await em.find(NotReadyReason, { deletedAt: null }), data.name)
      if (data.name !== undefined) reason.name = data.name
      if (data.sortOrder !== undefined) reason.sortOrder = data.sortOrder
    })
  }

  /** Soft delete: agents not ready for this reason keep it, and history still names it. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    await this.changeReason(viewer, id, 'NOT_READY_REASON_DELETED', async (_em, reason) => {
      reason.deletedAt = this.clock.now()
    })
    return true
  }

  private async changeReason(
    viewer: Viewer,
    id: string,
    action: string,
    change: (em: EntityManager, reason: NotReadyReason) => Promise<void>,
  ): Promise<NotReadyReason> {
    assertAdmin(viewer, 'change not-ready reasons')
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const reason = await em.findOne(NotReadyReason, {
          id: knownId(id, 'Not-ready reason'),
          deletedAt: null,
        })
        if (!reason) throw new NotFoundError('Not-ready reason')
        if (reason.kind === NotReadyReasonKind.SYSTEM)
          throw new ConflictError(
            'SYSTEM_REASON_FIXED',
            `“${reason.name}” is a system reason set by the platform; it cannot be renamed, reordered or deleted.`,
            { field: 'id' },
          )
        const before = snapshotReason(reason)
        await change(em, reason)
        await this.audit.record(em, viewer, {
          action,
          entityType: 'NOT_READY_REASON',
          entityId: reason.id,
          before,
          after: reason.deletedAt ? null : snapshotReason(reason),
        })
        return reason
      })
    } catch (error) {
      throw reasonNameClash(error)
    }
  }

  /** Inserts the built-in reasons a tenant lacks (a deleted one stays deleted). */
  async ensureBuiltIn(source: EntityManager | TenantSql, tenantId: string): Promise<void> {
    await insertMissingReasons(source, tenantId, BUILT_IN_REASONS)
  }
}

/** System reasons' names stay free even before the platform first needs them: it creates them on first use. */
const reservedNames = BUILT_IN_REASONS.filter((reason) => reason.kind === NotReadyReasonKind.SYSTEM).map(
  (reason) => reason.name.toLowerCase(),
)

function assertNameFree(live: NotReadyReason[], name: string): void {
  const wanted = name.toLowerCase()
  if (reservedNames.includes(wanted) || live.some((reason) => reason.name.toLowerCase() === wanted))
    throw new ConflictError('NAME_TAKEN', `A not-ready reason named “${name}” already exists.`, {
      field: 'name',
    })
}
