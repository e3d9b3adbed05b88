import { Ctx, FieldResolver, Int, Resolver, Root, registerEnumType } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CallRecord } from '../calls/call-record.entity.js'
import { SurveyOutcome } from '../acd/post-call-survey.store.js'
import { SurveyLabel } from '../acd/settings.entity.js'

registerEnumType(SurveyOutcome, {
  name: 'SurveyOutcome',
  description: 'How a post-call survey ended (A5).',
  valuesConfig: {
    SCORED: { description: 'The caller pressed a key of the scale: the score is the call’s.' },
    NO_ANSWER: { description: 'No key in time, or a wrong key twice.' },
    ABANDONED: { description: 'The caller hung up during the survey.' },
  },
})

/** The satisfaction surveys' answers (the IVR's, A7, and the post-call one, A5) on the call record itself. */
@Resolver(() => CallRecord)
export class CallSatisfactionResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description:
      'The caller’s satisfaction score (1 to satisfactionScale) from the IVR or post-call survey; null when they gave none.',
  })
  async satisfactionScore(@Root() record: CallRecord, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return (await ctx.services.ivr.steps.satisfactionAnswer(record.tenantId, record.id))?.score ?? null
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'A5: the scale (2–9 points) satisfactionScore was given on; null without a score.',
  })
  async satisfactionScale(@Root() record: CallRecord, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return (await ctx.services.ivr.steps.satisfactionAnswer(record.tenantId, record.id))?.scale ?? null
  }

  @FieldResolver(() => SurveyLabel, {
    nullable: true,
    description:
      'A5: the label of satisfactionScore as the caller was asked (kept with the answer, so a later change of scale or labels does not rename it); null without a score or when unknown.',
  })
  async satisfactionLabel(
    @Root() record: CallRecord,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SurveyLabel | null> {
    return (await ctx.services.ivr.steps.satisfactionAnswer(record.tenantId, record.id))?.label ?? null
  }

  @FieldResolver(() => SurveyOutcome, {
    nullable: true,
    description:
      'A5: how the post-call survey (after the agent hung up) ended; null when the call had none. Its score is satisfactionScore.',
  })
  postCallSurvey(@Root() record: CallRecord, @Ctx() ctx: GraphQLContext): Promise<SurveyOutcome | null> {
    return ctx.services.acd.survey.outcomeOf(record.tenantId, record.id)
  }
}
