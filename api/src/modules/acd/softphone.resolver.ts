import { Authorized, Ctx, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { Softphone } from './softphone.types.js'

/** G2: the workstation's WebRTC softphone settings. */
@Resolver(() => Softphone)
export class SoftphoneResolver {
  @Authorized()
  @Query(() => Softphone, {
    description:
      'The viewer’s own softphone settings: SIP account with password, the switch node’s WebSocket address and ICE servers. Fails for members without an agent number.',
  })
  mySoftphone(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<Softphone> {
    return ctx.services.softphone.mySoftphone(viewer)
  }
}
