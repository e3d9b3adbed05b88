import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql'
import type { GraphQLContext } from '../../graphql/context.js'
import { CurrentViewer } from '../../graphql/current-viewer.js'
import type { Viewer } from '../identity/viewer.js'
import { pagedCost } from '../../graphql/limits.js'
import { PageInput, type Page } from '../../graphql/pagination.js'
import { Role } from '../identity/roles.js'
import type { AuditEntry } from './audit-entry.entity.js'
import { AuditEntryPage, AuditLogFilter } from './audit.types.js'

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
