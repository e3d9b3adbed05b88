// The company's service summary categories (G4): a tree of up to three levels that administrators edit and
// everyone reads. A category in use is never deleted (its summaries would lose what they said): it is
// disabled instead, which hides it from new summaries only.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import { assertAdmin } from '../acd/admin-input.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { categoryUsage } from './service-summary.store.js'
import { ServiceSummaryCategory } from './summary-category.entity.js'

export const MAX_CATEGORY_DEPTH = 3
export const MAX_CATEGORIES = 500

const labelSchema = z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters')
const positionSchema = z
  .number()
  .int('must be a whole number')
  .min(0, 'must be 0 to 10000')
  .max(10000, 'must be 0 to 10000')
const createSchema = z.object({
  parentId: z.string().nullish(),
  labelZh: labelSchema,
  labelEn: labelSchema,
  position: positionSchema.nullish(),
  isEnabled: z.boolean().nullish(),
})
const updateSchema = z.object({
  labelZh: labelSchema.optional(),
  labelEn: labelSchema.optional(),
  position: positionSchema.optional(),
  isEnabled: z.boolean().optional(),
})

function snapshot(category: ServiceSummaryCategory): Record<string, unknown> {
  return {
    parentId: category.parentId,
    labelZh: category.labelZh,
    labelEn: category.labelEn,
    position: category.position,
    isEnabled: category.isEnabled,
  }
}

export class SummaryCategoriesService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Every category, disabled ones included (old summaries show them), parents before children. */
  list(viewer: Viewer): Promise<ServiceSummaryCategory[]> {
    return this.db.inTenant(viewer.tenantId, (em) =>
      em.find(
        ServiceSummaryCategory,
        {},
        { orderBy: { depth: 'asc', position: 'asc', createdAt: 'asc', id: 'asc' } },
      ),
    )
  }

  /** A new category goes last among its siblings unless placed; its parent (and so its level) is fixed. */
  async create(viewer: Viewer, input: unknown): Promise<ServiceSummaryCategory> {
    assertAdmin(viewer, 'define service summary categories')
    const data = validateInput(createSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const parent = data.parentId ? await this.find(em, data.parentId) : null
      const depth = (parent?.depth ?? 0) + 1
      if (depth > MAX_CATEGORY_DEPTH)
        throw new ValidationError([
          {
            field: 'parentId',
            code: 'SUMMARY_CATEGORY_TOO_DEEP',
            params: { maximum: MAX_CATEGORY_DEPTH },
            message: `categories have at most ${MAX_CATEGORY_DEPTH} levels`,
          },
        ])
      if ((await em.count(ServiceSummaryCategory, {})) >= MAX_CATEGORIES)
        throw new ConflictError('TOO_MANY', `At most ${MAX_CATEGORIES} categories.`, {
          params: { maximum: MAX_CATEGORIES },
        })
      const [last] = await em.find(
        ServiceSummaryCategory,
        { parentId: parent?.id ?? null },
        { orderBy: { position: 'desc' }, limit: 1 },
      )
      const category = em.create(ServiceSummaryCategory, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        parentId: parent?.id ?? null,
        depth,
        labelZh: data.labelZh,
        labelEn: data.labelEn,
        position: data.position ?? (last ? last.position + 1 : 0),
        isEnabled: data.isEnabled ?? true,
        createdAt: this.clock.now(),
        updatedAt: this.clock.now(),
      })
      await em.flush()
      await this.audit.record(em, viewer, {
        action: 'SUMMARY_CATEGORY_CREATED',
        entityType: 'SUMMARY_CATEGORY',
        entityId: category.id,
        after: snapshot(category),
      })
      return category
    })
  }

  async update(viewer: Viewer, id: string, input: unknown): Promise<ServiceSummaryCategory> {
    assertAdmin(viewer, 'define service summary categories')
    const data = validateInput(updateSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const category = await this.find(em, id)
      const before = snapshot(category)
      Object.assign(category, {
        labelZh: data.labelZh ?? category.labelZh,
        labelEn: data.labelEn ?? category.labelEn,
        position: data.position ?? category.position,
        isEnabled: data.isEnabled ?? category.isEnabled,
        updatedAt: this.clock.now(),
      })
      await em.flush()
      await this.audit.record(em, viewer, {
        action: 'SUMMARY_CATEGORY_UPDATED',
        entityType: 'SUMMARY_CATEGORY',
        entityId: category.id,
        before,
        after: snapshot(category),
      })
      return category
    })
  }

  /** Only a leaf no summary uses: otherwise refused with the number of children or of summaries. */
  async delete(viewer: Viewer, id: string): Promise<boolean> {
    assertAdmin(viewer, 'define service summary categories')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const category = await this.find(em, id)
      const usage = await categoryUsage(em, category.id)
      if (usage.children)
        throw new ConflictError(
          'SUMMARY_CATEGORY_HAS_CHILDREN',
          `${usage.children} categories sit below this one; delete them first.`,
          { params: { children: usage.children } },
        )
      if (usage.summaries)
        throw new ConflictError(
          'SUMMARY_CATEGORY_IN_USE',
          `${usage.summaries} service summaries use this category; disable it instead.`,
          { params: { summaries: usage.summaries } },
        )
      await this.audit.record(em, viewer, {
        action: 'SUMMARY_CATEGORY_DELETED',
        entityType: 'SUMMARY_CATEGORY',
        entityId: category.id,
        before: snapshot(category),
      })
      em.remove(category)
      await em.flush()
      return true
    })
  }

  async find(em: EntityManager, id: string): Promise<ServiceSummaryCategory> {
    const category = await em.findOne(ServiceSummaryCategory, { id: knownId(id, 'Summary category') })
    if (!category) throw new NotFoundError('Summary category')
    return category
  }
}
