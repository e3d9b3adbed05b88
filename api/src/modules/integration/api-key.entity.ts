import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, ObjectType } from 'type-graphql'
import { Organization, Role } from '../identity/roles.js'

@ObjectType({
  description: 'A key a third-party system uses as a bearer token (X5); the key itself is shown once.',
})
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @Field(() => ID, { description: 'Key identifier (not the key).' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'What the key is for, e.g. "CRM sync".' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => Role, { description: 'The key acts with the rights of a user of this role.' })
  @Enum({ items: () => Role })
  role!: Role

  @Field(() => Organization, {
    nullable: true,
    description: 'The organisation the key is confined to; empty for a tenant-wide key.',
  })
  @Enum({ items: () => Organization, nullable: true })
  organization?: Organization | null

  @Field(() => String, { description: 'The first characters of the key, to recognise it in lists.' })
  @Property({ type: 'string' })
  keyPrefix!: string

  /** SHA-256 of the key: it has 256 bits of entropy, so a fast hash cannot be brute-forced. */
  @Property({ type: 'string', hidden: true })
  keyHash!: string

  @Field(() => ID, { nullable: true, description: 'The administrator who created the key.' })
  @Property({ type: 'uuid', nullable: true })
  createdBy?: string | null

  @Field(() => Date, { description: 'When the key was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => Date, { nullable: true, description: 'Last request made with the key (to the minute).' })
  @Property({ type: 'Date', nullable: true })
  lastUsedAt?: Date | null

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was revoked; a revoked key authenticates nothing.',
  })
  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null
}
