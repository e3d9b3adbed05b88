import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core'
import { Field, ID, ObjectType } from 'type-graphql'
import { Organization } from '../identity/roles.js'

@ObjectType({
  description:
    'An inbound or telesales group of agents with its group leader (A2). Its organisation is fixed.',
})
@Entity({ tableName: 'agent_group' })
export class AgentGroup {
  @Field(() => ID, { description: 'Group identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Group name, unique in the tenant.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => Organization, { description: 'Inbound or telesales, chosen at creation and never changed.' })
  @Enum({ items: () => Organization })
  organization!: Organization

  @Field(() => ID, {
    nullable: true,
    description: 'The group leader, a GROUP_LEADER of the same organisation.',
  })
  @Property({ type: 'uuid', nullable: true })
  leaderId?: string | null

  @Field(() => Date, { description: 'When the group was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date()
}

@Entity({ tableName: 'agent_group_member' })
export class AgentGroupMember {
  [PrimaryKeyProp]?: ['groupId', 'userId']

  @PrimaryKey({ type: 'uuid' })
  groupId!: string

  @PrimaryKey({ type: 'uuid' })
  userId!: string

  @Property({ type: 'uuid' })
  tenantId!: string
}
