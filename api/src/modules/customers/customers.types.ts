import { GraphQLJSONObject } from 'graphql-scalars'
import { Field, InputType, Int } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { Organization } from '../identity/roles.js'
import { CustomFieldEntity, CustomFieldType } from './custom-field-values.js'
import { Customer } from './customer.entity.js'

export const CustomerPage = PageOf(Customer, 'Customer')

@InputType({ description: 'One option of a choice field.' })
export class CustomFieldOptionInput {
  @Field(() => String, { description: 'What is stored, 1–60 characters, unique in the field.' })
  value!: string

  @Field(() => String, { description: 'Label in Chinese, 1–60 characters.' })
  labelZh!: string

  @Field(() => String, { description: 'Label in English, 1–60 characters.' })
  labelEn!: string
}

@InputType({ description: 'A new custom field.' })
export class CreateCustomFieldDefinitionInput {
  @Field(() => CustomFieldEntity, { description: 'The kind of record it belongs to.' })
  entity!: CustomFieldEntity

  @Field(() => String, {
    description:
      'Key values are stored under: 1–40 letters, digits or _, starting with a letter; unique per kind.',
  })
  key!: string

  @Field(() => String, { description: 'Label in Chinese, 1–60 characters.' })
  labelZh!: string

  @Field(() => String, { description: 'Label in English, 1–60 characters.' })
  labelEn!: string

  @Field(() => CustomFieldType, { description: 'What the field holds.' })
  type!: CustomFieldType

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Every record must have a value; refused while stored records have none. False when omitted.',
  })
  isRequired?: boolean | null

  @Field(() => [CustomFieldOptionInput], {
    nullable: true,
    description: 'Options of a choice field, in order.',
  })
  options?: CustomFieldOptionInput[] | null

  @Field(() => Int, { nullable: true, description: 'Place among the fields, ascending; last when omitted.' })
  position?: number | null

  @Field(() => Boolean, { nullable: true, description: 'Hidden from forms. False when omitted.' })
  isHidden?: boolean | null
}

@InputType({
  description:
    'Changes to a custom field; omitted ones stay. A new type, removed options or making it required are refused (STORED_VALUES_CONTRADICT, with the number of records) while stored values contradict them.',
})
export class UpdateCustomFieldDefinitionInput {
  @Field(() => String, { nullable: true, description: 'Label in Chinese.' })
  labelZh?: string

  @Field(() => String, { nullable: true, description: 'Label in English.' })
  labelEn?: string

  @Field(() => CustomFieldType, { nullable: true, description: 'What the field holds.' })
  type?: CustomFieldType

  @Field(() => Boolean, { nullable: true, description: 'Every record must have a value.' })
  isRequired?: boolean

  @Field(() => [CustomFieldOptionInput], {
    nullable: true,
    description: 'The options, replacing the current ones.',
  })
  options?: CustomFieldOptionInput[]

  @Field(() => Int, { nullable: true, description: 'Place among the fields, ascending.' })
  position?: number

  @Field(() => Boolean, { nullable: true, description: 'Hidden from forms; values are kept.' })
  isHidden?: boolean
}

@InputType({ description: 'Conditions on the customer list; all given conditions must hold.' })
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, any case.' })
  name?: string | null

  @Field(() => String, {
    nullable: true,
    description: 'A whole phone number; national numbers are read in the company’s home region.',
  })
  number?: string | null

  @Field(() => String, { nullable: true, description: 'The last digits of a phone number, e.g. 8000.' })
  numberEndsWith?: string | null

  @Field(() => Organization, {
    nullable: true,
    description: 'Only customers of this organisation (tenant-wide administrators see both).',
  })
  organization?: Organization | null
}

@InputType({ description: 'A new customer.' })
export class CreateCustomerInput {
  @Field(() => String, { nullable: true, description: 'Name, at most 100 characters.' })
  name?: string | null

  @Field(() => [String], {
    nullable: true,
    description: `Phone numbers, at most 10, the main one first; each unique among the organisation’s customers.`,
  })
  phoneNumbers?: string[] | null

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Values of the CUSTOMER custom fields by key, checked against their definitions.',
  })
  customFields?: Record<string, unknown> | null

  @Field(() => Organization, {
    nullable: true,
    description: 'Owner organisation; required for tenant-wide administrators, otherwise the viewer’s own.',
  })
  organization?: Organization | null
}

@InputType({ description: 'Changes to a customer; omitted fields stay.' })
export class UpdateCustomerInput {
  @Field(() => String, { nullable: true, description: 'Name.' })
  name?: string | null

  @Field(() => [String], { nullable: true, description: 'Phone numbers, replacing the current ones.' })
  phoneNumbers?: string[] | null

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Custom field values to change by key; null clears a value, keys not given stay.',
  })
  customFields?: Record<string, unknown> | null
}
