import {
  Arg,
  Authorized,
  Ctx,
  Field,
  ID,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, PageOf, type Page } from '../../graphql/pagination.js'
import { Organization, Role } from '../identity/roles.js'
import { ApiKey } from './api-key.entity.js'

export const ApiKeyPage = PageOf(ApiKey, 'ApiKey')

@InputType({ description: 'A new API key for a third-party system (X5).' })
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, 1–100 characters.' })
  name!: string

  @Field(() => Role, { description: 'ADMIN, GROUP_LEADER or AGENT, at most the creator’s own role.' })
  role!: Role

  @Field(() => Organization, {
    nullable: true,
    description: 'Confines the key to one organisation; organisation-scoped admins’ keys always are.',
  })
  organization?: Organization | null
}

@ObjectType({ description: 'A new API key, with the key itself: shown this once, never again.' })
export class CreatedApiKey {
  @Field(() => ApiKey, { description: 'The stored key.' })
  apiKey!: ApiKey

  @Field(() => String, {
    description: 'The key, for `Authorization: Bearer <key>` or graphql-ws `authToken`.',
  })
  key!: string
}

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
