// SQL for queue_entry: a caller entering a skill group's queue, the waiting entries a dispatch pass
// claims agents for, an offer's end, the sweeper's limits and announcements. Entries come back as
// QueueEntry (camelCase): the statements name each column with its property's name, so no mapping
// pass is spent on the dispatch path. Each change a KPI counts also appends its call_fact row (X2), in
// the same statement: a CTE, never a second round trip.
import { prepared, type EntityManager, type TenantSql } from '../../db/database.js'
import type { RoutingStrategy } from './routing.store.js'

/** A caller's (or a callback's) place in a skill group's queue: a queue_entry row in the code's names. */
export interface QueueEntry {
  id: string
  tenantId: string
  skillGroupId: string
  kind: 'CALL' | 'CALLBACK'
  node: string
  callerLegUuid: string | null
  callerNumber: string | null
  /** The call the entry belongs to, when it is not the caller leg's own (a transferred outbound call). */
  callId: string | null
  enqueuedAt: Date
  skillGroupEnteredAt: Date
  state: 'WAITING' | 'OFFERING'
  offeredAgentId: string | null
  offerLegUuid: string | null
  offerExpiresAt: Date | null
  triedAgentIds: string[]
  hasOverflowed: boolean
  targetAgentId: string | null
  announcedAt: Date | null
  callbackNumber: string | null
}

/** How many waiting entries one dispatch pass looks at per tenant. */
const DISPATCH_BATCH = 50

/**
 * The select list of a QueueEntry from queue_entry aliased `q`: each column named, so prepared
 * statements survive a migration adding one, and given its property's name.
 */
const ENTRY_COLUMNS = `id, tenant_id, skill_group_id, kind, node, caller_leg_uuid, caller_number, call_id,
  enqueued_at, skill_group_entered_at, state, offered_agent_id, offer_leg_uuid, offer_expires_at,
  tried_agent_ids, has_overflowed, target_agent_id, announced_at, callback_number`
  .split(/,\s*/)
  .map((column) => `q.${column} as "${column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}"`)
  .join(', ')

/**
 * A caller enters the queue: the group's limits, the calls waiting before them, and their entry, in
 * one statement (no group, no entry: the number's skill group is gone).
 */
const ENTER_QUEUE = prepared(`with g as (
    select max_queue_length, organization from skill_group where tenant_id = $1 and id = $2),
  waiting as (
    select count(*)::int as waiting from queue_entry where tenant_id = $1 and skill_group_id = $2 and kind = 'CALL'),
  entered as (
    insert into queue_entry (id, tenant_id, skill_group_id, node, caller_leg_uuid, caller_number,
      enqueued_at, skill_group_entered_at, target_agent_id, call_id)
    select $3, $1, $2, $4, $3, $5, $6, $6, $7, $8 from g on conflict (id) do nothing
    returning id, call_id),
  fact as (
    insert into call_fact (tenant_id, call_id, kind, at, direction, organization, skill_group_id)
    select $1, coalesce(e.call_id, e.id), 'ENQUEUED', $6,
           case when e.call_id is null or e.call_id = e.id then 'INBOUND' else 'OUTBOUND' end, g.organization, $2
      from entered e, g)
  select g.max_queue_length as "maxQueueLength", waiting.waiting from g, waiting`)

const WAITING_ENTRIES = prepared(`select ${ENTRY_COLUMNS}, g.strategy
    from queue_entry q join skill_group g on g.id = q.skill_group_id and g.tenant_id = $1
   where q.tenant_id = $1 and q.state = 'WAITING' and (q.kind = 'CALLBACK' or q.node = any($2::text[]))
   order by q.enqueued_at limit ${DISPATCH_BATCH}
   for update of q skip locked`)
const NEW_ROUND = prepared(`update queue_entry set tried_agent_ids = '{}' where tenant_id = $1 and id = $2`)
const FINISH_ENTRY = prepared('delete from queue_entry where tenant_id = $1 and id = $2')

/** Milliseconds from a timestamp column to the parameter `at` (the fact's time). */
const msSince = (column: string, at: string) =>
  `(extract(epoch from ${at}::timestamptz - ${column}) * 1000)::bigint`

/** The agent answered: the entry is done, the offer ended ANSWERED and the caller's wait is over. */
const OFFER_ANSWERED = prepared(`with done as (
    delete from queue_entry where tenant_id = $1 and id = $2
    returning id, call_id, skill_group_id, kind, enqueued_at, offered_at)
  insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms)
  select $1, coalesce(d.call_id, d.id), f.kind, $4, d.skill_group_id, $3, f.outcome, f.ms
    from done d cross join lateral (values
      ('OFFER_ENDED', 'ANSWERED', ${msSince('coalesce(d.offered_at, $4::timestamptz)', '$4')}),
      ('ANSWERED', d.kind, ${msSince('d.enqueued_at', '$4')})) f(kind, outcome, ms)`)
const OFFER_FAILED = prepared(`with failed as (
    update queue_entry set state = 'WAITING', offered_agent_id = null, offer_leg_uuid = null,
      offer_expires_at = null, tried_agent_ids = array_append(tried_agent_ids, $3::uuid)
    where tenant_id = $1 and id = $2 and offered_agent_id = $3
    returning id, call_id, skill_group_id, offered_at)
  insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms)
  select $1, coalesce(call_id, id), 'OFFER_ENDED', $5, skill_group_id, $3, $4,
         ${msSince('coalesce(offered_at, $5::timestamptz)', '$5')}
    from failed`)
/**
 * The caller hung up while queued or while an agent's phone rang: an abandon with its wait, and the
 * ringing offer, if any, withdrawn. Callbacks are no abandons: their entries stay.
 */
const CALLER_LEFT = prepared(`with gone as (
    delete from queue_entry q where tenant_id = $1 and id = $2 and kind = 'CALL'
    returning ${ENTRY_COLUMNS}, q.offered_at as "offeredAt"),
  facts as (
    insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms)
    select $1, coalesce(g."callId", g.id), f.kind, $3, g."skillGroupId", f.agent_id, f.outcome, f.ms
      from gone g cross join lateral (values
        ('ABANDONED', null::uuid, case when g.state = 'OFFERING' then 'RINGING' else 'QUEUED' end,
          ${msSince('g."enqueuedAt"', '$3')}),
        ('OFFER_ENDED', g."offeredAgentId", 'WITHDRAWN', ${msSince('coalesce(g."offeredAt", $3::timestamptz)', '$3')})
      ) f(kind, agent_id, outcome, ms)
     where f.kind = 'ABANDONED' or g.state = 'OFFERING')
  select * from gone`)

export interface QueueEntrance {
  skillGroupId: string
  node: string
  callerLegUuid: string
  callerNumber: string | null
  at: Date
  targetAgentId: string | null
  callId: string | null
}

/** Enters a caller's entry; undefined when the skill group is gone, else its limit and who waited before. */
export async function enterQueue(
  sql: TenantSql,
  entrance: QueueEntrance,
): Promise<{ maxQueueLength: number; waiting: number } | undefined> {
  const [queue] = await sql.query<{ maxQueueLength: number; waiting: number }>(ENTER_QUEUE, [
    sql.tenantId,
    entrance.skillGroupId,
    entrance.callerLegUuid,
    entrance.node,
    entrance.callerNumber,
    entrance.at,
    entrance.targetAgentId,
    entrance.callId,
  ])
  return queue
}

/** Waiting entries of calls parked on `nodes` (and callbacks), oldest first, locked for this pass. */
export function lockWaitingEntries(
  sql: TenantSql,
  nodes: readonly string[],
): Promise<Array<QueueEntry & { strategy: RoutingStrategy }>> {
  return sql.query(WAITING_ENTRIES, [sql.tenantId, nodes])
}

/** Everyone available had a turn at the entry: the next pass starts the round again. */
export async function startNewRound(sql: TenantSql, entryId: string): Promise<void> {
  await sql.query(NEW_ROUND, [sql.tenantId, entryId])
}

/** The entry is done with no fact to keep (a callback whose customer did not answer). */
export async function finishEntry(sql: TenantSql, entryId: string): Promise<void> {
  await sql.query(FINISH_ENTRY, [sql.tenantId, entryId])
}

/** The agent answered the entry's offer at `at`: the entry is done. */
export async function answerEntry(sql: TenantSql, entryId: string, agentId: string, at: Date): Promise<void> {
  await sql.query(OFFER_ANSWERED, [sql.tenantId, entryId, agentId, at])
}

/** How an offer ended, as the KPIs count it (docs/kpis.md, agent answer rate). */
export type OfferOutcome = 'ANSWERED' | 'NOT_ANSWERED' | 'REJECTED' | 'FAILED' | 'WITHDRAWN'

/** The offer's outcome from the switch's cause of the agent leg's failure. */
export function offerOutcomeOf(cause: string): OfferOutcome {
  if (cause === 'NO_ANSWER' || cause === 'NO_USER_RESPONSE' || cause === 'ALLOTTED_TIMEOUT')
    return 'NOT_ANSWERED'
  if (cause === 'CALL_REJECTED' || cause === 'USER_BUSY') return 'REJECTED'
  if (cause === 'ORIGINATOR_CANCEL') return 'WITHDRAWN'
  return 'FAILED'
}

/** The offer to `agentId` failed at `at`: the entry waits again, and that agent had their turn. */
export async function offerFailed(
  sql: TenantSql,
  entryId: string,
  agentId: string,
  outcome: { cause: string; at: Date },
): Promise<void> {
  await sql.query(OFFER_FAILED, [sql.tenantId, entryId, agentId, offerOutcomeOf(outcome.cause), outcome.at])
}

/** The caller hung up while queued (or while an agent's phone rang): their entry, if any, goes. */
export async function removeCaller(
  sql: TenantSql,
  callerLegUuid: string,
  at: Date,
): Promise<QueueEntry | undefined> {
  const [entry] = await sql.query<QueueEntry>(CALLER_LEFT, [sql.tenantId, callerLegUuid, at])
  return entry
}

/** X6: a waiting caller asked for a callback: the entry keeps its place without the caller's leg. */
export async function convertToCallback(
  em: EntityManager,
  callerLegUuid: string,
  at: Date,
): Promise<QueueEntry | undefined> {
  const [entry] = await em.execute<QueueEntry[]>(
    `with converted as (
       update queue_entry q set kind = 'CALLBACK', callback_number = caller_number, caller_leg_uuid = null
        where id = ? and kind = 'CALL' and state = 'WAITING' and caller_number is not null returning *),
     fact as (
       insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, duration_ms)
       select tenant_id, coalesce(call_id, id), 'CALLBACK_REQUESTED', cast(? as timestamptz), skill_group_id,
              ${msSince('enqueued_at', 'cast(? as timestamptz)')} from converted)
     select ${ENTRY_COLUMNS} from converted q`,
    [callerLegUuid, at, at],
  )
  return entry
}

/** An offer whose ringing instance died: the entry waits again (the agent heals on their own). */
export async function expireOffers(em: EntityManager, now: Date): Promise<void> {
  await em.execute(
    `with expired as (
       update queue_entry q set state = 'WAITING', offered_agent_id = null, offer_leg_uuid = null,
         offer_expires_at = null
        from queue_entry old_q
        where old_q.id = q.id and q.state = 'OFFERING' and q.offer_expires_at < cast(? as timestamptz)
        returning q.tenant_id, coalesce(q.call_id, q.id) as call_id, q.skill_group_id,
                  old_q.offered_agent_id, q.offered_at)
     insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms)
     select tenant_id, call_id, 'OFFER_ENDED', cast(? as timestamptz), skill_group_id, offered_agent_id, 'FAILED',
            ${msSince('coalesce(offered_at, cast(? as timestamptz))', 'cast(? as timestamptz)')} from expired`,
    [now, now, now, now],
  )
}

/** Waiting calls past their skill group's longest wait. */
export function overdueEntries(em: EntityManager, now: Date): Promise<Array<{ id: string }>> {
  return em.execute<Array<{ id: string }>>(
    `select q.id from queue_entry q join skill_group g on g.id = q.skill_group_id
      where q.state = 'WAITING' and q.kind = 'CALL'
        and q.skill_group_entered_at < cast(? as timestamptz) - make_interval(secs => g.max_wait_seconds)`,
    [now],
  )
}

/**
 * Waiting calls due a position announcement, with their place in their group's queue. The first comes
 * one interval after the caller entered the queue, not at once.
 */
export function dueAnnouncements(
  em: EntityManager,
  now: Date,
  intervalSeconds: number,
): Promise<Array<{ id: string; node: string; position: number }>> {
  return em.execute<Array<{ id: string; node: string; position: number }>>(
    `select id, node, position from (
       select q.id, q.node, q.announced_at, q.enqueued_at, q.kind, q.state,
              row_number() over (partition by q.skill_group_id order by q.enqueued_at)::int as position
         from queue_entry q) ranked
      where kind = 'CALL' and state = 'WAITING'
        and coalesce(announced_at, enqueued_at) < cast(? as timestamptz) - make_interval(secs => ?)`,
    [now, intervalSeconds],
  )
}

export async function markAnnounced(em: EntityManager, entryId: string, at: Date): Promise<void> {
  await em.execute('update queue_entry set announced_at = ? where id = ?', [at, entryId])
}

/** How a skill group sends on the calls it cannot answer in time. */
export interface OverflowRule {
  overflowAction: 'SKILL_GROUP' | 'MESSAGE_HANGUP'
  overflowSkillGroupId: string | null
}

/**
 * A waiting entry with its group's overflow rule, locked; undefined if it is gone or being offered.
 * It waits for a dispatch pass that holds the entry rather than skipping it: a skipped full-queue caller
 * would never be let go, since nothing asks again. PostgreSQL re-checks `state` once the pass commits, so
 * a caller the pass offered to an agent is left to that offer.
 */
export async function lockForOverflow(
  em: EntityManager,
  entryId: string,
): Promise<(QueueEntry & OverflowRule) | undefined> {
  const [entry] = await em.execute<Array<QueueEntry & OverflowRule>>(
    `select ${ENTRY_COLUMNS}, g.overflow_action as "overflowAction",
            g.overflow_skill_group_id as "overflowSkillGroupId" from queue_entry q
       join skill_group g on g.id = q.skill_group_id
      where q.id = ? and q.state = 'WAITING' for update of q`,
    [entryId],
  )
  return entry
}

/** The OVERFLOWED fact of the entry `left` (its group before the change) at the parameter `at`. */
const OVERFLOW_FACT = `insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, outcome, duration_ms)
  select tenant_id, coalesce(call_id, id), 'OVERFLOWED', cast(? as timestamptz), left_group, ?,
         ${msSince('enqueued_at', 'cast(? as timestamptz)')} from left_entry`

/** The entry moves on to the overflow skill group, once, at the back of a new round. */
export async function moveToSkillGroup(
  em: EntityManager,
  entryId: string,
  skillGroupId: string,
  at: Date,
): Promise<void> {
  await em.execute(
    `with left_entry as (
       update queue_entry q set skill_group_id = ?, skill_group_entered_at = ?, has_overflowed = true,
         tried_agent_ids = '{}' from queue_entry old_q where old_q.id = q.id and q.id = ?
       returning q.tenant_id, q.call_id, q.id, q.enqueued_at, old_q.skill_group_id as left_group)
     ${OVERFLOW_FACT}`,
    [skillGroupId, at, entryId, at, 'SKILL_GROUP', at],
  )
}

/** The overflowed caller is let go with a message: the entry goes. */
export async function dropOverflowed(em: EntityManager, entryId: string, at: Date): Promise<void> {
  await em.execute(
    `with left_entry as (
       delete from queue_entry where id = ?
       returning tenant_id, call_id, id, enqueued_at, skill_group_id as left_group)
     ${OVERFLOW_FACT}`,
    [entryId, at, 'MESSAGE_HANGUP', at],
  )
}
