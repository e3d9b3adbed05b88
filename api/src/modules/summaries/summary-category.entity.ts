import { Entity, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, Int, ObjectType } from 'type-graphql'

@ObjectType({
  description:
    'A service summary category (G4): a node of the company’s tree of up to three levels, labelled in Chinese and English like custom fields.',
})
@Entity({ tableName: 'service_summary_category' })
export class ServiceSummaryCategory {
  @Field(() => ID, { description: 'Category identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => ID, { nullable: true, description: 'The category above it; empty for a top-level one.' })
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null

  @Field(() => Int, { description: 'Its level: 1 at the top, at most 3.' })
  @Property({ type: 'smallint' })
  depth!: number

  @Field(() => String, { description: 'Label in Chinese.' })
  @Property({ type: 'string' })
  labelZh!: string

  @Field(() => String, { description: 'Label in English.' })
  @Property({ type: 'string' })
  labelEn!: string

  @Field(() => Int, { description: 'Where it shows among its siblings, ascending.' })
  @Property({ type: 'integer' })
  position: number = 0

  @Field(() => Boolean, {
    description:
      'Disabled categories are not offered for new summaries; summaries that have one keep it and show it.',
  })
  @Property({ type: 'boolean' })
  isEnabled: boolean = true

  @Field(() => Date, { description: 'When the category was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date()
}
