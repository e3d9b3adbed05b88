// Tenants: free registration (A1) and the tenant's own settings.
import { randomUUID } from 'node:crypto'
import { UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Database } from '../../db/database.js'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { AuditService } from '../audit/audit.service.js'
import { emailSchema, type IdentityService, type StartedSession } from '../identity/identity.service.js'
import { passwordSchema } from '../identity/password.js'
import { hasRoleAtLeast, Role } from '../identity/roles.js'
import { SessionKind } from '../identity/session.entity.js'
import type { User } from '../identity/user.entity.js'
import type { RequestOrigin, Viewer } from '../identity/viewer.js'
import { Tenant } from './tenant.entity.js'

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

const companyNameSchema = z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters')
const timeZoneSchema = z
  .string()
  .refine(isTimeZone, problem('UNKNOWN_TIME_ZONE', 'is not a known IANA time zone, e.g. Asia/Shanghai'))

const signupSchema = z.object({
  companyName: companyNameSchema,
  timeZone: timeZoneSchema,
  name: z.string().trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
  email: emailSchema,
  password: passwordSchema,
})

const updateTenantSchema = z.object({
  name: companyNameSchema.optional(),
  timeZone: timeZoneSchema.optional(),
})

export interface SignedUp {
  tenant: Tenant
  user: User
  session: StartedSession
}

export class TenancyService {
  constructor(
    private readonly db: Database,
    private readonly identity: IdentityService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Creates the tenant and its super admin in one transaction, then signs the super admin in. */
  async signup(input: SignupInput, origin: RequestOrigin, kind = SessionKind.COOKIE): Promise<SignedUp> {
    const data = validateInput(signupSchema, input)
    const tenantId = randomUUID()
    try {
      return await this.db.inTenant(tenantId, async (em) => {
        const tenant = em.create(Tenant, {
          id: tenantId,
          name: data.companyName,
          timeZone: data.timeZone,
          createdAt: this.clock.now(),
          updatedAt: this.clock.now(),
        })
        // Users reference the tenant by a plain column, so the ORM cannot order the inserts itself.
        await em.persistAndFlush(tenant)
        const user = await this.identity.createUser(em, tenantId, {
          email: data.email,
          name: data.name,
          password: data.password,
          role: Role.SUPER_ADMIN,
          organization: null,
          mustChangePassword: false,
        })
        await em.flush()
        const session = await this.identity.startSession(em, user, kind, origin)
        return { tenant, user, session }
      })
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(
          'EMAIL_TAKEN',
          'This email is already registered. Sign in instead, or use another email.',
          { field: 'email' },
        )
      }
      throw error
    }
  }

  /** The company's name and time zone (A1); its home region lives in the call settings (acd). */
  async updateTenant(viewer: Viewer, input: unknown): Promise<Tenant> {
    if (!hasRoleAtLeast(viewer.role, Role.ADMIN))
      throw new ForbiddenError('Only administrators change the company information.')
    const data = validateInput(updateTenantSchema, input)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const tenant = await em.findOne(Tenant, { id: viewer.tenantId })
      if (!tenant) throw new NotFoundError('Tenant')
      const before = { name: tenant.name, timeZone: tenant.timeZone }
      if (data.name !== undefined) tenant.name = data.name
      if (data.timeZone !== undefined) tenant.timeZone = data.timeZone
      const after = { name: tenant.name, timeZone: tenant.timeZone }
      if (before.name !== after.name || before.timeZone !== after.timeZone) {
        tenant.updatedAt = this.clock.now()
        await this.audit.record(em, viewer, {
          action: 'TENANT_UPDATED',
          entityType: 'TENANT',
          entityId: tenant.id,
          before,
          after,
        })
      }
      return tenant
    })
  }

  tenantOf(viewer: Viewer): Promise<Tenant> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const tenant = await em.findOne(Tenant, { id: viewer.tenantId })
      if (!tenant) throw new NotFoundError('Tenant')
      return tenant
    })
  }
}

type SignupInput = z.input<typeof signupSchema>
