import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql'
import { AllowedPendingPasswordChange } from '../../graphql/auth-checker.js'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer, requireViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from './viewer.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { pagedCost } from '../../graphql/limits.js'
import { Session } from './session.entity.js'
import { User } from './user.entity.js'
import { ChangePasswordInput, LoginInput, LoginResult, SessionPage } from './identity.types.js'

@Resolver()
export class IdentityResolver {
  @Mutation(() => LoginResult, {
    description:
      'Signs in. Five wrong passwords in a row lock the account for 1 minute, and each further one for twice as long, up to an hour, until a success or an administrator’s unlockAgent. Failures across many accounts from one address lock that address for 15 minutes, except for accounts that signed in from it before. A refusal is RATE_LIMITED with retryAfterSeconds and a reason: ACCOUNT_LOCKED or ADDRESS_LOCKED.',
  })
  async login(
    @Arg('input', () => LoginInput, { description: 'Credentials.' }) input: LoginInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LoginResult> {
    const { token, viewer } = await ctx.services.identity.login(input, ctx.origin)
    if (!input.issueBearerToken) ctx.sessionCookie?.set(token)
    const user = await ctx.services.identity.me(viewer)
    return { user, bearerToken: input.issueBearerToken ? token : null }
  }

  @Authorized()
  @AllowedPendingPasswordChange()
  @Mutation(() => Boolean, { description: 'Ends the current session; open subscriptions of it are closed.' })
  async logout(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.identity.logout(viewer)
    ctx.sessionCookie?.clear()
    return true
  }

  @Authorized()
  @AllowedPendingPasswordChange()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.identity.me(viewer)
  }

  @Authorized()
  @AllowedPendingPasswordChange()
  @Mutation(() => User, {
    description: 'Replaces the password, clears the must-change flag and signs out every other session.',
  })
  changePassword(
    @Arg('input', () => ChangePasswordInput, { description: 'Current and new password.' })
    input: ChangePasswordInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<User> {
    return ctx.services.identity.changePassword(viewer, input)
  }

  @Authorized()
  @Query(() => SessionPage, {
    description: 'Where the signed-in user is signed in, most recently used first.',
    complexity: pagedCost,
  })
  mySessions(
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<Session>> {
    return ctx.services.identity.sessions(viewer, page)
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Signs out one of the signed-in user’s sessions.' })
  async revokeSession(
    @Arg('id', () => ID, { description: 'The session to sign out.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.identity.revokeSession(viewer, id)
    return true
  }

  @Authorized()
  @Mutation(() => Int, {
    description:
      'Signs out every other session of the signed-in user (this one stays); open subscriptions of them are closed. Returns how many were signed out.',
  })
  revokeOtherSessions(@CurrentViewer() viewer: Viewer, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.identity.revokeOtherSessions(viewer)
  }

  @Authorized()
  @AllowedPendingPasswordChange()
  @Subscription(() => User, {
    description: 'The signed-in user, each time it changes (password, role, status).',
    subscribe: ({ context }) =>
      (context as GraphQLContext).services.identity.viewerUpdates(requireViewer(context)),
  })
  viewerUpdated(@Root() user: User): User {
    return user
  }
}

@Resolver(() => Session)
export class SessionResolver {
  @FieldResolver(() => Boolean, { description: 'Whether this is the session making the request.' })
  isCurrent(@Root() session: Session, @Ctx() ctx: GraphQLContext): boolean {
    return session.id === ctx.viewer?.sessionId
  }
}
