import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import { ApiKey } from './api-key.entity.js'
import { ApiKeyPage, CreateApiKeyInput, CreatedApiKey } from './api-keys.types.js'

@Resolver()
export class ApiKeysResolver {
  @Authorized(Role.ADMIN)
  @Query(() => ApiKeyPage, { description: 'The company’s API keys, newest first.', complexity: pagedCost })
  apiKeys(
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<ApiKey>> {
    return ctx.services.apiKeys.list(viewer, page)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreatedApiKey, {
    description: 'Creates an API key; the response is the only time the key is shown.',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'Name, role and organisation.' })
    input: CreateApiKeyInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CreatedApiKey> {
    return ctx.services.apiKeys.create(viewer, input)
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ApiKey, { description: 'Revokes an API key at once, closing its open subscriptions.' })
  revokeApiKey(
    @Arg('id', () => ID, { description: 'The key.' }) id: string,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApiKey> {
    return ctx.services.apiKeys.revoke(viewer, id)
  }
}
