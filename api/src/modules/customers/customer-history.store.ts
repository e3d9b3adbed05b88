// The SQL of customers' own history entries (G4): agents' notes and what outside systems (online chats,
// tickets) add through the integration API.
import { randomUUID } from 'node:crypto'
import { prepared, sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'
import type { HistoryCursor, HistoryItem } from './customer-history.js'

type Source = EntityManager | TenantSql

export type HistoryEntryKind = 'NOTE' | 'CHAT' | 'TICKET' | 'OTHER'

export interface NewHistoryEntry {
  customerId: string
  kind: HistoryEntryKind
  source: string
  externalId: string | null
  title: string
  body: string
  link: string | null
  occurredAt: Date
  authorId: string | null
}

const UPSERT = prepared(
  `insert into customer_history_entry (id, tenant_id, customer_id, kind, source, external_id, title, body, link,
     occurred_at, author_id, created_at)
   values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
   on conflict (tenant_id, source, external_id) where external_id is not null
   do update set customer_id = excluded.customer_id, kind = excluded.kind, title = excluded.title,
     body = excluded.body, link = excluded.link, occurred_at = excluded.occurred_at
   returning id`,
)

/** Adds an entry; one from an outside system that sent the same ID before replaces that one. */
export async function saveHistoryEntry(source: Source, entry: NewHistoryEntry, now: Date): Promise<string> {
  const sql = sqlIn(source)
  const [row] = await sql.query<{ id: string }>(UPSERT, [
    randomUUID(),
    sql.tenantId,
    entry.customerId,
    entry.kind,
    entry.source,
    entry.externalId,
    entry.title,
    entry.body,
    entry.link,
    entry.occurredAt,
    entry.authorId,
    now,
  ])
  return row!.id
}

const ENTRIES = prepared(
  `select e.id, e.kind, e.occurred_at as at, e.title, e.body, e.source, e.link, u.name as "authorName"
     from customer_history_entry e left join app_user u on u.id = e.author_id
    where e.tenant_id = $1 and e.customer_id = $2
      and ($3::timestamptz is null or (e.occurred_at, e.id) < ($3, $4::uuid))
    order by e.occurred_at desc, e.id desc limit $5`,
)

/** A customer's notes and outside entries, newest first, after the cursor. */
export async function historyEntriesOf(
  source: Source,
  customerId: string,
  before: HistoryCursor | null,
  limit: number,
): Promise<HistoryItem[]> {
  const sql = sqlIn(source)
  const rows = await sql.query<{
    id: string
    kind: HistoryEntryKind
    at: Date
    title: string
    body: string
    source: string
    link: string | null
    authorName: string | null
  }>(ENTRIES, [sql.tenantId, customerId, before?.at ?? null, before?.id ?? null, limit])
  return rows.map((row) => ({ ...row, at: new Date(row.at), call: null }))
}

const MOVE_ENTRIES = prepared(
  `update customer_history_entry set customer_id = $3 where tenant_id = $1 and customer_id = $2`,
)

export async function moveHistoryEntries(source: Source, fromId: string, toId: string): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(MOVE_ENTRIES, [sql.tenantId, fromId, toId])
}
