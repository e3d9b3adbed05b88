// Team members (A2) and their phones (A4): add, invite, edit, disable, delete, bulk-add from CSV (the
// rows are checked in agent-import.ts; the invitation email goes out through agent-credentials.ts).
import { LockMode, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import type { Mailer } from '../../common/mailer.js'
import { validateInput } from '../../common/validation.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import { AnsweringMode } from '../identity/answering-mode.js'
import type { IdentityService } from '../identity/identity.service.js'
import { emailSchema } from '../identity/identity.service.js'
import { generatePassword } from '../identity/password.js'
import { UserStatus, type Organization, type Role } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import type { SipDomain } from '../../telephony/xml-curl/directory.js'
import { AccessPolicy, UserAction } from './access-policy.js'
import { readAgentCsv } from './agent-csv.js'
import { mailCredentials, type AgentInvitation, type EmailOutcome } from './agent-credentials.js'
import { checkAgentRows, type AgentImportProblem } from './agent-import.js'
import {
  agentNameSchema,
  agentNumberSchema,
  agentRoleSchema,
  answeringModeSchema,
  assignmentProblems,
  newAgentSchema,
  optionalMobileSchema,
  organizationSchema,
  type NewAgentData,
} from './agent-input.js'
import { AgentGroup, AgentGroupMember } from './group.entity.js'
import { knownId } from './ids.js'
import { EmailDelivery } from './organization.types.js'
import { sipDomainFor, sipUserOf } from './phone.js'
import type { SecretBox } from './secret-box.js'
import { SkillGroupMember } from './skill-group.entity.js'

export interface AgentFilter {
  search?: string | null
  organization?: Organization | null
  role?: Role | null
  status?: UserStatus | null
  groupId?: string | null
}

export interface SipCredentials {
  user: string
  password: string
  domain: string
}

export interface AgentImportResult {
  totalRows: number
  validRows: number
  importedCount: number
  isImported: boolean
  problems: AgentImportProblem[]
  /** How the invitations went: null when none went out, FAILED when any failed. */
  emailDelivery: EmailDelivery | null
  outboxFolder: string | null
}

const updateSchema = z
  .object({
    name: agentNameSchema.optional(),
    email: emailSchema.optional(),
    agentNumber: z.preprocess((v) => (v === '' ? null : v), agentNumberSchema.nullish()),
    role: agentRoleSchema.optional(),
    organization: z.preprocess((v) => (v === '' ? null : v), organizationSchema.nullish()),
    groupIds: z.array(z.string()).max(50, 'at most 50 groups').optional(),
  })
  .strict()

const phoneSchema = z.object({
  mobile: optionalMobileSchema,
  answeringMode: answeringModeSchema.optional(),
})

/** What the audit log keeps of a user: everything an admin changes, never a secret. */
export function snapshotUser(user: User, groupIds?: string[]): Record<string, unknown> {
  return {
    email: user.email,
    name: user.name,
    agentNumber: user.agentNumber ?? null,
    role: user.role,
    organization: user.organization ?? null,
    status: user.status,
    mobile: user.mobile ?? null,
    answeringMode: user.answeringMode,
    ...(groupIds ? { groupIds: [...groupIds].sort() } : {}),
    ...(user.deletedAt ? { deletedAt: user.deletedAt.toISOString() } : {}),
  }
}

const emailTaken = () =>
  new ConflictError('EMAIL_TAKEN', 'This email is already registered.', { field: 'email' })
const agentNumberTaken = () =>
  new ConflictError('AGENT_NUMBER_TAKEN', 'This agent number is already in use in your company.', {
    field: 'agentNumber',
  })
const noSipAccount = () =>
  new ConflictError('NO_SIP_ACCOUNT', 'This member has no agent number, so no SIP account.', {
    field: 'agentNumber',
  })

/** Names the field behind a unique index, so a race past the pre-checks still gets a specific error. */
function conflictFrom(error: unknown): ConflictError | null {
  if (!(error instanceof UniqueConstraintViolationException)) return null
  if (error.message.includes('app_user_agent_number_key')) return agentNumberTaken()
  if (error.message.includes('app_user_email_key')) return emailTaken()
  return null
}

export class AgentsService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly secrets: SecretBox,
    private readonly clock: Clock,
    private readonly settings: { publicUrl: string; platformDomain: string },
  ) {}

  // ── reading ────────────────────────────────────────────────────────────────────────────────────────

  async list(viewer: Viewer, filter: AgentFilter = {}, pageInput?: PageInput): Promise<Page<User>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const conditions: FilterQuery<User>[] = [policy.userFilter()]
      if (filter.organization) conditions.push({ organization: filter.organization })
      if (filter.role) conditions.push({ role: filter.role })
      if (filter.status) conditions.push({ status: filter.status })
      if (filter.groupId) {
        const group = await em.findOne(AgentGroup, {
          $and: [{ id: knownId(filter.groupId, 'Group') }, policy.groupFilter()],
        })
        if (!group) throw new NotFoundError('Group')
        const members = await em.find(AgentGroupMember, { groupId: group.id })
        conditions.push({ id: { $in: members.map((member) => member.userId) } })
      }
      const search = filter.search?.trim()
      if (search) {
        const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
        conditions.push({
          $or: [
            { name: { $ilike: pattern } },
            { email: { $ilike: pattern } },
            { agentNumber: { $ilike: pattern } },
          ],
        })
      }
      const [items, totalCount] = await em.findAndCount(
        User,
        { $and: conditions },
        { orderBy: { createdAt: 'asc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  get(viewer: Viewer, id: string): Promise<User> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      return this.findVisible(em, policy, id)
    })
  }

  private async findVisible(
    em: EntityManager,
    policy: AccessPolicy,
    id: string,
    lockForUpdate = false,
  ): Promise<User> {
    const user = await em.findOne(
      User,
      { id: knownId(id, 'Agent'), deletedAt: null },
      lockForUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    )
    if (!user || !policy.canSee(user)) throw new NotFoundError('Agent')
    return user
  }

  /** SIP credentials for a desk phone or the softphone; shown to those who manage the agent, and to the agent. */
  async sipCredentials(viewer: Viewer, id: string): Promise<SipCredentials> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await this.findVisible(em, policy, id)
      policy.assertCanManage(user, UserAction.VIEW_SIP_PASSWORD)
      await em.populate(user, ['sipPasswordEncrypted'])
      const sipUser = sipUserOf(user.agentNumber)
      if (!sipUser || !user.sipPasswordEncrypted) throw noSipAccount()
      await this.audit.record(em, viewer, {
        action: 'SIP_PASSWORD_VIEWED',
        entityType: 'USER',
        entityId: user.id,
        organization: user.organization,
      })
      return {
        user: sipUser,
        password: await this.secrets.open(user.sipPasswordEncrypted),
        domain: await this.sipDomainOf(em, viewer.tenantId),
      }
    })
  }

  /** The tenant's SIP domain, given on first need: `t<12 hex of the tenant id>.sip.<platform domain>`. */
  async sipDomainOf(em: EntityManager, tenantId: string): Promise<string> {
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId })
    tenant.sipDomain ??= sipDomainFor(tenantId, this.settings.platformDomain)
    return tenant.sipDomain
  }

  /**
   * A tenant's SIP domain with its agents' credentials, for the switch's directory (mod_xml_curl): only
   * active, undeleted members with an agent number may register.
   */
  async sipDirectory(domain: string): Promise<SipDomain | undefined> {
    const [match] = await this.db.platformQuery<{ tenant_id: string }>(
      'select * from auth_find_tenant_by_sip_domain(?)',
      [domain],
    )
    if (!match) return undefined
    return this.db.inTenant(match.tenant_id, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: match.tenant_id })
      const users = await em.find(
        User,
        { agentNumber: { $ne: null }, deletedAt: null, status: UserStatus.ACTIVE },
        { populate: ['sipPasswordEncrypted'], orderBy: { agentNumber: 'asc' } },
      )
      return {
        tenantId: tenant.id,
        domain: tenant.sipDomain!,
        users: await Promise.all(
          users
            .filter((user) => user.sipPasswordEncrypted)
            .map(async (user) => ({
              user: sipUserOf(user.agentNumber)!,
              password: await this.secrets.open(user.sipPasswordEncrypted!),
              displayName: user.name,
            })),
        ),
      }
    })
  }

  // ── adding ─────────────────────────────────────────────────────────────────────────────────────────

  async create(viewer: Viewer, input: unknown): Promise<AgentInvitation> {
    const data = validateInput(newAgentSchema, input)
    const { user, password, tenantName } = await this.writing(() =>
      this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        policy.assertCanAssign(data.role, data.organization ?? null)
        await this.assertUnique(em, data.email, data.agentNumber)
        const groupIds = await this.groupsFor(
          em,
          policy,
          data.groupIds ?? [],
          data.organization ?? null,
          'groupIds',
        )
        const created = await this.insertAgent(em, viewer, data, groupIds)
        return { ...created, tenantName: (await em.findOneOrFail(Tenant, { id: viewer.tenantId })).name }
      }),
    )
    return {
      agent: user,
      ...(await this.sendCredentials(viewer, 'INVITATION', user, password, tenantName)),
    }
  }

  private async insertAgent(
    em: EntityManager,
    viewer: Viewer,
    data: NewAgentData,
    groupIds: string[],
  ): Promise<{ user: User; password: string }> {
    const password = generatePassword()
    const user = await this.identity.createUser(em, viewer.tenantId, {
      email: data.email,
      name: data.name,
      password,
      role: data.role,
      organization: data.organization ?? null,
      mustChangePassword: true,
    })
    user.agentNumber = data.agentNumber ?? null
    user.mobile = data.mobile ?? null
    user.answeringMode = data.answeringMode ?? AnsweringMode.SIP
    if (user.agentNumber) {
      user.sipPasswordEncrypted = await this.secrets.seal(generatePassword(16))
      await this.sipDomainOf(em, viewer.tenantId)
    }
    // Memberships reference the user by a plain column, so the ORM cannot order the inserts itself.
    await em.flush()
    for (const groupId of groupIds)
      em.create(AgentGroupMember, { groupId, userId: user.id, tenantId: viewer.tenantId })
    await this.audit.record(em, viewer, {
      action: 'AGENT_CREATED',
      entityType: 'USER',
      entityId: user.id,
      organization: user.organization,
      after: snapshotUser(user, groupIds),
    })
    return { user, password }
  }

  /** Email is unique on the platform (it is the login), the agent number within the tenant. */
  private async assertUnique(
    em: EntityManager,
    email: string | undefined,
    agentNumber: string | null | undefined,
    exceptUserId?: string,
  ): Promise<void> {
    if (email) {
      const owners = await em.execute<{ user_id: string }[]>(
        'select user_id from auth_find_user_by_email(?)',
        [email],
      )
      if (owners.some((owner) => owner.user_id !== exceptUserId)) throw emailTaken()
    }
    if (agentNumber) {
      const taken = await em.count(User, {
        agentNumber: { $ilike: agentNumber },
        deletedAt: null,
        ...(exceptUserId ? { id: { $ne: exceptUserId } } : {}),
      })
      if (taken) throw agentNumberTaken()
    }
  }

  /** The groups must exist, be within the viewer's reach and belong to the member's organisation. */
  private async groupsFor(
    em: EntityManager,
    policy: AccessPolicy,
    groupIds: string[],
    organization: Organization | null,
    field: string,
  ): Promise<string[]> {
    const ids = [...new Set(groupIds.map((id) => knownId(id, 'Group')))]
    if (!ids.length) return []
    const groups = await em.find(AgentGroup, { $and: [{ id: { $in: ids } }, policy.groupFilter()] })
    if (groups.length !== ids.length) throw new NotFoundError('Group')
    const foreign = groups.filter((group) => group.organization !== organization)
    if (foreign.length)
      throw new ValidationError([
        {
          field,
          code: 'GROUP_IN_OTHER_ORGANIZATION',
          params: { names: foreign.map((group) => `“${group.name}”`).join(', ') },
          message: `${foreign.map((group) => group.name).join(', ')} belongs to another organisation than the member`,
        },
      ])
    return ids
  }

  private async writing<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work()
    } catch (error) {
      throw conflictFrom(error) ?? error
    }
  }

  private sendCredentials(
    viewer: Viewer,
    kind: 'INVITATION' | 'PASSWORD_RESET',
    user: User,
    password: string,
    tenantName: string,
  ): Promise<EmailOutcome> {
    return mailCredentials(this.mailer, this.settings.publicUrl, viewer, kind, user, password, tenantName)
  }

  // ── changing ───────────────────────────────────────────────────────────────────────────────────────

  async update(viewer: Viewer, id: string, input: unknown): Promise<User> {
    const data = validateInput(updateSchema, input)
    const user = await this.writing(() =>
      this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        const user = await this.findVisible(em, policy, id, true)
        const assigns =
          (data.email !== undefined && data.email !== user.email) ||
          (data.agentNumber !== undefined && data.agentNumber !== user.agentNumber) ||
          (data.role !== undefined && data.role !== user.role) ||
          (data.organization !== undefined && data.organization !== user.organization) ||
          data.groupIds !== undefined
        policy.assertCanManage(user, assigns ? UserAction.ASSIGN : UserAction.EDIT_PROFILE)
        const role = data.role ?? user.role
        const organization = data.organization !== undefined ? data.organization : (user.organization ?? null)
        const agentNumber = data.agentNumber !== undefined ? data.agentNumber : (user.agentNumber ?? null)
        if (assigns) policy.assertCanAssign(role, organization)
        const problems = assignmentProblems({ role, organization, agentNumber })
        if (problems.length) throw new ValidationError(problems)
        const currentGroupIds = await this.groupIdsOf(em, user.id)
        const before = snapshotUser(user, currentGroupIds)
        await this.assertUnique(
          em,
          data.email !== user.email ? data.email : undefined,
          agentNumber !== user.agentNumber ? agentNumber : undefined,
          user.id,
        )
        const isOrganizationChanged = organization !== (user.organization ?? null)
        const groupIds =
          data.groupIds !== undefined
            ? await this.groupsFor(em, policy, data.groupIds, organization, 'groupIds')
            : isOrganizationChanged
              ? []
              : currentGroupIds
        if (isOrganizationChanged) await this.leaveOrganization(em, user.id)
        if (data.groupIds !== undefined || isOrganizationChanged) {
          await em.nativeDelete(AgentGroupMember, { userId: user.id })
          for (const groupId of groupIds)
            em.create(AgentGroupMember, { groupId, userId: user.id, tenantId: viewer.tenantId })
        }
        if (data.name !== undefined) user.name = data.name
        if (data.email !== undefined) user.email = data.email
        user.role = role
        user.organization = organization
        user.agentNumber = agentNumber
        if (agentNumber) {
          await em.populate(user, ['sipPasswordEncrypted'])
          user.sipPasswordEncrypted ??= await this.secrets.seal(generatePassword(16))
          await this.sipDomainOf(em, viewer.tenantId)
        }
        await this.audit.record(em, viewer, {
          action: 'AGENT_UPDATED',
          entityType: 'USER',
          entityId: user.id,
          organization: user.organization,
          before,
          after: snapshotUser(user, groupIds),
        })
        return user
      }),
    )
    await this.identity.publishUserChanged(user.id)
    return user
  }

  /** A member moving to the other organisation leaves its skill groups and stops leading its groups. */
  private async leaveOrganization(em: EntityManager, userId: string): Promise<void> {
    await em.nativeDelete(SkillGroupMember, { userId })
    await em.nativeUpdate(AgentGroup, { leaderId: userId }, { leaderId: null })
  }

  private async groupIdsOf(em: EntityManager, userId: string): Promise<string[]> {
    return (await em.find(AgentGroupMember, { userId })).map((member) => member.groupId)
  }

  async updatePhone(viewer: Viewer, id: string, input: unknown): Promise<User> {
    const data = validateInput(phoneSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await this.findVisible(em, policy, id, true)
      policy.assertCanManage(user, UserAction.EDIT_PROFILE)
      const before = snapshotUser(user)
      if (data.mobile !== undefined) user.mobile = data.mobile
      if (data.answeringMode) user.answeringMode = data.answeringMode
      if (user.answeringMode === AnsweringMode.MOBILE && !user.mobile)
        throw new ValidationError([
          { field: 'mobile', code: 'MOBILE_REQUIRED', message: 'is required to answer on a mobile phone' },
        ])
      await this.audit.record(em, viewer, {
        action: 'AGENT_PHONE_UPDATED',
        entityType: 'USER',
        entityId: user.id,
        organization: user.organization,
        before,
        after: snapshotUser(user),
      })
      return user
    })
  }

  /** A new SIP password, e.g. after a desk phone was lost; registered phones must be set up again. */
  async regenerateSipPassword(viewer: Viewer, id: string): Promise<SipCredentials> {
    await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await this.findVisible(em, policy, id, true)
      policy.assertCanManage(user, UserAction.EDIT_PROFILE)
      if (!user.agentNumber) throw noSipAccount()
      user.sipPasswordEncrypted = await this.secrets.seal(generatePassword(16))
      await this.audit.record(em, viewer, {
        action: 'SIP_PASSWORD_REGENERATED',
        entityType: 'USER',
        entityId: user.id,
        organization: user.organization,
      })
    })
    return this.sipCredentials(viewer, id)
  }

  async disable(viewer: Viewer, id: string): Promise<User> {
    return this.setStatus(viewer, id, UserStatus.DISABLED)
  }

  async enable(viewer: Viewer, id: string): Promise<User> {
    return this.setStatus(viewer, id, UserStatus.ACTIVE)
  }

  private async setStatus(viewer: Viewer, id: string, status: UserStatus): Promise<User> {
    const user = await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await this.findVisible(em, policy, id, true)
      policy.assertCanManage(user, UserAction.CONTROL_ACCESS)
      if (user.status === status) return user
      const before = snapshotUser(user)
      user.status = status
      await this.audit.record(em, viewer, {
        action: status === UserStatus.DISABLED ? 'AGENT_DISABLED' : 'AGENT_ENABLED',
        entityType: 'USER',
        entityId: user.id,
        organization: user.organization,
        before,
        after: snapshotUser(user),
      })
      return user
    })
    // Cached viewers go first, then the sessions and their sockets: nothing of the account outlives this.
    await this.identity.publishUserChanged(user.id)
    if (status === UserStatus.DISABLED)
      await this.identity.endSessionsOf(viewer.tenantId, user.id, 'ACCOUNT_DISABLED')
    return user
  }

  /**
   * Lifts the lock that wrong passwords put on a member's sign-in (issue 14), e.g. for an agent who
   * phones their administrator. Administrators only; a member who is not locked is left as is.
   */
  async unlockSignIn(viewer: Viewer, id: string): Promise<User> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await this.findVisible(em, policy, id, true)
      policy.assertCanManage(user, UserAction.CONTROL_ACCESS)
      if (!policy.isAdmin) throw new ForbiddenError('Only administrators unlock sign-in.')
      const lockedUntil = await this.identity.signInLockOf(em, user.email)
      if (!lockedUntil) return user
      await this.identity.resetSignInFailures(em, user.email)
      await this.audit.record(em, viewer, {
        action: 'AGENT_SIGN_IN_UNLOCKED',
        entityType: 'USER',
        entityId: user.id,
        organization: user.organization,
        before: { name: user.name, email: user.email, signInLockedUntil: lockedUntil.toISOString() },
        after: { name: user.name, email: user.email, signInLockedUntil: null },
      })
      return user
    })
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const user = await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await this.findVisible(em, policy, id, true)
      policy.assertCanManage(user, UserAction.DELETE)
      const before = snapshotUser(user, await this.groupIdsOf(em, user.id))
      user.deletedAt = this.clock.now()
      user.status = UserStatus.DISABLED
      await em.nativeDelete(AgentGroupMember, { userId: user.id })
      await this.leaveOrganization(em, user.id)
      await this.audit.record(em, viewer, {
        action: 'AGENT_DELETED',
        entityType: 'USER',
        entityId: user.id,
        organization: user.organization,
        before,
        after: snapshotUser(user, []),
      })
      return user
    })
    await this.identity.publishUserChanged(user.id)
    await this.identity.endSessionsOf(viewer.tenantId, user.id, 'ACCOUNT_DISABLED')
    return true
  }

  /** A new default password by email; the old one stops working and every session ends. */
  async resetPassword(viewer: Viewer, id: string): Promise<AgentInvitation> {
    return this.issuePassword(viewer, id, 'PASSWORD_RESET')
  }

  /** The invitation again, with a new default password, for a member who has not signed in yet. */
  async resendInvitation(viewer: Viewer, id: string): Promise<AgentInvitation> {
    return this.issuePassword(viewer, id, 'INVITATION')
  }

  private async issuePassword(
    viewer: Viewer,
    id: string,
    kind: 'INVITATION' | 'PASSWORD_RESET',
  ): Promise<AgentInvitation> {
    const password = generatePassword()
    const { user, tenantName } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await this.findVisible(em, policy, id, true)
      policy.assertCanManage(user, UserAction.CONTROL_ACCESS)
      if (kind === 'INVITATION' && !user.mustChangePassword)
        throw new ConflictError(
          'INVITATION_ACCEPTED',
          'This member has already signed in and chosen a password; reset the password instead.',
          { field: 'id' },
        )
      await this.identity.setTemporaryPassword(user, password)
      // The new password must work at once, even for a member locked out by guessing the old one.
      await this.identity.resetSignInFailures(em, user.email)
      await this.audit.record(em, viewer, {
        action: kind === 'INVITATION' ? 'AGENT_INVITATION_RESENT' : 'AGENT_PASSWORD_RESET',
        entityType: 'USER',
        entityId: user.id,
        organization: user.organization,
      })
      return { user, tenantName: (await em.findOneOrFail(Tenant, { id: viewer.tenantId })).name }
    })
    await this.identity.publishUserChanged(user.id)
    await this.identity.endSessionsOf(viewer.tenantId, user.id, 'PASSWORD_RESET')
    return { agent: user, ...(await this.sendCredentials(viewer, kind, user, password, tenantName)) }
  }

  // ── bulk add ───────────────────────────────────────────────────────────────────────────────────────

  /**
   * Checks every row (fields, rights, groups, duplicates in the file and in the database) and imports
   * only when the file is clean, or when asked to import the valid rows; never on a dry run.
   */
  async importCsv(
    viewer: Viewer,
    input: {
      csv: string
      fileName?: string | null
      dryRun?: boolean | null
      importValidRows?: boolean | null
    },
  ): Promise<AgentImportResult> {
    const file = readAgentCsv(input.csv, input.fileName)
    const invited: { user: User; password: string }[] = []
    let tenantName = ''
    const result = await this.writing(() =>
      this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        if (!policy.isAdmin) throw new ForbiddenError('Only administrators add members.')
        const { problems, valid } = await checkAgentRows(em, policy, file, (email, agentNumber) =>
          this.assertUnique(em, email, agentNumber),
        )
        const shouldImport =
          !input.dryRun && valid.length > 0 && (problems.length === 0 || !!input.importValidRows)
        if (shouldImport) {
          for (const { data, groupIds } of valid)
            invited.push(await this.insertAgent(em, viewer, data, groupIds))
          tenantName = (await em.findOneOrFail(Tenant, { id: viewer.tenantId })).name
        }
        return {
          totalRows: file.rows.length,
          validRows: valid.length,
          importedCount: shouldImport ? valid.length : 0,
          isImported: shouldImport,
          problems,
        }
      }),
    )
    const outcomes: EmailOutcome[] = []
    for (const { user, password } of invited)
      outcomes.push(await this.sendCredentials(viewer, 'INVITATION', user, password, tenantName))
    const failed = outcomes.find((outcome) => outcome.emailDelivery === EmailDelivery.FAILED)
    const summary = failed ?? outcomes[0]
    return {
      ...result,
      emailDelivery: summary?.emailDelivery ?? null,
      outboxFolder: outcomes.find((outcome) => outcome.outboxFolder)?.outboxFolder ?? null,
    }
  }
}
