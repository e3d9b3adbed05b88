// The SQL of customers' phone numbers: the caller lookup of every call (find-or-create by number, used by
// the screen pop) and the number searches of the customer list. Each statement names its tenant.
import { randomUUID } from 'node:crypto'
import { prepared, sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
import type { Organization } from '../identity/roles.js'

const FIND_BY_NUMBER = prepared(
  `select customer_id from customer_phone where tenant_id = $1 and organization = $2 and e164 = $3`,
)
const INSERT_CUSTOMER = prepared(
  `insert into customer (id, tenant_id, organization, name, custom_fields, created_at, updated_at)
   values ($1, $2, $3, '', '{}', $4, $4)`,
)
const CLAIM_NUMBER = prepared(
  `insert into customer_phone (tenant_id, organization, e164, customer_id, position) values ($1, $2, $3, $4, 0)
   on conflict (tenant_id, organization, e164) do nothing returning customer_id`,
)
const DELETE_UNCLAIMED = prepared(`delete from customer where tenant_id = $1 and id = $2`)

/**
 * The customer of a number in an organisation, created (nameless, without custom fields) the first time the
 * number calls or is called. Two calls from the same new number at once: both insert a customer, both try to
 * claim the number; the unique key lets one win, the other waits for its commit, gets nothing back from
 * ON CONFLICT DO NOTHING, drops its own customer and reads the winner's (READ COMMITTED sees it then).
 */
export async function findOrCreateByNumber(
  source: EntityManager | TenantSql,
  organization: Organization,
  e164: string,
  now: Date,
): Promise<{ customerId: string; isNew: boolean }> {
  const sql = sqlIn(source)
  const tenantId = sql.tenantId
  const [found] = await sql.query<{ customer_id: string }>(FIND_BY_NUMBER, [tenantId, organization, e164])
  if (found) return { customerId: found.customer_id, isNew: false }
  const customerId = randomUUID()
  await sql.query(INSERT_CUSTOMER, [customerId, tenantId, organization, now])
  const [claimed] = await sql.query<{ customer_id: string }>(CLAIM_NUMBER, [
    tenantId,
    organization,
    e164,
    customerId,
  ])
  if (claimed) return { customerId, isNew: true }
  await sql.query(DELETE_UNCLAIMED, [tenantId, customerId])
  const [winner] = await sql.query<{ customer_id: string }>(FIND_BY_NUMBER, [tenantId, organization, e164])
  if (!winner) throw new Error(`customer_phone ${e164} was claimed and is gone again`)
  return { customerId: winner.customer_id, isNew: false }
}

const PHONES_OF = prepared(
  `select customer_id, e164 from customer_phone where tenant_id = $1 and customer_id = any($2::uuid[])
   order by customer_id, position, e164`,
)

/** The numbers of several customers at once, main number first. */
export async function phonesOf(
  source: EntityManager | TenantSql,
  customerIds: string[],
): Promise<Map<string, string[]>> {
  const sql = sqlIn(source)
  const phones = new Map<string, string[]>(customerIds.map((id) => [id, []]))
  if (!customerIds.length) return phones
  const rows = await sql.query<{ customer_id: string; e164: string }>(PHONES_OF, [sql.tenantId, customerIds])
  for (const row of rows) phones.get(row.customer_id)?.push(row.e164)
  return phones
}

const DROP_OTHER_NUMBERS = prepared(
  `delete from customer_phone where tenant_id = $1 and customer_id = $2 and not (e164 = any($3::text[]))`,
)
const CLAIM_OR_REORDER = prepared(
  `insert into customer_phone (tenant_id, organization, e164, customer_id, position) values ($1, $2, $3, $4, $5)
   on conflict (tenant_id, organization, e164) do update set position = excluded.position
     where customer_phone.customer_id = excluded.customer_id
   returning e164`,
)

/**
 * Gives a customer exactly these numbers, in this order. Returns the numbers another customer of the
 * organisation already has (nothing is claimed for those; the caller rolls back).
 */
export async function setPhones(
  source: EntityManager | TenantSql,
  customer: { id: string; organization: Organization },
  numbers: string[],
): Promise<string[]> {
  const sql = sqlIn(source)
  await sql.query(DROP_OTHER_NUMBERS, [sql.tenantId, customer.id, numbers])
  const taken: string[] = []
  for (const [position, e164] of numbers.entries()) {
    const claimed = await sql.query(CLAIM_OR_REORDER, [
      sql.tenantId,
      customer.organization,
      e164,
      customer.id,
      position,
    ])
    if (!claimed.length) taken.push(e164)
  }
  return taken
}

const MOVE_NUMBERS = prepared(
  `update customer_phone set customer_id = $3,
     position = position + (select coalesce(max(position) + 1, 0) from customer_phone
                            where tenant_id = $1 and customer_id = $3)
   where tenant_id = $1 and customer_id = $2`,
)

/** A merge: the merged customer's numbers follow the survivor's, in their order. */
export async function movePhones(
  source: EntityManager | TenantSql,
  fromCustomerId: string,
  toCustomerId: string,
): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(MOVE_NUMBERS, [sql.tenantId, fromCustomerId, toCustomerId])
}

export interface CustomerSearch {
  organizations: Organization[]
  /** Part of the name, any case. */
  name?: string
  /** A whole number in E.164. */
  e164?: string
  /** The last digits of a number. */
  suffixDigits?: string
  offset: number
  limit: number
}

/** `%`, `_` and `\` taken literally in a LIKE pattern. */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}

/**
 * One page of customers, most recently changed first. A suffix is found as a prefix of the reversed
 * number, between `reversed` and the next string after all its extensions, so the btree
 * `customer_phone_suffix_idx` serves it with generic plans too (LIKE with a parameter could not).
 */
export async function searchCustomers(
  source: EntityManager | TenantSql,
  search: CustomerSearch,
): Promise<{ ids: string[]; totalCount: number }> {
  const sql = sqlIn(source)
  const reversed = search.suffixDigits ? [...search.suffixDigits].reverse().join('') : null
  const [page] = await sql.query<{ ids: string[]; total: number }>(
    prepared(`
      with matched as (
        select c.id, c.updated_at from customer c
        where c.tenant_id = $1 and c.organization = any($2::text[])
          and ($3::text is null or c.name ilike '%' || $3 || '%')
          and ($4::text is null or c.id in (
            select customer_id from customer_phone where tenant_id = $1 and e164 = $4))
          and ($5::text is null or c.id in (
            select customer_id from customer_phone
            where tenant_id = $1 and reverse(e164) ~>=~ $5 and reverse(e164) ~<~ ($5 || '~'))))
      select (select count(*) from matched)::int as total,
             array(select id from matched order by updated_at desc, id offset $6 limit $7) as ids`),
    [
      sql.tenantId,
      search.organizations,
      search.name ? likeLiteral(search.name) : null,
      search.e164 ?? null,
      reversed,
      search.offset,
      search.limit,
    ],
  )
  return { ids: page!.ids, totalCount: page!.total }
}

/** Locks customers in ID order, so that two merges of the same pair cannot deadlock. */
export async function lockCustomers(source: EntityManager | TenantSql, ids: string[]): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(
    `select id from customer where tenant_id = $1 and id = any($2::uuid[]) order by id for update`,
    [sql.tenantId, [...ids].sort()],
  )
}
