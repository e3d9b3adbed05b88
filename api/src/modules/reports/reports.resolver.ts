import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import { ServiceSummaryReport, ServiceSummaryReportInput } from '../summaries/summary-report.types.js'
import { CallReport, CallReportInput, RollupRebuild } from './reports.types.js'

/** A9: the call report, the rebuild of its hourly rollups, and the service summary report. */
@Resolver()
export class ReportsResolver {
  @Authorized(Role.GROUP_LEADER)
  @Query(() => CallReport, {
    description:
      'The call report (A9) of a period in the company’s time zone, by day or hour and by company, skill group, agent or number, over the calls the viewer may see.',
  })
  callReport(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CallReportInput, { description: 'Period, cut and filters.' }) input: CallReportInput,
  ): Promise<CallReport> {
    return ctx.services.reports.callReport(viewer, input)
  }

  @Authorized(Role.GROUP_LEADER)
  @Query(() => ServiceSummaryReport, {
    description:
      'The service summary report (A9) of a period in the company’s time zone: the summaries the viewer may see by category tree, skill group, agent and day.',
  })
  serviceSummaryReport(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ServiceSummaryReportInput, { description: 'Period and filters.' })
    input: ServiceSummaryReportInput,
  ): Promise<ServiceSummaryReport> {
    return ctx.services.summaryReport.report(viewer, input)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RollupRebuild, {
    description:
      'Queues the hourly rollups of a period to be redone from the calls (idempotent); reports compute those hours from the calls until then.',
  })
  async rebuildCallRollups(
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
    @Arg('from', () => Date, { description: 'The first instant (its hour is redone whole).' }) from: Date,
    @Arg('to', () => Date, { description: 'The end (exclusive).' }) to: Date,
  ): Promise<RollupRebuild> {
    return { hours: await ctx.services.reports.rebuildRollups(viewer, from, to) }
  }
}
