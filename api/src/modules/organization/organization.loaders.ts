// Per-request batching (dataloader) of the organisation's nested fields: every `members`, `agent` or
// `groups` field resolved in one tick of a query becomes one read for all its rows.
import DataLoader from 'dataloader'
import type { GraphQLContext } from '../../graphql/context.js'
import type { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import type { AgentGroup } from './group.entity.js'
import type { MembershipReads } from './membership-reads.js'
import type { SkillGroup, SkillGroupMember } from './skill-group.entity.js'

/** One read for many keys; keys it has no row for get `missing`. */
function batched<Value>(
  read: (keys: readonly string[]) => Promise<Map<string, Value>>,
  missing: Value,
): DataLoader<string, Value> {
  // No cache: a subscription keeps its context for every result it sends, and each must read afresh.
  return new DataLoader(
    async (keys) => {
      const found = await read(keys)
      return keys.map((key) => found.get(key) ?? missing)
    },
    { cache: false },
  )
}

export class OrganizationLoaders {
  readonly user: DataLoader<string, User | null>
  readonly skillGroup: DataLoader<string, SkillGroup | null>
  readonly groupMembers: DataLoader<string, User[]>
  readonly groupsOfUser: DataLoader<string, AgentGroup[]>
  readonly skillGroupMembers: DataLoader<string, SkillGroupMember[]>
  readonly skillGroupsOfUser: DataLoader<string, SkillGroupMember[]>

  constructor(reads: MembershipReads, viewer: Viewer) {
    this.user = batched((ids) => reads.usersByIds(viewer, ids), null)
    this.skillGroup = batched((ids) => reads.skillGroupsByIds(viewer, ids), null)
    this.groupMembers = batched((ids) => reads.membersOfGroups(viewer, ids), [])
    this.groupsOfUser = batched((ids) => reads.groupsOfUsers(viewer, ids), [])
    this.skillGroupMembers = batched((ids) => reads.membersOfSkillGroups(viewer, ids), [])
    this.skillGroupsOfUser = batched((ids) => reads.skillGroupsOfUsers(viewer, ids), [])
  }
}

const loadersOfRequest = new WeakMap<GraphQLContext, OrganizationLoaders>()

/** The request's loaders, made on first use for its viewer. */
export function organizationLoaders(ctx: GraphQLContext, viewer: Viewer): OrganizationLoaders {
  let loaders = loadersOfRequest.get(ctx)
  if (!loaders) {
    loaders = new OrganizationLoaders(ctx.services.membershipReads, viewer)
    loadersOfRequest.set(ctx, loaders)
  }
  return loaders
}
