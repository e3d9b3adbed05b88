// Where call control sends a call: a person's phone (SIP user or mobile), an outside number allowed by
// the company's settings, a skill group's queue, a colleague (A11 decides who counts as one).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { CountryCode } from 'libphonenumber-js/max'
import { ConflictError, NotFoundError, ValidationError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Endpoint } from '../../telephony/control/commands.js'
import type { Viewer } from '../identity/viewer.js'
import { knownId } from '../organization/ids.js'
import { AgentStatus } from './presence.js'
import { firstSkillGroupOf, isSkillGroup, phoneOf } from './call-destinations.store.js'
import { readPresence } from './presence.store.js'
import type { AcdSettingsService, AcdSettingsValues } from './settings.service.js'
import { isColleague } from './transfer-directory.store.js'

export type TransferTarget =
  | { kind: 'AGENT'; agentId: string }
  | { kind: 'SKILL_GROUP'; skillGroupId: string }
  | { kind: 'NUMBER'; number: string }

/** A transfer target, resolved and checked. */
export type Destination =
  | { kind: 'agent'; agentId: string; endpoint: Endpoint; skillGroupId: string | null }
  | { kind: 'queue'; skillGroupId: string }
  | { kind: 'number'; endpoint: Endpoint }

export class CallDestinations {
  constructor(
    private readonly db: Database,
    private readonly settings: AcdSettingsService,
    private readonly trunkGateway: string,
  ) {}

  /** Checks a destination against the company's allow-list; returns it in E.164. */
  allowedDestination(input: string, settings: AcdSettingsValues, field: string): string {
    const parsed = parsePhoneNumberFromString(input.trim(), settings.homeRegion as CountryCode)
    if (!parsed?.isValid())
      throw new ValidationError([
        { field, code: 'INVALID_PHONE_NUMBER', message: 'is not a valid phone number' },
      ])
    if (parsed.country !== settings.homeRegion && !settings.allowInternational)
      throw new ValidationError([
        {
          field,
          code: 'INTERNATIONAL_NOT_ALLOWED',
          message: 'is an international number; your company does not allow international calls',
        },
      ])
    if (parsed.getType() === 'PREMIUM_RATE' && !settings.allowPremiumRate)
      throw new ValidationError([
        {
          field,
          code: 'PREMIUM_RATE_NOT_ALLOWED',
          message: 'is a premium-rate number; your company does not allow calls to them',
        },
      ])
    return parsed.number
  }

  /** An outside number reached through the trunk gateway. */
  trunkEndpoint(number: string): Endpoint {
    return { kind: 'gateway', gateway: this.trunkGateway, number }
  }

  /** Where a person's phone is reached: their SIP user, or their mobile through the trunk. */
  async endpointOf(em: EntityManager, userId: string, mode: 'SIP' | 'MOBILE' | null): Promise<Endpoint> {
    const row = await phoneOf(em, userId)
    if (mode === 'MOBILE' && row?.mobile) return this.trunkEndpoint(row.mobile)
    if (row?.agentNumber && row.sipDomain)
      return { kind: 'user', user: row.agentNumber.toLowerCase(), domain: row.sipDomain }
    if (row?.mobile) return this.trunkEndpoint(row.mobile)
    throw new ConflictError('NO_PHONE', 'You have neither a SIP phone nor a mobile number to be called on.')
  }

  /** The skill group whose queue holds calls for one agent: their best-priority membership. */
  async queueOfAgent(em: EntityManager, agentId: string): Promise<string | null> {
    return firstSkillGroupOf(em, agentId)
  }

  /** Checks a transfer target the viewer named and finds where it is reached. */
  resolve(viewer: Viewer, target: TransferTarget): Promise<Destination> {
    return this.db.inTenant(viewer.tenantId, async (em): Promise<Destination> => {
      switch (target.kind) {
        case 'NUMBER': {
          const settings = await this.settings.read(em, viewer.tenantId)
          const number = this.allowedDestination(target.number, settings, 'target.number')
          return { kind: 'number', endpoint: this.trunkEndpoint(number) }
        }
        case 'SKILL_GROUP': {
          const skillGroupId = knownId(target.skillGroupId, 'Skill group')
          if (!(await isSkillGroup(em, skillGroupId))) throw new NotFoundError('Skill group')
          return { kind: 'queue', skillGroupId }
        }
        case 'AGENT': {
          const presence = await readPresence(em, knownId(target.agentId, 'Agent'))
          if (!presence || !(await isColleague(em, viewer, target.agentId))) throw new NotFoundError('Agent')
          if (presence.status !== AgentStatus.IDLE)
            throw new ConflictError(
              'AGENT_NOT_FREE',
              'That agent is not free right now; transfer to their skill group instead.',
            )
          return {
            kind: 'agent',
            agentId: target.agentId,
            endpoint: await this.endpointOf(em, target.agentId, presence.answeringMode),
            skillGroupId: await this.queueOfAgent(em, target.agentId),
          }
        }
      }
    })
  }
}
