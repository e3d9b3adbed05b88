// API keys (X5): created and revoked by administrators, shown once, stored as a hash, and accepted as
// bearer tokens with the isolation of a user of the key's role and organisation.
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { NotFoundError } from '../../common/errors.js'
import { validateInput } from '../../common/validation.js'
import type { Database } from '../../db/database.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import type { IdentityService } from '../identity/identity.service.js'
import { Organization, Role } from '../identity/roles.js'
import { SessionKind } from '../identity/session.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { AccessPolicy } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { ApiKey } from './api-key.entity.js'
import { findApiKeyByHash } from './api-key.store.js'

/** Recognisable in logs and by secret scanners; the rest is 32 random bytes. */
export const API_KEY_PREFIX = 'cck_'

/** Last-used time is written at most this often per key, so busy integrations do not write per request. */
const LAST_USED_RESOLUTION_MS = 60_000

const createSchema = z.object({
  name: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  role: z.enum([Role.ADMIN, Role.GROUP_LEADER, Role.AGENT], {
    message: 'must be ADMIN, GROUP_LEADER or AGENT',
  }),
  organization: z.enum([Organization.INBOUND, Organization.TELESALES]).nullish(),
})

export interface CreatedApiKey {
  apiKey: ApiKey
  key: string
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url')
}

export function snapshotApiKey(key: ApiKey): Record<string, unknown> {
  return {
    name: key.name,
    role: key.role,
    organization: key.organization ?? null,
    keyPrefix: key.keyPrefix,
    revokedAt: key.revokedAt ?? null,
  }
}

export class ApiKeysService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {
    identity.registerTokenAuthenticator({
      prefix: API_KEY_PREFIX,
      authenticate: (_token, tokenHash) => this.authenticate(tokenHash),
    })
  }

  async create(
    viewer: Viewer,
    input: { name: string; role: Role; organization?: Organization | null },
  ): Promise<CreatedApiKey> {
    const data = validateInput(createSchema, input)
    const key = API_KEY_PREFIX + randomBytes(32).toString('base64url')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      const organization =
        data.organization ?? (policy.scope.kind === 'ORGANIZATION' ? policy.scope.organization : null)
      policy.assertCanIssueApiKey(data.role, organization)
      const apiKey = em.create(ApiKey, {
        id: randomUUID(),
        tenantId: viewer.tenantId,
        name: data.name,
        role: data.role,
        organization,
        keyPrefix: key.slice(0, API_KEY_PREFIX.length + 6),
        keyHash: hashKey(key),
        createdBy: viewer.userId,
        createdAt: this.clock.now(),
      })
      em.persist(apiKey)
      await this.audit.record(em, viewer, {
        action: 'API_KEY_CREATED',
        entityType: 'API_KEY',
        entityId: apiKey.id,
        organization,
        after: snapshotApiKey(apiKey),
      })
      return { apiKey, key }
    })
  }

  async list(viewer: Viewer, pageInput?: PageInput): Promise<Page<ApiKey>> {
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      policy.assertCanManageApiKeys()
      const [items, totalCount] = await em.findAndCount(ApiKey, policy.organizationFilter(), {
        orderBy: { createdAt: 'desc', id: 'asc' },
        offset: page.offset,
        limit: page.limit,
      })
      return { items, totalCount, ...page }
    })
  }

  /** Ends the key at once: cached viewers are evicted and its open subscriptions closed. */
  async revoke(viewer: Viewer, id: string): Promise<ApiKey> {
    const apiKey = await this.db.inTenant(viewer.tenantId, async (em) => {
      const policy = await AccessPolicy.load(em, viewer)
      policy.assertCanManageApiKeys()
      const apiKey = await em.findOne(ApiKey, { id: knownId(id, 'API key'), ...policy.organizationFilter() })
      if (!apiKey) throw new NotFoundError('API key')
      if (apiKey.revokedAt) return apiKey
      const before = snapshotApiKey(apiKey)
      apiKey.revokedAt = this.clock.now()
      await this.audit.record(em, viewer, {
        action: 'API_KEY_REVOKED',
        entityType: 'API_KEY',
        entityId: apiKey.id,
        organization: apiKey.organization,
        before,
        after: snapshotApiKey(apiKey),
      })
      return apiKey
    })
    await this.identity.publishCredentialEnded(apiKey.id, apiKey.id, 'API_KEY_REVOKED')
    return apiKey
  }

  private async authenticate(keyHash: string): Promise<Viewer | null> {
    const key = await findApiKeyByHash(this.db, keyHash)
    if (!key || key.revokedAt) return null
    const now = this.clock.now()
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await this.db.inTenant(key.tenantId, (em) =>
        em.nativeUpdate(ApiKey, { id: key.apiKeyId }, { lastUsedAt: now }),
      )
    }
    return {
      userId: key.apiKeyId,
      tenantId: key.tenantId,
      sessionId: key.apiKeyId,
      sessionKind: SessionKind.BEARER,
      role: key.role,
      organization: key.organization,
      mustChangePassword: false,
      apiKeyId: key.apiKeyId,
    }
  }
}
