import type { ProblemCode } from '@cc/web-common/problems'
import { GraphQLJSONObject } from 'graphql-scalars'
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { ProblemCodeEnum } from '../../graphql/problem-code.js'
import { AnsweringMode } from '../identity/answering-mode.js'
import { Organization, Role, UserStatus } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import { AgentGroup } from './group.entity.js'
import { OverflowAction, RoutingStrategy, SkillGroup } from './skill-group.entity.js'

export const AgentPage = PageOf(User, 'Agent')
export const AgentGroupPage = PageOf(AgentGroup, 'AgentGroup')
export const SkillGroupPage = PageOf(SkillGroup, 'SkillGroup')

@InputType({ description: 'Conditions on the members list; all given conditions must hold.' })
export class AgentFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name, email or agent number.' })
  search?: string | null

  @Field(() => Organization, { nullable: true, description: 'Only members of this organisation.' })
  organization?: Organization | null

  @Field(() => Role, { nullable: true, description: 'Only members with this role.' })
  role?: Role | null

  @Field(() => UserStatus, { nullable: true, description: 'Only active or only disabled members.' })
  status?: UserStatus | null

  @Field(() => ID, { nullable: true, description: 'Only members of this group.' })
  groupId?: string | null
}

@InputType({ description: 'A new team member (A2); an invitation email with a default password goes out.' })
export class CreateAgentInput {
  @Field(() => String, { description: 'Display name, 1–60 characters.' })
  name!: string

  @Field(() => String, { description: 'Email: the login, unique on the platform.' })
  email!: string

  @Field(() => String, {
    nullable: true,
    description:
      'Agent number (工号), 1–20 letters or digits, unique in the company; required except for ADMIN.',
  })
  agentNumber?: string | null

  @Field(() => Role, { description: 'ADMIN (super admin only), GROUP_LEADER or AGENT.' })
  role!: Role

  @Field(() => Organization, {
    nullable: true,
    description: 'INBOUND or TELESALES; required except for tenant-wide ADMINs.',
  })
  organization?: Organization | null

  @Field(() => [ID], { nullable: true, description: 'Groups to join, all of the member’s organisation.' })
  groupIds?: string[] | null

  @Field(() => String, { nullable: true, description: 'Mobile number; China (+86) unless it starts with +.' })
  mobile?: string | null

  @Field(() => AnsweringMode, { nullable: true, description: 'Default answering mode; SIP when omitted.' })
  answeringMode?: AnsweringMode | null
}

@InputType({ description: 'Changes to a member; omitted fields stay as they are.' })
export class UpdateAgentInput {
  @Field(() => String, { nullable: true, description: 'Display name.' })
  name?: string

  @Field(() => String, { nullable: true, description: 'New login email (administrators only).' })
  email?: string

  @Field(() => String, {
    nullable: true,
    description: 'New agent number (administrators only); the SIP user follows.',
  })
  agentNumber?: string | null

  @Field(() => Role, { nullable: true, description: 'New role (administrators only).' })
  role?: Role

  @Field(() => Organization, {
    nullable: true,
    description:
      'New organisation (administrators only); the member leaves groups and skill groups of the old one.',
  })
  organization?: Organization | null

  @Field(() => [ID], { nullable: true, description: 'The member’s groups, replacing the current ones.' })
  groupIds?: string[]
}

@InputType({ description: 'How a member answers calls (A4).' })
export class AgentPhoneInput {
  @Field(() => String, {
    nullable: true,
    description: 'Mobile number, China (+86) unless it starts with +; an empty string removes it.',
  })
  mobile?: string | null

  @Field(() => AnsweringMode, { nullable: true, description: 'Default answering mode.' })
  answeringMode?: AnsweringMode
}

@ObjectType({ description: 'What a SIP phone needs to register as a member (A4).' })
export class SipCredentials {
  @Field(() => String, { description: 'SIP user: the agent number in lower case.' })
  user!: string

  @Field(() => String, { description: 'SIP password.' })
  password!: string

  @Field(() => String, { description: 'The company’s SIP domain (realm).' })
  domain!: string
}

export enum EmailDelivery {
  SENT = 'SENT',
  WRITTEN_TO_OUTBOX = 'WRITTEN_TO_OUTBOX',
  FAILED = 'FAILED',
}

registerEnumType(EmailDelivery, {
  name: 'EmailDelivery',
  description: 'What became of an email the platform sent (an invitation, a new default password).',
  valuesConfig: {
    SENT: { description: 'The SMTP server (SMTP_URL) accepted it for delivery.' },
    WRITTEN_TO_OUTBOX: {
      description:
        'No SMTP server is configured: it was written as an .eml file to the outbox folder on the server and nobody received it.',
    },
    FAILED: { description: 'The mail server refused it, or it could not be written; resend it later.' },
  },
})

@ObjectType({
  description: 'A member who was just given a default password, and how the email with it went.',
})
export class AgentInvitation {
  @Field(() => User, { description: 'The member.' })
  agent!: User

  @Field(() => Boolean, {
    description: 'False when the email could not be sent or written; resend the invitation later.',
    deprecationReason: 'True also when the email was only written to the outbox; use emailDelivery.',
  })
  isEmailSent!: boolean

  @Field(() => EmailDelivery, {
    description: 'Whether the email was sent, only written to the outbox, or failed.',
  })
  emailDelivery!: EmailDelivery

  @Field(() => String, {
    nullable: true,
    description:
      'With WRITTEN_TO_OUTBOX, and only for administrators: the folder on the server the .eml file is in (DATA_DIR/mail).',
  })
  outboxFolder!: string | null
}

@InputType({ description: 'A CSV file of members to add (A2).' })
export class ImportAgentsInput {
  @Field(() => String, {
    description:
      'The file’s text (UTF-8, at most 512 KB, 500 rows). Header line with columns name/姓名, email/邮箱, agentNumber/工号, role/角色, organization/组织, groups/分组 (names separated by ;), mobile/手机, answeringMode/接听方式.',
  })
  csv!: string

  @Field(() => String, { nullable: true, description: 'The uploaded file’s name; must end in .csv.' })
  fileName?: string | null

  @Field(() => Boolean, { defaultValue: false, description: 'Only check the file; import nothing.' })
  dryRun: boolean = false

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Import the valid rows even if other rows have errors; otherwise any error imports nothing.',
  })
  importValidRows: boolean = false
}

@ObjectType({ description: 'Why one cell of an imported CSV was refused.' })
export class AgentImportProblem {
  @Field(() => Int, { description: 'Line of the file; the header is line 1.' })
  row!: number

  @Field(() => String, { description: 'The column, as the file’s header names it.' })
  column!: string

  @Field(() => String, { description: 'The member field of the column, e.g. `role` or `agentNumber`.' })
  field!: string

  @Field(() => ProblemCodeEnum, { description: 'The reason, as a stable code to word it by.' })
  code!: ProblemCode

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Values the wording of the code takes, e.g. `{ "row": 2 }` for REPEATS_ROW.',
  })
  params?: Record<string, string | number>

  @Field(() => String, { description: 'The reason in English.' })
  message!: string
}

@ObjectType({ description: 'The outcome of a CSV import.' })
export class AgentImportResult {
  @Field(() => Int, { description: 'Data rows in the file.' })
  totalRows!: number

  @Field(() => Int, { description: 'Rows without any problem.' })
  validRows!: number

  @Field(() => Int, { description: 'Members added (each was given an invitation; see emailDelivery).' })
  importedCount!: number

  @Field(() => Boolean, { description: 'Whether anything was imported.' })
  isImported!: boolean

  @Field(() => [AgentImportProblem], { description: 'Every problem found, by row and column.' })
  problems!: AgentImportProblem[]

  @Field(() => EmailDelivery, {
    nullable: true,
    description: 'How the invitations went: FAILED when any failed (resend those); empty when none went out.',
  })
  emailDelivery!: EmailDelivery | null

  @Field(() => String, {
    nullable: true,
    description:
      'With WRITTEN_TO_OUTBOX, and only for administrators: the server folder holding the .eml files.',
  })
  outboxFolder!: string | null
}

@InputType({ description: 'Conditions on groups and skill groups.' })
export class GroupFilter {
  @Field(() => Organization, { nullable: true, description: 'Only those of this organisation.' })
  organization?: Organization | null
}

@InputType({ description: 'A new inbound or telesales group.' })
export class CreateGroupInput {
  @Field(() => String, { description: 'Name, unique in the company.' })
  name!: string

  @Field(() => Organization, { description: 'INBOUND or TELESALES; cannot be changed later.' })
  organization!: Organization

  @Field(() => ID, { nullable: true, description: 'Group leader: a GROUP_LEADER of the same organisation.' })
  leaderId?: string | null

  @Field(() => [ID], { nullable: true, description: 'First members, all of the same organisation.' })
  memberIds?: string[] | null
}

@InputType({ description: 'Changes to a group; its organisation is fixed.' })
export class UpdateGroupInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string

  @Field(() => ID, { nullable: true, description: 'New group leader; null removes the leader.' })
  leaderId?: string | null
}

@InputType({ description: 'A new phone skill group (A3).' })
export class CreateSkillGroupInput {
  @Field(() => String, { description: 'Name, unique in the company.' })
  name!: string

  @Field(() => Organization, { description: 'INBOUND or TELESALES; cannot be changed later.' })
  organization!: Organization

  @Field(() => String, { nullable: true, description: 'Free text for administrators.' })
  description?: string | null
}

@InputType({ description: 'Changes to a skill group; its organisation is fixed.' })
export class UpdateSkillGroupInput {
  @Field(() => String, { nullable: true, description: 'New name.' })
  name?: string

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null
}

@InputType({
  description: 'How a skill group distributes and queues calls; omitted fields stay as they are.',
})
export class UpdateSkillGroupRoutingInput {
  @Field(() => RoutingStrategy, { nullable: true, description: 'Which idle agent is offered the next call.' })
  strategy?: RoutingStrategy

  @Field(() => Int, { nullable: true, description: 'Longest wait in the queue, 10–7200 seconds.' })
  maxWaitSeconds?: number

  @Field(() => Int, { nullable: true, description: 'Most callers waiting at once, 1–10000.' })
  maxQueueLength?: number

  @Field(() => Boolean, {
    nullable: true,
    description: 'A5: whether callers stay on the line after the agent hangs up to rate the call.',
  })
  isPostCallSurveyEnabled?: boolean

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the group’s answered calls are recorded (when the company records calls at all).',
  })
  isRecordingEnabled?: boolean

  @Field(() => OverflowAction, {
    nullable: true,
    description: 'What happens after the longest wait or when full.',
  })
  overflowAction?: OverflowAction

  @Field(() => ID, {
    nullable: true,
    description:
      'Another skill group of the same organisation; required when the overflow action is SKILL_GROUP.',
  })
  overflowSkillGroupId?: string | null
}
