import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { OutboundStatistics, OutboundStatisticsInput } from './statistics.types.js'

/** A14: the outbound statistics. */
@Resolver()
export class OutboundStatisticsResolver {
  @Authorized()
  @Query(() => OutboundStatistics, {
    description:
      'The outbound statistics (A14) of a period in the company’s time zone: per task and per agent and day, over the calls and results the viewer may see (telesales administrators and group leaders).',
  })
  outboundStatistics(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => OutboundStatisticsInput, { description: 'Period, tasks and agents.' })
    input: OutboundStatisticsInput,
  ): Promise<OutboundStatistics> {
    return ctx.services.outboundStatistics.statistics(viewer, input)
  }
}
