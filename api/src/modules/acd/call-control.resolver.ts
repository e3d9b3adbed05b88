import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql'
import { ValidationError } from '../../common/errors.js'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { Role } from '../identity/roles.js'
import { CallControlResult, MonitorModeEnum, TransferTargetInput } from './acd.types.js'
import type { CallControlResult as Result, TransferTarget } from './call-control.service.js'

const keyArg = {
  description:
    'Chosen by the client, unique per request (e.g. a UUID): a retry with the same key returns the first result and does nothing twice.',
}

function targetOf(input: TransferTargetInput): TransferTarget {
  const given = [input.agentId, input.skillGroupId, input.number].filter((value) => value != null)
  if (given.length !== 1)
    throw new ValidationError([
      { field: 'target', code: 'ONE_TARGET', message: 'give exactly one of agentId, skillGroupId or number' },
    ])
  if (input.agentId) return { kind: 'AGENT', agentId: input.agentId }
  if (input.skillGroupId) return { kind: 'SKILL_GROUP', skillGroupId: input.skillGroupId }
  return { kind: 'NUMBER', number: input.number! }
}

/** G3 call control for the signed-in agent, and X3 monitoring for supervisors. */
@Resolver()
export class CallControlResolver {
  @Authorized()
  @Mutation(() => CallControlResult, {
    description:
      'Dials out: the viewer’s phone rings first, then the customer is called with the company’s caller ID. Refused for destinations outside the company’s allow-list and beyond its outbound caps.',
  })
  dialOut(
    @Arg('number', () => String, { description: 'The customer’s number.' }) number: string,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @Arg('planId', () => ID, {
      nullable: true,
      description: 'The contact plan the call is for (G5): the call is listed with the plan.',
    })
    planId: string | null | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const purpose = planId ? { kind: 'CONTACT_PLAN' as const, id: planId } : undefined
    return ctx.services.acd.calls.dialOut(viewer, { number, idempotencyKey, purpose })
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description:
      'Answers the ringing offer on a desk phone; softphones and mobiles answer on the phone itself.',
  })
  answerCall(
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'ANSWER', () => calls.answer(viewer))
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description: 'Puts the other side on hold (they hear music), or resumes.',
  })
  holdCall(
    @Arg('on', () => Boolean, { description: 'True to hold, false to resume.' }) on: boolean,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, on ? 'HOLD' : 'UNHOLD', () => calls.hold(viewer, on))
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description: 'Mutes the viewer’s microphone on the call, or unmutes it.',
  })
  muteCall(
    @Arg('on', () => Boolean, { description: 'True to mute, false to unmute.' }) on: boolean,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, on ? 'MUTE' : 'UNMUTE', () => calls.mute(viewer, on))
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description:
      'After the workstation lost its leg of a live call (page reload, network drop): rings the viewer’s phone again (a softphone answers by itself) and joins it to the customer, who never left the switch.',
  })
  reconnectCall(
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'RECONNECT', () => calls.reconnect(viewer))
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description: 'Blind transfer: the other side goes to the target and the viewer is free at once.',
  })
  transferCall(
    @Arg('target', () => TransferTargetInput, { description: 'An agent, a skill group or a number.' })
    target: TransferTargetInput,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'TRANSFER', () => calls.transfer(viewer, targetOf(target)))
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description:
      'Consultative transfer, first step: the other side waits with music while the viewer talks to an agent or a number.',
  })
  consultCall(
    @Arg('target', () => TransferTargetInput, { description: 'An agent or a number.' })
    target: TransferTargetInput,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'CONSULT', () => calls.consult(viewer, targetOf(target)))
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description: 'Completes a consultative transfer: the waiting side and the consulted party are joined.',
  })
  completeConsultation(
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'COMPLETE_CONSULTATION', () =>
      calls.completeConsultation(viewer),
    )
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description: 'Ends the consultation and returns to the waiting side.',
  })
  cancelConsultation(
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'CANCEL_CONSULTATION', () => calls.cancelConsultation(viewer))
  }

  @Authorized()
  @Mutation(() => CallControlResult, { description: 'Hangs up the viewer’s call.' })
  hangUpCall(
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'HANG_UP', () => calls.hangUp(viewer))
  }

  @Authorized()
  @Mutation(() => CallControlResult, {
    description:
      'A5: ends the viewer’s part of an inbound call and keeps the caller on the line for the satisfaction survey.',
  })
  transferToSurvey(
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, 'TRANSFER_TO_SURVEY', () => calls.transferToSurvey(viewer))
  }

  @Authorized(Role.GROUP_LEADER)
  @Mutation(() => CallControlResult, {
    description:
      'X3: rings the supervisor’s own phone and joins them to the live call of an agent they may see: listen, whisper or barge.',
  })
  monitorCall(
    @Arg('agentId', () => ID, { description: 'The agent on the call.' }) agentId: string,
    @Arg('mode', () => MonitorModeEnum, { description: 'Listen, whisper or barge.' }) mode: MonitorModeEnum,
    @Arg('idempotencyKey', () => String, keyArg) idempotencyKey: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Result> {
    const calls = ctx.services.acd.calls
    return calls.once(viewer, idempotencyKey, `MONITOR_${mode}`, () => calls.monitor(viewer, agentId, mode))
  }
}
