import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { CustomFieldEntity, CustomFieldType } from './custom-field-values.js'

registerEnumType(CustomFieldEntity, {
  name: 'CustomFieldEntity',
  description: 'The kind of record a custom field belongs to.',
  valuesConfig: {
    CUSTOMER: { description: 'Customers: the screen pop’s customer card (G4).' },
    SERVICE_SUMMARY: { description: 'Service summaries written after a call (G4).' },
    OUTBOUND_TASK: { description: 'Data imported with outbound task numbers (A13).' },
  },
})
registerEnumType(CustomFieldType, {
  name: 'CustomFieldType',
  description: 'What a custom field holds, and so how its values are checked.',
  valuesConfig: {
    TEXT: { description: 'One line of text, at most 500 characters.' },
    LONG_TEXT: { description: 'Several lines of text, at most 5000 characters.' },
    NUMBER: { description: 'A number (JSON number).' },
    DATE: { description: 'A calendar date, YYYY-MM-DD.' },
    SINGLE_CHOICE: { description: 'One of the field’s options, by value.' },
    MULTIPLE_CHOICE: { description: 'A list of the field’s options, by value.' },
    PHONE: { description: 'A phone number, stored in E.164 (national numbers read in the home region).' },
    EMAIL: { description: 'An email address, stored in lower case.' },
  },
})

@ObjectType({ description: 'One option of a single or multiple choice field.' })
export class CustomFieldOption {
  @Field(() => String, { description: 'What is stored; stable, unique in the field.' })
  value!: string

  @Field(() => String, { description: 'What people read, in Chinese.' })
  labelZh!: string

  @Field(() => String, { description: 'What people read, in English.' })
  labelEn!: string
}

@ObjectType({
  description:
    'A tenant-defined field of customers, service summaries or outbound task data; values are checked against it on every write.',
})
@Entity({ tableName: 'custom_field_definition' })
export class CustomFieldDefinition {
  @Field(() => ID, { description: 'Field identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => CustomFieldEntity, { description: 'The kind of record; fixed at creation.' })
  @Enum({ items: () => CustomFieldEntity })
  entity!: CustomFieldEntity

  @Field(() => String, {
    description: 'The key values are stored under, unique per kind of record; fixed at creation.',
  })
  @Property({ type: 'string' })
  key!: string

  @Field(() => String, { description: 'Label in Chinese.' })
  @Property({ type: 'string' })
  labelZh!: string

  @Field(() => String, { description: 'Label in English.' })
  @Property({ type: 'string' })
  labelEn!: string

  @Field(() => CustomFieldType, { description: 'What the field holds.' })
  @Enum({ items: () => CustomFieldType })
  type!: CustomFieldType

  @Field(() => Boolean, { description: 'Whether every record must have a value.' })
  @Property({ type: 'boolean' })
  isRequired: boolean = false

  @Field(() => [CustomFieldOption], {
    description: 'The options of a choice field, in order; empty otherwise.',
  })
  @Property({ type: 'json' })
  options: CustomFieldOption[] = []

  @Field(() => Int, { description: 'Where the field shows among those of its kind, ascending.' })
  @Property({ type: 'integer' })
  position: number = 0

  @Field(() => Boolean, { description: 'Hidden fields keep their values but are not shown in forms.' })
  @Property({ type: 'boolean' })
  isHidden: boolean = false

  @Field(() => Date, { description: 'When the field was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date()
}
