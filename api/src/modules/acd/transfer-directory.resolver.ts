import { Authorized, Ctx, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { TransferableAgent } from './transfer-directory.types.js'

@Resolver()
export class TransferDirectoryResolver {
  @Authorized()
  @Query(() => [TransferableAgent], {
    description:
      'Colleagues the viewer may transfer a call to: active agents of the same organisation, free ones first (at most 500).',
  })
  transferableAgents(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TransferableAgent[]> {
    return ctx.services.transferDirectory.agents(viewer)
  }
}
