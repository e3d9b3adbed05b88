// IVR flows (A7): create, edit a draft (the whole menu tree at once, validated), publish it atomically,
// keep the version history, and tell the voice library and skill groups who uses them.
import { randomUUID } from 'node:crypto'
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import type { FieldProblem } from '../../common/errors.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { CallControlService } from '../acd/call-control.service.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { AuditService } from '../audit/audit.service.js'
import { hasRoleAtLeast, Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import type { SkillGroupUsage } from '../organization/skill-groups.service.js'
import { knownId } from '../organization/ids.js'
import type { PromptCatalog } from '../voice/prompt-catalog.js'
import type { IvrFlowDefinition } from './flow-definition.js'
import { parseDefinition, referencesOf } from './flow-definition.js'
import {
  activeAgents,
  existingSkillGroups,
  flowNamesUsingPrompt,
  memberName,
  nextVersionNumber,
  skillGroupsUsedByFlows,
} from './flows.store.js'
import type { IvrFlowUser } from './ivr.entity.js'
import {
  IvrFlow,
  IvrFlowUserKind,
  IvrFlowVersion,
  IvrFlowVersionStatus,
  IvrHoliday,
  IvrSchedule,
} from './ivr.entity.js'

const nameSchema = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(40, 'must be at most 40 characters')
const descriptionSchema = z.string().trim().max(200, 'must be at most 200 characters').nullish()
const createFlowSchema = z.object({ name: nameSchema, description: descriptionSchema })
const updateFlowSchema = z.object({ name: nameSchema.optional(), description: descriptionSchema })

function nameClash(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException)
    return new ConflictError('NAME_TAKEN', 'An IVR flow with this name already exists.', { field: 'name' })
  return error
}

export function assertIvrAdmin(viewer: Viewer, what: string): void {
  if (!hasRoleAtLeast(viewer.role, Role.ADMIN)) throw new ForbiddenError(`Only administrators ${what}.`)
}

export interface IvrFlowDeps {
  db: Database
  audit: AuditService
  clock: Clock
  prompts: PromptCatalog
  acdSettings: AcdSettingsService
  callControl: CallControlService
}

export class IvrFlowsService {
  constructor(private readonly deps: IvrFlowDeps) {}

  private get db() {
    return this.deps.db
  }

  // ── reading ─────────────────────────────────────────────────────────────────────────────────────────

  async list(viewer: Viewer, pageInput?: PageInput): Promise<Page<IvrFlow>> {
    assertIvrAdmin(viewer, 'manage IVR flows')
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [items, totalCount] = await em.findAndCount(
        IvrFlow,
        {},
        { orderBy: { name: 'asc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  async get(viewer: Viewer, id: string): Promise<IvrFlow> {
    assertIvrAdmin(viewer, 'manage IVR flows')
    return this.db.inTenant(viewer.tenantId, (em) => this.findFlow(em, id))
  }

  /** One version, e.g. a retired one shown read-only in the history. */
  async getVersion(viewer: Viewer, id: string): Promise<IvrFlowVersion> {
    assertIvrAdmin(viewer, 'manage IVR flows')
    const version = await this.db.inTenant(viewer.tenantId, (em) =>
      em.findOne(IvrFlowVersion, { id: knownId(id, 'IVR flow version') }),
    )
    if (!version) throw new NotFoundError('IVR flow version')
    return version
  }

  /** The flow's draft or live version (for its GraphQL fields). */
  versionIn(viewer: Viewer, flowId: string, status: IvrFlowVersionStatus): Promise<IvrFlowVersion | null> {
    return this.db.inTenant(viewer.tenantId, (em) => em.findOne(IvrFlowVersion, { flowId, status }))
  }

  async versions(viewer: Viewer, flowId: string, pageInput?: PageInput): Promise<Page<IvrFlowVersion>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [items, totalCount] = await em.findAndCount(
        IvrFlowVersion,
        { flowId },
        { orderBy: { version: 'desc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  /** A member's name for the version history; null once they are gone (or for an API key). */
  async userName(viewer: Viewer, userId: string): Promise<string | null> {
    const name = await this.db.inTenant(viewer.tenantId, (em) => memberName(em, userId))
    return name ?? null
  }

  /** Schedules and holidays that send callers to the flow: it cannot be deleted while they do. */
  async usersOfFlow(em: EntityManager, flowId: string): Promise<IvrFlowUser[]> {
    const schedules = await em.find(IvrSchedule, { flowId }, { orderBy: { name: 'asc' } })
    const holidays = await em.find(IvrHoliday, { flowId }, { orderBy: { startDate: 'asc' } })
    return [
      ...schedules.map(({ id, name }) => ({ kind: IvrFlowUserKind.SCHEDULE, id, name })),
      ...holidays.map(({ id, name }) => ({ kind: IvrFlowUserKind.HOLIDAY, id, name })),
    ]
  }

  usedBy(viewer: Viewer, flowId: string): Promise<IvrFlowUser[]> {
    return this.db.inTenant(viewer.tenantId, (em) => this.usersOfFlow(em, flowId))
  }

  // ── changing ────────────────────────────────────────────────────────────────────────────────────────

  async create(viewer: Viewer, input: unknown): Promise<IvrFlow> {
    assertIvrAdmin(viewer, 'manage IVR flows')
    const data = validateInput(createFlowSchema, input)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const now = this.deps.clock.now()
        const flow = em.create(IvrFlow, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          name: data.name,
          description: data.description ?? '',
          createdAt: now,
          updatedAt: now,
        })
        await em.flush()
        await this.deps.audit.record(em, viewer, {
          action: 'IVR_FLOW_CREATED',
          entityType: 'IVR_FLOW',
          entityId: flow.id,
          after: { name: flow.name, description: flow.description },
        })
        return flow
      })
    } catch (error) {
      throw nameClash(error)
    }
  }

  async update(viewer: Viewer, id: string, input: unknown): Promise<IvrFlow> {
    assertIvrAdmin(viewer, 'manage IVR flows')
    const data = validateInput(updateFlowSchema, input)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const flow = await this.findFlow(em, id)
        const before = { name: flow.name, description: flow.description }
        if (data.name !== undefined) flow.name = data.name
        if (data.description !== undefined) flow.description = data.description ?? ''
        flow.updatedAt = this.deps.clock.now()
        await em.flush()
        await this.deps.audit.record(em, viewer, {
          action: 'IVR_FLOW_UPDATED',
          entityType: 'IVR_FLOW',
          entityId: flow.id,
          before,
          after: { name: flow.name, description: flow.description },
        })
        return flow
      })
    } catch (error) {
      throw nameClash(error)
    }
  }

  /** Replaces the draft with the whole tree given (starting a new version when there is no draft). */
  async saveDraft(viewer: Viewer, flowId: string, input: unknown): Promise<IvrFlowVersion> {
    assertIvrAdmin(viewer, 'edit IVR flows')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const flow = await this.findFlow(em, flowId, true)
      const definition = await this.checkTargets(em, viewer, parseDefinition(input))
      const now = this.deps.clock.now()
      let draft = await em.findOne(IvrFlowVersion, { flowId, status: IvrFlowVersionStatus.DRAFT })
      if (!draft) {
        const next = await nextVersionNumber(em, flowId)
        draft = em.create(IvrFlowVersion, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          flowId,
          version: next,
          status: IvrFlowVersionStatus.DRAFT,
          definition,
          ...referenceArrays(definition),
          savedAt: now,
        })
      }
      Object.assign(draft, {
        definition,
        ...referenceArrays(definition),
        savedAt: now,
        savedBy: viewer.userId,
      })
      flow.updatedAt = now
      await em.flush()
      await this.deps.audit.record(em, viewer, {
        action: 'IVR_FLOW_DRAFT_SAVED',
        entityType: 'IVR_FLOW',
        entityId: flow.id,
        after: { version: draft.version, menus: definition.menus.length },
      })
      return draft
    })
  }

  /** Starts a draft from an older version, e.g. to go back to what was live last week. */
  async restoreVersion(viewer: Viewer, versionId: string): Promise<IvrFlowVersion> {
    const old = await this.getVersion(viewer, versionId)
    return this.saveDraft(viewer, old.flowId, old.definition)
  }

  async discardDraft(viewer: Viewer, flowId: string): Promise<boolean> {
    assertIvrAdmin(viewer, 'edit IVR flows')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      await this.findFlow(em, flowId, true)
      const draft = await em.findOne(IvrFlowVersion, { flowId, status: IvrFlowVersionStatus.DRAFT })
      if (!draft) throw new ConflictError('NO_DRAFT', 'This flow has no draft.')
      em.remove(draft)
      return true
    })
  }

  /**
   * Makes the draft live in one transaction: the live version retires and the draft takes its place.
   * Targets are checked again: a prompt may have been rejected or a skill group deleted since saving.
   * Calls already in the flow keep the version they loaded when they began.
   */
  async publish(viewer: Viewer, flowId: string): Promise<IvrFlowVersion> {
    assertIvrAdmin(viewer, 'publish IVR flows')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const flow = await this.findFlow(em, flowId, true)
      const draft = await em.findOne(IvrFlowVersion, { flowId, status: IvrFlowVersionStatus.DRAFT })
      if (!draft)
        throw new ConflictError(
          'NO_DRAFT',
          'There is no draft to publish: edit the flow and save a draft first.',
        )
      await this.checkTargets(em, viewer, draft.definition)
      const now = this.deps.clock.now()
      const live = await em.findOne(IvrFlowVersion, { flowId, status: IvrFlowVersionStatus.PUBLISHED })
      if (live) {
        live.status = IvrFlowVersionStatus.RETIRED
        // The partial unique index allows one live version: the old one must leave before the new one comes.
        await em.flush()
      }
      Object.assign(draft, {
        status: IvrFlowVersionStatus.PUBLISHED,
        publishedAt: now,
        publishedBy: viewer.userId,
      })
      flow.updatedAt = now
      await em.flush()
      await this.deps.audit.record(em, viewer, {
        action: 'IVR_FLOW_PUBLISHED',
        entityType: 'IVR_FLOW',
        entityId: flow.id,
        before: live ? { version: live.version } : null,
        after: { version: draft.version },
      })
      return draft
    })
  }

  async delete(viewer: Viewer, flowId: string): Promise<boolean> {
    assertIvrAdmin(viewer, 'manage IVR flows')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const flow = await this.findFlow(em, flowId, true)
      const users = await this.usersOfFlow(em, flow.id)
      if (users.length)
        throw new ConflictError(
          'IN_USE',
          `This flow is in use by ${users.map((user) => `${user.kind.toLowerCase()} “${user.name}”`).join(', ')}; change those first.`,
          { field: 'id', params: { users: users.map((user) => `“${user.name}”`).join(', ') } },
        )
      em.remove(flow)
      await this.deps.audit.record(em, viewer, {
        action: 'IVR_FLOW_DELETED',
        entityType: 'IVR_FLOW',
        entityId: flow.id,
        before: { name: flow.name },
      })
      return true
    })
  }

  // ── for the voice library, skill groups and the runner ─────────────────────────────────────────────

  /** Flows whose draft or live version plays the prompt (PromptUsage for the voice library). */
  async flowsUsingPrompt(
    em: EntityManager,
    promptId: string,
  ): Promise<Array<{ usedBy: string; name: string }>> {
    const names = await flowNamesUsingPrompt(em, promptId)
    return names.map((name) => ({ usedBy: `IVR flow “${name}”`, name: `“${name}”` }))
  }

  /** Skill groups that keys of a draft or live version send callers to. */
  async flowsUsingSkillGroups(em: EntityManager, skillGroupIds: string[]): Promise<SkillGroupUsage[]> {
    const rows = await skillGroupsUsedByFlows(em, skillGroupIds)
    return rows.map((row) => ({
      skillGroupId: row.skillGroupId,
      usedBy: `IVR flow “${row.flowName}”`,
      name: `“${row.flowName}”`,
    }))
  }

  /** The live version of a flow, as a call starting now will follow it. */
  liveVersion(em: EntityManager, flowId: string): Promise<IvrFlowVersion | null> {
    return em.findOne(IvrFlowVersion, { flowId, status: IvrFlowVersionStatus.PUBLISHED })
  }

  async findFlow(em: EntityManager, id: string, lock = false): Promise<IvrFlow> {
    const flow = await em.findOne(
      IvrFlow,
      { id: knownId(id, 'IVR flow') },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    )
    if (!flow) throw new NotFoundError('IVR flow')
    return flow
  }

  /**
   * Checks what the keys point at in this tenant: skill groups and agents that exist (in the viewer's
   * organisation, for an admin scoped to one: A11), approved prompts, outside numbers the call settings
   * allow (normalised to E.164). All problems at once, each on its field.
   */
  private async checkTargets(
    em: EntityManager,
    viewer: Viewer,
    definition: IvrFlowDefinition,
  ): Promise<IvrFlowDefinition> {
    const refs = referencesOf(definition)
    const problems: FieldProblem[] = []
    const organization = viewer.organization
    const groups = await existingSkillGroups(
      em,
      refs.skillGroups.map((ref) => ref.id),
      organization,
    )
    for (const ref of refs.skillGroups)
      if (!groups.has(ref.id))
        problems.push({
          field: ref.field,
          code: 'NO_SUCH_SKILL_GROUP',
          message: 'no such skill group (deleted, or not your company’s or organisation’s)',
        })
    const agents = await activeAgents(
      em,
      refs.agents.map((ref) => ref.id),
      organization,
    )
    for (const ref of refs.agents)
      if (!agents.has(ref.id))
        problems.push({
          field: ref.field,
          code: 'NO_SUCH_AGENT',
          message: 'no such active agent (deleted, disabled, or not your company’s or organisation’s)',
        })
    const approved = await this.deps.prompts.approvedFiles(
      em,
      refs.prompts.map((ref) => ref.id),
    )
    for (const ref of refs.prompts)
      if (!approved.has(ref.id))
        problems.push({
          field: ref.field,
          code: 'PROMPT_NOT_APPROVED',
          message:
            'is not an approved voice prompt (pending review, rejected, deleted, or not your company’s)',
        })
    const numbers = new Map<string, string>()
    if (refs.numbers.length) {
      const settings = await this.deps.acdSettings.read(em, viewer.tenantId)
      for (const ref of refs.numbers)
        try {
          numbers.set(
            ref.field,
            this.deps.callControl.destinations.allowedDestination(ref.number, settings, ref.field),
          )
        } catch (error) {
          if (!(error instanceof ValidationError)) throw error
          problems.push(...error.problems)
        }
    }
    if (problems.length) throw new ValidationError(problems)
    return {
      ...definition,
      menus: definition.menus.map((menu, i) => ({
        ...menu,
        keys: menu.keys.map((key, j) => ({
          ...key,
          number: key.number && (numbers.get(`menus.${i}.keys.${j}.number`) ?? key.number),
        })),
      })),
    }
  }
}

function referenceArrays(definition: IvrFlowDefinition) {
  const refs = referencesOf(definition)
  const unique = (ids: string[]) => [...new Set(ids)]
  return {
    promptIds: unique(refs.prompts.map((ref) => ref.id)),
    skillGroupIds: unique(refs.skillGroups.map((ref) => ref.id)),
    agentIds: unique(refs.agents.map((ref) => ref.id)),
  }
}
