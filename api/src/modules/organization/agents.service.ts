// Team members (A2) and their phones (A4): list, add, invite, edit, bulk-add from CSV (the rows are
// checked in agent-import.ts; the invitation email goes out through agent-credentials.ts). Their SIP
// accounts are agent-sip.service.ts's; disabling, deleting and new passwords agent-access.service.ts's.
import type { FilterQuery } from '@mikro-orm/core'
import { z } from 'zod'
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
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
import type { Organization, Role, UserStatus } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import { ownersOfEmail } from '../identity/user-email.store.js'
import type { Viewer } from '../identity/viewer.js'
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
import {
  agentNumberTaken,
  emailTaken,
  findVisibleAgent,
  groupIdsOf,
  leaveOrganization,
  recordAgentChange,
  snapshotUser,
  tenantNameOf,
  writingAgent,
} from './agent-records.js'
import type { AgentSipService } from './agent-sip.service.js'
import { AgentGroup, AgentGroupMember } from './group.entity.js'
import { knownId } from './ids.js'
import { EmailDelivery } from './organization.types.js'

export interface AgentFilter {
  search?: string | null
  organization?: Organization | null
  role?: Role | null
  status?: UserStatus | null
  groupId?: string | null
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

export class AgentsService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly sip: AgentSipService,
    private readonly settings: { publicUrl: string },
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
      return findVisibleAgent(em, policy, id)
    })
  }

  // ── adding ─────────────────────────────────────────────────────────────────────────────────────────

  async create(viewer: Viewer, input: unknown): Promise<AgentInvitation> {
    const data = validateInput(newAgentSchema, input)
    const { user, password, tenantName } = await writingAgent(() =>
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
        return { ...created, tenantName: await tenantNameOf(em, viewer.tenantId) }
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
    await this.sip.openAccount(em, user)
    // Memberships reference the user by a plain column, so the ORM cannot order the inserts itself.
    await em.flush()
    for (const groupId of groupIds)
      em.create(AgentGroupMember, { groupId, userId: user.id, tenantId: viewer.tenantId })
    await recordAgentChange(this.audit, em, viewer, user, 'AGENT_CREATED', {
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
      const owners = await ownersOfEmail(em, email)
      if (owners.some((owner) => owner.userId !== exceptUserId)) throw emailTaken()
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
    let accessChanged = false
    const user = await writingAgent(() =>
      this.db.inTenant(viewer.tenantId, async (em) => {
        const policy = await AccessPolicy.load(em, viewer)
        const user = await findVisibleAgent(em, policy, id, true)
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
        const currentGroupIds = await groupIdsOf(em, user.id)
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
        if (isOrganizationChanged) await leaveOrganization(em, user.id)
        if (data.groupIds !== undefined || isOrganizationChanged) {
          await em.nativeDelete(AgentGroupMember, { userId: user.id })
          for (const groupId of groupIds)
            em.create(AgentGroupMember, { groupId, userId: user.id, tenantId: viewer.tenantId })
        }
        if (data.name !== undefined) user.name = data.name
        if (data.email !== undefined) user.email = data.email
        accessChanged = role !== user.role || isOrganizationChanged
        user.role = role
        user.organization = organization
        user.agentNumber = agentNumber
        if (agentNumber) {
          await em.populate(user, ['sipPasswordEncrypted'])
          await this.sip.openAccount(em, user)
        }
        await recordAgentChange(this.audit, em, viewer, user, 'AGENT_UPDATED', {
          before,
          after: snapshotUser(user, groupIds),
        })
        return user
      }),
    )
    await this.identity.publishUserChanged(user.id, { accessChanged })
    return user
  }

  async updatePhone(viewer: Viewer, id: string, input: unknown): Promise<User> {
    const data = validateInput(phoneSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await findVisibleAgent(em, policy, id, true)
      policy.assertCanManage(user, UserAction.EDIT_PROFILE)
      const before = snapshotUser(user)
      if (data.mobile !== undefined) user.mobile = data.mobile
      if (data.answeringMode) user.answeringMode = data.answeringMode
      if (user.answeringMode === AnsweringMode.MOBILE && !user.mobile)
        throw new ValidationError([
          { field: 'mobile', code: 'MOBILE_REQUIRED', message: 'is required to answer on a mobile phone' },
        ])
      await recordAgentChange(this.audit, em, viewer, user, 'AGENT_PHONE_UPDATED', {
        before,
        after: snapshotUser(user),
      })
      return user
    })
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
    const result = await writingAgent(() =>
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
          tenantName = await tenantNameOf(em, viewer.tenantId)
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
