// What each action on an agent's call needs before it touches the switch, declared once per action in
// CALL_ACTIONS and checked in one place (CallPreconditions.check), so that no action repeats "is anyone
// else on the call" or "is a call ringing" for itself.
import { ConflictError } from '../../common/errors.js'
import type { Database } from '../../db/database.js'
import { CALL_VARIABLES } from '../../telephony/calls/variables.js'
import type { Viewer } from '../identity/viewer.js'
import type { CallCommands } from './call-commands.store.js'
import type { Presence } from './presence.store.js'
import { readPresence } from './presence.store.js'
import { channelVariable, type SwitchControl } from './switch-control.js'

/** The agent's leg of a call, where it lives and, when bridged, the leg it talks to (the customer). */
export interface LiveCall {
  node: string
  agentLeg: string
  /** The leg the agent talks to (the customer), when bridged. */
  partnerLeg: string | null
  callId: string
}

/** A live call with someone else on it. */
export type BridgedCall = LiveCall & { partnerLeg: string }

/** Set on the agent's leg while the call is on hold: the customer's leg, waiting parked with music. */
export const HELD_LEG_VARIABLE = 'cc_held_leg'
/** Set on the agent's leg with the hold, cleared with it: since when (epoch ms), for the live calls (A8). */
export const HELD_SINCE_VARIABLE = 'cc_held_since'

/** What an action may need, and what checking it finds for the action to use. */
interface Found {
  /** A call offered to the agent on a desk phone, which answers on command (SIP NOTIFY talk). */
  RINGING_DESK_PHONE: { node: string; legUuid: string; callId: string }
  /** A leg of the agent's on a call. */
  ON_A_CALL: LiveCall
  /** …bridged to someone else: the customer, or whoever the call was transferred from. */
  SOMEONE_ON_THE_CALL: BridgedCall
  /** …whose other party waits parked, on hold. */
  ON_HOLD: LiveCall & { heldLeg: string }
  /** The consultation the agent opened, with the customer waiting on hold. */
  CONSULTING: { call: BridgedCall; targetLeg: string }
}

type Precondition =
  | { needs: Exclude<keyof Found, 'SOMEONE_ON_THE_CALL'> }
  /** `refusal` says, for this action, that no one else is on the call. */
  | { needs: 'SOMEONE_ON_THE_CALL'; refusal: string }

/** The preconditions of the agent's call-control actions. */
export const CALL_ACTIONS = {
  ANSWER: { needs: 'RINGING_DESK_PHONE' },
  HOLD: { needs: 'SOMEONE_ON_THE_CALL', refusal: 'There is no one on the call to put on hold.' },
  RESUME: { needs: 'ON_HOLD' },
  MUTE: { needs: 'ON_A_CALL' },
  HANG_UP: { needs: 'ON_A_CALL' },
  RECONNECT: { needs: 'SOMEONE_ON_THE_CALL', refusal: 'No one is left on your call to reconnect you to.' },
  TRANSFER: { needs: 'SOMEONE_ON_THE_CALL', refusal: 'There is no one on the call to transfer.' },
  TRANSFER_TO_SURVEY: {
    needs: 'SOMEONE_ON_THE_CALL',
    refusal: 'There is no one on the call to transfer to the survey.',
  },
  CONSULT: { needs: 'SOMEONE_ON_THE_CALL', refusal: 'There is no one on the call to put on hold.' },
  COMPLETE_CONSULTATION: { needs: 'CONSULTING' },
  CANCEL_CONSULTATION: { needs: 'CONSULTING' },
} as const satisfies Record<string, Precondition>

export type CallAction = keyof typeof CALL_ACTIONS

/** What checking `action`'s preconditions finds. */
export type CallFor<A extends CallAction> = Found[(typeof CALL_ACTIONS)[A]['needs']]

export class CallPreconditions {
  constructor(
    private readonly db: Database,
    private readonly switches: () => SwitchControl,
    private readonly commands: CallCommands,
  ) {}

  /** Checks what `action` needs of the viewer's call; refuses with the reason it cannot be done. */
  async check<A extends CallAction>(viewer: Viewer, action: A): Promise<CallFor<A>> {
    const precondition: Precondition = CALL_ACTIONS[action]
    return (await this.find(viewer, precondition)) as CallFor<A>
  }

  private async find(viewer: Viewer, precondition: Precondition): Promise<Found[keyof Found]> {
    switch (precondition.needs) {
      case 'RINGING_DESK_PHONE':
        return this.ringingDeskPhone(viewer)
      case 'ON_A_CALL':
        return this.liveCall(viewer)
      case 'SOMEONE_ON_THE_CALL': {
        const call = await this.liveCall(viewer)
        if (!call.partnerLeg) throw new ConflictError('NO_ONE_ON_THE_CALL', precondition.refusal)
        return { ...call, partnerLeg: call.partnerLeg }
      }
      case 'ON_HOLD': {
        const call = await this.liveCall(viewer)
        const heldLeg = await this.uuidVariable(call.node, call.agentLeg, HELD_LEG_VARIABLE)
        if (!heldLeg) throw new ConflictError('NOT_ON_HOLD', 'The call is not on hold.')
        return { ...call, heldLeg }
      }
      case 'CONSULTING': {
        const consultation = await this.commands.openConsultation(viewer)
        if (!consultation) throw new ConflictError('NOT_CONSULTING', 'You are not consulting anyone.')
        const { targetLeg, ...call } = consultation
        // A consultation is only ever opened on a bridged call (CONSULT above).
        return { call: call as BridgedCall, targetLeg }
      }
    }
  }

  private async ringingDeskPhone(viewer: Viewer): Promise<Found['RINGING_DESK_PHONE']> {
    return this.db.inTenant(viewer.tenantId, async (em) => {
      const presence = await readPresence(em, viewer.userId)
      if (!presence?.offerCallId || !presence.offerLegUuid)
        throw new ConflictError('NO_CALL_RINGING', 'No call is ringing for you.')
      if (presence.answeringMode === 'MOBILE')
        throw new ConflictError('ANSWER_ON_MOBILE', 'Calls ring your mobile phone: answer it there.')
      if (presence.phoneKind === 'SOFTPHONE')
        throw new ConflictError(
          'ANSWER_IN_SOFTPHONE',
          'Answer in the workstation’s softphone (it rings in the browser).',
        )
      const node = presence.busyLegs[presence.offerLegUuid] ?? this.switches().pickNode()
      return { node, legUuid: presence.offerLegUuid, callId: presence.offerCallId }
    })
  }

  private async liveCall(viewer: Viewer): Promise<LiveCall> {
    const presence = await this.db.inTenant(viewer.tenantId, (em) => readPresence(em, viewer.userId))
    const leg = presence && currentLeg(presence)
    if (!leg) throw new ConflictError('NOT_ON_A_CALL', 'You are not on a call.')
    const [partnerLeg, callId] = await Promise.all([
      this.uuidVariable(leg.node, leg.agentLeg, 'bridge_uuid'),
      this.uuidVariable(leg.node, leg.agentLeg, CALL_VARIABLES.callId),
    ])
    return { ...leg, partnerLeg, callId: callId ?? leg.agentLeg }
  }

  /** A channel variable that holds a UUID (a leg, a call); anything else reads as unset. */
  async uuidVariable(node: string, uuid: string, name: string): Promise<string | null> {
    const value = await channelVariable(this.switches(), node, uuid, name)
    return value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
      ? value
      : null
  }
}

/** The agent's newest busy leg, and the node it is on. */
export function currentLeg(presence: Presence): Pick<LiveCall, 'agentLeg' | 'node'> | undefined {
  const legs = Object.entries(presence.busyLegs)
  const [agentLeg, node] = legs[legs.length - 1] ?? []
  if (!agentLeg || !node) return undefined
  return { agentLeg, node }
}
