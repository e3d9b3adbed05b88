// The configuration side of call distribution: call settings, not-ready reasons (G3) and the company's
// numbers routed to skill groups (A3). The routing core reads settings and system reasons from here.
import { randomUUID } from 'node:crypto'
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import {
  afterCommit,
  prepared,
  sqlIn,
  type Database,
  type EntityManager,
  type TenantSql,
} from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'
import type { Page, PageInput } from '../../graphql/pagination.js'
import { validatePage } from '../../graphql/pagination.js'
import type { AuditService } from '../audit/audit.service.js'
import { hasRoleAtLeast, Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import type { GroupsService, SkillGroupUsage } from '../organization/groups.service.js'
import { knownId } from '../organization/ids.js'
import { isSupportedRegion, phoneNumberSchema } from '../organization/phone.js'
import { AcdSettings, NotReadyReason, NotReadyReasonKind, PhoneNumber } from './settings.entity.js'

export interface AcdSettingsValues {
  afterCallWorkSeconds: number
  ringTimeoutSeconds: number
  maxMissedOffers: number
  heartbeatTimeoutSeconds: number
  announcePosition: boolean
  announceIntervalSeconds: number
  callbackEnabled: boolean
  callbackKey: string
  recordingEnabled: boolean
  outboundCallerId: string | null
  homeRegion: string
  allowInternational: boolean
  allowPremiumRate: boolean
  maxConcurrentOutbound: number
  maxOutboundPerSecond: number
}

export type SystemReasonCode = 'MISSED_OFFERS' | 'PHONE_UNREGISTERED'

/** Published when a tenant's settings change, so every instance drops its cached copy. */
export const ACD_SETTINGS_CHANGED = 'acd.settings-changed'

/**
 * Routing reads the settings on every call and status change; they change a few times a year. A
 * copy is kept this long at most, in case a change notice from another instance is lost.
 */
const SETTINGS_CACHE_MS = 10_000

/**
 * The column defaults of `acd_settings` (Migration20261210000000_acd), for tenants that never saved any:
 * reading them needs no write. settings.test.ts proves the two agree.
 */
export const DEFAULT_ACD_SETTINGS: Readonly<AcdSettingsValues> = Object.freeze({
  afterCallWorkSeconds: 15,
  ringTimeoutSeconds: 20,
  maxMissedOffers: 3,
  heartbeatTimeoutSeconds: 45,
  announcePosition: false,
  announceIntervalSeconds: 30,
  callbackEnabled: false,
  callbackKey: '1',
  recordingEnabled: false,
  outboundCallerId: null,
  homeRegion: 'CN',
  allowInternational: false,
  allowPremiumRate: false,
  maxConcurrentOutbound: 20,
  maxOutboundPerSecond: 5,
})

const SETTINGS_KEYS = Object.keys(DEFAULT_ACD_SETTINGS) as (keyof AcdSettingsValues)[]

/** The settings row by its columns (the entity's names in snake case), read without the ORM. */
const SELECT_SETTINGS = prepared(
  `select ${SETTINGS_KEYS.map((key) => `${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} as "${key}"`).join(', ')}
     from acd_settings where tenant_id = $1`,
)
const SELECT_SYSTEM_REASON = prepared('select id from not_ready_reason where tenant_id = $1 and code = $2')

/** Every tenant starts with these; custom ones sort before the system ones, which sort last. */
const BUILT_IN_REASONS: { code: string; name: string; kind: NotReadyReasonKind; sortOrder: number }[] = [
  { code: 'REST', name: '小休', kind: NotReadyReasonKind.CUSTOM, sortOrder: 1 },
  { code: 'MEETING', name: '会议', kind: NotReadyReasonKind.CUSTOM, sortOrder: 2 },
  { code: 'TRAINING', name: '培训', kind: NotReadyReasonKind.CUSTOM, sortOrder: 3 },
  { code: 'MISSED_OFFERS', name: '未接超限', kind: NotReadyReasonKind.SYSTEM, sortOrder: 1000 },
  { code: 'PHONE_UNREGISTERED', name: '话机未注册', kind: NotReadyReasonKind.SYSTEM, sortOrder: 1001 },
]

const MAX_SORT_ORDER = 999
const MAX_REASONS = 50

function range(min: number, max: number, unit = '') {
  const message = `must be ${min} to ${max}${unit}`
  return z
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, message)
    .max(max, message)
}
const flag = z.boolean({ message: 'must be true or false' })

function settingsSchema(defaultRegion: string) {
  return z.object({
    afterCallWorkSeconds: range(0, 3600, ' seconds').optional(),
    ringTimeoutSeconds: range(5, 120, ' seconds').optional(),
    maxMissedOffers: range(1, 20).optional(),
    heartbeatTimeoutSeconds: range(10, 600, ' seconds').optional(),
    announcePosition: flag.optional(),
    announceIntervalSeconds: range(10, 600, ' seconds').optional(),
    callbackEnabled: flag.optional(),
    callbackKey: z
      .string({ message: 'must be one key: 0–9, * or #' })
      .trim()
      .refine((key) => /^[0-9*#]$/.test(key), problem('INVALID_KEY', 'must be one key: 0–9, * or #'))
      .optional(),
    recordingEnabled: flag.optional(),
    // Empty removes the caller ID; a national number is read as of the (new) home region.
    outboundCallerId: z
      .preprocess(
        (value) => (typeof value === 'string' && value.trim() === '' ? null : value),
        phoneNumberSchema(defaultRegion).nullable(),
      )
      .optional(),
    homeRegion: z
      .string({ message: 'must be a region code such as CN' })
      .trim()
      .toUpperCase()
      .refine(
        isSupportedRegion,
        problem('UNKNOWN_REGION', 'is not an ISO 3166 region code with phone numbers, e.g. CN'),
      )
      .optional(),
    allowInternational: flag.optional(),
    allowPremiumRate: flag.optional(),
    maxConcurrentOutbound: range(0, 10000).optional(),
    maxOutboundPerSecond: range(0, 1000).optional(),
  })
}

const reasonNameSchema = z
  .string({ message: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(20, 'must be at most 20 characters')
const sortOrderSchema = range(0, MAX_SORT_ORDER)
const createReasonSchema = z.object({ name: reasonNameSchema, sortOrder: sortOrderSchema.nullish() })
const updateReasonSchema = z.object({
  name: reasonNameSchema.optional(),
  sortOrder: sortOrderSchema.optional(),
})

const descriptionSchema = z.string().trim().max(100, 'must be at most 100 characters')
/** A number goes straight to a skill group or follows an IVR schedule (A7), never both. */
const oneRoute = <T extends { skillGroupId?: string | null; scheduleId?: string | null }>(data: T) =>
  !(data.skillGroupId && data.scheduleId)
const oneRouteProblem = {
  ...problem('ONE_ROUTE_ONLY', 'a number goes to a skill group or follows a schedule, not both: choose one'),
  path: ['scheduleId'],
}
function addNumberSchema(homeRegion: string) {
  return z
    .object({
      number: phoneNumberSchema(homeRegion),
      description: descriptionSchema.nullish(),
      skillGroupId: z.string().nullish(),
      scheduleId: z.string().nullish(),
    })
    .refine(oneRoute, oneRouteProblem)
}
function updateNumberSchema(homeRegion: string) {
  return z
    .object({
      number: phoneNumberSchema(homeRegion).optional(),
      description: descriptionSchema.nullish(),
      skillGroupId: z.string().nullish(),
      scheduleId: z.string().nullish(),
    })
    .refine(oneRoute, oneRouteProblem)
}

/** The IVR's check that a schedule exists in the tenant; returns its ID. */
export type ScheduleLookup = (em: EntityManager, id: string) => Promise<string>

function valuesOf(settings: {
  [Key in keyof AcdSettingsValues]?: AcdSettingsValues[Key] | null
}): AcdSettingsValues {
  return Object.fromEntries(SETTINGS_KEYS.map((key) => [key, settings[key] ?? null])) as never
}

function snapshotReason(reason: NotReadyReason): Record<string, unknown> {
  return { name: reason.name, kind: reason.kind, code: reason.code ?? null, sortOrder: reason.sortOrder }
}

function snapshotNumber(number: PhoneNumber): Record<string, unknown> {
  return {
    number: number.number,
    description: number.description,
    skillGroupId: number.skillGroupId ?? null,
    scheduleId: number.scheduleId ?? null,
  }
}

/** Numbers are unique on the platform; which company holds a number is nobody else's business. */
function numberClash(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException)
    return new ConflictError('NUMBER_TAKEN', 'This number belongs to another company or is already added.', {
      field: 'number',
    })
  return error
}

function reasonNameClash(error: unknown): unknown {
  if (error instanceof UniqueConstraintViolationException)
    return new ConflictError('NAME_TAKEN', 'A not-ready reason with this name already exists.', {
      field: 'name',
    })
  return error
}

export class AcdSettingsService {
  private readonly cachedSettings = new Map<string, { values: AcdSettingsValues; until: number }>()
  /** System reasons are never deleted, so their IDs are kept for good once known. */
  private readonly systemReasonIds = new Map<string, string>()
  private readonly stopWatching = new AbortController()
  private scheduleLookup: ScheduleLookup | undefined

  constructor(
    private readonly db: Database,
    private readonly groups: GroupsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pubsub?: PubSub,
  ) {
    groups.registerSkillGroupUsage((em, ids) => this.numbersRoutingTo(em, ids))
    if (pubsub) void this.forgetChangedSettings(pubsub)
  }

  stop(): void {
    this.stopWatching.abort()
  }

  /** Lets numbers follow IVR schedules (A7); the IVR module says which schedules exist. */
  routeNumbersToSchedules(lookup: ScheduleLookup): void {
    this.scheduleLookup = lookup
  }

  private async forgetChangedSettings(pubsub: PubSub): Promise<void> {
    const changes = pubsub.subscribe<{ tenantId: string }>(ACD_SETTINGS_CHANGED, this.stopWatching.signal)
    for await (const { tenantId } of changes) this.cachedSettings.delete(tenantId)
  }

  // ── for the routing core ───────────────────────────────────────────────────────────────────────────

  /** The tenant's settings; column defaults when the tenant never saved any. */
  async read(source: EntityManager | TenantSql, tenantId: string): Promise<AcdSettingsValues> {
    // The tenant is in the condition itself; row-level security still confines it to the transaction's.
    const cached = this.cachedSettings.get(tenantId)
    if (cached && cached.until > Date.now()) return cached.values
    const [settings] = await sqlIn(source).query<AcdSettingsValues>(SELECT_SETTINGS, [tenantId])
    const values = settings ? valuesOf(settings) : { ...DEFAULT_ACD_SETTINGS }
    this.cachedSettings.set(tenantId, { values, until: Date.now() + SETTINGS_CACHE_MS })
    return values
  }

  /**
   * The number customers see on outbound calls: the configured caller ID, else the company's number when it
   * has exactly one (what the call settings page promises for an empty caller ID). Null when neither:
   * dialling out is then refused, since no number of the company's can be chosen for it.
   */
  async outboundCallerIdOf(
    em: EntityManager,
    tenantId: string,
    settings: AcdSettingsValues,
  ): Promise<string | null> {
    if (settings.outboundCallerId) return settings.outboundCallerId
    const numbers = await em.execute<Array<{ number: string }>>(
      'select number from phone_number where tenant_id = ? limit 2',
      [tenantId],
    )
    return numbers.length === 1 ? numbers[0]!.number : null
  }

  /** The id of the tenant's system not-ready reason with this code, created on first use. */
  async systemReasonId(
    source: EntityManager | TenantSql,
    tenantId: string,
    code: SystemReasonCode,
  ): Promise<string> {
    const sql = sqlIn(source)
    const find = () => sql.query<{ id: string }>(SELECT_SYSTEM_REASON, [tenantId, code])
    const key = `${tenantId}:${code}`
    const known = this.systemReasonIds.get(key)
    if (known) return known
    const [found] = await find()
    if (found) {
      this.systemReasonIds.set(key, found.id)
      return found.id
    }
    await this.ensureBuiltInReasons(sql, tenantId)
    const [created] = await find()
    if (!created)
      throw new Error(`The system not-ready reason ${code} of tenant ${tenantId} could not be created.`)
    // Not kept yet: the insert may still roll back with the caller's transaction.
    return created.id
  }

  // ── settings ───────────────────────────────────────────────────────────────────────────────────────

  /** What the settings page shows: the saved row, or the defaults (without a save time) when none is. */
  getSettings(viewer: Viewer): Promise<AcdSettings> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const saved = await em.findOne(AcdSettings, { tenantId: viewer.tenantId })
      return saved ?? Object.assign(new AcdSettings(), { tenantId: viewer.tenantId, ...DEFAULT_ACD_SETTINGS })
    })
  }

  async updateSettings(viewer: Viewer, input: Record<string, unknown>): Promise<AcdSettings> {
    assertAdmin(viewer, 'change call settings')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      // The row is created with the column defaults the first time anyone saves; the lock orders saves.
      await em.execute('insert into acd_settings (tenant_id) values (?) on conflict do nothing', [
        viewer.tenantId,
      ])
      const settings = await em.findOneOrFail(
        AcdSettings,
        { tenantId: viewer.tenantId },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      )
      const regionGiven = typeof input.homeRegion === 'string' ? input.homeRegion.trim().toUpperCase() : ''
      const data = validateInput(
        settingsSchema(isSupportedRegion(regionGiven) ? regionGiven : settings.homeRegion),
        input,
      )
      // A caller ID shown to customers must be a number the company has: no spoofing someone else's.
      if (data.outboundCallerId && !(await em.findOne(PhoneNumber, { number: data.outboundCallerId })))
        throw new ValidationError([
          {
            field: 'outboundCallerId',
            code: 'NOT_OWN_NUMBER',
            message: 'must be one of your company’s numbers; add it under Numbers first',
          },
        ])
      const before = valuesOf(settings)
      for (const key of SETTINGS_KEYS)
        if (data[key] !== undefined) Object.assign(settings, { [key]: data[key] })
      settings.updatedAt = this.clock.now()
      await this.audit.record(em, viewer, {
        action: 'ACD_SETTINGS_UPDATED',
        entityType: 'ACD_SETTINGS',
        entityId: viewer.tenantId,
        before: { ...before },
        after: { ...valuesOf(settings) },
      })
      afterCommit(em, () => {
        this.cachedSettings.delete(viewer.tenantId)
        void this.pubsub?.publish(ACD_SETTINGS_CHANGED, { tenantId: viewer.tenantId })
      })
      return settings
    })
  }

  // ── not-ready reasons ──────────────────────────────────────────────────────────────────────────────

  /** Every member may list them: agents choose from them on the phone bar. */
  listReasons(viewer: Viewer): Promise<NotReadyReason[]> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      await this.ensureBuiltInReasons(em, viewer.tenantId)
      return em.find(
        NotReadyReason,
        { deletedAt: null },
        { orderBy: { sortOrder: 'asc', createdAt: 'asc', id: 'asc' } },
      )
    })
  }

  async createReason(viewer: Viewer, input: unknown): Promise<NotReadyReason> {
    assertAdmin(viewer, 'change not-ready reasons')
    const data = validateInput(createReasonSchema, input)
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        // Built-in reasons first, so that their names are taken before any custom reason could take them.
        await this.ensureBuiltInReasons(em, viewer.tenantId)
        const live = await em.find(NotReadyReason, { deletedAt: null })
        if (live.length >= MAX_REASONS)
          throw new ConflictError(
            'TOO_MANY_NOT_READY_REASONS',
            `A company has at most ${MAX_REASONS} not-ready reasons; delete one first.`,
            { params: { maximum: MAX_REASONS } },
          )
        assertNameFree(live, data.name)
        const customOrders = live.filter((r) => r.kind === NotReadyReasonKind.CUSTOM).map((r) => r.sortOrder)
        const reason = em.create(NotReadyReason, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          name: data.name,
          kind: NotReadyReasonKind.CUSTOM,
          code: null,
          sortOrder: data.sortOrder ?? Math.min(MAX_SORT_ORDER, Math.max(0, ...customOrders) + 1),
          createdAt: this.clock.now(),
        })
        await this.audit.record(em, viewer, {
          action: 'NOT_READY_REASON_CREATED',
          entityType: 'NOT_READY_REASON',
          entityId: reason.id,
          after: snapshotReason(reason),
        })
        return reason
      })
    } catch (error) {
      throw reasonNameClash(error)
    }
  }

  async updateReason(viewer: Viewer, id: string, input: unknown): Promise<NotReadyReason> {
    const data = validateInput(updateReasonSchema, input)
    return this.changeReason(viewer, id, 'NOT_READY_REASON_UPDATED', async (em, reason) => {
      if (data.name !== undefined && data.name.toLowerCase() !== reason.name.toLowerCase())
        assertNameFree(await em.find(NotReadyReason, { deletedAt: null }), data.name)
      if (data.name !== undefined) reason.name = data.name
      if (data.sortOrder !== undefined) reason.sortOrder = data.sortOrder
    })
  }

  /** Soft delete: agents not ready for this reason keep it, and history still names it. */
  async deleteReason(viewer: Viewer, id: string): Promise<boolean> {
    await this.changeReason(viewer, id, 'NOT_READY_REASON_DELETED', async (_em, reason) => {
      reason.deletedAt = this.clock.now()
    })
    return true
  }

  private async changeReason(
    viewer: Viewer,
    id: string,
    action: string,
    change: (em: EntityManager, reason: NotReadyReason) => Promise<void>,
  ): Promise<NotReadyReason> {
    assertAdmin(viewer, 'change not-ready reasons')
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const reason = await em.findOne(NotReadyReason, {
          id: knownId(id, 'Not-ready reason'),
          deletedAt: null,
        })
        if (!reason) throw new NotFoundError('Not-ready reason')
        if (reason.kind === NotReadyReasonKind.SYSTEM)
          throw new ConflictError(
            'SYSTEM_REASON_FIXED',
            `“${reason.name}” is a system reason set by the platform; it cannot be renamed, reordered or deleted.`,
            { field: 'id' },
          )
        const before = snapshotReason(reason)
        await change(em, reason)
        await this.audit.record(em, viewer, {
          action,
          entityType: 'NOT_READY_REASON',
          entityId: reason.id,
          before,
          after: reason.deletedAt ? null : snapshotReason(reason),
        })
        return reason
      })
    } catch (error) {
      throw reasonNameClash(error)
    }
  }

  /**
   * Inserts the built-in reasons a tenant lacks. Without a conflict target, a clash on the code (the
   * reason exists, perhaps deleted by the admin, who meant it) and on a live name both skip the row.
   */
  private async ensureBuiltInReasons(source: EntityManager | TenantSql, tenantId: string): Promise<void> {
    const rows = BUILT_IN_REASONS.map(
      (_, i) => `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6})`,
    ).join(', ')
    await sqlIn(source).query(
      `insert into not_ready_reason (id, tenant_id, name, kind, code, sort_order) values ${rows} on conflict do nothing`,
      BUILT_IN_REASONS.flatMap((reason) => [
        randomUUID(),
        tenantId,
        reason.name,
        reason.kind,
        reason.code,
        reason.sortOrder,
      ]),
    )
  }

  // ── numbers ────────────────────────────────────────────────────────────────────────────────────────

  async listNumbers(viewer: Viewer, pageInput?: PageInput): Promise<Page<PhoneNumber>> {
    assertAdmin(viewer, 'manage numbers')
    const page = validatePage(pageInput)
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const [items, totalCount] = await em.findAndCount(
        PhoneNumber,
        {},
        { orderBy: { number: 'asc', id: 'asc' }, offset: page.offset, limit: page.limit },
      )
      return { items, totalCount, ...page }
    })
  }

  async addNumber(viewer: Viewer, input: Record<string, unknown>): Promise<PhoneNumber> {
    assertAdmin(viewer, 'manage numbers')
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const { homeRegion } = await this.read(em, viewer.tenantId)
        const data = validateInput(addNumberSchema(homeRegion), input)
        const number = em.create(PhoneNumber, {
          id: randomUUID(),
          tenantId: viewer.tenantId,
          number: data.number,
          description: data.description ?? '',
          skillGroupId: data.skillGroupId
            ? (await this.groups.routableSkillGroup(em, viewer, data.skillGroupId)).id
            : null,
          scheduleId: data.scheduleId ? await this.scheduleIdIn(em, data.scheduleId) : null,
          createdAt: this.clock.now(),
        })
        // Flushed here so that a clash is reported before the audit entry is written.
        await em.flush()
        await this.audit.record(em, viewer, {
          action: 'PHONE_NUMBER_ADDED',
          entityType: 'PHONE_NUMBER',
          entityId: number.id,
          after: snapshotNumber(number),
        })
        return number
      })
    } catch (error) {
      throw numberClash(error)
    }
  }

  async updateNumber(viewer: Viewer, id: string, input: Record<string, unknown>): Promise<PhoneNumber> {
    return this.changeNumber(viewer, id, 'PHONE_NUMBER_UPDATED', async (em, number) => {
      const { homeRegion } = await this.read(em, viewer.tenantId)
      const data = validateInput(updateNumberSchema(homeRegion), input)
      if (data.number !== undefined) number.number = data.number
      if (data.description !== undefined) number.description = data.description ?? ''
      if (data.skillGroupId !== undefined)
        number.skillGroupId = data.skillGroupId
          ? (await this.groups.routableSkillGroup(em, viewer, data.skillGroupId)).id
          : null
      if (data.scheduleId !== undefined)
        number.scheduleId = data.scheduleId ? await this.scheduleIdIn(em, data.scheduleId) : null
      // Choosing one route replaces the other.
      if (data.skillGroupId) number.scheduleId = null
      if (data.scheduleId) number.skillGroupId = null
    })
  }

  async removeNumber(viewer: Viewer, id: string): Promise<boolean> {
    await this.changeNumber(viewer, id, 'PHONE_NUMBER_REMOVED', async (em, number) => {
      em.remove(number)
    })
    return true
  }

  /** Loads, authorises, applies and audits one change to a number in one transaction. */
  private async changeNumber(
    viewer: Viewer,
    id: string,
    action: string,
    change: (em: EntityManager, number: PhoneNumber) => Promise<void>,
  ): Promise<PhoneNumber> {
    assertAdmin(viewer, 'manage numbers')
    try {
      return await this.db.inTenant(viewer.tenantId, async (em) => {
        const number = await em.findOne(PhoneNumber, { id: knownId(id, 'Number') })
        if (!number) throw new NotFoundError('Number')
        // An administrator of one organisation leaves the other organisation's numbers alone.
        if (number.skillGroupId) await this.groups.routableSkillGroup(em, viewer, number.skillGroupId)
        const before = snapshotNumber(number)
        await change(em, number)
        await em.flush()
        await this.audit.record(em, viewer, {
          action,
          entityType: 'PHONE_NUMBER',
          entityId: number.id,
          before,
          after: action === 'PHONE_NUMBER_REMOVED' ? null : snapshotNumber(number),
        })
        return number
      })
    } catch (error) {
      throw numberClash(error)
    }
  }

  /** A schedule of the company; another company's, like a deleted one, is not found. */
  private async scheduleIdIn(em: EntityManager, id: string): Promise<string> {
    if (!this.scheduleLookup) throw new NotFoundError('Schedule')
    return this.scheduleLookup(em, id)
  }

  /** Numbers route callers to skill groups, so those skill groups cannot be deleted. */
  private async numbersRoutingTo(em: EntityManager, skillGroupIds: string[]): Promise<SkillGroupUsage[]> {
    const numbers = await em.find(
      PhoneNumber,
      { skillGroupId: { $in: skillGroupIds } },
      { orderBy: { number: 'asc' } },
    )
    return numbers.map((number) => ({
      skillGroupId: number.skillGroupId!,
      usedBy: `number ${number.number}`,
      name: number.number,
    }))
  }
}

function assertAdmin(viewer: Viewer, what: string): void {
  if (!hasRoleAtLeast(viewer.role, Role.ADMIN)) throw new ForbiddenError(`Only administrators ${what}.`)
}

/** System reasons' names stay free even before the platform first needs them: it creates them on first use. */
const reservedNames = BUILT_IN_REASONS.filter((reason) => reason.kind === NotReadyReasonKind.SYSTEM).map(
  (reason) => reason.name.toLowerCase(),
)

function assertNameFree(live: NotReadyReason[], name: string): void {
  const wanted = name.toLowerCase()
  if (reservedNames.includes(wanted) || live.some((reason) => reason.name.toLowerCase() === wanted))
    throw new ConflictError('NAME_TAKEN', `A not-ready reason named “${name}” already exists.`, {
      field: 'name',
    })
}
