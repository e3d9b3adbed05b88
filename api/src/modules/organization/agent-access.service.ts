// Whether and how a member signs in (A2): disabling and enabling them, lifting a sign-in lock, a new
// default password or the invitation again, and deleting them. Each ends what the change must end
// (cached viewers, sessions and their sockets) once the transaction committed.
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError } from '../../common/errors.js'
import type { Mailer } from '../../common/mailer.js'
import type { Database } from '../../db/database.js'
import type { AuditService } from '../audit/audit.service.js'
import type { IdentityService } from '../identity/identity.service.js'
import { generatePassword } from '../identity/password.js'
import { UserStatus } from '../identity/roles.js'
import type { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy, UserAction } from './access-policy.js'
import { mailCredentials, type AgentInvitation } from './agent-credentials.js'
import {
  findVisibleAgent,
  groupIdsOf,
  leaveOrganization,
  recordAgentChange,
  snapshotUser,
  tenantNameOf,
} from './agent-records.js'
import { AgentGroupMember } from './group.entity.js'

export class AgentAccessService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly settings: { publicUrl: string },
  ) {}

  async disable(viewer: Viewer, id: string): Promise<User> {
    return this.setStatus(viewer, id, UserStatus.DISABLED)
  }

  async enable(viewer: Viewer, id: string): Promise<User> {
    return this.setStatus(viewer, id, UserStatus.ACTIVE)
  }

  private async setStatus(viewer: Viewer, id: string, status: UserStatus): Promise<User> {
    const user = await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await findVisibleAgent(em, policy, id, true)
      policy.assertCanManage(user, UserAction.CONTROL_ACCESS)
      if (user.status === status) return user
      const before = snapshotUser(user)
      user.status = status
      await recordAgentChange(
        this.audit,
        em,
        viewer,
        user,
        status === UserStatus.DISABLED ? 'AGENT_DISABLED' : 'AGENT_ENABLED',
        {
          before,
          after: snapshotUser(user),
        },
      )
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
      const user = await findVisibleAgent(em, policy, id, true)
      policy.assertCanManage(user, UserAction.CONTROL_ACCESS)
      if (!policy.isAdmin) throw new ForbiddenError('Only administrators unlock sign-in.')
      const lockedUntil = await this.identity.signInLockOf(em, user.email)
      if (!lockedUntil) return user
      await this.identity.resetSignInFailures(em, user.email)
      await recordAgentChange(this.audit, em, viewer, user, 'AGENT_SIGN_IN_UNLOCKED', {
        before: { name: user.name, email: user.email, signInLockedUntil: lockedUntil.toISOString() },
        after: { name: user.name, email: user.email, signInLockedUntil: null },
      })
      return user
    })
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    const user = await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await findVisibleAgent(em, policy, id, true)
      policy.assertCanManage(user, UserAction.DELETE)
      const before = snapshotUser(user, await groupIdsOf(em, user.id))
      user.deletedAt = this.clock.now()
      user.status = UserStatus.DISABLED
      await em.nativeDelete(AgentGroupMember, { userId: user.id })
      await leaveOrganization(em, user.id)
      await recordAgentChange(this.audit, em, viewer, user, 'AGENT_DELETED', {
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
      const user = await findVisibleAgent(em, policy, id, true)
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
      await recordAgentChange(
        this.audit,
        em,
        viewer,
        user,
        kind === 'INVITATION' ? 'AGENT_INVITATION_RESENT' : 'AGENT_PASSWORD_RESET',
      )
      return { user, tenantName: await tenantNameOf(em, viewer.tenantId) }
    })
    await this.identity.publishUserChanged(user.id)
    await this.identity.endSessionsOf(viewer.tenantId, user.id, 'PASSWORD_RESET')
    const outcome = await mailCredentials(
      this.mailer,
      this.settings.publicUrl,
      viewer,
      kind,
      user,
      password,
      tenantName,
    )
    return { agent: user, ...outcome }
  }
}
