import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { GraphQLJSONObject } from 'graphql-scalars'
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql'
import { Organization } from '../identity/roles.js'

export enum ActorKind {
  USER = 'USER',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}

registerEnumType(ActorKind, {
  name: 'ActorKind',
  description: 'Who made a recorded change.',
  valuesConfig: {
    USER: { description: 'A signed-in user.' },
    API_KEY: { description: 'A third-party system through an API key.' },
    SYSTEM: { description: 'The platform itself.' },
  },
})

@ObjectType({ description: 'One recorded change: who did what to which entity, when, before and after.' })
@Entity({ tableName: 'audit_log' })
export class AuditEntry {
  @Field(() => ID, { description: 'Entry identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => ID, { nullable: true, description: 'The user or API key that made the change.' })
  @Property({ type: 'uuid', nullable: true })
  actorId?: string | null

  @Field(() => ActorKind, { description: 'Whether a user, an API key or the platform made the change.' })
  @Enum({ items: () => ActorKind })
  actorKind!: ActorKind

  @Field(() => String, { nullable: true, description: 'Name of the actor at the time of the change.' })
  @Property({ type: 'string', nullable: true })
  actorName?: string | null

  @Field(() => String, { description: 'What was done, e.g. AGENT_CREATED, SKILL_GROUP_DELETED.' })
  @Property({ type: 'string' })
  action!: string

  @Field(() => String, {
    description:
      'Kind of entity changed: TENANT, USER, GROUP, SKILL_GROUP, API_KEY, ACD_SETTINGS, NOT_READY_REASON, PHONE_NUMBER, VOICE_PROMPT, SYSTEM_PROMPT, IVR_FLOW, IVR_SCHEDULE, IVR_HOLIDAY, CUSTOM_FIELD, CUSTOMER.',
  })
  @Property({ type: 'string' })
  entityType!: string

  @Field(() => ID, { nullable: true, description: 'The entity changed.' })
  @Property({ type: 'uuid', nullable: true })
  entityId?: string | null

  @Field(() => Organization, {
    nullable: true,
    description: 'Organisation the entity belongs to; organisation-scoped admins see only theirs.',
  })
  @Enum({ items: () => Organization, nullable: true })
  organization?: Organization | null

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The entity before the change; secrets left out.',
  })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown> | null

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The entity after the change; secrets left out.',
  })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown> | null

  @Field(() => Date, { description: 'When the change was made.' })
  @Property({ type: 'Date' })
  at: Date = new Date()
}
