import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { SimulatedPhoneCall, SimulatedPhoneRegistration } from './simulated-phone.types.js'

const legArg = {
  nullable: true,
  description: 'The call (the phone’s leg); the phone’s current one when left out.',
} as const

/** G2 on the switch simulator: the workstation's phone when no FreeSWITCH is configured (see `isSwitchSimulated`). */
@Resolver()
export class SimulatedPhoneResolver {
  @Authorized()
  @Query(() => Boolean, {
    description:
      'True when the workstation’s phone is simulated: calls run on the switch simulator and no SIP server is named for softphones.',
  })
  isPhoneSimulated(@Ctx() ctx: GraphQLContext): boolean {
    return ctx.services.simulatedPhones.isPhoneSimulated
  }

  @Authorized()
  @Mutation(() => SimulatedPhoneRegistration, {
    description:
      'Registers the viewer’s SIP account on the switch simulator, or renews it; refused on FreeSWITCH.',
  })
  registerSimulatedPhone(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SimulatedPhoneRegistration> {
    return ctx.services.simulatedPhones.register(viewer)
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Unregisters the viewer’s simulated phone.' })
  unregisterSimulatedPhone(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.simulatedPhones.unregister(viewer)
  }

  @Authorized()
  @Mutation(() => SimulatedPhoneCall, {
    description: 'Answers a call ringing on the viewer’s simulated phone.',
  })
  answerSimulatedCall(
    @Arg('legId', () => ID, legArg) legId: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SimulatedPhoneCall> {
    return ctx.services.simulatedPhones.answer(viewer, legId)
  }

  @Authorized()
  @Mutation(() => SimulatedPhoneCall, {
    description: 'Hangs up the viewer’s simulated phone, or declines the call ringing on it.',
  })
  hangUpSimulatedCall(
    @Arg('legId', () => ID, legArg) legId: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SimulatedPhoneCall> {
    return ctx.services.simulatedPhones.hangUp(viewer, legId)
  }

  @Authorized()
  @Mutation(() => SimulatedPhoneCall, {
    description: 'Presses keys on the viewer’s simulated phone during a call.',
  })
  pressSimulatedCallKeys(
    @Arg('keys', () => String, { description: 'Up to 20 of 0–9, * and #.' }) keys: string,
    @Arg('legId', () => ID, legArg) legId: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SimulatedPhoneCall> {
    return ctx.services.simulatedPhones.pressKeys(viewer, keys, legId)
  }

  @Authorized()
  @Subscription(() => SimulatedPhoneCall, {
    description: 'The calls of the viewer’s simulated phone as they ring, are answered and end.',
    subscribe: ({ context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.simulatedPhones.changes(requireViewer(ctx))
    },
  })
  mySimulatedPhoneCalls(@Root() call: SimulatedPhoneCall): SimulatedPhoneCall {
    return call
  }
}
