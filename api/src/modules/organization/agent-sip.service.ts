// Members' SIP accounts (A4): the credentials a desk phone or the softphone registers with, a new SIP
// password, the tenant's SIP domain, and the directory the switch reads over mod_xml_curl.
import type { Database, EntityManager } from '../../db/database.js'
import type { AuditService } from '../audit/audit.service.js'
import { generatePassword } from '../identity/password.js'
import { UserStatus } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { Tenant } from '../tenancy/tenant.entity.js'
import type { SipDomain } from '../../telephony/xml-curl/directory.js'
import { AccessPolicy, UserAction } from './access-policy.js'
import { findVisibleAgent, noSipAccount, recordAgentChange } from './agent-records.js'
import { sipDomainFor, sipUserOf } from './phone.js'
import type { SecretBox } from './secret-box.js'
import { tenantOfSipDomain } from './sip-domain.store.js'

export interface SipCredentials {
  user: string
  password: string
  domain: string
}

export class AgentSipService {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
    private readonly settings: { platformDomain: string },
  ) {}

  /** SIP credentials for a desk phone or the softphone; shown to those who manage the agent, and to the agent. */
  async sipCredentials(viewer: Viewer, id: string): Promise<SipCredentials> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await findVisibleAgent(em, policy, id)
      policy.assertCanManage(user, UserAction.VIEW_SIP_PASSWORD)
      await em.populate(user, ['sipPasswordEncrypted'])
      const sipUser = sipUserOf(user.agentNumber)
      if (!sipUser || !user.sipPasswordEncrypted) throw noSipAccount()
      await recordAgentChange(this.audit, em, viewer, user, 'SIP_PASSWORD_VIEWED')
      return {
        user: sipUser,
        password: await this.secrets.open(user.sipPasswordEncrypted),
        domain: await this.sipDomainOf(em, viewer.tenantId),
      }
    })
  }

  /** A new SIP password, e.g. after a desk phone was lost; registered phones must be set up again. */
  async regenerateSipPassword(viewer: Viewer, id: string): Promise<SipCredentials> {
    await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const user = await findVisibleAgent(em, policy, id, true)
      policy.assertCanManage(user, UserAction.EDIT_PROFILE)
      if (!user.agentNumber) throw noSipAccount()
      user.sipPasswordEncrypted = await this.secrets.seal(generatePassword(16))
      await recordAgentChange(this.audit, em, viewer, user, 'SIP_PASSWORD_REGENERATED')
    })
    return this.sipCredentials(viewer, id)
  }

  /**
   * Gives a member who has an agent number a SIP account, if they have none yet: a sealed password, and
   * the tenant's SIP domain. The caller has loaded `sipPasswordEncrypted` (or the user is new).
   */
  async openAccount(em: EntityManager, user: User): Promise<void> {
    if (!user.agentNumber) return
    user.sipPasswordEncrypted ??= await this.secrets.seal(generatePassword(16))
    await this.sipDomainOf(em, user.tenantId)
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
    const tenantId = await tenantOfSipDomain(this.db, domain)
    if (!tenantId) return undefined
    return this.db.inTenant(tenantId, async (em) => {
      const tenant = await em.findOneOrFail(Tenant, { id: tenantId })
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
}
