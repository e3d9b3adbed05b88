import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core'
import { Field, ID, Int, ObjectType } from 'type-graphql'
import { Organization } from '../identity/roles.js'

@ObjectType({ description: 'A phone skill group: calls are routed to its agents (A3).' })
@Entity({ tableName: 'skill_group' })
export class SkillGroup {
  @Field(() => ID, { description: 'Skill group identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Name, unique in the tenant.' })
  @Property({ type: 'string' })
  name!: string

  @Field(() => Organization, { description: 'Organisation whose agents it holds; fixed at creation.' })
  @Enum({ items: () => Organization })
  organization!: Organization

  @Field(() => String, { description: 'Free text for administrators.' })
  @Property({ type: 'string' })
  description: string = ''

  @Field(() => Date, { description: 'When the skill group was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date()
}

@ObjectType({ description: 'An agent in a skill group, with the priority routing gives them there.' })
@Entity({ tableName: 'skill_group_member' })
export class SkillGroupMember {
  [PrimaryKeyProp]?: ['skillGroupId', 'userId']

  @Field(() => ID, { description: 'The skill group.' })
  @PrimaryKey({ type: 'uuid' })
  skillGroupId!: string

  @Field(() => ID, { description: 'The agent.' })
  @PrimaryKey({ type: 'uuid' })
  userId!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => Int, { description: '1 (first) to 10 (last): routing offers calls to lower numbers first.' })
  @Property({ type: 'integer' })
  priority: number = 1
}
