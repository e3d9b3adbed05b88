// What the agent services share about one member's row: finding it within the viewer's reach, what
// the audit log keeps of it and how a change is filed there, its group memberships, and the specific conflicts its unique indexes raise.
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core'
import { ConflictError, NotFoundError } from '../../common/errors.js'
import type { EntityManager } from '../../db/database.js'
import type { AuditService } from '../audit/audit.service.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import type { AccessPolicy } from './access-policy.js'
import { AgentGroup, AgentGroupMember } from './group.entity.js'
import { knownId } from './ids.js'
import { SkillGroupMember } from './skill-group.entity.js'

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

/** One change to a member in the audit log, filed under their organisation. */
export function recordAgentChange(
  audit: AuditService,
  em: EntityManager,
  viewer: Viewer,
  user: User,
  action: string,
  change: { before?: Record<string, unknown>; after?: Record<string, unknown> } = {},
): Promise<void> {
  return audit.record(em, viewer, {
    action,
    entityType: 'USER',
    entityId: user.id,
    organization: user.organization,
    ...change,
  })
}

/** An undeleted member the policy lets the viewer see; anyone else is "not found", never "forbidden". */
export async function findVisibleAgent(
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

export async function groupIdsOf(em: EntityManager, userId: string): Promise<string[]> {
  return (await em.find(AgentGroupMember, { userId })).map((member) => member.groupId)
}

/** A member moving to the other organisation leaves its skill groups and stops leading its groups. */
export async function leaveOrganization(em: EntityManager, userId: string): Promise<void> {
  await em.nativeDelete(SkillGroupMember, { userId })
  await em.nativeUpdate(AgentGroup, { leaderId: userId }, { leaderId: null })
}

/** The company's name, for the emails that carry a default password. */
export async function tenantNameOf(em: EntityManager, tenantId: string): Promise<string> {
  return (await em.findOneOrFail(Tenant, { id: tenantId })).name
}

export const emailTaken = () =>
  new ConflictError('EMAIL_TAKEN', 'This email is already registered.', { field: 'email' })
export const agentNumberTaken = () =>
  new ConflictError('AGENT_NUMBER_TAKEN', 'This agent number is already in use in your company.', {
    field: 'agentNumber',
  })
export const noSipAccount = () =>
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

/** Runs a write that may assign an email or agent number, turning a unique-index race into its conflict. */
export async function writingAgent<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw conflictFrom(error) ?? error
  }
}
