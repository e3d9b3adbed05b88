// SQL for the calls in progress (A8): each open call record with what the queue, the agents' presence and
// the open consultations say about it now, and the calls whose agents are still in after-call work.
// Rows come back in the code's names; live-calls.service.ts decides each call's stage from them.
import type { EntityManager } from '../../db/database.js'
import type { LegSnapshot } from '../../telephony/calls/call.js'

/** Who is on a call and where it runs, as its record says. */
interface CallParties {
  id: string
  direction: 'INBOUND' | 'OUTBOUND'
  callerNumber: string | null
  calleeNumber: string | null
  dialledNumber: string | null
  node: string
  startedAt: Date
}

export interface LiveCallRow extends CallParties {
  /** The agent and skill group the call record names (the last agent offered or answering). */
  recordAgentId: string | null
  recordSkillGroupId: string | null
  answeredAt: Date | null
  bridgedAt: Date | null
  legs: LegSnapshot[]
  /** The call's place in a queue, when it has one. */
  queue: {
    state: 'WAITING' | 'OFFERING'
    skillGroupId: string
    enqueuedAt: Date
    offeredAgentId: string | null
    offerLegUuid: string | null
    /** Since when the offered agent's phone rings. */
    offeredSince: Date | null
  } | null
  /** The agent whose phone is on the call, with since when, and their legs (leg UUID → node). */
  onCall: { agentId: string; since: Date; busyLegs: Record<string, string> } | null
  /** When the agent opened the consultation still going on the call. */
  consultingSince: Date | null
}

export interface AfterCallWorkRow extends CallParties {
  agentId: string
  skillGroupId: string | null
  /** When the agent's after-call work began. */
  since: Date
}

type Stamp = string | Date

const dateOf = (value: Stamp) => new Date(value)
const dateOrNull = (value: Stamp | null) => (value === null ? null : new Date(value))

/** The call_record columns both reads select, in the code's names. */
function partiesOf(row: {
  id: string
  direction: 'INBOUND' | 'OUTBOUND'
  caller_number: string | null
  callee_number: string | null
  dialled_number: string | null
  switch_node: string
  started_at: Stamp
}): CallParties {
  return {
    id: row.id,
    direction: row.direction,
    callerNumber: row.caller_number,
    calleeNumber: row.callee_number,
    dialledNumber: row.dialled_number,
    node: row.switch_node,
    startedAt: dateOf(row.started_at),
  }
}

/** Every call of the tenant whose record is still open, with its queue entry, agent and consultation. */
export async function openCalls(em: EntityManager, tenantId: string): Promise<LiveCallRow[]> {
  const rows = await em.execute<
    Array<{
      id: string
      direction: 'INBOUND' | 'OUTBOUND'
      caller_number: string | null
      callee_number: string | null
      dialled_number: string | null
      switch_node: string
      agent_id: string | null
      skill_group_id: string | null
      started_at: Stamp
      answered_at: Stamp | null
      bridged_at: Stamp | null
      legs: LegSnapshot[]
      queue_state: 'WAITING' | 'OFFERING' | null
      queue_skill_group_id: string | null
      enqueued_at: Stamp | null
      offered_agent_id: string | null
      offer_leg_uuid: string | null
      offered_since: Stamp | null
      on_call_agent_id: string | null
      on_call_since: Stamp | null
      busy_legs: Record<string, string> | null
      consulting_since: Stamp | null
    }>
  >(
    // call_record_open_idx holds only open records, so this reads the calls in progress, not the history.
    `select c.id, c.direction, c.caller_number, c.callee_number, c.dialled_number, c.switch_node, c.agent_id,
            c.skill_group_id, c.started_at, c.answered_at, c.bridged_at, c.legs,
            q.state as queue_state, q.skill_group_id as queue_skill_group_id, q.enqueued_at, q.offered_agent_id,
            q.offer_leg_uuid, op.status_since as offered_since,
            p.user_id as on_call_agent_id, p.status_since as on_call_since, p.busy_legs,
            k.created_at as consulting_since
       from call_record c
       left join lateral (
         select state, skill_group_id, enqueued_at, offered_agent_id, offer_leg_uuid from queue_entry q
          where q.tenant_id = c.tenant_id and q.kind = 'CALL' and (q.id = c.id or q.call_id = c.id)
          order by enqueued_at desc limit 1) q on true
       left join agent_presence op
         on op.tenant_id = c.tenant_id and op.user_id = q.offered_agent_id and op.status = 'RINGING'
       left join lateral (
         select user_id, status_since, busy_legs from agent_presence p
          where p.tenant_id = c.tenant_id and p.call_id = c.id and p.status = 'ON_CALL'
          order by status_since limit 1) p on true
       left join lateral (
         select created_at from call_command k
          where k.tenant_id = c.tenant_id and k.operation = 'CONSULTATION' and k.call_id = c.id
          order by created_at desc limit 1) k on true
      where c.tenant_id = ? and c.ended_at is null
      order by c.started_at`,
    [tenantId],
  )
  return rows.map((row) => ({
    ...partiesOf(row),
    recordAgentId: row.agent_id,
    recordSkillGroupId: row.skill_group_id,
    answeredAt: dateOrNull(row.answered_at),
    bridgedAt: dateOrNull(row.bridged_at),
    legs: row.legs ?? [],
    queue:
      row.queue_state && row.queue_skill_group_id && row.enqueued_at
        ? {
            state: row.queue_state,
            skillGroupId: row.queue_skill_group_id,
            enqueuedAt: dateOf(row.enqueued_at),
            offeredAgentId: row.offered_agent_id,
            offerLegUuid: row.offer_leg_uuid,
            offeredSince: dateOrNull(row.offered_since),
          }
        : null,
    onCall:
      row.on_call_agent_id && row.on_call_since
        ? { agentId: row.on_call_agent_id, since: dateOf(row.on_call_since), busyLegs: row.busy_legs ?? {} }
        : null,
    consultingSince: dateOrNull(row.consulting_since),
  }))
}

/** The calls whose agent is in after-call work for them now (their records are closed). */
export async function callsInAfterCallWork(em: EntityManager, tenantId: string): Promise<AfterCallWorkRow[]> {
  const rows = await em.execute<
    Array<{
      id: string
      direction: 'INBOUND' | 'OUTBOUND'
      caller_number: string | null
      callee_number: string | null
      dialled_number: string | null
      switch_node: string
      user_id: string
      skill_group_id: string | null
      started_at: Stamp
      status_since: Stamp
    }>
  >(
    `select c.id, c.direction, c.caller_number, c.callee_number, c.dialled_number, c.switch_node, p.user_id,
            c.skill_group_id, c.started_at, p.status_since
       from agent_presence p
       join call_record c on c.tenant_id = p.tenant_id and c.id = p.acw_call_id
      where p.tenant_id = ? and p.status = 'AFTER_CALL_WORK'
      order by p.status_since`,
    [tenantId],
  )
  return rows.map((row) => ({
    ...partiesOf(row),
    agentId: row.user_id,
    skillGroupId: row.skill_group_id,
    since: dateOf(row.status_since),
  }))
}
