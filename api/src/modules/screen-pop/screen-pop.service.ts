// G4 screen pop: what the agent's workstation shows the moment a call is offered or dialled, and keeps
// through after-call work: the customer (found or created by number), the call's details (numbers, the
// IVR path, the skill group, the wait in the queue, transfers so far) and the page the company embeds.
// The calls it ties to customers make up the calls of the customers' history.
import type { Clock } from '../../common/clock.js'
import { NotFoundError, ValidationError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { AuditService } from '../audit/audit.service.js'
import { CallRecord } from '../calls/call-record.entity.js'
import type { MyCallsService } from '../calls/my-calls.service.js'
import { RECORDING_PATH } from '../calls/my-calls.service.js'
import type { CustomerHistoryService } from '../customers/customer-history.service.js'
import type { HistoryCursor, HistoryItem } from '../customers/customer-history.js'
import type { Customer } from '../customers/customer.entity.js'
import type { CustomersService } from '../customers/customers.service.js'
import { Organization } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { customerOrganizationsOf } from '../organization/access-policy.js'
import { knownId } from '../organization/ids.js'
import { SkillGroup } from '../organization/skill-group.entity.js'
import { probeFraming, type FramingVerdict } from './embed-framing.js'
import { embedUrl, normalisedOrigin, originProblems, templateProblems } from './embed-url.js'
import {
  callsOfCustomer,
  customerOfCall,
  findScreenPop,
  ivrPathOf,
  liveCallFacts,
  movePops,
  readEmbedSettings,
  saveScreenPop,
  writeEmbedSettings,
  type EmbedSettings,
  type IvrPathStep,
  type ScreenPopRow,
} from './screen-pop.store.js'

export interface ScreenPopView extends ScreenPopRow {
  /** The number the customer is known by: the caller's on an inbound call, the one dialled on an outbound call. */
  customerNumber: string | null
  customer: Customer | null
  skillGroupName: string | null
  ivrPath: IvrPathStep[]
  embedUrl: string | null
}

/** A page's framing headers rarely change; asking once per page a few minutes spares every pop a request. */
const FRAMING_CACHE_MS = 5 * 60_000
const FRAMING_CACHE_SIZE = 500
const FRAMING_TIMEOUT_MS = 3000

export interface ScreenPopOptions {
  /** Where the workstation runs: the origin the embedded page must let frame it. */
  publicUrl: string
  /** Development: the embedded page may be on this machine or the local network. */
  allowInternal: boolean
}

export class ScreenPopService {
  private readonly framings = new Map<string, { verdict: FramingVerdict; until: number }>()

  constructor(
    private readonly db: Database,
    private readonly customers: CustomersService,
    private readonly history: CustomerHistoryService,
    private readonly myCalls: MyCallsService,
    private readonly settings: AcdSettingsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly options: ScreenPopOptions,
  ) {
    customers.registerMergeStep((em, from, into) => movePops(em, from.id, into.id))
    history.registerSource((em, viewer, customerId, before, limit) =>
      this.callHistory(em, viewer, customerId, before, limit),
    )
  }

  /**
   * The screen pop of a call offered to the viewer, on their line, or recorded as theirs. The first time,
   * the customer is found or created by number and what the agent sees of the call is kept.
   */
  async pop(viewer: Viewer, callId: string): Promise<ScreenPopView> {
    const id = knownId(callId, 'Call')
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const row = (await findScreenPop(em, id, viewer.userId)) ?? (await this.firstPop(em, viewer, id))
      const [customer, skillGroup, agent, ivrPath, embed] = [
        row.customerId ? await this.visibleCustomer(em, viewer, row.customerId) : null,
        row.skillGroupId ? await em.findOne(SkillGroup, { id: row.skillGroupId }) : null,
        await em.findOne(User, { id: viewer.userId }),
        await ivrPathOf(em, id),
        await readEmbedSettings(em),
      ]
      const customerNumber = row.direction === 'INBOUND' ? row.callerNumber : row.dialledNumber
      return {
        ...row,
        customerNumber,
        customer,
        skillGroupName: skillGroup?.name ?? null,
        ivrPath,
        embedUrl: embed.urlTemplate
          ? (embedUrl(embed.urlTemplate, embed.allowedOrigins, {
              callerNumber: row.callerNumber,
              dialledNumber: row.dialledNumber,
              callId: id,
              agentNumber: agent?.agentNumber ?? null,
              customerId: customer?.id ?? null,
              skillGroup: skillGroup?.name ?? null,
            }) ?? null)
          : null,
      }
    })
  }

  /** Whether the call's embedded page lets the workstation frame it (the browser would not say). */
  async embedFraming(viewer: Viewer, callId: string): Promise<FramingVerdict> {
    const { embedUrl: url } = await this.pop(viewer, callId)
    if (!url) return { framing: 'UNKNOWN', reason: null }
    const page = new URL(url)
    const key = page.origin + page.pathname
    const now = this.clock.now().getTime()
    const cached = this.framings.get(key)
    if (cached && cached.until > now) return cached.verdict
    const verdict = await probeFraming(url, {
      embedderOrigin: new URL(this.options.publicUrl).origin,
      allowInternal: this.options.allowInternal,
      timeoutMs: FRAMING_TIMEOUT_MS,
    })
    if (this.framings.size >= FRAMING_CACHE_SIZE) this.framings.delete(this.framings.keys().next().value!)
    this.framings.set(key, { verdict, until: now + FRAMING_CACHE_MS })
    return verdict
  }

  embedSettings(viewer: Viewer): Promise<EmbedSettings> {
    return this.db.inTenant(viewer.tenantId, (em) => readEmbedSettings(em))
  }

  async updateEmbedSettings(
    viewer: Viewer,
    input: { urlTemplate?: string | null; allowedOrigins?: string[] | null },
  ): Promise<EmbedSettings> {
    const allowedOrigins = (input.allowedOrigins ?? []).map((origin) => origin.trim()).filter(Boolean)
    const urlTemplate = input.urlTemplate?.trim() || null
    const problems = [
      ...originProblems(allowedOrigins),
      ...(urlTemplate
        ? templateProblems(
            urlTemplate,
            allowedOrigins.map((o) => normalisedOrigin(o) ?? o),
          )
        : []),
    ]
    if (problems.length) throw new ValidationError(problems)
    const next = { urlTemplate, allowedOrigins: allowedOrigins.map((origin) => normalisedOrigin(origin)!) }
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const before = await readEmbedSettings(em)
      await writeEmbedSettings(em, next, this.clock.now())
      await this.audit.record(em, viewer, {
        action: 'SCREEN_POP_SETTINGS_UPDATED',
        entityType: 'SCREEN_POP_SETTINGS',
        entityId: viewer.tenantId,
        before: { ...before },
        after: { ...next },
      })
      return next
    })
  }

  private async firstPop(em: EntityManager, viewer: Viewer, callId: string): Promise<ScreenPopRow> {
    const facts = await liveCallFacts(em, callId, viewer.userId)
    // Another agent's call, another tenant's, or none: all look alike from outside.
    if (!facts.isAgentsCall || !facts.direction) throw new NotFoundError('Call')
    const isInbound = facts.direction === 'INBOUND'
    const customerNumber = isInbound
      ? (facts.callerNumber ?? facts.partyNumber)
      : (facts.calleeNumber ?? facts.partyNumber)
    const customerId =
      (await customerOfCall(em, callId)) ??
      (await this.customerOf(em, viewer, facts.direction, customerNumber))
    const now = this.clock.now()
    const pop = await saveScreenPop(em, {
      callId,
      agentId: viewer.userId,
      customerId: customerId ?? null,
      direction: facts.direction,
      callerNumber: isInbound ? customerNumber : facts.callerNumber,
      dialledNumber: isInbound ? facts.dialledNumber : customerNumber,
      skillGroupId: facts.skillGroupId,
      queueWaitSeconds: facts.enqueuedAt
        ? Math.max(0, Math.round((now.getTime() - facts.enqueuedAt.getTime()) / 1000))
        : null,
      // Agents who answered before this one; on an outbound call the customer's answered leg is one too.
      transfers: Math.max(0, facts.answeredAgentLegs - (isInbound ? 0 : 1)),
      createdAt: now,
    })
    if (pop.customerId) this.history.historyChanged(em, viewer.tenantId, pop.customerId)
    return pop
  }

  /**
   * The customer of the other party's number in the organisation whose customers the agent serves;
   * someone who sees both (a company-wide admin taking calls) files inbound calls under the inbound side
   * and outbound calls under telesales. None for what is not a phone number (anonymous, extensions).
   */
  private async customerOf(
    em: EntityManager,
    viewer: Viewer,
    direction: 'INBOUND' | 'OUTBOUND',
    number: string | null,
  ): Promise<string | undefined> {
    const organizations = customerOrganizationsOf(viewer)
    const organization =
      organizations.length > 1
        ? direction === 'INBOUND'
          ? Organization.INBOUND
          : Organization.TELESALES
        : organizations[0]
    if (!organization) return undefined
    return (await this.customers.findOrCreateForCall(em, viewer.tenantId, organization, number))?.customerId
  }

  private async visibleCustomer(em: EntityManager, viewer: Viewer, id: string): Promise<Customer | null> {
    try {
      return await this.customers.findVisible(em, viewer, id)
    } catch (error) {
      if (error instanceof NotFoundError) return null
      throw error
    }
  }

  private async callHistory(
    em: EntityManager,
    viewer: Viewer,
    customerId: string,
    before: HistoryCursor | null,
    limit: number,
  ): Promise<HistoryItem[]> {
    const rows = await callsOfCustomer(em, customerId, before, limit)
    const recorded = rows.filter((row) => row.hasRecording).map((row) => row.id)
    const records = recorded.length ? await em.find(CallRecord, { id: { $in: recorded } }) : []
    const audible = new Set<string>()
    for (const record of records) if (await this.myCalls.mayHear(em, viewer, record)) audible.add(record.id)
    return rows.map((row) => ({
      id: row.id,
      kind: 'CALL' as const,
      at: row.at,
      title: (row.direction === 'INBOUND' ? row.callerNumber : row.calleeNumber) ?? '',
      body: '',
      source: 'call',
      link: null,
      authorName: row.agentName,
      call: {
        direction: row.direction,
        agentName: row.agentName,
        isAnswered: row.bridgedAt !== null,
        talkSeconds:
          row.bridgedAt && row.endedAt
            ? Math.round((row.endedAt.getTime() - row.bridgedAt.getTime()) / 1000)
            : null,
        recordingUrl: audible.has(row.id) ? `${RECORDING_PATH}/${row.id}` : null,
      },
    }))
  }
}
