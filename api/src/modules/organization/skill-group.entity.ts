import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property, type Opt } from '@mikro-orm/core'
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { Organization } from '../identity/roles.js'

/** Which idle agent of a skill group the ACD offers the next call to. */
export enum RoutingStrategy {
  LONGEST_IDLE = 'LONGEST_IDLE',
  ROUND_ROBIN = 'ROUND_ROBIN',
  FEWEST_CALLS = 'FEWEST_CALLS',
  PRIORITY = 'PRIORITY',
}

/** What happens to a caller who waited too long, or finds the queue full. */
export enum OverflowAction {
  SKILL_GROUP = 'SKILL_GROUP',
  MESSAGE_HANGUP = 'MESSAGE_HANGUP',
}

registerEnumType(RoutingStrategy, {
  name: 'RoutingStrategy',
  description: 'Which idle agent of a skill group is offered the next call.',
  valuesConfig: {
    LONGEST_IDLE: { description: 'The agent idle the longest: work is spread evenly over time.' },
    ROUND_ROBIN: { description: 'Agents in turn: the one offered a call the longest ago goes next.' },
    FEWEST_CALLS: { description: 'The agent who has answered the fewest calls today.' },
    PRIORITY: {
      description: 'The agent with the best (lowest) priority in the skill group; longest idle among equals.',
    },
  },
})
registerEnumType(OverflowAction, {
  name: 'OverflowAction',
  description: 'Where a caller goes after the longest wait, or when the queue is full.',
  valuesConfig: {
    SKILL_GROUP: { description: 'On to another skill group’s queue (the overflow skill group).' },
    MESSAGE_HANGUP: { description: 'A prompt that all agents are busy, then the call ends.' },
  },
})

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

  @Field(() => RoutingStrategy, { description: 'Which idle agent is offered the next call.' })
  @Enum({ items: () => RoutingStrategy })
  strategy: Opt<RoutingStrategy> = RoutingStrategy.LONGEST_IDLE

  @Field(() => Int, {
    description: 'Longest a caller waits in the queue before the overflow action (10–7200 s).',
  })
  @Property({ type: 'integer' })
  maxWaitSeconds: Opt<number> = 300

  @Field(() => Int, { description: 'Most callers waiting at once; the next caller overflows (1–10000).' })
  @Property({ type: 'integer' })
  maxQueueLength: Opt<number> = 50

  @Field(() => Boolean, {
    description:
      'A5: whether callers stay on the line after the agent hangs up to rate the call (the survey system prompt).',
  })
  @Property({ type: 'boolean' })
  isPostCallSurveyEnabled: Opt<boolean> = false

  @Field(() => Boolean, {
    description:
      'Whether the group’s answered calls are recorded (when the company records calls at all, see AcdSettings.recordingEnabled).',
  })
  @Property({ type: 'boolean' })
  isRecordingEnabled: Opt<boolean> = true

  @Field(() => OverflowAction, {
    description: 'What happens to a caller who waited too long or finds the queue full.',
  })
  @Enum({ items: () => OverflowAction })
  overflowAction: Opt<OverflowAction> = OverflowAction.MESSAGE_HANGUP

  @Field(() => ID, {
    nullable: true,
    description: 'The skill group callers overflow to when the overflow action is SKILL_GROUP.',
  })
  @Property({ type: 'uuid', nullable: true })
  overflowSkillGroupId?: string | null

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
