import { GraphQLJSONObject } from 'graphql-scalars'
import { Field, ID, InputType, Int } from 'type-graphql'

@InputType({ description: 'A new service summary category.' })
export class CreateServiceSummaryCategoryInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The category to put it under (fixed afterwards); a top-level one when omitted. At most 3 levels.',
  })
  parentId?: string | null

  @Field(() => String, { description: 'Label in Chinese, 1–60 characters.' })
  labelZh!: string

  @Field(() => String, { description: 'Label in English, 1–60 characters.' })
  labelEn!: string

  @Field(() => Int, { nullable: true, description: 'Place among its siblings (0–10000); last when omitted.' })
  position?: number | null

  @Field(() => Boolean, { nullable: true, description: 'Offered for new summaries; true when omitted.' })
  isEnabled?: boolean | null
}

@InputType({ description: 'Changes to a service summary category; omitted ones stay.' })
export class UpdateServiceSummaryCategoryInput {
  @Field(() => String, { nullable: true, description: 'Label in Chinese, 1–60 characters.' })
  labelZh?: string

  @Field(() => String, { nullable: true, description: 'Label in English, 1–60 characters.' })
  labelEn?: string

  @Field(() => Int, { nullable: true, description: 'Place among its siblings (0–10000).' })
  position?: number

  @Field(() => Boolean, {
    nullable: true,
    description: 'False hides it from new summaries; summaries that have it keep it.',
  })
  isEnabled?: boolean
}

@InputType({ description: 'The viewer’s service summary of a call they handled.' })
export class SaveServiceSummaryInput {
  @Field(() => ID, { description: 'The call.' })
  callId!: string

  @Field(() => ID, {
    nullable: true,
    description:
      'The customer (the screen pop’s); when omitted, the one already linked, else the customer of the call’s other number (created if new).',
  })
  customerId?: string | null

  @Field(() => ID, {
    nullable: true,
    description:
      'A category at any level; required once the company has enabled categories. A disabled one is refused unless the summary already has it.',
  })
  categoryId?: string | null

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'SERVICE_SUMMARY custom field values by key, as a patch: given keys replace, null clears, others stay.',
  })
  customFields?: Record<string, unknown> | null

  @Field(() => String, { nullable: true, description: 'Free notes, at most 5000 characters.' })
  notes?: string | null
}
