import { Field, ID, InputType } from 'type-graphql'
import { PageOf } from '../../graphql/pagination.js'
import { AuditEntry } from './audit-entry.entity.js'

export const AuditEntryPage = PageOf(AuditEntry, 'AuditEntry')

@InputType({ description: 'Conditions on the audit log; all given conditions must hold.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'USER, GROUP, SKILL_GROUP or API_KEY.' })
  entityType?: string | null

  @Field(() => ID, { nullable: true, description: 'Changes to this entity.' })
  entityId?: string | null

  @Field(() => ID, { nullable: true, description: 'Changes by this user or API key.' })
  actorId?: string | null

  @Field(() => String, { nullable: true, description: 'This action, e.g. AGENT_CREATED.' })
  action?: string | null

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from?: Date | null

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date | null
}
