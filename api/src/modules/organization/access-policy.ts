// A11 in one place: what a viewer sees and may change among users, groups, skill groups, API keys, the
// audit log and customers. Every service of the organisation, integration, audit and customers modules
// asks this object.
import type { FilterQuery } from '@mikro-orm/core'
import type { EntityManager } from '../../db/database.js'
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import { CallDirection, type CallRecord } from '../calls/call-record.entity.js'
import { Organization, Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AgentGroup, AgentGroupMember } from './group.entity.js'
import { SkillGroup, SkillGroupMember } from './skill-group.entity.js'

/**
 * TENANT: SUPER_ADMIN and ADMINs without an organisation. ORGANIZATION: an ADMIN scoped to one.
 * GROUPS: a GROUP_LEADER, over the members of the groups they lead. SELF: an AGENT.
 */
export type AccessScope =
  | { kind: 'TENANT' }
  | { kind: 'ORGANIZATION'; organization: Organization }
  | { kind: 'GROUPS'; organization: Organization | null; ledGroupIds: string[]; memberIds: Set<string> }
  | { kind: 'SELF'; groupIds: string[]; skillGroupIds: string[] }

/** What may be done to a user; each is granted by role below. */
export enum UserAction {
  /** Name, mobile, answering mode. */
  EDIT_PROFILE = 'EDIT_PROFILE',
  /** Email, agent number, role, organisation, group membership. */
  ASSIGN = 'ASSIGN',
  VIEW_SIP_PASSWORD = 'VIEW_SIP_PASSWORD',
  /** Disable, enable, reset password, resend invitation. */
  CONTROL_ACCESS = 'CONTROL_ACCESS',
  DELETE = 'DELETE',
}

const groupLeaderActions = new Set([
  UserAction.EDIT_PROFILE,
  UserAction.VIEW_SIP_PASSWORD,
  UserAction.CONTROL_ACCESS,
])

/** Whose calls a viewer sees (AccessPolicy.callReach); see isCallInReach. */
export interface CallReach {
  agentIds: string[]
  skillGroupIds: string[]
  /**
   * Inbound calls that reached neither a skill group nor an agent (in the IVR now, or ended there):
   * they belong to the inbound organisation as a whole, so its administrators see them.
   */
  unroutedInbound: boolean
}

/** One call against a reach (null: the whole company); the SQL lists apply the same rule. */
export function isCallInReach(
  reach: CallReach | null,
  call: { agentId?: string | null; skillGroupId?: string | null; direction: CallDirection },
): boolean {
  if (!reach) return true
  if (call.agentId) return reach.agentIds.includes(call.agentId)
  if (call.skillGroupId) return reach.skillGroupIds.includes(call.skillGroupId)
  return reach.unroutedInbound && call.direction === CallDirection.INBOUND
}

/** A reach as an ORM condition on call records (the same rule as isCallInReach and reachSql). */
export function callReachFilter(reach: CallReach | null): FilterQuery<CallRecord> {
  if (!reach) return {}
  return {
    $or: [
      { agentId: { $in: reach.agentIds } },
      { agentId: null, skillGroupId: { $in: reach.skillGroupIds } },
      ...(reach.unroutedInbound
        ? [{ agentId: null, skillGroupId: null, direction: CallDirection.INBOUND }]
        : []),
    ],
  }
}

export class AccessPolicy {
  private constructor(
    readonly viewer: Viewer,
    readonly scope: AccessScope,
  ) {}

  static async load(em: EntityManager, viewer: Viewer): Promise<AccessPolicy> {
    return new AccessPolicy(viewer, await scopeOf(em, viewer))
  }

  get isAdmin(): boolean {
    return hasRoleAtLeast(this.viewer.role, Role.ADMIN)
  }

  get isTenantWide(): boolean {
    return this.scope.kind === 'TENANT'
  }

  /** Whether the viewer sees inbound calls that reached no skill group or agent (CallReach.unroutedInbound). */
  get seesUnroutedInbound(): boolean {
    return (
      this.isTenantWide ||
      (this.scope.kind === 'ORGANIZATION' && this.scope.organization === Organization.INBOUND)
    )
  }

  private isSelf(userId: string): boolean {
    return !this.viewer.apiKeyId && userId === this.viewer.userId
  }

  // ── users ──────────────────────────────────────────────────────────────────────────────────────────

  /** The users the viewer sees; deleted users are gone for everyone. */
  userFilter(): FilterQuery<User> {
    const self = this.viewer.apiKeyId ? [] : [this.viewer.userId]
    switch (this.scope.kind) {
      case 'TENANT':
        return { deletedAt: null }
      case 'ORGANIZATION':
        return { deletedAt: null, $or: [{ organization: this.scope.organization }, { id: { $in: self } }] }
      case 'GROUPS':
        return { deletedAt: null, id: { $in: [...this.scope.memberIds, ...self] } }
      case 'SELF':
        return { deletedAt: null, id: { $in: self } }
    }
  }

  /** Equal for two viewers of a tenant who see the same users (canSee): what their subscriptions may share. */
  get userAudienceKey(): string {
    const self = this.viewer.apiKeyId ? '' : this.viewer.userId
    switch (this.scope.kind) {
      case 'TENANT':
        return 'tenant'
      case 'ORGANIZATION':
        return `organization:${this.scope.organization}:${self}`
      case 'GROUPS':
        return `groups:${[...this.scope.memberIds].sort().join(',')}:${self}`
      case 'SELF':
        return `self:${self}`
    }
  }

  canSee(user: Pick<User, 'id' | 'organization' | 'deletedAt'>): boolean {
    if (user.deletedAt) return false
    if (this.isSelf(user.id)) return true
    switch (this.scope.kind) {
      case 'TENANT':
        return true
      case 'ORGANIZATION':
        return user.organization === this.scope.organization
      case 'GROUPS':
        return this.scope.memberIds.has(user.id)
      case 'SELF':
        return false
    }
  }

  /** Invisible users are not found (their existence stays hidden); visible but out of reach: forbidden. */
  assertCanManage(user: User, action: UserAction): void {
    if (!this.canSee(user)) throw new NotFoundError('Agent')
    if (!this.canManage(user, action))
      throw new ForbiddenError(`Your role does not allow ${describe(action)}.`)
  }

  canManage(user: Pick<User, 'id' | 'role' | 'organization' | 'deletedAt'>, action: UserAction): boolean {
    if (!this.canSee(user)) return false
    if (this.isSelf(user.id)) {
      // Everyone may read their own SIP password (desk phones); admins may edit their own profile.
      if (action === UserAction.VIEW_SIP_PASSWORD) return true
      return action === UserAction.EDIT_PROFILE && this.isAdmin
    }
    // Nobody manages their equals or superiors: only the super admin manages admins.
    if (!hasRoleAtLeast(this.viewer.role, user.role) || this.viewer.role === user.role) return false
    if (this.isAdmin) return true
    return this.viewer.role === Role.GROUP_LEADER && groupLeaderActions.has(action)
  }

  /** Giving someone (a new agent, an edited one, an API key) a role and an organisation. */
  assertCanAssign(role: Role, organization: Organization | null, field = 'role'): void {
    if (!this.isAdmin) throw new ForbiddenError('Only administrators add or reassign members.')
    if (role === Role.SUPER_ADMIN || (role === Role.ADMIN && this.viewer.role !== Role.SUPER_ADMIN))
      throw new ForbiddenError(`Your role does not allow giving the role ${role} (${field}).`)
    if (this.scope.kind === 'ORGANIZATION' && organization !== this.scope.organization)
      throw new ForbiddenError(`You manage the ${this.scope.organization} organisation only.`)
  }

  // ── groups and skill groups ────────────────────────────────────────────────────────────────────────

  groupFilter(): FilterQuery<AgentGroup> {
    switch (this.scope.kind) {
      case 'TENANT':
        return {}
      case 'ORGANIZATION':
        return { organization: this.scope.organization }
      case 'GROUPS':
        return { id: { $in: this.scope.ledGroupIds } }
      case 'SELF':
        return { id: { $in: this.scope.groupIds } }
    }
  }

  skillGroupFilter(): FilterQuery<SkillGroup> {
    switch (this.scope.kind) {
      case 'TENANT':
        return {}
      case 'ORGANIZATION':
        return { organization: this.scope.organization }
      case 'GROUPS':
        return this.scope.organization ? { organization: this.scope.organization } : { id: { $in: [] } }
      case 'SELF':
        return { id: { $in: this.scope.skillGroupIds } }
    }
  }

  /** One skill group against skillGroupFilter (the same rule, for a group already read). */
  canSeeSkillGroup(group: Pick<SkillGroup, 'id' | 'organization'>): boolean {
    switch (this.scope.kind) {
      case 'TENANT':
        return true
      case 'ORGANIZATION':
      case 'GROUPS':
        return group.organization === this.scope.organization
      case 'SELF':
        return this.scope.skillGroupIds.includes(group.id)
    }
  }

  /** Group and skill group configuration is for administrators of the group's organisation. */
  assertCanConfigure(organization: Organization): void {
    if (!this.isAdmin) throw new ForbiddenError('Only administrators configure groups and skill groups.')
    if (this.scope.kind === 'ORGANIZATION' && organization !== this.scope.organization)
      throw new ForbiddenError(`You manage the ${this.scope.organization} organisation only.`)
  }

  // ── API keys and the audit log ─────────────────────────────────────────────────────────────────────

  /** Keys are managed by signed-in administrators only: a key never mints or revokes keys. */
  assertCanManageApiKeys(): void {
    if (!this.isAdmin || this.viewer.apiKeyId)
      throw new ForbiddenError('Only signed-in administrators manage API keys.')
  }

  /** Webhooks see every call of the company, whatever organisation: whole-company admins, signed in. */
  assertCanManageWebhooks(): void {
    if (!this.isAdmin || !this.isTenantWide || this.viewer.apiKeyId)
      throw new ForbiddenError('Only signed-in administrators of the whole company manage webhooks.')
  }

  /** A key never outranks its creator, and an organisation-scoped admin's keys stay in that organisation. */
  assertCanIssueApiKey(role: Role, organization: Organization | null): void {
    this.assertCanManageApiKeys()
    if (role === Role.SUPER_ADMIN || !hasRoleAtLeast(this.viewer.role, role))
      throw new ForbiddenError(`Your role does not allow keys with the role ${role}.`)
    if (this.scope.kind === 'ORGANIZATION' && organization !== this.scope.organization)
      throw new ForbiddenError(`You manage the ${this.scope.organization} organisation only.`)
  }

  /** Rows carrying an organisation (API keys, audit entries) an admin may see. */
  organizationFilter(): { organization?: Organization } {
    if (!this.isAdmin) throw new ForbiddenError()
    return this.scope.kind === 'ORGANIZATION' ? { organization: this.scope.organization } : {}
  }

  // ── customers ──────────────────────────────────────────────────────────────────────────────────────

  /** Whose customers the viewer sees and edits: see customerOrganizationsOf. */
  customerOrganizations(): Organization[] {
    return customerOrganizationsOf(this.viewer)
  }

  /** The organisation a new customer goes to: see organizationForNewCustomerOf. */
  organizationForNewCustomer(requested: Organization | null | undefined): Organization {
    return organizationForNewCustomerOf(this.viewer, requested)
  }

  // ── calls ──────────────────────────────────────────────────────────────────────────────────────────

  /**
   * Whose calls the viewer sees in the call records, their recordings and the satisfaction reports (A9):
   * null for the whole company; otherwise the calls an agent of `agentIds` took or placed, and the calls
   * no agent took (abandoned, missed, in the IVR) queued for a skill group of `skillGroupIds`. An
   * organisation's administrator: its members (deleted ones too, their calls stay) and skill groups. A
   * group leader: the members of the groups they lead and their organisation's skill groups (the queues
   * the KPI monitor shows them). An agent: their own calls.
   */
  async callReach(em: EntityManager): Promise<CallReach | null> {
    const self = this.viewer.apiKeyId ? [] : [this.viewer.userId]
    const skillGroupIds = async () =>
      (await em.find(SkillGroup, this.skillGroupFilter(), { fields: ['id'] })).map((group) => group.id)
    switch (this.scope.kind) {
      case 'TENANT':
        return null
      case 'ORGANIZATION':
        return organizationReach(em, this.scope.organization, self)
      case 'GROUPS':
        return {
          agentIds: [...new Set([...this.scope.memberIds, ...self])],
          skillGroupIds: await skillGroupIds(),
          unroutedInbound: false,
        }
      case 'SELF':
        return { agentIds: self, skillGroupIds: [], unroutedInbound: false }
    }
  }

  /**
   * Whose calls the viewer may inspect (A10): an administrator or a group leader the calls they see
   * (callReach); a QA inspector (`isQaInspector`, a capability an administrator grants to a member) the
   * calls of their organisation, or of the whole company when they belong to none. Anyone else: none.
   */
  async inspectionReach(em: EntityManager, isQaInspector: boolean): Promise<CallReach | null> {
    if (isQaInspector && !this.viewer.apiKeyId)
      return this.viewer.organization
        ? organizationReach(em, this.viewer.organization, [this.viewer.userId])
        : null
    if (hasRoleAtLeast(this.viewer.role, Role.GROUP_LEADER)) return this.callReach(em)
    throw new ForbiddenError('Only administrators, group leaders and QA inspectors inspect calls.')
  }

  // ── contact plans ──────────────────────────────────────────────────────────────────────────────────

  /**
   * Whose contact plans the viewer sees (G6), within the organisations whose customers they see: an
   * agent their own, a group leader also those of their groups' members, administrators everyone's.
   * `ownerIds` null means every owner.
   */
  contactPlanReach(): { organizations: Organization[]; ownerIds: string[] | null } {
    const organizations = this.customerOrganizations()
    const self = this.viewer.apiKeyId ? [] : [this.viewer.userId]
    switch (this.scope.kind) {
      case 'TENANT':
      case 'ORGANIZATION':
        return { organizations, ownerIds: null }
      case 'GROUPS':
        return { organizations, ownerIds: [...this.scope.memberIds, ...self] }
      case 'SELF':
        return { organizations, ownerIds: self }
    }
  }
}

/** An organisation's calls: its members' (deleted ones too, their calls stay) and its skill groups' queues. */
async function organizationReach(
  em: EntityManager,
  organization: Organization,
  self: string[],
): Promise<CallReach> {
  const members = await em.find(User, { organization }, { fields: ['id'] })
  const groups = await em.find(SkillGroup, { organization }, { fields: ['id'] })
  return {
    agentIds: [...new Set([...members.map((user) => user.id), ...self])],
    skillGroupIds: groups.map((group) => group.id),
    unroutedInbound: organization === Organization.INBOUND,
  }
}

/**
 * Whose customers the viewer sees and edits: tenant-wide administrators both organisations', everyone
 * else their own organisation's (agents need them on every call), and a member without one none. Role
 * and organisation decide it alone, so every screen pop, summary and history page asks without a query.
 */
export function customerOrganizationsOf(viewer: Viewer): Organization[] {
  const isTenantWide =
    viewer.role === Role.SUPER_ADMIN || (viewer.role === Role.ADMIN && !viewer.organization)
  if (isTenantWide) return [Organization.INBOUND, Organization.TELESALES]
  return viewer.organization ? [viewer.organization] : []
}

/** The organisation a new customer goes to: the viewer's own, or the one a tenant-wide admin names. */
export function organizationForNewCustomerOf(
  viewer: Viewer,
  requested: Organization | null | undefined,
): Organization {
  const visible = customerOrganizationsOf(viewer)
  if (requested) {
    if (!visible.includes(requested))
      throw new ForbiddenError(
        `You work with the ${visible.join(' and ') || 'no'} organisation’s customers only.`,
      )
    return requested
  }
  if (visible.length === 1) return visible[0]!
  if (!visible.length) throw new ForbiddenError('Members without an organisation have no customers.')
  throw new ValidationError([
    { field: 'organization', code: 'REQUIRED', message: 'is required: INBOUND or TELESALES' },
  ])
}

function describe(action: UserAction): string {
  switch (action) {
    case UserAction.EDIT_PROFILE:
      return 'editing this member'
    case UserAction.ASSIGN:
      return 'changing this member’s login, agent number, role, organisation or groups'
    case UserAction.VIEW_SIP_PASSWORD:
      return 'reading this member’s SIP password'
    case UserAction.CONTROL_ACCESS:
      return 'disabling, enabling or resetting this member'
    case UserAction.DELETE:
      return 'deleting this member'
  }
}

async function scopeOf(em: EntityManager, viewer: Viewer): Promise<AccessScope> {
  switch (viewer.role) {
    case Role.SUPER_ADMIN:
      return { kind: 'TENANT' }
    case Role.ADMIN:
      return viewer.organization
        ? { kind: 'ORGANIZATION', organization: viewer.organization }
        : { kind: 'TENANT' }
    case Role.GROUP_LEADER: {
      if (viewer.apiKeyId)
        return { kind: 'GROUPS', organization: viewer.organization, ledGroupIds: [], memberIds: new Set() }
      const led = await em.find(AgentGroup, { leaderId: viewer.userId }, { fields: ['id'] })
      const ledGroupIds = led.map((group) => group.id)
      const members = ledGroupIds.length
        ? await em.find(AgentGroupMember, { groupId: { $in: ledGroupIds } })
        : []
      return {
        kind: 'GROUPS',
        organization: viewer.organization,
        ledGroupIds,
        memberIds: new Set(members.map((member) => member.userId)),
      }
    }
    case Role.AGENT: {
      if (viewer.apiKeyId) return { kind: 'SELF', groupIds: [], skillGroupIds: [] }
      const groups = await em.find(AgentGroupMember, { userId: viewer.userId })
      const skillGroups = await em.find(SkillGroupMember, { userId: viewer.userId })
      return {
        kind: 'SELF',
        groupIds: groups.map((member) => member.groupId),
        skillGroupIds: skillGroups.map((member) => member.skillGroupId),
      }
    }
  }
}
