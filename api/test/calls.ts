// Call records built in one line each (A9 tests): a finished call as the switch cluster saves it, its
// queue facts and its survey answer, without placing the call on the simulator.
import { randomUUID } from 'node:crypto'
import { PgCallStore } from '../src/modules/calls/call-record.store.js'
import type { CallSnapshot } from '../src/telephony/calls/call.js'
import type { TestApi } from './api.js'
import type { TestTenant } from './factories.js'

export interface CallSpec {
  at: Date
  direction?: 'INBOUND' | 'OUTBOUND'
  from?: string
  to?: string
  agentId?: string | null
  skillGroupId?: string | null
  /** Seconds after `at` the call was answered; not answered when omitted. */
  answeredAfter?: number
  /** Seconds after `at` the call ended; 60 when omitted, live when null. */
  endedAfter?: number | null
  recordingFile?: string | null
  /** Saves this call again (the switch's later snapshot of it); a new call when omitted. */
  id?: string
}

export const plus = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000)

/** Saves a finished call record as the switch cluster would; returns its ID. */
export async function saveCall(api: TestApi, tenant: TestTenant, spec: CallSpec): Promise<string> {
  const id = spec.id ?? randomUUID()
  const endedAfter = spec.endedAfter === undefined ? 60 : spec.endedAfter
  const direction = spec.direction ?? 'INBOUND'
  const call: CallSnapshot = {
    id,
    tenantId: tenant.tenantId,
    node: 'records-test',
    direction,
    dialledNumber: direction === 'INBOUND' ? '4008009000' : null,
    callerNumber: spec.from ?? '13700000000',
    calleeNumber: spec.to ?? '4008009000',
    agentId: spec.agentId ?? null,
    skillGroupId: spec.skillGroupId ?? null,
    startedAt: spec.at,
    ringingAt: null,
    answeredAt: spec.answeredAfter === undefined ? null : plus(spec.at, spec.answeredAfter),
    bridgedAt: spec.answeredAfter === undefined ? null : plus(spec.at, spec.answeredAfter),
    endedAt: endedAfter === null ? null : plus(spec.at, endedAfter),
    hangupCause: endedAfter === null ? null : 'NORMAL_CLEARING',
    hangupSide: endedAfter === null ? null : 'CALLER',
    recordingFile: spec.recordingFile ?? null,
    legs: [],
    timeline: [],
  }
  await new PgCallStore(api.db).save([call])
  return id
}

export const sqlAs = (api: TestApi, tenant: TestTenant, query: string, params: unknown[]) =>
  api.db.inTenant(tenant.tenantId, (em) => em.execute(query, params))

export const fact = (
  api: TestApi,
  tenant: TestTenant,
  callId: string,
  kind: string,
  at: Date,
  more: { skillGroupId?: string; agentId?: string; outcome?: string; ms?: number } = {},
) =>
  sqlAs(
    api,
    tenant,
    `insert into call_fact (tenant_id, call_id, kind, at, skill_group_id, agent_id, outcome, duration_ms)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      tenant.tenantId,
      callId,
      kind,
      at,
      more.skillGroupId ?? null,
      more.agentId ?? null,
      more.outcome ?? null,
      more.ms ?? null,
    ],
  )

/** A survey answer on the call; on the 1–5 scale unless another is given, with the scale's labels if given. */
export const score = (
  api: TestApi,
  tenant: TestTenant,
  callId: string,
  value: number,
  at: Date,
  scale = 5,
  labels: ReadonlyArray<{ zh: string; en: string }> | null = null,
) =>
  sqlAs(
    api,
    tenant,
    'insert into satisfaction_score (call_id, tenant_id, score, scale, labels, at) values (?, ?, ?, ?, ?::jsonb, ?)',
    [callId, tenant.tenantId, value, scale, labels && JSON.stringify(labels), at],
  )
