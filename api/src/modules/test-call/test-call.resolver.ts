import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver, Root, Subscription } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { Role } from '../identity/roles.js'
import { PlaceTestCallInput, TestCall } from './test-call.types.js'

/** Test calls on the switch simulator (A3, A5, A7): dial a company number and hear what callers hear. */
@Resolver(() => TestCall)
export class TestCallResolver {
  @Authorized()
  @Query(() => Boolean, {
    description:
      'True when calls run on the built-in switch simulator (no FreeSWITCH configured): they carry no audio, test calls can be placed from the console and workstation phones are simulated.',
  })
  isSwitchSimulated(@Ctx() ctx: GraphQLContext): boolean {
    return ctx.services.testCalls.isAvailable
  }

  @Authorized(Role.ADMIN)
  @Query(() => [TestCall], {
    description: 'The company’s recent test calls, live ones first; ended ones are kept for half an hour.',
  })
  testCalls(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): TestCall[] {
    return ctx.services.testCalls.list(viewer)
  }

  @Authorized(Role.ADMIN)
  @Query(() => TestCall, { description: 'One of the company’s test calls.' })
  testCall(
    @Arg('id', () => ID, { description: 'The test call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): TestCall {
    return ctx.services.testCalls.get(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TestCall, {
    description:
      'Calls one of the company’s numbers from a number of your choice, on the switch simulator. Refused when the platform runs on FreeSWITCH.',
  })
  placeTestCall(
    @Arg('input', () => PlaceTestCallInput, { description: 'Which number, from which number.' })
    input: PlaceTestCallInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TestCall> {
    return ctx.services.testCalls.place(viewer, { ...input })
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TestCall, { description: 'The test caller presses keys (an IVR menu, the callback key).' })
  pressTestCallKeys(
    @Arg('id', () => ID, { description: 'The test call.' }) id: string,
    @Arg('keys', () => String, { description: 'Up to 20 of 0–9, * and #, pressed in order.' }) keys: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TestCall> {
    return ctx.services.testCalls.pressKeys(viewer, id, keys)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => TestCall, { description: 'The test caller hangs up.' })
  hangUpTestCall(
    @Arg('id', () => ID, { description: 'The test call.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TestCall> {
    return ctx.services.testCalls.hangUp(viewer, id)
  }

  @Authorized(Role.ADMIN)
  @Subscription(() => TestCall, {
    description:
      'A test call as it is now, then each time something happens on it (a prompt starts or stops, a key, an agent), until it ends.',
    subscribe: ({ args, context }) => {
      const ctx = context as GraphQLContext
      return ctx.services.testCalls.changes(requireViewer(ctx), (args as { id: string }).id)
    },
  })
  testCallChanged(
    @Arg('id', () => ID, { description: 'The test call.' }) _id: string,
    @Root() call: TestCall,
  ): TestCall {
    return call
  }
}
