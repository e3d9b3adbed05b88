import { Entity, PrimaryKey, Property } from '@mikro-orm/core'
import { Field, ID, ObjectType } from 'type-graphql'

@ObjectType({
  description: 'A company using the call center. All of its data is invisible to every other tenant.',
})
@Entity({ tableName: 'tenant' })
export class Tenant {
  @Field(() => ID, { description: 'Tenant identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Field(() => String, { description: 'Company name shown in the consoles.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => String, { description: 'IANA time zone in which times, schedules and reports are shown.' })
  @Property({ type: 'string' })
  timeZone: string = 'Asia/Shanghai'

  @Field(() => Date, { description: 'When the tenant signed up.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Field(() => String, {
    nullable: true,
    description:
      'SIP domain agents’ phones register to, e.g. t1a2b3c4d5e6.sip.example.com; set with the first agent.',
  })
  @Property({ type: 'string', nullable: true })
  sipDomain?: string | null

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date()
}
