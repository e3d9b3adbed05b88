// Where the switch cluster's call records land: one upsert statement per batch, across tenants.
import type { Database, EntityManager } from '../../db/database.js'
import type { CallSnapshot, CallStore } from '../../telephony/calls/call.js'

interface OpenRow {
  id: string
  tenant_id: string
  switch_node: string
  direction: CallSnapshot['direction']
  dialled_number: string | null
  caller_number: string | null
  callee_number: string | null
  agent_id: string | null
  skill_group_id: string | null
  started_at: Date
  ringing_at: Date | null
  answered_at: Date | null
  bridged_at: Date | null
  ended_at: Date | null
  hangup_cause: string | null
  hangup_side: CallSnapshot['hangupSide']
  recording_file: string | null
  legs: CallSnapshot['legs']
}

export class PgCallStore implements CallStore {
  constructor(private readonly db: Database) {}

  async save(calls: readonly CallSnapshot[]): Promise<void> {
    if (calls.length === 0) return
    const rows = calls.map((call) => ({
      id: call.id,
      tenant_id: call.tenantId,
      switch_node: call.node,
      direction: call.direction,
      dialled_number: call.dialledNumber,
      caller_number: call.callerNumber,
      callee_number: call.calleeNumber,
      agent_id: call.agentId,
      skill_group_id: call.skillGroupId,
      started_at: call.startedAt,
      ringing_at: call.ringingAt,
      answered_at: call.answeredAt,
      bridged_at: call.bridgedAt,
      ended_at: call.endedAt,
      hangup_cause: call.hangupCause,
      hangup_side: call.hangupSide,
      recording_file: call.recordingFile,
      legs: call.legs,
      timeline: call.timeline,
    }))
    await this.db.platformQuery('select call_record_upsert(?::jsonb)', [JSON.stringify(rows)])
  }

  async loadOpen(node: string): Promise<CallSnapshot[]> {
    const rows = await this.db.platform(
      (em) => em.execute('select * from call_record_open_on_node(?)', [node]) as Promise<OpenRow[]>,
    )
    return rows.map((row) => ({
      id: row.id,
      tenantId: row.tenant_id,
      node: row.switch_node,
      direction: row.direction,
      dialledNumber: row.dialled_number,
      callerNumber: row.caller_number,
      calleeNumber: row.callee_number,
      agentId: row.agent_id,
      skillGroupId: row.skill_group_id,
      startedAt: new Date(row.started_at),
      ringingAt: row.ringing_at && new Date(row.ringing_at),
      answeredAt: row.answered_at && new Date(row.answered_at),
      bridgedAt: row.bridged_at && new Date(row.bridged_at),
      endedAt: row.ended_at && new Date(row.ended_at),
      hangupCause: row.hangup_cause,
      hangupSide: row.hangup_side,
      recordingFile: row.recording_file,
      legs: row.legs,
      timeline: [],
    }))
  }
}

/** Those of the calls whose record is already saved (in the transaction's tenant). */
export async function savedCallIds(em: EntityManager, callIds: readonly string[]): Promise<Set<string>> {
  const rows = await em.execute<{ id: string }[]>(
    'select id from call_record where id = any(cast(? as uuid[]))',
    [`{${callIds.join(',')}}`],
  )
  return new Set(rows.map((row) => row.id))
}
