// The configuration side of call distribution: call settings, with the company's not-ready reasons (G3,
// not-ready-reasons.service.ts) and numbers routed to skill groups (A3, phone-numbers.service.ts) beside
// them. The routing core reads settings and system reasons from here.
import { LockMode } from '@mikro-orm/core'
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ValidationError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import { afterCommit, type Database, type EntityManager, type TenantSql } from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'
import type { AuditService } from '../audit/audit.service.js'
import type { Viewer } from '../identity/viewer.js'
import type { SkillGroupsService } from '../organization/skill-groups.service.js'
import { isSupportedRegion, phoneNumberSchema } from '../organization/phone.js'
import { assertAdmin, range } from './admin-input.js'
import { NotReadyReasonsService } from './not-ready-reasons.service.js'
import { reasonIdByCode } from './not-ready-reason.store.js'
import { PhoneNumbersService } from './phone-numbers.service.js'
import { ensureSettingsRow, readSettingsRow, someCompanyNumbers } from './settings.store.js'
import { AcdSettings, PhoneNumber, type SurveyLabel } from './settings.entity.js'
import {
  assertLabelsFitScale,
  DEFAULT_SURVEY_LABELS,
  surveyLabelsSchema,
  surveyScaleSchema,
} from './survey-scale.js'

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
  outboundRecordingEnabled: boolean
  recordingRetentionDays: number | null
  isRecordingStereo: boolean
  appealWindowDays: number
  outboundSurveyEnabled: boolean
  surveyScale: number
  surveyLabels: SurveyLabel[]
  requireSummaryBeforeReady: boolean
  outboundCallerId: string | null
  homeRegion: string
  allowInternational: boolean
  allowPremiumRate: boolean
  maxConcurrentOutbound: number
  maxOutboundPerSecond: number
  serviceLevelSeconds: number
  serviceLevelTargetPercent: number
  shortAbandonSeconds: number
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
  outboundRecordingEnabled: true,
  recordingRetentionDays: null,
  isRecordingStereo: false,
  appealWindowDays: 7,
  outboundSurveyEnabled: false,
  surveyScale: 5,
  surveyLabels: DEFAULT_SURVEY_LABELS as SurveyLabel[],
  requireSummaryBeforeReady: false,
  outboundCallerId: null,
  homeRegion: 'CN',
  allowInternational: false,
  allowPremiumRate: false,
  maxConcurrentOutbound: 20,
  maxOutboundPerSecond: 5,
  serviceLevelSeconds: 20,
  serviceLevelTargetPercent: 80,
  shortAbandonSeconds: 0,
})

const SETTINGS_KEYS = Object.keys(DEFAULT_ACD_SETTINGS) as (keyof AcdSettingsValues)[]

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
    outboundRecordingEnabled: flag.optional(),
    recordingRetentionDays: range(1, 3650, ' days').nullable().optional(),
    isRecordingStereo: flag.optional(),
    appealWindowDays: range(1, 365, ' days').optional(),
    outboundSurveyEnabled: flag.optional(),
    surveyScale: surveyScaleSchema.optional(),
    surveyLabels: surveyLabelsSchema.optional(),
    requireSummaryBeforeReady: flag.optional(),
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
    serviceLevelSeconds: range(1, 600, ' seconds').optional(),
    serviceLevelTargetPercent: range(1, 100, ' %').optional(),
    shortAbandonSeconds: range(0, 60, ' seconds').optional(),
  })
}

function valuesOf(settings: {
  [Key in keyof AcdSettingsValues]?: AcdSettingsValues[Key] | null
}): AcdSettingsValues {
  return Object.fromEntries(SETTINGS_KEYS.map((key) => [key, settings[key] ?? null])) as never
}

/** The settings that decide which outside numbers may be called (call-destinations.ts). */
const DESTINATION_RULES = ['homeRegion', 'allowInternational', 'allowPremiumRate'] as const

export class AcdSettingsService {
  private readonly cachedSettings = new Map<string, { values: AcdSettingsValues; until: number }>()
  /** System reasons are never deleted, so their IDs are kept for good once known. */
  private readonly systemReasonIds = new Map<string, string>()
  private readonly stopWatching = new AbortController()
  readonly reasons: NotReadyReasonsService
  readonly numbers: PhoneNumbersService
  /** Told, in the saving transaction, that which outside numbers may be called has changed. */
  private destinationRulesChanged: (em: EntityManager, tenantId: string) => Promise<void> = async () => {}

  constructor(
    private readonly db: Database,
    skillGroups: SkillGroupsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly pubsub?: PubSub,
  ) {
    this.reasons = new NotReadyReasonsService(db, audit, clock)
    this.numbers = new PhoneNumbersService(db, skillGroups, audit, clock, this)
    if (pubsub) void this.forgetChangedSettings(pubsub)
  }

  stop(): void {
    this.stopWatching.abort()
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
    const settings = (await readSettingsRow(source, tenantId, SETTINGS_KEYS)) as
      Partial<AcdSettingsValues> | undefined
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
    const numbers = await someCompanyNumbers(em, tenantId)
    return numbers.length === 1 ? numbers[0]! : null
  }

  /** The id of the tenant's system not-ready reason with this code, created on first use. */
  async systemReasonId(
    source: EntityManager | TenantSql,
    tenantId: string,
    code: SystemReasonCode,
  ): Promise<string> {
    const find = () => reasonIdByCode(source, tenantId, code)
    const key = `${tenantId}:${code}`
    const known = this.systemReasonIds.get(key)
    if (known) return known
    const found = await find()
    if (found) {
      this.systemReasonIds.set(key, found)
      return found
    }
    await this.reasons.ensureBuiltIn(source, tenantId)
    const created = await find()
    if (!created)
      throw new Error(`The system not-ready reason ${code} of tenant ${tenantId} could not be created.`)
    // Not kept yet: the insert may still roll back with the caller's transaction.
    return created
  }

  // ── settings ───────────────────────────────────────────────────────────────────────────────────────

  /** What the settings page shows: the saved row, or the defaults (without a save time) when none is. */
  getSettings(viewer: Viewer): Promise<AcdSettings> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const saved = await em.findOne(AcdSettings, { tenantId: viewer.tenantId })
      return saved ?? Object.assign(new AcdSettings(), { tenantId: viewer.tenantId, ...DEFAULT_ACD_SETTINGS })
    })
  }

  onDestinationRulesChanged(listener: (em: EntityManager, tenantId: string) => Promise<void>): void {
    this.destinationRulesChanged = listener
  }

  async updateSettings(viewer: Viewer, input: Record<string, unknown>): Promise<AcdSettings> {
    assertAdmin(viewer, 'change call settings')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      // The row is created with the column defaults the first time anyone saves; the lock orders saves.
      await ensureSettingsRow(em, viewer.tenantId)
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
      assertLabelsFitScale(settings.surveyScale, settings.surveyLabels)
      if (DESTINATION_RULES.some((key) => settings[key] !== before[key]))
        await this.destinationRulesChanged(em, viewer.tenantId)
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
}
