// Ringing the agent a dispatch pass claimed (A3, X6): their leg is originated parked and, once
// answered, bridged to the waiting caller, or for a callback the customer is dialled and joined.
// A failed offer puts the entry back in the queue and counts against the agent when it was their doing.
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../common/clock.js'
import type { Database } from '../../db/database.js'
import { CALL_VARIABLES } from '../../telephony/calls/variables.js'
import type { Endpoint } from '../../telephony/control/commands.js'
import {
  commandOutcome,
  originate,
  uuidBreak,
  uuidBridge,
  uuidKill,
} from '../../telephony/control/commands.js'
import { keepCallerForSurvey } from './post-call-survey.js'
import { groupCallHandling } from './post-call-survey.store.js'
import type { PresenceService } from './presence.service.js'
import { answerEntry, finishEntry, offerFailed, removeCaller, type QueueEntry } from './queue-entry.store.js'
import type { ClaimedAgent } from './routing.store.js'
import type { AcdSettingsService, AcdSettingsValues } from './settings.service.js'
import type { SwitchControl } from './switch-control.js'
import { recordCall, tryCommand } from './switch-control.js'

/** An agent reserved for an entry, to be rung once the claim committed. */
export interface Offer {
  entry: QueueEntry
  agent: ClaimedAgent
  legUuid: string
  settings: AcdSettingsValues
}

/** Offer outcomes that are the agent's doing (or their phone's), and so count toward the miss limit. */
const AGENT_FAULT_CAUSES = new Set([
  'NO_ANSWER',
  'NO_USER_RESPONSE',
  'CALL_REJECTED',
  'USER_BUSY',
  'USER_NOT_REGISTERED',
  'SUBSCRIBER_ABSENT',
  'UNALLOCATED_NUMBER',
])

export interface AgentRingingDeps {
  db: Database
  presence: PresenceService
  settings: AcdSettingsService
  clock: Clock
  switches: () => SwitchControl
  trunkGateway: string
  mediaDir: string
  /** A skill group's queue changed (the supervisors' board listens). */
  changed(tenantId: string, skillGroupId: string): void
  /** Runs a dispatch pass, so the entry of a failed offer is offered to the next agent. */
  dispatch(tenantId: string): Promise<void>
}

export class AgentRinging {
  /** Offers being rung by this instance, so stop() can wait for them. */
  private readonly inFlight = new Set<Promise<void>>()

  constructor(private readonly deps: AgentRingingDeps) {}

  /** Rings the offers of a committed claim without waiting for them. */
  start(offers: readonly Offer[]): void {
    for (const offer of offers) {
      const work = this.ring(offer)
      this.inFlight.add(work)
      void work.finally(() => this.inFlight.delete(work))
    }
  }

  /** Waits for the offers being rung to end. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight])
  }

  private get switches(): SwitchControl {
    return this.deps.switches()
  }

  /** Originates the agent's leg parked; once answered, bridges it to the caller (or, for a callback, dials the customer). */
  private async ring(offer: Offer): Promise<void> {
    const { entry, agent, legUuid, settings } = offer
    const { presence } = this.deps
    const isCallback = entry.kind === 'CALLBACK'
    const callId = isCallback ? randomUUID() : (entry.callId ?? entry.id)
    const node = isCallback ? this.switches.pickNode(entry.node) : entry.node
    const endpoint = this.agentEndpoint(agent)
    const command = originate(
      {
        origination_uuid: legUuid,
        [CALL_VARIABLES.tenantId]: entry.tenantId,
        [CALL_VARIABLES.callId]: callId,
        [CALL_VARIABLES.agentId]: agent.userId,
        [CALL_VARIABLES.skillGroupId]: entry.skillGroupId,
        [CALL_VARIABLES.direction]: isCallback ? 'outbound' : 'inbound',
        originate_timeout: settings.ringTimeoutSeconds,
        origination_caller_id_number: entry.callerNumber ?? 'anonymous',
        ignore_early_media: 'true',
      },
      endpoint ?? { kind: 'user', user: 'nobody', domain: 'invalid' },
    )
    const answered = endpoint
      ? commandOutcome(
          await this.switches.bgapi(node, command).catch((error: Error) => `-ERR ${error.message}`),
        )
      : ({ ok: false, cause: 'USER_NOT_REGISTERED' } as const)
    if (!answered.ok) return this.offerFailed(entry, agent, answered.cause)
    const handling = await this.deps.db.inTenantSql(entry.tenantId, (sql) =>
      groupCallHandling(sql, entry.skillGroupId),
    )
    if (!isCallback && handling.isPostCallSurveyEnabled)
      await keepCallerForSurvey(this.switches, node, entry.id)
    const connected = isCallback
      ? await this.connectCallback(entry, node, legUuid, callId, settings)
      : await this.bridgeCaller(node, entry.id, legUuid)
    if (!connected.ok) {
      // The caller left (or the customer did not answer) while the agent picked up: release the agent.
      await tryCommand(this.switches, node, uuidKill(legUuid, 'ORIGINATOR_CANCEL'))
      // X2: an inbound caller gone while the agent picked up abandoned (unless their hang-up already said so).
      await this.deps.db.inTenantSql(entry.tenantId, async (sql) => {
        if (isCallback) await finishEntry(sql, entry.id)
        else await removeCaller(sql, entry.id, this.deps.clock.now())
      })
      this.deps.changed(entry.tenantId, entry.skillGroupId)
      return presence.offerFailed(entry.tenantId, agent.userId, entry.id, {
        cause: connected.cause,
        isAgentsFault: false,
      })
    }
    const party = {
      callId,
      direction: isCallback ? ('OUTBOUND' as const) : ('INBOUND' as const),
      remoteNumber: (isCallback ? entry.callbackNumber : entry.callerNumber) ?? null,
    }
    await presence.offerAnswered(
      entry.tenantId,
      agent.userId,
      { callId: entry.id, legUuid, node, party },
      (sql) => answerEntry(sql, entry.id, agent.userId, this.deps.clock.now()),
    )
    this.deps.changed(entry.tenantId, entry.skillGroupId)
    if (settings.recordingEnabled && handling.isRecordingEnabled)
      await recordCall(this.switches, {
        node,
        legUuid: isCallback ? legUuid : entry.id,
        isAgentLeg: isCallback,
        isStereo: settings.isRecordingStereo,
        tenantId: entry.tenantId,
        callId,
        mediaDir: this.deps.mediaDir,
        at: this.deps.clock.now(),
      })
  }

  /**
   * uuid_bridge ends only the application the caller's channel runs now; the wait music queued behind
   * the prompt would then play inside the bridge, over the agent. `uuid_break … all` drops the queue first.
   */
  private async bridgeCaller(node: string, callerLeg: string, agentLeg: string) {
    await tryCommand(this.switches, node, uuidBreak(callerLeg))
    return tryCommand(this.switches, node, uuidBridge(callerLeg, agentLeg))
  }

  private agentEndpoint(agent: ClaimedAgent): Endpoint | undefined {
    if (agent.answeringMode === 'MOBILE')
      return agent.mobile
        ? { kind: 'gateway', gateway: this.deps.trunkGateway, number: agent.mobile }
        : undefined
    if (!agent.agentNumber || !agent.sipDomain) return undefined
    return { kind: 'user', user: agent.agentNumber.toLowerCase(), domain: agent.sipDomain }
  }

  /** X6: the agent is on the line; now the customer who asked for the callback is dialled and joined. */
  private async connectCallback(
    entry: QueueEntry,
    node: string,
    agentLeg: string,
    callId: string,
    settings: AcdSettingsValues,
  ) {
    const customerLeg = randomUUID()
    const callerId = await this.deps.db.inTenant(entry.tenantId, (em) =>
      this.deps.settings.outboundCallerIdOf(em, entry.tenantId, settings),
    )
    const reply = await this.switches
      .bgapi(
        node,
        originate(
          {
            origination_uuid: customerLeg,
            [CALL_VARIABLES.tenantId]: entry.tenantId,
            [CALL_VARIABLES.callId]: callId,
            [CALL_VARIABLES.direction]: 'outbound',
            originate_timeout: 45,
            origination_caller_id_number: callerId ?? 'anonymous',
          },
          { kind: 'gateway', gateway: this.deps.trunkGateway, number: entry.callbackNumber ?? '' },
        ),
      )
      .catch((error: Error) => `-ERR ${error.message}`)
    const dialled = commandOutcome(reply)
    if (!dialled.ok) return dialled
    return tryCommand(this.switches, node, uuidBridge(agentLeg, customerLeg))
  }

  private async offerFailed(entry: QueueEntry, agent: ClaimedAgent, cause: string): Promise<void> {
    const isAgentsFault = AGENT_FAULT_CAUSES.has(cause)
    await this.deps.db.inTenantSql(entry.tenantId, (sql) =>
      offerFailed(sql, entry.id, agent.userId, { cause, at: this.deps.clock.now() }),
    )
    await this.deps.presence.offerFailed(entry.tenantId, agent.userId, entry.id, { cause, isAgentsFault })
    await this.deps.dispatch(entry.tenantId)
  }
}
