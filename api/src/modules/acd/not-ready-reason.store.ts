// SQL for not_ready_reason on the hot paths: a reason an agent picks, the platform's system reasons by
// code, and the built-in reasons a tenant starts with. Administrators' edits go through the ORM.
import { randomUUID } from 'node:crypto'
import { prepared, sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
import type { NotReadyReasonKind } from './settings.entity.js'

const REASON_KIND = prepared(
  'select kind from not_ready_reason where id = $1 and tenant_id = $2 and deleted_at is null',
)

/** The kind of a live reason of the tenant's, or undefined when there is none with this ID. */
export async function reasonKindOf(
  sql: TenantSql,
  reasonId: string,
): Promise<NotReadyReasonKind | undefined> {
  const [reason] = await sql.query<{ kind: NotReadyReasonKind }>(REASON_KIND, [reasonId, sql.tenantId])
  return reason?.kind
}

const SYSTEM_REASON = prepared('select id from not_ready_reason where tenant_id = $1 and code = $2')

/** The ID of the tenant's reason with this code (a system reason), if it exists yet. */
export async function reasonIdByCode(
  source: EntityManager | TenantSql,
  tenantId: string,
  code: string,
): Promise<string | undefined> {
  const [found] = await sqlIn(source).query<{ id: string }>(SYSTEM_REASON, [tenantId, code])
  return found?.id
}

export interface BuiltInReason {
  code: string
  name: string
  kind: NotReadyReasonKind
  sortOrder: number
}

/**
 * Inserts the reasons a tenant lacks. Without a conflict target, a clash on the code (the reason
 * exists, perhaps deleted by the admin, who meant it) and on a live name both skip the row.
 */
export async function insertMissingReasons(
  source: EntityManager | TenantSql,
  tenantId: string,
  reasons: readonly BuiltInReason[],
): Promise<void> {
  const rows = reasons
    .map(
      (_, i) => `($${i * 6 + 1}, $${i * 6 + 2}, $${i * 6 + 3}, $${i * 6 + 4}, $${i * 6 + 5}, $${i * 6 + 6})`,
    )
    .join(', ')
  await sqlIn(source).query(
    `insert into not_ready_reason (id, tenant_id, name, kind, code, sort_order) values ${rows} on conflict do nothing`,
    reasons.flatMap((reason) => [
      randomUUID(),
      tenantId,
      reason.name,
      reason.kind,
      reason.code,
      reason.sortOrder,
    ]),
  )
}
