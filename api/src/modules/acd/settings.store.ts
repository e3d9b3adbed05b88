// SQL for the call settings the routing core reads on every call (past the ORM), the row an
// administrator's first save creates, and the numbers an outbound call may show.
import { prepared, sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'

const selects = new Map<string, ReturnType<typeof prepared>>()

/** The settings row's `keys` (its entity's names; the columns are their snake case), or undefined. */
export async function readSettingsRow<Key extends string>(
  source: EntityManager | TenantSql,
  tenantId: string,
  keys: readonly Key[],
): Promise<{ [K in Key]?: unknown } | undefined> {
  const id = keys.join(',')
  let select = selects.get(id)
  if (!select) {
    const columns = keys.map((key) => `${key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)} as "${key}"`)
    select = prepared(`select ${columns.join(', ')}\n     from acd_settings where tenant_id = $1`)
    selects.set(id, select)
  }
  const [row] = await sqlIn(source).query<{ [K in Key]?: unknown }>(select, [tenantId])
  return row
}

/** The row is created with the column defaults the first time anyone saves. */
export async function ensureSettingsRow(em: EntityManager, tenantId: string): Promise<void> {
  await em.execute('insert into acd_settings (tenant_id) values (?) on conflict do nothing', [tenantId])
}

/** Up to two of the company's numbers: enough to tell whether it has exactly one. */
export async function someCompanyNumbers(em: EntityManager, tenantId: string): Promise<string[]> {
  const rows = await em.execute<Array<{ number: string }>>(
    'select number from phone_number where tenant_id = ? limit 2',
    [tenantId],
  )
  return rows.map((row) => row.number)
}
