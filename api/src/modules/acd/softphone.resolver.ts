import { Authorized, Ctx, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { Softphone } from './softphone.types.js'

/** G2: the workstation's WebRTC softphone settings. */
@Resolver(() => Softphone)
export class SoftphoneResolver {
  @Authorized()
  @Query(() => Softphone, {
    description:
      'The viewer’s own softphone settings: SIP account with password, the switch node’s WebSocket address and ICE servers. Fails for members without an agent number.',
  })
  mySoftphone(@Ctx() ctx: GraphQLContext): Promise<Softphone> {
    return ctx.services.softphone.mySoftphone(ctx.viewer!)
  }
}
