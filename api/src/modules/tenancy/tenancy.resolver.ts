import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { Tenant } from './tenant.entity.js'
import { SignupInput, SignupResult } from './tenancy.types.js'

@Resolver()
export class TenancyResolver {
  @Mutation(() => SignupResult, {
    description: 'Free registration (A1): creates a company and its super administrator, and signs them in.',
  })
  async signup(
    @Arg('input', () => SignupInput, { description: 'Company and administrator.' }) input: SignupInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SignupResult> {
    const { tenant, user, session } = await ctx.services.tenancy.signup(input, ctx.origin)
    ctx.sessionCookie?.set(session.token)
    return { tenant, user }
  }

  @Authorized()
  @Query(() => Tenant, { description: 'The signed-in user’s company.' })
  myTenant(@Ctx() ctx: GraphQLContext): Promise<Tenant> {
    return ctx.services.tenancy.tenantOf(ctx.viewer!)
  }
}
