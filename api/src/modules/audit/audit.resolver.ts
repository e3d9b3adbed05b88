import { Arg, Authorized, Ctx, Field, ID, InputType, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, PageOf, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
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

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryPage, {
    description: 'Who changed members, groups, skill groups, phone settings and API keys, newest first.',
    complexity: pagedCost,
  })
  auditLog(
    @Arg('filter', () => AuditLogFilter, {
      nullable: true,
      description: 'Conditions; everything when omitted.',
    })
    filter: AuditLogFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: 'Which page; the first 20 rows when omitted.',
    })
    page: PageInput | undefined,
    @CurrentViewer() viewer: Viewer,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Page<AuditEntry>> {
    return ctx.services.audit.list(viewer, filter, page)
  }
}
