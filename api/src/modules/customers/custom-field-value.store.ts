// Custom field values where they are stored: a JSONB column of the records of each kind (customers today).
// The table and column come from the code that registers them, never from input.
import { sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'

/** Where one kind of record keeps its custom field values. */
export interface ValueTable {
  table: string
  column: string
}

/** Drops `key` from every record of the tenant (the field was deleted). */
export async function removeFieldValues(
  sql: TenantSql,
  values: ValueTable,
  tenantId: string,
  key: string,
): Promise<void> {
  await sql.query(
    `update ${values.table} set ${values.column} = ${values.column} - $2::text
     where tenant_id = $1 and ${values.column} ? $2::text`,
    [tenantId, key],
  )
}

/** The stored values of `key`, one batch of records in ID order after `afterId`. */
export async function fieldValuesAfter(
  source: EntityManager | TenantSql,
  values: ValueTable,
  tenantId: string,
  key: string,
  afterId: string,
  limit: number,
): Promise<Array<{ id: string; value: unknown }>> {
  return sqlIn(source).query<{ id: string; value: unknown }>(
    `select id, ${values.column} -> $2::text as value from ${values.table}
     where tenant_id = $1 and id > $3 order by id limit ${limit}`,
    [tenantId, key, afterId],
  )
}
