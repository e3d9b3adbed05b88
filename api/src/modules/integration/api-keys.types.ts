import { Field, InputType, ObjectType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
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
