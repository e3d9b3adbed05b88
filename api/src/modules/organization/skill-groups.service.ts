// Phone skill groups with prioritised members, their routing strategy, queue limits and overflow (A3).
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, NotFoundError, ValidationError, type Problem } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Organization } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from './access-policy.js'
import { organizationSchema } from './agent-input.js'
import { assertNameFree, membersFor, nameClash, nameSchema } from './group-rules.js'
import { knownId } from './ids.js'
import { OverflowAction, RoutingStrategy, SkillGroup, SkillGroupMember } from './skill-group.entity.js'

/** Something (an IVR flow, an outbound task) that routes to skill groups and so forbids deleting them. */
export interface SkillGroupUsage {
  skillGroupId: string
  /** Shown to the admin, e.g. `IVR flow “Main menu”`. */
  usedBy: string
  /** The same without the English kind, for the consoles' wording: `“Main menu”`, `+862161234567`. */
  name: string
}

export type SkillGroupUsageSource = (em: EntityManager, skillGroupIds: string[]) => Promise<SkillGroupUsage[]>

const createSkillGroupSchema = z.object({
  name: nameSchema,
  organization: organizationSchema,
  description: z.string().trim().max(500, 'must be at most 500 characters').nullish(),
})
const updateSkillGroupSchema = z.object({
  name: nameSchema.optional(),
  description: z.string().trim().max(500, 'must be at most 500 characters').nullish(),
})
const prioritySchema = z.number().int().min(1, 'must be 1 to 10').max(10, 'must be 1 to 10')
const routingSchema = z.object({
  strategy: z
    .enum(RoutingStrategy, { message: 'must be LONGEST_IDLE, ROUND_ROBIN, FEWEST_CALLS or PRIORITY' })
    .optional(),
  maxWaitSeconds: z
    .number({ message: 'must be a number of seconds' })
    .int('must be a whole number of seconds')
    .min(10, 'must be 10 to 7200 seconds')
    .max(7200, 'must be 10 to 7200 seconds')
    .optional(),
  maxQueueLength: z
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1 to 10000')
    .max(10000, 'must be 1 to 10000')
    .optional(),
  overflowAction: z.enum(OverflowAction, { message: 'must be SKILL_GROUP or MESSAGE_HANGUP' }).optional(),
  isPostCallSurveyEnabled: z.boolean().optional(),
  isRecordingEnabled: z.boolean().optional(),
  overflowSkillGroupId: z.string().nullish(),
})

/** Skill groups others overflow to are in use: deleting one would leave those callers nowhere to go. */
const overflowUsage: SkillGroupUsageSource = async (em, skillGroupIds) =>
  (
    await em.find(SkillGroup, {
      overflowAction: OverflowAction.SKILL_GROUP,
      overflowSkillGroupId: { $in: skillGroupIds },
      id: { $nin: skillGroupIds },
    })
  ).map((group) => ({
    skillGroupId: group.overflowSkillGroupId!,
    usedBy: `skill group “${group.name}” (overflow)`,
    name: `“${group.name}”`,
  }))

function snapshotSkillGroup(group: SkillGroup, members: SkillGroupMember[]): Record<string, unknown> {
  return {
    name: group.name,
    organization: group.organization,
    description: group.description,
    strategy: group.strategy,
    maxWaitSeconds: group.maxWaitSeconds,
    maxQueueLength: group.maxQueueLength,
    overflowAction: group.overflowAction,
    isPostCallSurveyEnabled: group.isPostCallSurveyEnabled,
    isRecordingEnabled: group.isRecordingEnabled,
    overflowSkillGroupId: group.overflowSkillGroupId ?? null,
    members: members
      .map((member) => ({ userId: member.userId, priority: member.priority }))
      .sort((a, b) => a.userId.localeCompare(b.userId)),
  }
}

export class SkillGroupsService {
  private readonly usageSources: SkillGroupUsageSource[] = [overflowUsage]

  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** IVR flows and outbound tasks register what they route to, so skill groups in use cannot be deleted. */
  registerSkillGroupUsage(source: SkillGroupUsageSource): void {
    this.usageSources.push(source)
  }

  async listSkillGroups(
    viewer: Viewer,
    filter: { organization?: Organization | null } = {},
    pageInput?: PageInput,
  ): Promise<Page<SkillGroup>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const where = filter.organization
        ? { $and: [policy.skillGroupFilter(), { organization: filter.organization }] }
        : policy.skillGroupFilter()
      const [items, totalCount] = await em.findAndCount(SkillGroup, where, {
        orderBy: { name: 'asc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      })
      return { items, totalCount, ...page }
    })
  }

  getSkillGroup(viewer: Viewer, id: string): Promise<SkillGroup> {
    return this.db.inTenant(viewer.tenantId, async (em) =>
      this.findSkillGroup(em, await AccessPolicy.load(em, viewer), id),
    )
  }

  private async findSkillGroup(em: EntityManager, policy: AccessPolicy, id: string): Promise<SkillGroup> {
    const group = await em.findOne(SkillGroup, {
      $and: [{ id: knownId(id, 'Skill group') }, policy.skillGroupFilter()],
    })
    if (!group) throw new NotFoundError('Skill group')
    return group
  }

  /** A skill group the viewer may send calls to (a company number, an IVR menu): visible, and theirs to configure. */
  async routableSkillGroup(em: EntityManager, viewer: Viewer, id: string): Promise<SkillGroup> {
    const policy = await AccessPolicy.load(em, viewer)
    const group = await this.findSkillGroup(em, policy, id)
    policy.assertCanConfigure(group.organization)
    return group
  }

  async createSkillGroup(viewer: Viewer, input: unknown): Promise<SkillGroup> {
    const data = validateInput(createSkillGroupSchema, input)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        policy.assertCanConfigure(data.organization)
        await assertNameFree(em, SkillGroup, data.name)
        const group = em.create(SkillGroup, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          name: data.name,
          organization: data.organization,
          description: data.description ?? '',
          createdAt: this.clock.now(),
          updatedAt: this.clock.now(),
        })
        await this.audit.record(em, viewer, {
          action: 'SKILL_GROUP_CREATED',
          entityType: 'SKILL_GROUP',
          entityId: group.id,
          organization: group.organization,
          after: snapshotSkillGroup(group, []),
        })
        return group
      })
    } catch (error) {
      throw nameClash(error, 'skill group')
    }
  }

  async updateSkillGroup(viewer: Viewer, id: string, input: unknown): Promise<SkillGroup> {
    const data = validateInput(updateSkillGroupSchema, input)
    return this.changeSkillGroup(viewer, id, 'SKILL_GROUP_UPDATED', async (em, _policy, group) => {
      if (data.name !== undefined && data.name.toLowerCase() !== group.name.toLowerCase())
        await assertNameFree(em, SkillGroup, data.name)
      if (data.name !== undefined) group.name = data.name
      if (data.description !== undefined) group.description = data.description ?? ''
    })
  }

  /** Strategy, queue limits and overflow; the overflow target is another skill group of the same organisation. */
  async updateSkillGroupRouting(viewer: Viewer, id: string, input: unknown): Promise<SkillGroup> {
    const data = validateInput(routingSchema, input)
    return this.changeSkillGroup(viewer, id, 'SKILL_GROUP_ROUTING_UPDATED', async (em, policy, group) => {
      if (data.strategy !== undefined) group.strategy = data.strategy
      if (data.maxWaitSeconds !== undefined) group.maxWaitSeconds = data.maxWaitSeconds
      if (data.maxQueueLength !== undefined) group.maxQueueLength = data.maxQueueLength
      if (data.isPostCallSurveyEnabled !== undefined)
        group.isPostCallSurveyEnabled = data.isPostCallSurveyEnabled
      if (data.isRecordingEnabled !== undefined) group.isRecordingEnabled = data.isRecordingEnabled
      group.overflowAction = data.overflowAction ?? group.overflowAction
      if (group.overflowAction !== OverflowAction.SKILL_GROUP) {
        group.overflowSkillGroupId = null
        return
      }
      const targetId =
        data.overflowSkillGroupId !== undefined ? data.overflowSkillGroupId : group.overflowSkillGroupId
      const refused = (found: Problem, message: string) =>
        new ValidationError([{ field: 'overflowSkillGroupId', ...found, message }])
      if (!targetId)
        throw refused({ code: 'REQUIRED' }, 'is required when the overflow action is SKILL_GROUP')
      const target = await this.findSkillGroup(em, policy, targetId)
      if (target.id === group.id) throw refused({ code: 'OVERFLOW_TO_ITSELF' }, 'must be another skill group')
      if (target.organization !== group.organization)
        throw refused(
          { code: 'OVERFLOW_TO_OTHER_ORGANIZATION' },
          `must be a skill group of the ${group.organization} organisation`,
        )
      group.overflowSkillGroupId = target.id
    })
  }

  /** Adds the agent, or changes their priority when already a member. */
  async setSkillGroupMember(
    viewer: Viewer,
    id: string,
    userId: string,
    priority: number,
  ): Promise<SkillGroup> {
    const checkedPriority = validateInput(z.object({ priority: prioritySchema }), { priority }).priority
    return this.changeSkillGroup(viewer, id, 'SKILL_GROUP_MEMBER_SET', async (em, policy, group) => {
      const [memberId] = await membersFor(em, policy, [userId], group.organization, 'userId')
      await em.upsert(SkillGroupMember, {
        skillGroupId: group.id,
        userId: memberId!,
        tenantId: viewer.tenantId,
        priority: checkedPriority,
      })
    })
  }

  async removeSkillGroupMember(viewer: Viewer, id: string, userId: string): Promise<SkillGroup> {
    const memberId = knownId(userId, 'Agent')
    return this.changeSkillGroup(viewer, id, 'SKILL_GROUP_MEMBER_REMOVED', async (em, policy, group) => {
      const user = await em.findOne(User, { id: memberId })
      if (!user || !policy.canSee(user)) throw new NotFoundError('Agent')
      await em.nativeDelete(SkillGroupMember, { skillGroupId: group.id, userId: memberId })
    })
  }

  /** Refused while anything routes to it, naming every user so the admin knows what to change first. */
  async deleteSkillGroup(viewer: Viewer, id: string): Promise<boolean> {
    await this.changeSkillGroup(viewer, id, 'SKILL_GROUP_DELETED', async (em, _policy, group) => {
      // One after another: the sources share the transaction's one connection, which runs one query at a time.
      const usages: SkillGroupUsage[] = []
      for (const source of this.usageSources) usages.push(...(await source(em, [group.id])))
      if (usages.length)
        throw new ConflictError(
          'IN_USE',
          `The skill group “${group.name}” is in use by ${usages.map((usage) => usage.usedBy).join(', ')}; remove it there first.`,
          { field: 'id', params: { users: usages.map((usage) => usage.name).join(', ') } },
        )
      await em.nativeDelete(SkillGroupMember, { skillGroupId: group.id })
      em.remove(group)
    })
    return true
  }

  private async changeSkillGroup(
    viewer: Viewer,
    id: string,
    action: string,
    change: (em: EntityManager, policy: AccessPolicy, group: SkillGroup) => Promise<void>,
  ): Promise<SkillGroup> {
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        const group = await this.findSkillGroup(em, policy, id)
        policy.assertCanConfigure(group.organization)
        const members = () => em.find(SkillGroupMember, { skillGroupId: group.id }, { refresh: true })
        const before = snapshotSkillGroup(group, await members())
        await change(em, policy, group)
        await em.flush()
        await this.audit.record(em, viewer, {
          action,
          entityType: 'SKILL_GROUP',
          entityId: group.id,
          organization: group.organization,
          before,
          after: action === 'SKILL_GROUP_DELETED' ? null : snapshotSkillGroup(group, await members()),
        })
        return group
      })
    } catch (error) {
      throw nameClash(error, 'skill group')
    }
  }
}
