import { Entity, Enum, PrimaryKey, Property, type Opt } from '@mikro-orm/core'
import { Field, ID, ObjectType } from 'type-graphql'
import { AnsweringMode } from './answering-mode.js'
import { Organization, Role, UserStatus } from './roles.js'

@ObjectType({ description: 'A person who signs in: administrator, group leader or agent.' })
@Entity({ tableName: 'app_user' })
export class User {
  @Field(() => ID, { description: 'User identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id!: string

  @Property({ type: 'uuid' })
  tenantId!: string

  @Field(() => String, { description: 'Sign-in address, unique across the platform.' })
  @Property({ type: 'string' })
  email!: string

  @Field(() => String, { description: 'Display name.' })
  @Property({ type: 'string' })
  name!: string

  @Property({ type: 'string', hidden: true, lazy: true })
  passwordHash!: string

  @Field(() => Role, { description: 'What the user may do.' })
  @Enum({ items: () => Role })
  role!: Role

  @Field(() => Organization, {
    nullable: true,
    description: 'Inbound or telesales; empty for tenant-wide administrators.',
  })
  @Enum({ items: () => Organization, nullable: true })
  organization?: Organization | null

  @Field(() => UserStatus, { description: 'Whether the user may sign in.' })
  @Enum({ items: () => UserStatus })
  status: UserStatus = UserStatus.ACTIVE

  @Field(() => Boolean, { description: 'True until the user replaces the password they were given.' })
  @Property({ type: 'boolean' })
  mustChangePassword: boolean = false

  @Property({ type: 'Date', nullable: true })
  passwordChangedAt?: Date | null

  @Field(() => String, {
    nullable: true,
    description: 'Agent number (工号), unique in the tenant; the SIP user is derived from it.',
  })
  @Property({ type: 'string', nullable: true })
  agentNumber?: string | null

  @Field(() => String, { nullable: true, description: 'Mobile number in E.164, e.g. +8613800138000.' })
  @Property({ type: 'string', nullable: true })
  mobile?: string | null

  @Field(() => AnsweringMode, { description: 'Answering mode preselected at workstation login.' })
  @Enum({ items: () => AnsweringMode })
  answeringMode: Opt<AnsweringMode> = AnsweringMode.SIP

  /** AES-256-GCM ciphertext of the SIP password (see organization/secret-box.ts). */
  @Property({ type: 'string', nullable: true, hidden: true, lazy: true })
  sipPasswordEncrypted?: string | null

  /** Soft delete: the row stays for history (calls, audit), the account is gone. */
  @Property({ type: 'Date', nullable: true })
  deletedAt?: Date | null

  @Field(() => Date, { description: 'When the account was created.' })
  @Property({ type: 'Date' })
  createdAt: Date = new Date()

  @Property({ type: 'Date', onUpdate: () => new Date() })
  updatedAt: Date = new Date()
}
