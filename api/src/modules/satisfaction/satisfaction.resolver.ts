import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { limitedCost } from '../../graphql/limits.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import {
  SatisfactionRecordFilter,
  SatisfactionRecordPage,
  SatisfactionReport,
  SatisfactionReportInput,
} from './satisfaction.types.js'

/** Survey answers and the satisfaction report (A9), over the calls the viewer may see (A11). */
@Resolver()
export class SatisfactionResolver {
  @Authorized(Role.GROUP_LEADER)
  @Query(() => SatisfactionRecordPage, {
    description: 'A9: every survey answer of the calls the viewer may see, newest first, in keyset pages.',
    complexity: limitedCost,
  })
  satisfactionRecords(
    @Arg('filter', () => SatisfactionRecordFilter, {
      nullable: true,
      description: 'Conditions; all answers when omitted.',
    })
    filter: SatisfactionRecordFilter | undefined,
    @Arg('after', () => String, { nullable: true, description: 'The `nextCursor` of the page before.' })
    after: string | null | undefined,
    @Arg('limit', () => Int, { nullable: true, description: 'Rows per page, 1 to 100; 20 when omitted.' })
    limit: number | null | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SatisfactionRecordPage> {
    return ctx.services.satisfaction.records(viewer, { ...filter }, after, limit)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => SatisfactionReport, {
    description:
      'A9: satisfaction scores by day, week or month (company time zone) and by agent or skill group, with the response rate: of the inbound calls an agent answered, the share whose caller answered the survey (docs/kpis.md).',
  })
  satisfactionReport(
    @Arg('input', () => SatisfactionReportInput, { description: 'Period, buckets and split.' })
    input: SatisfactionReportInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SatisfactionReport> {
    return ctx.services.satisfaction.report(viewer, { ...input })
  }
}
