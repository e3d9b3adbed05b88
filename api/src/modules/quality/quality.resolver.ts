import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { CallRecordSearchFilter } from '../call-records/call-records.types.js'
import { Role } from '../identity/roles.js'
import type { Viewer } from '../identity/viewer.js'
import type { QaInspection } from './quality.types.js'
import {
  QaAppealDecisionInput,
  QaInspectionDetails,
  QaInspectionFilter,
  QaInspectionPage,
  QaReportInput,
  QaReportRow,
  QaSampleInput,
  QaSampleResult,
  QaScorecard,
  QaScorecardInput,
  QaScoresInput,
} from './quality.types.js'

const inspectionArg = { description: 'The inspection.' }
const pageArg = { nullable: true, description: 'Which page; the first 20 rows when omitted.' }

/** Quality inspection (A10); who may do what is decided in QualityService (AccessPolicy.inspectionReach). */
@Resolver()
export class QualityResolver {
  @Authorized()
  @Query(() => [QaScorecard], { description: 'A10: the company’s scorecards at their current version.' })
  qaScorecards(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<QaScorecard[]> {
    return ctx.services.quality.scorecards(viewer)
  }

  @Authorized()
  @Query(() => QaScorecard, {
    description: 'A10: one scorecard, at a version (the current one when omitted).',
  })
  qaScorecard(
    @Arg('id', () => ID, { description: 'The scorecard.' }) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'The version; the current one when omitted.' })
    version: number | null | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaScorecard> {
    return ctx.services.quality.scorecard(viewer, id, version)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => QaScorecard, { description: 'A10: defines a scorecard (its version 1).' })
  createQaScorecard(
    @Arg('input', () => QaScorecardInput, { description: 'The definition.' }) input: QaScorecardInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaScorecard> {
    return ctx.services.quality.createScorecard(viewer, input)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => QaScorecard, {
    description: 'A10: publishes a new version of a scorecard; past inspections keep the version they used.',
  })
  updateQaScorecard(
    @Arg('id', () => ID, { description: 'The scorecard.' }) id: string,
    @Arg('input', () => QaScorecardInput, { description: 'The whole new definition.' })
    input: QaScorecardInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaScorecard> {
    return ctx.services.quality.updateScorecard(viewer, id, input)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'A10: makes a member a QA inspector (they inspect their organisation’s calls) or takes it back; returns the new state.',
  })
  setQaInspector(
    @Arg('userId', () => ID, { description: 'The member.' }) userId: string,
    @Arg('isInspector', () => Boolean, { description: 'Grant (true) or revoke (false).' })
    isInspector: boolean,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    return ctx.services.quality.setQaInspector(viewer, userId, isInspector)
  }

  @Authorized(Role.ADMIN)
  @Query(() => [ID], {
    description: 'A10: the members the administrator manages who hold the QA inspector capability.',
  })
  qaInspectorIds(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return ctx.services.quality.qaInspectorIds(viewer)
  }

  @Authorized()
  @Query(() => Boolean, { description: 'A10: whether the viewer holds the QA inspector capability.' })
  isQaInspector(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    return ctx.services.quality.isQaInspector(viewer)
  }

  @Authorized()
  @Mutation(() => QaSampleResult, {
    description:
      'A10: picks calls the viewer may inspect and no inspection has yet, and creates pending inspections of them assigned to the viewer.',
  })
  sampleQaCalls(
    @Arg('filter', () => CallRecordSearchFilter, {
      nullable: true,
      description: 'Which calls, as in the call records; every call in reach when omitted.',
    })
    filter: CallRecordSearchFilter | undefined,
    @Arg('input', () => QaSampleInput, { description: 'How to pick.' }) input: QaSampleInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaSampleResult> {
    return ctx.services.quality.sample(viewer, { ...filter }, { ...input })
  }

  @Authorized()
  @Query(() => QaInspectionPage, {
    description: 'A10: inspections of the agents whose calls the viewer inspects, latest first.',
    complexity: pagedCost,
  })
  qaInspections(
    @Arg('filter', () => QaInspectionFilter, { nullable: true, description: 'Conditions.' })
    filter: QaInspectionFilter | undefined,
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<QaInspection>> {
    return ctx.services.quality.inspections(viewer, { ...filter }, page)
  }

  @Authorized()
  @Query(() => QaInspectionPage, {
    description: 'A10: the viewer’s own submitted inspections, latest first.',
    complexity: pagedCost,
  })
  myQaInspections(
    @Arg('page', () => PageInput, pageArg) page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<QaInspection>> {
    return ctx.services.quality.myInspections(viewer, page)
  }

  @Authorized()
  @Query(() => QaInspectionDetails, {
    description: 'A10: one inspection, for its inspectors, or for its agent once submitted.',
  })
  qaInspection(
    @Arg('id', () => ID, inspectionArg) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaInspectionDetails> {
    return ctx.services.quality.inspection(viewer, id)
  }

  @Authorized()
  @Mutation(() => QaInspectionDetails, { description: 'A10: scores a pending inspection and submits it.' })
  submitQaInspection(
    @Arg('id', () => ID, inspectionArg) id: string,
    @Arg('input', () => QaScoresInput, { description: 'A score for every criterion, and comments.' })
    input: QaScoresInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaInspectionDetails> {
    return ctx.services.quality.submit(viewer, id, input)
  }

  @Authorized()
  @Mutation(() => QaInspectionDetails, { description: 'A10: the agent appeals their own inspection, once.' })
  appealQaInspection(
    @Arg('id', () => ID, inspectionArg) id: string,
    @Arg('reason', () => String, { description: 'Why, 1–1000 characters.' }) reason: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaInspectionDetails> {
    return ctx.services.quality.appeal(viewer, id, reason)
  }

  @Authorized()
  @Mutation(() => QaInspectionDetails, {
    description: 'A10: the inspector or an administrator accepts (scores again) or rejects a pending appeal.',
  })
  resolveQaAppeal(
    @Arg('id', () => ID, inspectionArg) id: string,
    @Arg('input', () => QaAppealDecisionInput, { description: 'The decision.' }) input: QaAppealDecisionInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaInspectionDetails> {
    return ctx.services.quality.resolveAppeal(viewer, id, input)
  }

  @Authorized()
  @Query(() => [QaReportRow], {
    description:
      'A10: average score, fatal failures and appeals of submitted inspections in a period, by agent, group, criterion or period.',
  })
  async qaReport(
    @Arg('input', () => QaReportInput, { description: 'Period and grouping.' }) input: QaReportInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<QaReportRow[]> {
    return (await ctx.services.quality.report(viewer, { ...input })).rows
  }
}
