// SQL for agent_presence and its log. Rows are changed only under `select … for update`, so two
// instances applying different inputs to one agent serialise and both inputs count.
import type { EntityManager } from '../../db/database.js'
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

export async function lockPresence(em: EntityManager, userId: string): Promise<PresenceRow | undefined> {
  const [row] = await em.execute<Array<Record<string, unknown>>>(
    'select * from agent_presence where user_id = ? for update',
    [userId],
  )
  return row && presenceRow(row)
}

/** Creates the row of an agent first seen (a sign-in, or their phone registering before that). */
export async function ensurePresence(em: EntityManager, tenantId: string, userId: string): Promise<void> {
  await em.execute(
    'insert into agent_presence (user_id, tenant_id) values (?, ?) on conflict (user_id) do nothing',
    [userId, tenantId],
  )
}

/** Writes a row's inputs and its derived status back. */
export async function savePresence(em: EntityManager, row: PresenceRow): Promise<void> {
  const columns = [
    ...CHANGEABLE,
    'status',
    'status_reason_id',
    'status_since',
    'status_cause',
    'idle_since',
  ] as const
  const values = columns.map((column) => {
    const value = row[column]
    if (column === 'busy_legs') return JSON.stringify(value)
    // knex expands a JS array into a parameter list; PostgreSQL's array literal keeps it one value.
    if (column === 'ended_legs') return `{${(value as string[]).join(',')}}`
    return value
  })
  await em.execute(
    `update agent_presence set ${columns.map((column) => `${column} = ?`).join(', ')} where user_id = ?`,
    [...values, row.user_id],
  )
}

export interface StatusLogEntry {
  tenantId: string
  userId: string
  status: AgentStatus
  previousStatus: AgentStatus | null
  reasonId: string | null
  cause: StatusCause
  detail: string | null
  at: Date
}

export async function logStatus(em: EntityManager, entry: StatusLogEntry): Promise<void> {
  await em.execute(
    `insert into agent_status_log (tenant_id, user_id, status, previous_status, reason_id, cause, detail, at)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      entry.tenantId,
      entry.userId,
      entry.status,
      entry.previousStatus,
      entry.reasonId,
      entry.cause,
      entry.detail,
      entry.at,
    ],
  )
}
