// The live calls' rules, free of Vue (A8): the stages in the order a call goes through them, how each
// looks, what a supervisor may do to a call in each, and which snapshot is the newest.
import type { LiveCallStage, LiveCallsSnapshot } from '../../graphql/liveBoard'

export type LiveCallRow = LiveCallsSnapshot['calls'][number]

export const LIVE_CALL_STAGES = [
  'IVR',
  'QUEUED',
  'RINGING',
  'TALKING',
  'ON_HOLD',
  'CONSULTING',
  'AFTER_CALL_WORK',
] as const satisfies readonly LiveCallStage[]

/** Element Plus tag types, matching the agent statuses' colours where the meaning is the same. */
export const STAGE_TAG: Record<LiveCallStage, 'success' | 'warning' | 'primary' | 'info' | 'danger'> = {
  IVR: 'info',
  QUEUED: 'danger',
  RINGING: 'warning',
  TALKING: 'primary',
  ON_HOLD: 'warning',
  CONSULTING: 'warning',
  AFTER_CALL_WORK: 'info',
}

/** The calls as last read, with how far the server's clock is ahead of the browser's. */
export interface LiveCallsState {
  calls: LiveCallRow[]
  /** The server's `readAt` of the snapshot shown; an older snapshot arriving later is dropped. */
  readAt: number
  /** Server time minus browser time, so durations tick from the server's stage times. */
  clockOffsetMs: number
}

export const NO_LIVE_CALLS: LiveCallsState = { calls: [], readAt: 0, clockOffsetMs: 0 }

/** The snapshot to show: the newer of the two (a slow query must not overwrite a newer event). */
export function newerLiveCalls(
  current: LiveCallsState,
  snapshot: LiveCallsSnapshot,
  receivedAt: number,
): LiveCallsState {
  const readAt = Date.parse(snapshot.readAt)
  if (readAt < current.readAt) return current
  return { calls: snapshot.calls, readAt, clockOffsetMs: readAt - receivedAt }
}

/** Listen, whisper and barge join the agent's leg: there must be an agent on the call, and not the viewer. */
export function canMonitorCall(call: LiveCallRow, viewerId: string | null): boolean {
  return (
    call.agentId !== null &&
    call.agentId !== viewerId &&
    (call.stage === 'TALKING' || call.stage === 'ON_HOLD' || call.stage === 'CONSULTING')
  )
}

/** After-call work has nothing left on the switch to hang up. */
export function canForceHangUp(call: LiveCallRow): boolean {
  return call.stage !== 'AFTER_CALL_WORK'
}

export function secondsSince(at: string, now: number, state: Pick<LiveCallsState, 'clockOffsetMs'>): number {
  return (now + state.clockOffsetMs - Date.parse(at)) / 1000
}
