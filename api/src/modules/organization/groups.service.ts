// Inbound and telesales groups with their leaders (A2); phone skill groups are skill-groups.service.ts's.
import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { NotFoundError, ValidationError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import type { IdentityService } from '../identity/identity.service.js'
import { Role, type Organization } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from './access-policy.js'
import { organizationSchema } from './agent-input.js'
import { AgentGroup, AgentGroupMember } from './group.entity.js'
import { assertNameFree, membersFor, nameClash, nameSchema } from './group-rules.js'
import { knownId } from './ids.js'

const idListSchema = z.array(z.string()).max(500, 'at most 500 members at once')

const createGroupSchema = z.object({
  name: nameSchema,
  organization: organizationSchema,
  leaderId: z.string().nullish(),
  memberIds: idListSchema.nullish(),
})
const updateGroupSchema = z.object({ name: nameSchema.optional(), leaderId: z.string().nullish() })
function snapshotGroup(group: AgentGroup, memberIds: string[]): Record<string, unknown> {
  return {
    name: group.name,
    organization: group.organization,
    leaderId: group.leaderId ?? null,
    memberIds: [...memberIds].sort(),
  }
}

export class GroupsService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async listGroups(
    viewer: Viewer,
    filter: { organization?: Organization | null } = {},
    pageInput?: PageInput,
  ): Promise<Page<AgentGroup>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const where = filter.organization
        ? { $and: [policy.groupFilter(), { organization: filter.organization }] }
        : policy.groupFilter()
      const [items, totalCount] = await em.findAndCount(AgentGroup, where, {
        orderBy: { name: 'asc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      })
      return { items, totalCount, ...page }
    })
  }

  getGroup(viewer: Viewer, id: string): Promise<AgentGroup> {
    return this.db.inTenant(viewer.tenantId, async (em) =>
      this.findGroup(em, await AccessPolicy.load(em, viewer), id),
    )
  }

  private async findGroup(em: EntityManager, policy: AccessPolicy, id: string): Promise<AgentGroup> {
    const group = await em.findOne(AgentGroup, { $and: [{ id: knownId(id, 'Group') }, policy.groupFilter()] })
    if (!group) throw new NotFoundError('Group')
    return group
  }

  async createGroup(viewer: Viewer, input: unknown): Promise<AgentGroup> {
    const data = validateInput(createGroupSchema, input)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        policy.assertCanConfigure(data.organization)
        await assertNameFree(em, AgentGroup, data.name)
        const group = em.create(AgentGroup, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          name: data.name,
          organization: data.organization,
          leaderId: data.leaderId ? await this.leaderFor(em, policy, data.leaderId, data.organization) : null,
          createdAt: this.clock.now(),
          updatedAt: this.clock.now(),
        })
        const memberIds = await membersFor(em, policy, data.memberIds ?? [], data.organization, 'memberIds')
        await em.flush()
        for (const userId of memberIds)
          em.create(AgentGroupMember, { groupId: group.id, userId, tenantId: viewer.tenantId })
        await this.audit.record(em, viewer, {
          action: 'GROUP_CREATED',
          entityType: 'GROUP',
          entityId: group.id,
          organization: group.organization,
          after: snapshotGroup(group, memberIds),
        })
        return group
      })
    } catch (error) {
      throw nameClash(error, 'group')
    }
  }

  async updateGroup(viewer: Viewer, id: string, input: unknown): Promise<AgentGroup> {
    const data = validateInput(updateGroupSchema, input)
    const { group } = await this.changeGroup(viewer, id, 'GROUP_UPDATED', async (em, policy, group) => {
      const previousLeaderId = group.leaderId
      if (data.name !== undefined && data.name.toLowerCase() !== group.name.toLowerCase())
        await assertNameFree(em, AgentGroup, data.name)
      if (data.name !== undefined) group.name = data.name
      if (data.leaderId !== undefined)
        group.leaderId = data.leaderId
          ? await this.leaderFor(em, policy, data.leaderId, group.organization)
          : null
      return previousLeaderId === group.leaderId ? [] : [previousLeaderId, group.leaderId]
    })
    return group
  }

  async addGroupMembers(viewer: Viewer, id: string, userIds: string[]): Promise<AgentGroup> {
    const ids = validateInput(idListSchema, userIds)
    return (
      await this.changeGroup(viewer, id, 'GROUP_MEMBERS_ADDED', async (em, policy, group) => {
        for (const userId of await membersFor(em, policy, ids, group.organization, 'userIds'))
          await em.upsert(AgentGroupMember, { groupId: group.id, userId, tenantId: viewer.tenantId })
        return [group.leaderId]
      })
    ).group
  }

  async removeGroupMembers(viewer: Viewer, id: string, userIds: string[]): Promise<AgentGroup> {
    const ids = validateInput(idListSchema, userIds).map((userId) => knownId(userId, 'Agent'))
    return (
      await this.changeGroup(viewer, id, 'GROUP_MEMBERS_REMOVED', async (em, _policy, group) => {
        await em.nativeDelete(AgentGroupMember, { groupId: group.id, userId: { $in: ids } })
        return [group.leaderId]
      })
    ).group
  }

  async deleteGroup(viewer: Viewer, id: string): Promise<boolean> {
    await this.changeGroup(viewer, id, 'GROUP_DELETED', async (em, _policy, group) => {
      await em.nativeDelete(AgentGroupMember, { groupId: group.id })
      em.remove(group)
      return [group.leaderId]
    })
    return true
  }

  /**
   * Loads, authorises, applies and audits one change to a group in one transaction; then tells the
   * leaders `change` names that their rights changed.
   */
  private async changeGroup(
    viewer: Viewer,
    id: string,
    action: string,
    change: (
      em: EntityManager,
      policy: AccessPolicy,
      group: AgentGroup,
    ) => Promise<(string | null | undefined)[]>,
  ): Promise<{ group: AgentGroup }> {
    let changed: { group: AgentGroup; affected: (string | null | undefined)[] }
    try {
      changed = await this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        const group = await this.findGroup(em, policy, id)
        policy.assertCanConfigure(group.organization)
        const memberIds = async () =>
          (await em.find(AgentGroupMember, { groupId: group.id })).map((member) => member.userId)
        const before = snapshotGroup(group, await memberIds())
        const affected = await change(em, policy, group)
        await em.flush()
        await this.audit.record(em, viewer, {
          action,
          entityType: 'GROUP',
          entityId: group.id,
          organization: group.organization,
          before,
          after: action === 'GROUP_DELETED' ? null : snapshotGroup(group, await memberIds()),
        })
        return { group, affected }
      })
    } catch (error) {
      throw nameClash(error, 'group')
    }
    await this.leadersChanged(changed.affected)
    return { group: changed.group }
  }

  /**
   * A group leader's rights follow their groups and members: cached viewers of a leader whose groups
   * changed are stale, and their subscriptions were authorised for other agents.
   */
  private async leadersChanged(userIds: (string | null | undefined)[]): Promise<void> {
    for (const userId of new Set(userIds))
      if (userId) await this.identity.publishUserChanged(userId, { accessChanged: true })
  }

  private async leaderFor(
    em: EntityManager,
    policy: AccessPolicy,
    leaderId: string,
    organization: Organization,
  ): Promise<string> {
    const leader = await em.findOne(User, { id: knownId(leaderId, 'Agent'), deletedAt: null })
    if (!leader || !policy.canSee(leader)) throw new NotFoundError('Agent')
    if (leader.role !== Role.GROUP_LEADER || leader.organization !== organization)
      throw new ValidationError([
        {
          field: 'leaderId',
          code: 'NOT_A_GROUP_LEADER',
          message: `must be a GROUP_LEADER of the ${organization} organisation`,
        },
      ])
    return leader.id
  }
}
