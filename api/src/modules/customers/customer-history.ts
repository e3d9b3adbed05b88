// A customer's history (G4): one timeline merged from every module that keeps something about customers.
// Calls (screen-pop), service summaries and contact plans register a source here, as they register how
// their rows follow a merged customer; each pages its own rows by the same cursor.
import type { EntityManager } from '../../db/database.js'
import type { Viewer } from '../identity/viewer.js'

export type HistoryKind = 'CALL' | 'SUMMARY' | 'CONTACT_PLAN' | 'NOTE' | 'CHAT' | 'TICKET' | 'OTHER'

/** Where a page ends: the time and ID of its last entry. */
export interface HistoryCursor {
  at: Date
  id: string
}

/** What a call entry adds to the common fields. */
export interface HistoryCall {
  direction: 'INBOUND' | 'OUTBOUND'
  agentName: string | null
  isAnswered: boolean
  talkSeconds: number | null
  /** Where the viewer may listen to it; null when there is none or it is not theirs to hear. */
  recordingUrl: string | null
}

export interface HistoryItem {
  id: string
  kind: HistoryKind
  at: Date
  title: string
  body: string
  source: string
  link: string | null
  authorName: string | null
  call: HistoryCall | null
}

/** Up to `limit` of a customer's entries older than `before`, newest first (time, then ID, descending). */
export type HistorySource = (
  em: EntityManager,
  viewer: Viewer,
  customerId: string,
  before: HistoryCursor | null,
  limit: number,
) => Promise<HistoryItem[]>

/** Newest first; entries at the same instant by ID, as PostgreSQL orders `(at, id)` in each source. */
export function newestFirst(a: HistoryItem, b: HistoryItem): number {
  return b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)
}

export function encodeCursor(item: HistoryItem): string {
  return Buffer.from(JSON.stringify([item.at.toISOString(), item.id])).toString('base64url')
}

/** The cursor a page handed out, or undefined when the text is not one. */
export function decodeCursor(text: string): HistoryCursor | undefined {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [string, string]
    const date = new Date(at)
    if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return undefined
    return { at: date, id }
  } catch {
    return undefined
  }
}
