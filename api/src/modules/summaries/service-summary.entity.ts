import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { GraphQLJSONObject } from 'graphql-scalars'
import { Field, ID, ObjectType } from 'type-graphql'
import type { CustomFieldValues } from '../customers/custom-field-values.js'
import { Organization } from '../identity/roles.js'

@ObjectType({
  description:
    'What an agent wrote about a call they handled (G4): one per call per agent, so a transferred call may have one from each.',
})
@Entity({ tableName: 'service_summary' })
export class ServiceSummary {
  @Field(() => ID, { description: 'Summary identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => ID, { description: 'The call (its call record’s ID).' })
  @Property({ type: 'uuid' })
  callId!: string

  @Field(() => ID, { description: 'The agent who handled the call and wrote the summary.' })
  @Property({ type: 'uuid' })
  agentId!: string

  @Field(() => Organization, {
    description: 'The organisation of the agent who wrote it; only that side sees it (A11).',
  })
  @Enum({ items: () => Organization })
  organization!: Organization

  @Field(() => ID, {
    nullable: true,
    description: 'The customer the call was with; empty when the number was withheld or not a phone number.',
  })
  @Property({ type: 'uuid', nullable: true })
  customerId: string | null = null

  @Field(() => ID, {
    nullable: true,
    description: 'The category, at any level of the tree; empty when the company has no categories.',
  })
  @Property({ type: 'uuid', nullable: true })
  categoryId: string | null = null

  @Field(() => GraphQLJSONObject, {
    description: 'Values of the SERVICE_SUMMARY custom fields by key (see customFieldDefinitions).',
  })
  @Property({ type: 'json' })
  customFields: CustomFieldValues = {}

  @Field(() => String, { description: 'Free notes.' })
  @Property({ type: 'text' })
  notes: string = ''

  @Field(() => Date, { description: 'When the summary was first saved.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => Date, { description: 'When the summary was last saved.' })
  @Property({ type: 'Date' })
  updatedAt: Date = new Date()
}
