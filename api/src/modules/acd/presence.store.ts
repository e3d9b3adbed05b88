// SQL for agent_presence and its log. Rows are changed only under `select … for update`, so two
// instances applying different inputs to one agent serialise and both inputs count.
import { prepared, type TenantSql } from '../../db/database.js'
import type { AgentStatus, PresenceInputs, StatusCause } from './presence.js'

/** One agent_presence row as PostgreSQL returns it. */
export interface PresenceRow {
  user_id: string
  tenant_id: string
  session_id: string | null
  answering_mode: 'SIP' | 'MOBILE' | null
  phone_kind: 'SOFTPHONE' | 'DESK_PHONE' | null
  signed_in_at: Date | null
  heartbeat_at: Date | null
  registered_until: Date | null
  registered_node: string | null
  busy_legs: Record<string, string>
  /** The last legs that ended, so a late "leg started" from another instance cannot revive one. */
  ended_legs: string[]
  offer_call_id: string | null
  offer_leg_uuid: string | null
  offer_expires_at: Date | null
  /** The other party of the call the agent's legs are on; cleared with the last leg. */
  call_id: string | null
  call_direction: 'INBOUND' | 'OUTBOUND' | null
  call_number: string | null
  acw_until: Date | null
  chosen_status: 'IDLE' | 'NOT_READY'
  chosen_reason_id: string | null
  status: AgentStatus
  status_reason_id: string | null
  status_since: Date
  status_cause: StatusCause
  idle_since: Date | null
  missed_in_row: number
  calls_today: number
  calls_today_on: string | null
  notice: string | null
}

/** The columns a transition may change (everything but identity and the derived status). */
export type PresenceChange = Partial<
  Omit<
    PresenceRow,
    'user_id' | 'tenant_id' | 'status' | 'status_reason_id' | 'status_since' | 'status_cause' | 'idle_since'
  >
>

const CHANGEABLE: ReadonlyArray<keyof PresenceChange> = [
  'session_id',
  'answering_mode',
  'phone_kind',
  'signed_in_at',
  'heartbeat_at',
  'registered_until',
  'registered_node',
  'busy_legs',
  'ended_legs',
  'offer_call_id',
  'offer_leg_uuid',
  'offer_expires_at',
  'call_id',
  'call_direction',
  'call_number',
  'acw_until',
  'chosen_status',
  'chosen_reason_id',
  'missed_in_row',
  'calls_today',
  'calls_today_on',
  'notice',
]

export function inputsOf(row: PresenceRow): PresenceInputs {
  return {
    isSignedIn: row.signed_in_at !== null,
    heartbeatAt: row.heartbeat_at,
    answeringMode: row.answering_mode,
    registeredUntil: row.registered_until,
    busyLegs: row.busy_legs,
    offerCallId: row.offer_call_id,
    offerExpiresAt: row.offer_expires_at,
    acwUntil: row.acw_until,
    chosenStatus: row.chosen_status,
    chosenReasonId: row.chosen_reason_id,
  }
}

const TIME_COLUMNS = [
  'signed_in_at',
  'heartbeat_at',
  'registered_until',
  'offer_expires_at',
  'acw_until',
  'status_since',
  'idle_since',
] as const

/** MikroORM leaves timestamps of raw queries as text; the derivation compares instants. */
export function presenceRow(raw: Record<string, unknown>): PresenceRow {
  const row = { ...raw } as Record<string, unknown>
  for (const column of TIME_COLUMNS) {
    const value = row[column]
    if (value !== null && value !== undefined && !(value instanceof Date))
      row[column] = new Date(value as string)
  }
  return row as unknown as PresenceRow
}

/** Every column of PresenceRow, named: a prepared `select *` would break when a migration adds one. */
const PRESENCE_COLUMNS = [
  'user_id',
  'tenant_id',
  ...CHANGEABLE,
  'status',
  'status_reason_id',
  'status_since',
  'status_cause',
  'idle_since',
].join(', ')

const LOCK = prepared(
  `select ${PRESENCE_COLUMNS} from agent_presence where tenant_id = $1 and user_id = $2 for update`,
)
const SELECT = prepared(
  `select ${PRESENCE_COLUMNS} from agent_presence where tenant_id = $1 and user_id = $2`,
)

export async function lockPresence(sql: TenantSql, userId: string): Promise<PresenceRow | undefined> {
  const [row] = await sql.query(LOCK, [sql.tenantId, userId])
  return row && presenceRow(row)
}

export async function readPresence(sql: TenantSql, userId: string): Promise<PresenceRow | undefined> {
  const [row] = await sql.query(SELECT, [sql.tenantId, userId])
  return row && presenceRow(row)
}

/** A workstation's heartbeat, unless the platform already ended its session. */
export async function beatHeart(
  sql: TenantSql,
  userId: string,
  sessionId: string,
  at: Date,
): Promise<PresenceRow | undefined> {
  const [row] = await sql.query(
    prepared(`update agent_presence set heartbeat_at = $4
      where tenant_id = $1 and user_id = $2 and session_id = $3 and signed_in_at is not null
      returning ${PRESENCE_COLUMNS}`),
    [sql.tenantId, userId, sessionId, at],
  )
  return row && presenceRow(row)
}

/** The agent must be the tenant's: a row of someone else's agent would lock them out of their own. */
const ENSURE = prepared(`insert into agent_presence (user_id, tenant_id)
  select id, tenant_id from app_user where id = $2 and tenant_id = $1 on conflict (user_id) do nothing`)

/** Creates the row of an agent first seen (a sign-in, or their phone registering before that). */
export async function ensurePresence(sql: TenantSql, userId: string): Promise<void> {
  await sql.query(ENSURE, [sql.tenantId, userId])
}

const SAVED_COLUMNS = [
  ...CHANGEABLE,
  'status',
  'status_reason_id',
  'status_since',
  'status_cause',
  'idle_since',
] as const

const UPDATE = `update agent_presence set ${SAVED_COLUMNS.map((column, i) => `${column} = $${i + 3}`).join(', ')}
  where tenant_id = $1 and user_id = $2`
const SAVE = prepared(UPDATE)
const LOG_COLUMNS = 'status, previous_status, reason_id, cause, detail, at'
const LOG_VALUES = [0, 1, 2, 3, 4, 5].map((i) => `$${SAVED_COLUMNS.length + 3 + i}`).join(', ')
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
export async function savePresence(sql: TenantSql, row: PresenceRow, logged?: StatusLogEntry): Promise<void> {
  const values = SAVED_COLUMNS.map((column) =>
    column === 'busy_legs' ? JSON.stringify(row.busy_legs) : row[column],
  )
  const params = [sql.tenantId, row.user_id, ...values]
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
