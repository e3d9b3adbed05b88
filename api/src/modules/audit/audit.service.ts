// The audit log (issue 3, item 7): every change to users, groups, skill groups, phone settings and API
// keys, written in the same transaction as the change itself, so no change goes unrecorded.
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../common/clock.js'
import { NotFoundError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { Organization } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { apiKeyName } from './actor.store.js'
import { ActorKind, AuditEntry } from './audit-entry.entity.js'

export interface AuditChange {
  action: string
  entityType:
    | 'TENANT'
    | 'USER'
    | 'GROUP'
    | 'SKILL_GROUP'
    | 'API_KEY'
    | 'WEBHOOK'
    | 'ACD_SETTINGS'
    | 'NOT_READY_REASON'
    | 'PHONE_NUMBER'
    | 'VOICE_PROMPT'
    | 'SYSTEM_PROMPT'
    | 'IVR_FLOW'
    | 'IVR_SCHEDULE'
    | 'IVR_HOLIDAY'
    | 'CUSTOM_FIELD'
    | 'CUSTOMER'
    | 'SCREEN_POP_SETTINGS'
    | 'SUMMARY_CATEGORY'
    | 'CONTACT_PLAN'
    | 'OUTBOUND_TASK'
    | 'DO_NOT_CALL'
    | 'TASK_ITEM'
    | 'CALL'
    | 'QA_SCORECARD'
    | 'QA_INSPECTION'
    | 'RECORDINGS'
  entityId: string | null
  organization?: Organization | null
  before?: Record<string, unknown> | null
  after?: Record<string, unknown> | null
}

export interface AuditFilter {
  entityType?: string | null
  entityId?: string | null
  actorId?: string | null
  action?: string | null
  from?: Date | null
  to?: Date | null
}

export class AuditService {
  /** Actor names per transaction: a bulk import records hundreds of changes by one actor. */
  private readonly actorNames = new WeakMap<EntityManager, string | null>()

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  async record(em: EntityManager, viewer: Viewer, change: AuditChange): Promise<void> {
    const entry = em.create(AuditEntry, {
      id: randomUUID(),
      tenantId: viewer.tenantId,
      actorId: viewer.apiKeyId ?? viewer.userId,
      actorKind: viewer.apiKeyId ? ActorKind.API_KEY : ActorKind.USER,
      actorName: await this.actorName(em, viewer),
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      organization: change.organization ?? null,
      before: change.before ?? null,
      after: change.after ?? null,
      at: this.clock.now(),
    })
    em.persist(entry)
  }

  /** A change the platform made on its own (a background job), in the transaction's tenant. */
  recordBySystem(em: EntityManager, tenantId: string, change: AuditChange): void {
    em.persist(
      em.create(AuditEntry, {
        id: randomUUID(),
        tenantId,
        actorId: null,
        actorKind: ActorKind.SYSTEM,
        actorName: null,
        action: change.action,
        entityType: change.entityType,
        entityId: change.entityId,
        organization: change.organization ?? null,
        before: change.before ?? null,
        after: change.after ?? null,
        at: this.clock.now(),
      }),
    )
  }

  private async actorName(em: EntityManager, viewer: Viewer): Promise<string | null> {
    if (!this.actorNames.has(em)) {
      const name = viewer.apiKeyId
        ? await apiKeyName(em, viewer.apiKeyId)
        : (await em.findOne(User, { id: viewer.userId }, { fields: ['name'] }))?.name
      this.actorNames.set(em, name ?? null)
    }
    return this.actorNames.get(em) ?? null
  }

  async list(viewer: Viewer, filter: AuditFilter = {}, pageInput?: PageInput): Promise<Page<AuditEntry>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const at: Record<string, Date> = {}
      if (filter.from) at.$gte = filter.from
      if (filter.to) at.$lt = filter.to
      const visible = policy.organizationFilter()
      // An ID nobody in reach ever touched is unknown here, like any other foreign ID.
      for (const [field, id] of [
        ['entityId', filter.entityId],
        ['actorId', filter.actorId],
      ] as const) {
        if (id && !(await em.count(AuditEntry, { ...visible, [field]: knownId(id, 'Audit subject') })))
          throw new NotFoundError('Audit subject')
      }
      const [items, totalCount] = await em.findAndCount(
        AuditEntry,
        {
          ...visible,
          ...(filter.entityType ? { entityType: filter.entityType } : {}),
          ...(filter.entityId ? { entityId: filter.entityId } : {}),
          ...(filter.actorId ? { actorId: filter.actorId } : {}),
          ...(filter.action ? { action: filter.action } : {}),
          ...(filter.from || filter.to ? { at } : {}),
        },
        { orderBy: { at: 'desc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }
}
