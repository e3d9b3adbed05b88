import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { GraphQLJSONObject } from 'graphql-scalars'
import { Field, ID, ObjectType } from 'type-graphql'
import { Organization } from '../identity/roles.js'
import type { CustomFieldValues } from './custom-field-values.js'

@ObjectType({
  description:
    'A customer (G4): phone numbers, name and custom fields, owned by the inbound or the telesales organisation (A11).',
})
@Entity({ tableName: 'customer' })
export class Customer {
  @Field(() => ID, { description: 'Customer identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Name; empty for a customer created from an unknown number.' })
  @Property({ type: 'string' })
  name: string = ''

  @Field(() => Organization, { description: 'The organisation whose customer this is; fixed at creation.' })
  @Enum({ items: () => Organization })
  organization!: Organization

  @Field(() => GraphQLJSONObject, {
    description: 'Values of the CUSTOMER custom fields by key (see customFieldDefinitions).',
  })
  @Property({ type: 'json' })
  customFields: CustomFieldValues = {}

  /** Kept in `customer_phone` (unique per organisation); the service fills it in. */
  @Field(() => [String], { description: 'Phone numbers in E.164, the first one the main number.' })
  @Property({ type: 'json', persist: false })
  phoneNumbers: string[] = []

  @Field(() => Date, { description: 'When the customer was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => Date, { description: 'When the customer was last changed.' })
  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date()
}
