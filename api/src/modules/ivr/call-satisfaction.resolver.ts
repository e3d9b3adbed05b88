import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CallRecord } from '../calls/call-record.entity.js'

/** The IVR's satisfaction survey (A7) answers on the call record itself, for reports and call details. */
@Resolver(() => CallRecord)
export class CallSatisfactionResolver {
  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The caller’s satisfaction score (1–5) from the IVR survey; null when they gave none.',
  })
  satisfactionScore(@Root() record: CallRecord, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return ctx.services.ivr.steps.satisfactionScore(record.tenantId, record.id)
  }
}
