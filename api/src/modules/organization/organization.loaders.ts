// The organisation's nested fields batched per request (graphql/loaders.ts): every `members`, `agent` or
// `groups` field resolved in one tick of a query becomes one read for all its rows.
import type DataLoader from 'dataloader'
import { batched, requestScoped } from '../../graphql/loaders.js'
import type { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import type { AgentGroup } from './group.entity.js'
import type { MembershipReads } from './membership-reads.js'
import type { SkillGroup, SkillGroupMember } from './skill-group.entity.js'

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

/** The request's loaders, made on first use for its viewer. */
export const organizationLoaders = requestScoped(
  (ctx, viewer) => new OrganizationLoaders(ctx.services.membershipReads, viewer),
)
