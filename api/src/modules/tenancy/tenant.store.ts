// The tenant row's fields that hot paths read without the ORM (the tenant's own transaction shows them).
import { prepared, sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'

const TIME_ZONE = prepared('select time_zone from tenant where id = $1')

/** The tenant's time zone, for "calls today" and service hours. */
export async function tenantTimeZone(source: EntityManager | TenantSql): Promise<string | undefined> {
  const sql = sqlIn(source)
  const [tenant] = await sql.query<{ time_zone: string }>(TIME_ZONE, [sql.tenantId])
  return tenant?.time_zone
}
