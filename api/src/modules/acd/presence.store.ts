// SQL for agent_presence and its log, mapped to and from Presence (snake_case columns stop here). Rows are changed only under `select … for update`, so two
// instances applying different inputs to one agent serialise and both inputs count.
import { prepared, sqlIn, type Database, type EntityManager, type TenantSql } from '../../db/database.js'
import type { AgentStatus, PresenceInputs, StatusCause } from './presence.js'
import type { NotReadyReasonKind } from './settings.entity.js'

/** One agent's presence (an agent_presence row), in the code's names; the columns stay in this file. */
export interface Presence {
  userId: string
  tenantId: string
  sessionId: string | null
  answeringMode: 'SIP' | 'MOBILE' | null
  phoneKind: 'SOFTPHONE' | 'DESK_PHONE' | null
  signedInAt: Date | null
  heartbeatAt: Date | null
  registeredUntil: Date | null
  registeredNode: string | null
  busyLegs: Record<string, string>
  /** The last legs that ended, so a late "leg started" from another instance cannot revive one. */
  endedLegs: string[]
  offerCallId: string | null
  offerLegUuid: string | null
  offerExpiresAt: Date | null
  /** The other party of the call the agent's legs are on; cleared with the last leg. */
  callId: string | null
  callDirection: 'INBOUND' | 'OUTBOUND' | null
  callNumber: string | null
  acwUntil: Date | null
  /** The call the after-call work is for (the last one answered); kept after its legs are gone. */
  acwCallId: string | null
  /** After-call work waits for the summary of `acwCallId` (the tenant requires one). */
  isAwaitingSummary: boolean
  chosenStatus: 'IDLE' | 'NOT_READY'
  chosenReasonId: string | null
  status: AgentStatus
  statusReasonId: string | null
  statusSince: Date
  statusCause: StatusCause
  idleSince: Date | null
  missedInRow: number
  callsToday: number
  callsTodayOn: string | null
  notice: string | null
}

/** What a transition may change (everything but identity and the derived status). */
export type PresenceChange = Partial<
  Omit<
    Presence,
    'userId' | 'tenantId' | 'status' | 'statusReasonId' | 'statusSince' | 'statusCause' | 'idleSince'
  >
>

const CHANGEABLE: ReadonlyArray<keyof PresenceChange> = [
  'sessionId',
  'answeringMode',
  'phoneKind',
  'signedInAt',
  'heartbeatAt',
  'registeredUntil',
  'registeredNode',
  'busyLegs',
  'endedLegs',
  'offerCallId',
  'offerLegUuid',
  'offerExpiresAt',
  'callId',
  'callDirection',
  'callNumber',
  'acwUntil',
  'acwCallId',
  'isAwaitingSummary',
  'chosenStatus',
  'chosenReasonId',
  'missedInRow',
  'callsToday',
  'callsTodayOn',
  'notice',
]

export function inputsOf(row: Presence): PresenceInputs {
  return {
    isSignedIn: row.signedInAt !== null,
    heartbeatAt: row.heartbeatAt,
    answeringMode: row.answeringMode,
    registeredUntil: row.registeredUntil,
    busyLegs: row.busyLegs,
    offerCallId: row.offerCallId,
    offerExpiresAt: row.offerExpiresAt,
    acwUntil: row.acwUntil,
    isAwaitingSummary: row.isAwaitingSummary,
    chosenStatus: row.chosenStatus,
    chosenReasonId: row.chosenReasonId,
  }
}

const DERIVED = ['status', 'statusReasonId', 'statusSince', 'statusCause', 'idleSince'] as const
const SAVED_KEYS = [...CHANGEABLE, ...DERIVED] as const
const ALL_KEYS: ReadonlyArray<keyof Presence> = ['userId', 'tenantId', ...SAVED_KEYS]
const columnOf = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
/** Each field with its column, worked out once: the mapping runs for every presence read. */
const FIELDS = ALL_KEYS.map((key) => [key, columnOf(key)] as const)
const TIME_KEYS: ReadonlySet<keyof Presence> = new Set([
  'signedInAt',
  'heartbeatAt',
  'registeredUntil',
  'offerExpiresAt',
  'acwUntil',
  'statusSince',
  'idleSince',
])

/** A row as PostgreSQL returns it, in the code's names; MikroORM leaves raw timestamps as text. */
function presenceOf(raw: Record<string, unknown>): Presence {
  const presence: Record<string, unknown> = {}
  for (const [key, column] of FIELDS) {
    const value = raw[column]
    presence[key] =
      TIME_KEYS.has(key) && value !== null && value !== undefined && !(value instanceof Date)
        ? new Date(value as string)
        : value
  }
  return presence as unknown as Presence
}

/** Every column of Presence, named: a prepared `select *` would break when a migration adds one. */
const PRESENCE_COLUMNS = FIELDS.map(([, column]) => column).join(', ')

const LOCK = prepared(
  `select ${PRESENCE_COLUMNS} from agent_presence where tenant_id = $1 and user_id = $2 for update`,
)
const SELECT = prepared(
  `select ${PRESENCE_COLUMNS} from agent_presence where tenant_id = $1 and user_id = $2`,
)

export async function lockPresence(sql: TenantSql, userId: string): Promise<Presence | undefined> {
  const [row] = await sql.query(LOCK, [sql.tenantId, userId])
  return row && presenceOf(row)
}

/**
 * The agent's row locked, with the kind of the live not-ready reason `reasonId` of the tenant's (undefined
 * when there is none) read in the same statement: an agent's choice of not ready costs a round trip less.
 * The reason's row is only read, not locked.
 */
const LOCK_WITH_REASON = prepared(
  `select ${PRESENCE_COLUMNS}, (select kind from not_ready_reason
      where id = $3 and tenant_id = $1 and deleted_at is null) as chosen_reason_kind
    from agent_presence where tenant_id = $1 and user_id = $2 for update`,
)

export async function lockPresenceWithReason(
  sql: TenantSql,
  userId: string,
  reasonId: string,
): Promise<{ row: Presence; reasonKind: NotReadyReasonKind | undefined } | undefined> {
  const [row] = await sql.query(LOCK_WITH_REASON, [sql.tenantId, userId, reasonId])
  if (!row) return undefined
  return { row: presenceOf(row), reasonKind: (row.chosen_reason_kind ?? undefined) as NotReadyReasonKind }
}

/** The agent's presence, in a lean transaction or an `inTenant` one. */
export async function readPresence(
  source: EntityManager | TenantSql,
  userId: string,
): Promise<Presence | undefined> {
  const sql = sqlIn(source)
  const [row] = await sql.query(SELECT, [sql.tenantId, userId])
  return row && presenceOf(row)
}

/**
 * A workstation's heartbeat, unless the platform already ended its session. Any page of the agent's
 * keeps the session alive, whichever login signed it in (the API, another browser): every page shows it.
 */
export async function beatHeart(sql: TenantSql, userId: string, at: Date): Promise<Presence | undefined> {
  const [row] = await sql.query(
    prepared(`update agent_presence set heartbeat_at = $3
      where tenant_id = $1 and user_id = $2 and signed_in_at is not null
      returning ${PRESENCE_COLUMNS}`),
    [sql.tenantId, userId, at],
  )
  return row && presenceOf(row)
}

/** The agent must be the tenant's: a row of someone else's agent would lock them out of their own. */
const ENSURE = prepared(`insert into agent_presence (user_id, tenant_id)
  select id, tenant_id from app_user where id = $2 and tenant_id = $1 on conflict (user_id) do nothing`)

/** Creates the row of an agent first seen (a sign-in, or their phone registering before that). */
export async function ensurePresence(sql: TenantSql, userId: string): Promise<void> {
  await sql.query(ENSURE, [sql.tenantId, userId])
}

const UPDATE = `update agent_presence set ${SAVED_KEYS.map((key, i) => `${columnOf(key)} = $${i + 3}`).join(', ')}
  where tenant_id = $1 and user_id = $2`
const SAVE = prepared(UPDATE)
const LOG_COLUMNS = 'status, previous_status, reason_id, cause, detail, at'
const LOG_VALUES = [0, 1, 2, 3, 4, 5].map((i) => `$${SAVED_KEYS.length + 3 + i}`).join(', ')
/** The row written back and its change of status logged, in one statement. */
const SAVE_AND_LOG = prepared(`with saved as (${UPDATE})
  insert into agent_status_log (tenant_id, user_id, ${LOG_COLUMNS}) values ($1, $2, ${LOG_VALUES})`)

export interface StatusLogEntry {
  status: AgentStatus
  previousStatus: AgentStatus | null
  reasonId: string | null
  cause: StatusCause
  detail: string | null
  at: Date
}

/** Writes a row's inputs and its derived status back; with `logged`, adds the change to the status log. */
export async function savePresence(sql: TenantSql, row: Presence, logged?: StatusLogEntry): Promise<void> {
  const values = SAVED_KEYS.map((key) => (key === 'busyLegs' ? JSON.stringify(row.busyLegs) : row[key]))
  const params = [sql.tenantId, row.userId, ...values]
  if (!logged) return void (await sql.query(SAVE, params))
  await sql.query(SAVE_AND_LOG, [
    ...params,
    logged.status,
    logged.previousStatus,
    logged.reasonId,
    logged.cause,
    logged.detail,
    logged.at,
  ])
}

/** Several agents' presence, for the live board (agents never signed in have none). */
export async function presencesOf(em: EntityManager, userIds: readonly string[]): Promise<Presence[]> {
  if (!userIds.length) return []
  const rows = await em.execute<Array<Record<string, unknown>>>(
    `select ${PRESENCE_COLUMNS} from agent_presence where user_id = any(cast(? as uuid[]))`,
    [`{${userIds.join(',')}}`],
  )
  return rows.map(presenceOf)
}

/** An agent with legs or a registration on a switch node, as a resync with that node needs them. */
export interface PresenceOnNode {
  tenantId: string
  userId: string
  legUuids: string[]
  isRegisteredHere: boolean
}

/** Every tenant's agents on `node` (a platform function: the resync is not bound to one tenant). */
export async function presenceOnNode(db: Database, node: string): Promise<PresenceOnNode[]> {
  const rows = await db.platformQuery<{
    tenant_id: string
    user_id: string
    leg_uuids: string[]
    registered_here: boolean
  }>('select * from acd_presence_on_node(?)', [node])
  return rows.map((row) => ({
    tenantId: row.tenant_id,
    userId: row.user_id,
    legUuids: row.leg_uuids,
    isRegisteredHere: row.registered_here,
  }))
}
