import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { Tenant } from './tenant.entity.js'
import { Role } from '../identity/roles.js'
import { SignupInput, SignupResult, UpdateTenantInput } from './tenancy.types.js'

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
  myTenant(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<Tenant> {
    return ctx.services.tenancy.tenantOf(viewer)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Tenant, {
    description:
      'Changes the company’s name or time zone (A1). The home region for phone numbers is a call setting: updateAcdSettings.',
  })
  updateMyTenant(
    @Arg('input', () => UpdateTenantInput, { description: 'The changes.' }) input: UpdateTenantInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Tenant> {
    return ctx.services.tenancy.updateTenant(viewer, { ...input })
  }
}
