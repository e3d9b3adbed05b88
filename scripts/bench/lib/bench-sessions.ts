// Bearer sessions for the hand-written servers of `npm run bench -- graphql` (the limit and PostGraphile):
// the API's own rules, written out small. A token is looked up through `auth_find_session` and its
// viewer remembered for 10 s, as the API's viewer cache does, so that all servers pay the same for it.
import { createHash } from 'node:crypto'
import type pg from 'pg'

export interface BenchViewer {
  tenantId: string
  userId: string
}

interface SessionRow {
  tenant_id: string
  user_id: string
  expires_at: Date
  revoked_at: Date | null
  status: string
}

const LIFETIME_MS = 10_000

/** The API's pool size, so that no server wins by holding more connections. */
export const BENCH_POOL_SIZE = 10

export function benchSessions(pool: pg.Pool): (token: string) => Promise<BenchViewer | null> {
  const viewers = new Map<string, { viewer: BenchViewer; until: number }>()
  return async (token) => {
    const tokenHash = createHash('sha256').update(token).digest('base64url')
    const now = Date.now()
    const cached = viewers.get(tokenHash)
    if (cached && cached.until > now) return cached.viewer
    const { rows } = await pool.query<SessionRow>('select * from auth_find_session($1)', [tokenHash])
    const row = rows[0]
    if (!row || row.revoked_at || row.expires_at.getTime() <= now || row.status !== 'ACTIVE') return null
    const viewer = { tenantId: row.tenant_id, userId: row.user_id }
    viewers.set(tokenHash, { viewer, until: now + LIFETIME_MS })
    return viewer
  }
}

export function bearerTokenOf(authorization: string | undefined): string | null {
  return authorization?.startsWith('Bearer ') ? authorization.slice('Bearer '.length).trim() : null
}
