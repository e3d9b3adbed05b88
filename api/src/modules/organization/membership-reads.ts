// Who belongs where, read for many rows at once: the nested fields of the organisation's pages (a group's
// members, a skill group's agents, a member's groups) batched by organization.loaders.ts into one
// transaction per field and page instead of one per row. Each read shows only what the viewer may see.
import type { Database, EntityManager } from '../../db/database.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from './access-policy.js'
import { AgentGroup, AgentGroupMember } from './group.entity.js'
import { SkillGroup, SkillGroupMember } from './skill-group.entity.js'

/** Rows in their order, gathered under each key (a row may belong under several). */
function gather<Row>(keys: Iterable<string>, rows: readonly Row[], keysOf: (row: Row) => string[]) {
  const gathered = new Map<string, Row[]>([...keys].map((key) => [key, []]))
  for (const row of rows) for (const key of keysOf(row)) gathered.get(key)?.push(row)
  return gathered
}

/** A relation given as pairs (a, b), looked up from the b side: each b with its a's. */
function bySecond(pairs: ReadonlyArray<readonly [string, string]>): Map<string, string[]> {
  const index = new Map<string, string[]>()
  for (const [first, second] of pairs) index.set(second, [...(index.get(second) ?? []), first])
  return index
}

export class MembershipReads {
  constructor(private readonly db: Database) {}

  /** One transaction in the viewer's tenant, with what the viewer may see loaded first. */
  private underPolicy<T>(viewer: Viewer, read: (em: EntityManager, policy: AccessPolicy) => Promise<T>) {
    return this.db.inTenant(viewer.tenantId, async (em) => read(em, await AccessPolicy.load(em, viewer)))
  }

  /** Members the viewer may see, by id; deleted members are gone. */
  usersByIds(viewer: Viewer, ids: readonly string[]): Promise<Map<string, User>> {
    return this.underPolicy(viewer, async (em, policy) => {
      const users = await em.find(User, { $and: [{ id: { $in: [...ids] } }, { deletedAt: null }] })
      return new Map(users.filter((user) => policy.canSee(user)).map((user) => [user.id, user]))
    })
  }

  /** Skill groups the viewer may see, by id. */
  skillGroupsByIds(viewer: Viewer, ids: readonly string[]): Promise<Map<string, SkillGroup>> {
    return this.underPolicy(viewer, async (em, policy) => {
      const groups = await em.find(SkillGroup, {
        $and: [{ id: { $in: [...ids] } }, policy.skillGroupFilter()],
      })
      return new Map(groups.map((group) => [group.id, group]))
    })
  }

  /** Each group's members the viewer may see, by name. */
  membersOfGroups(viewer: Viewer, groupIds: readonly string[]): Promise<Map<string, User[]>> {
    return this.underPolicy(viewer, async (em, policy) => {
      const memberships = await em.find(AgentGroupMember, { groupId: { $in: [...groupIds] } })
      const groupsOfUser = bySecond(memberships.map((member) => [member.groupId, member.userId] as const))
      const users = await em.find(
        User,
        { $and: [{ id: { $in: [...groupsOfUser.keys()] } }, policy.userFilter()] },
        { orderBy: { name: 'asc' } },
      )
      return gather(groupIds, users, (user) => groupsOfUser.get(user.id) ?? [])
    })
  }

  /** Each member's groups the viewer may see, by name. */
  groupsOfUsers(viewer: Viewer, userIds: readonly string[]): Promise<Map<string, AgentGroup[]>> {
    return this.underPolicy(viewer, async (em, policy) => {
      const memberships = await em.find(AgentGroupMember, { userId: { $in: [...userIds] } })
      const usersOfGroup = bySecond(memberships.map((member) => [member.userId, member.groupId] as const))
      const groups = await em.find(
        AgentGroup,
        { $and: [{ id: { $in: [...usersOfGroup.keys()] } }, policy.groupFilter()] },
        { orderBy: { name: 'asc' } },
      )
      return gather(userIds, groups, (group) => usersOfGroup.get(group.id) ?? [])
    })
  }

  /** Each skill group's memberships whose agents the viewer may see, by priority. */
  membersOfSkillGroups(viewer: Viewer, ids: readonly string[]): Promise<Map<string, SkillGroupMember[]>> {
    return this.underPolicy(viewer, async (em, policy) => {
      const members = await em.find(
        SkillGroupMember,
        { skillGroupId: { $in: [...ids] } },
        { orderBy: { priority: 'asc' } },
      )
      const visible = await em.find(User, {
        $and: [{ id: { $in: members.map((member) => member.userId) } }, policy.userFilter()],
      })
      const visibleIds = new Set(visible.map((user) => user.id))
      const shown = members.filter((member) => visibleIds.has(member.userId))
      return gather(ids, shown, (member) => [member.skillGroupId])
    })
  }

  /** Each agent's skill group memberships the viewer may see, by priority. */
  skillGroupsOfUsers(viewer: Viewer, userIds: readonly string[]): Promise<Map<string, SkillGroupMember[]>> {
    return this.underPolicy(viewer, async (em, policy) => {
      const members = await em.find(
        SkillGroupMember,
        { userId: { $in: [...userIds] } },
        { orderBy: { priority: 'asc' } },
      )
      const visible = await em.find(SkillGroup, {
        $and: [{ id: { $in: members.map((member) => member.skillGroupId) } }, policy.skillGroupFilter()],
      })
      const visibleIds = new Set(visible.map((group) => group.id))
      const shown = members.filter((member) => visibleIds.has(member.skillGroupId))
      return gather(userIds, shown, (member) => [member.userId])
    })
  }
}
