import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { limitedCost } from '../../graphql/limits.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import type { HistoryPage } from '../customers/customer-history.service.js'
import { CustomerHistoryPage } from '../customers/customer-history.types.js'
import { EMBED_VARIABLES } from './embed-url.js'
import type { ScreenPopView } from './screen-pop.service.js'
import type { FramingVerdict } from './embed-framing.js'
import { EmbedCheck, ScreenPop, ScreenPopSettings, ScreenPopSettingsInput } from './screen-pop.types.js'

/** G4: the screen pop of the viewer's call, and the page the company embeds in it. */
@Resolver(() => ScreenPop)
export class ScreenPopResolver {
  @Authorized()
  @Query(() => ScreenPop, {
    description: 'The screen pop of a call offered to the viewer, on their line, or taken by them.',
  })
  screenPop(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ScreenPopView> {
    return ctx.services.screenPop.pop(viewer, callId)
  }

  @FieldResolver(() => CustomerHistoryPage, {
    nullable: true,
    description: 'The first page of the customer’s history, in the same request; empty without a customer.',
    complexity: limitedCost,
  })
  history(
    @Root() pop: ScreenPopView,
    @Arg('limit', () => Int, { nullable: true, description: 'Entries, 1–100; 20 when omitted.' })
    limit: number | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<HistoryPage> | null {
    return pop.customer ? ctx.services.customerHistory.list(viewer, pop.customer.id, null, limit) : null
  }

  @Authorized()
  @Query(() => EmbedCheck, {
    description: 'Whether the embedded page of the viewer’s call lets the workstation frame it.',
  })
  screenPopEmbedCheck(
    @Arg('callId', () => ID, { description: 'The call.' }) callId: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FramingVerdict> {
    return ctx.services.screenPop.embedFraming(viewer, callId)
  }

  @Authorized(Role.ADMIN)
  @Query(() => ScreenPopSettings, { description: 'The page the company embeds in every screen pop.' })
  async screenPopSettings(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ScreenPopSettings> {
    return { ...(await ctx.services.screenPop.embedSettings(viewer)), variables: [...EMBED_VARIABLES] }
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ScreenPopSettings, {
    description: 'Sets the embedded page: an https: URL template, or one from an allowed origin.',
  })
  async updateScreenPopSettings(
    @Arg('input', () => ScreenPopSettingsInput, { description: 'The settings.' })
    input: ScreenPopSettingsInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ScreenPopSettings> {
    return {
      ...(await ctx.services.screenPop.updateEmbedSettings(viewer, input)),
      variables: [...EMBED_VARIABLES],
    }
  }
}
