// The SQL of the screen pop (G4): whether a call is the agent's, what the platform knows of it at that
// moment, the row that keeps what the agent was shown, and the tenant's embedded-page settings.
import { prepared, sqlIn, type EntityManager, type TenantSql } from '../../db/database.js'

type Source = EntityManager | TenantSql

/** What the agent was shown for a call, kept from the first pop on (the queue entry that knew the wait goes at the answer). */
export interface ScreenPopRow {
  callId: string
  agentId: string
  customerId: string | null
  direction: 'INBOUND' | 'OUTBOUND'
  callerNumber: string | null
  dialledNumber: string | null
  skillGroupId: string | null
  queueWaitSeconds: number | null
  transfers: number
  createdAt: Date
}

const POP_COLUMNS = `call_id as "callId", agent_id as "agentId", customer_id as "customerId", direction,
  caller_number as "callerNumber", dialled_number as "dialledNumber", skill_group_id as "skillGroupId",
  queue_wait_seconds as "queueWaitSeconds", transfers, created_at as "createdAt"`

const FIND_POP = prepared(
  `select ${POP_COLUMNS} from screen_pop where tenant_id = $1 and call_id = $2 and agent_id = $3`,
)

export async function findScreenPop(source: Source, callId: string, agentId: string) {
  const sql = sqlIn(source)
  const [row] = await sql.query<ScreenPopRow>(FIND_POP, [sql.tenantId, callId, agentId])
  // node-postgres hands timestamps over as text here (the ORM's pool parses none).
  return row && { ...row, createdAt: new Date(row.createdAt) }
}

/** The customer a call was tied to by any agent's pop: a transferred call keeps its customer. */
const CUSTOMER_OF_CALL = prepared(
  `select customer_id from screen_pop where tenant_id = $1 and call_id = $2 and customer_id is not null
   order by created_at limit 1`,
)

export async function customerOfCall(source: Source, callId: string): Promise<string | undefined> {
  const sql = sqlIn(source)
  const [row] = await sql.query<{ customer_id: string }>(CUSTOMER_OF_CALL, [sql.tenantId, callId])
  return row?.customer_id
}

const INSERT_POP = prepared(
  `insert into screen_pop (tenant_id, call_id, agent_id, customer_id, direction, caller_number, dialled_number,
     skill_group_id, queue_wait_seconds, transfers, created_at)
   values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
   on conflict (tenant_id, call_id, agent_id) do nothing`,
)

/** Keeps the first pop; a second one racing it (two tabs) finds the first's row. */
export async function saveScreenPop(source: Source, pop: ScreenPopRow): Promise<ScreenPopRow> {
  const sql = sqlIn(source)
  await sql.query(INSERT_POP, [
    sql.tenantId,
    pop.callId,
    pop.agentId,
    pop.customerId,
    pop.direction,
    pop.callerNumber,
    pop.dialledNumber,
    pop.skillGroupId,
    pop.queueWaitSeconds,
    pop.transfers,
    pop.createdAt,
  ])
  return (await findScreenPop(sql, pop.callId, pop.agentId))!
}

const MOVE_POPS = prepared(`update screen_pop set customer_id = $3 where tenant_id = $1 and customer_id = $2`)

/** A merged customer's calls follow the survivor. */
export async function movePops(source: Source, fromCustomerId: string, toCustomerId: string): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(MOVE_POPS, [sql.tenantId, fromCustomerId, toCustomerId])
}

/** The call as the agent's workstation knows it now: offered to them, on their line, or recorded as theirs. */
export interface LiveCallFacts {
  isAgentsCall: boolean
  direction: 'INBOUND' | 'OUTBOUND' | null
  callerNumber: string | null
  calleeNumber: string | null
  dialledNumber: string | null
  /** The agent's own view of the other party's number (presence), when the call record is not written yet. */
  partyNumber: string | null
  skillGroupId: string | null
  enqueuedAt: Date | null
  answeredAgentLegs: number
}

const CALL_FACTS = prepared(
  `select (p.offer_call_id = $2 or p.call_id = $2 or r.agent_id = $3 or d.call_id is not null) as "isAgentsCall",
          coalesce(r.direction, p.call_direction, case when p.offer_call_id = $2 then 'INBOUND' end,
                   case when d.call_id is not null then 'OUTBOUND' end) as direction,
          coalesce(r.caller_number, q.caller_number) as "callerNumber",
          -- The number the agent dialled: until the customer's leg exists the record names the agent's own.
          coalesce(d.dialled_number, r.callee_number) as "calleeNumber",
          r.dialled_number as "dialledNumber",
          case when p.call_id = $2 then p.call_number end as "partyNumber",
          coalesce(q.skill_group_id, r.skill_group_id) as "skillGroupId",
          q.enqueued_at as "enqueuedAt",
          coalesce((select count(*) from jsonb_array_elements(r.legs) leg
                     where leg->>'role' = 'CALLEE' and leg->>'answeredAt' is not null), 0)::int
            as "answeredAgentLegs"
     from (select $2::uuid as call_id) c
     left join agent_presence p on p.tenant_id = $1 and p.user_id = $3
     left join call_record r on r.tenant_id = $1 and r.id = $2
     left join queue_entry q on q.tenant_id = $1 and (q.id = $2 or q.call_id = $2)
     left join call_command d on d.tenant_id = $1 and d.user_id = $3 and d.call_id = $2 and d.operation = 'DIAL_OUT'`,
)

export async function liveCallFacts(source: Source, callId: string, agentId: string): Promise<LiveCallFacts> {
  const sql = sqlIn(source)
  const [facts] = await sql.query<LiveCallFacts>(CALL_FACTS, [sql.tenantId, callId, agentId])
  return {
    ...facts!,
    isAgentsCall: facts?.isAgentsCall === true,
    enqueuedAt: facts?.enqueuedAt ? new Date(facts.enqueuedAt) : null,
  }
}

/** One menu the caller went through, and the key they pressed there (none when they left it otherwise). */
export interface IvrPathStep {
  menuName: string
  key: string | null
}

const IVR_STEPS = prepared(
  `select kind, menu_id as "menuId", detail, key from ivr_step
    where tenant_id = $1 and call_id = $2 and kind in ('IVR_MENU', 'IVR_KEY', 'IVR_EXIT') order by at, id`,
)

/** The menus in the order the caller heard them, each with the key that took them on. */
export async function ivrPathOf(source: Source, callId: string): Promise<IvrPathStep[]> {
  const sql = sqlIn(source)
  const steps = await sql.query<{
    kind: string
    menuId: string | null
    detail: string | null
    key: string | null
  }>(IVR_STEPS, [sql.tenantId, callId])
  const path: IvrPathStep[] = []
  for (const step of steps) {
    if (step.kind === 'IVR_MENU') path.push({ menuName: step.detail ?? '', key: null })
    else if (step.key && path.length) path[path.length - 1]!.key = step.key
  }
  return path
}

export interface EmbedSettings {
  urlTemplate: string | null
  allowedOrigins: string[]
}

const READ_SETTINGS = prepared(
  `select embed_url_template as "urlTemplate", embed_allowed_origins as "allowedOrigins"
     from screen_pop_settings where tenant_id = $1`,
)

export async function readEmbedSettings(source: Source): Promise<EmbedSettings> {
  const sql = sqlIn(source)
  const [row] = await sql.query<EmbedSettings>(READ_SETTINGS, [sql.tenantId])
  return row ?? { urlTemplate: null, allowedOrigins: [] }
}

const WRITE_SETTINGS = prepared(
  `insert into screen_pop_settings (tenant_id, embed_url_template, embed_allowed_origins, updated_at)
   values ($1, $2, $3, $4)
   on conflict (tenant_id) do update set embed_url_template = excluded.embed_url_template,
     embed_allowed_origins = excluded.embed_allowed_origins, updated_at = excluded.updated_at`,
)

export async function writeEmbedSettings(source: Source, settings: EmbedSettings, at: Date): Promise<void> {
  const sql = sqlIn(source)
  await sql.query(WRITE_SETTINGS, [sql.tenantId, settings.urlTemplate, settings.allowedOrigins, at])
}

/** A call of a customer's history, as the history shows it. */
export interface CustomerCallRow {
  id: string
  at: Date
  direction: 'INBOUND' | 'OUTBOUND'
  callerNumber: string | null
  calleeNumber: string | null
  agentName: string | null
  bridgedAt: Date | null
  endedAt: Date | null
  hasRecording: boolean
}

const CUSTOMER_CALLS = prepared(
  `select r.id, r.started_at as at, r.direction, r.caller_number as "callerNumber",
          r.callee_number as "calleeNumber", u.name as "agentName", r.bridged_at as "bridgedAt",
          r.ended_at as "endedAt", r.recording_file is not null as "hasRecording"
     from call_record r
     left join app_user u on u.id = r.agent_id
    where r.tenant_id = $1
      and r.id in (select call_id from screen_pop where tenant_id = $1 and customer_id = $2
                   union select call_id from call_customer where tenant_id = $1 and customer_id = $2)
      and ($3::timestamptz is null or (r.started_at, r.id) < ($3, $4::uuid))
    order by r.started_at desc, r.id desc limit $5`,
)

/** The customer's calls (those agents took, tied by their screen pop, and any other), newest first, after the cursor. */
export async function callsOfCustomer(
  source: Source,
  customerId: string,
  before: { at: Date; id: string } | null,
  limit: number,
): Promise<CustomerCallRow[]> {
  const sql = sqlIn(source)
  const rows = await sql.query<CustomerCallRow>(CUSTOMER_CALLS, [
    sql.tenantId,
    customerId,
    before?.at ?? null,
    before?.id ?? null,
    limit,
  ])
  return rows.map((row) => ({
    ...row,
    at: new Date(row.at),
    bridgedAt: row.bridgedAt && new Date(row.bridgedAt),
    endedAt: row.endedAt && new Date(row.endedAt),
  }))
}
