// The call_command table: the idempotency key of every call-control request (a retry gets the first
// answer and never places a second call), the outbound calls that hold a slot under the company's
// cap, and the consultation an agent has open.
import type { Clock } from '../../common/clock.js'
import { ConflictError, RateLimitedError, ValidationError } from '../../common/errors.js'
import type { Database, EntityManager } from '../../db/database.js'
import type { Viewer } from '../identity/viewer.js'
import type { LiveCall } from './call-preconditions.js'
import type { AcdSettingsValues } from './settings.service.js'

/** What a call-control request answers: the call it acted on. */
export interface CallControlResult {
  callId: string
}

/** Rows of open outbound calls older than this are not counted: a lost hang-up must not block dialling forever. */
const OUTBOUND_SLOT_HOURS = 12

export class CallCommands {
  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
  ) {}

  /** Records the key; a key seen before returns its first result instead (undefined: first time). */
  async claimKey(
    em: EntityManager,
    viewer: Viewer,
    key: string,
    operation: string,
  ): Promise<CallControlResult | undefined> {
    if (!/^[\w-]{8,100}$/.test(key))
      throw new ValidationError([
        {
          field: 'idempotencyKey',
          code: 'INVALID_IDEMPOTENCY_KEY',
          message: 'must be 8–100 letters, digits, - or _',
        },
      ])
    const inserted = await em.execute<Array<{ operation: string }>>(
      `insert into call_command (tenant_id, user_id, idempotency_key, operation, created_at) values (?, ?, ?, ?, ?)
       on conflict do nothing returning operation`,
      [viewer.tenantId, viewer.userId, key, operation, this.clock.now()],
    )
    if (inserted.length > 0) return undefined
    const [previous] = await em.execute<Array<{ operation: string; result: CallControlResult | null }>>(
      'select operation, result from call_command where tenant_id = ? and user_id = ? and idempotency_key = ?',
      [viewer.tenantId, viewer.userId, key],
    )
    if (previous?.operation !== operation || !previous.result)
      throw new ConflictError(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key was already used for another request.',
        { field: 'idempotencyKey' },
      )
    return previous.result
  }

  /** Runs a call-control request once per key: retries get the first answer. */
  async once(
    viewer: Viewer,
    key: string,
    operation: string,
    work: () => Promise<CallControlResult>,
  ): Promise<CallControlResult> {
    const replay = await this.db.inTenant(viewer.tenantId, (em) => this.claimKey(em, viewer, key, operation))
    if (replay) return replay
    try {
      const result = await work()
      await this.db.inTenant(viewer.tenantId, (em) =>
        em.execute(
          'update call_command set result = ?, call_id = ? where tenant_id = ? and user_id = ? and idempotency_key = ?',
          [JSON.stringify(result), result.callId, viewer.tenantId, viewer.userId, key],
        ),
      )
      return result
    } catch (error) {
      // A refused request may be retried with the same key once the problem is fixed.
      await this.db.inTenant(viewer.tenantId, (em) =>
        em.execute('delete from call_command where tenant_id = ? and user_id = ? and idempotency_key = ?', [
          viewer.tenantId,
          viewer.userId,
          key,
        ]),
      )
      throw error
    }
  }

  /** The dial-out request under `key` placed `callId`: it holds an outbound slot until its agent leg ends. */
  async openOutbound(
    em: EntityManager,
    viewer: Viewer,
    key: string,
    call: { callId: string; number: string },
  ): Promise<void> {
    await em.execute(
      `update call_command set call_id = ?, dialled_number = ?, is_outbound_active = true, result = ?
        where tenant_id = ? and user_id = ? and idempotency_key = ?`,
      [
        call.callId,
        call.number,
        JSON.stringify({ callId: call.callId }),
        viewer.tenantId,
        viewer.userId,
        key,
      ],
    )
  }

  /** The agent's leg of an outbound call ended: its slot under the concurrency cap is free again. */
  async outboundEnded(tenantId: string, callId: string): Promise<void> {
    await this.db.inTenant(tenantId, (em) =>
      em.execute(
        `update call_command set is_outbound_active = false where call_id = ? and operation = 'DIAL_OUT'`,
        [callId],
      ),
    )
  }

  /** Refuses a dial-out over the company's concurrent or per-second outbound limits. */
  async guardOutboundRate(em: EntityManager, tenantId: string, settings: AcdSettingsValues): Promise<void> {
    // One outbound decision at a time per tenant, so two requests cannot both take the last slot.
    await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`outbound:${tenantId}`])
    const now = this.clock.now()
    const [usage] = await em.execute<Array<{ active: number; last_second: number }>>(
      `select count(*) filter (where is_outbound_active and created_at > cast(? as timestamptz) - make_interval(hours => ?))::int as active,
              count(*) filter (where created_at > cast(? as timestamptz) - interval '1 second')::int as last_second
         from call_command where operation = 'DIAL_OUT' and call_id is not null`,
      [now, OUTBOUND_SLOT_HOURS, now],
    )
    if ((usage?.active ?? 0) >= settings.maxConcurrentOutbound)
      throw new RateLimitedError(
        'OUTBOUND_CONCURRENCY_LIMIT',
        `Your company already has ${settings.maxConcurrentOutbound} outbound calls, its limit; try when one ends.`,
        5,
        { params: { maximum: settings.maxConcurrentOutbound } },
      )
    if ((usage?.last_second ?? 0) >= settings.maxOutboundPerSecond)
      throw new RateLimitedError(
        'OUTBOUND_RATE_LIMIT',
        `Your company may start ${settings.maxOutboundPerSecond} outbound calls per second; try again in a moment.`,
        1,
        { params: { maximum: settings.maxOutboundPerSecond } },
      )
  }

  async rememberConsultation(viewer: Viewer, call: LiveCall, targetLeg: string): Promise<void> {
    await this.db.inTenant(viewer.tenantId, (em) =>
      em.execute(
        `insert into call_command (tenant_id, user_id, idempotency_key, operation, call_id, result, created_at)
         values (?, ?, ?, 'CONSULTATION', ?, ?, ?)`,
        [
          viewer.tenantId,
          viewer.userId,
          `consultation-${targetLeg}`,
          call.callId,
          JSON.stringify({ ...call, targetLeg }),
          this.clock.now(),
        ],
      ),
    )
  }

  /** The agent's open consultation: their call with the customer and the consulted party's leg. */
  async openConsultation(viewer: Viewer): Promise<(LiveCall & { targetLeg: string }) | undefined> {
    const [row] = await this.db.inTenant(viewer.tenantId, (em) =>
      em.execute<Array<{ result: LiveCall & { targetLeg: string } }>>(
        `select result from call_command where user_id = ? and operation = 'CONSULTATION' order by created_at desc limit 1`,
        [viewer.userId],
      ),
    )
    return row?.result
  }

  async forgetConsultation(viewer: Viewer): Promise<void> {
    await this.db.inTenant(viewer.tenantId, (em) =>
      em.execute(`delete from call_command where user_id = ? and operation = 'CONSULTATION'`, [
        viewer.userId,
      ]),
    )
  }
}
