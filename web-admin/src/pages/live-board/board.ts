// The live board's rules, free of Vue: how a status looks, which actions it allows, how long it has lasted.
import type { AgentStatus, LiveAgentState, LiveQueueState, MonitorMode } from '../../graphql/liveBoard'

export const AGENT_STATUSES = [
  'IDLE',
  'RINGING',
  'ON_CALL',
  'AFTER_CALL_WORK',
  'NOT_READY',
  'OFFLINE',
] as const satisfies readonly AgentStatus[]

export const MONITOR_MODES = ['LISTEN', 'WHISPER', 'BARGE'] as const satisfies readonly MonitorMode[]

/** Element Plus tag types; AFTER_CALL_WORK and OFFLINE get their own colour from a class. */
export const STATUS_TAG: Record<
  AgentStatus,
  { type: 'success' | 'warning' | 'primary' | 'info'; class?: string }
> = {
  IDLE: { type: 'success' },
  RINGING: { type: 'warning' },
  ON_CALL: { type: 'primary' },
  AFTER_CALL_WORK: { type: 'primary', class: 'status-acw' },
  NOT_READY: { type: 'info' },
  OFFLINE: { type: 'info', class: 'status-offline' },
}

export interface BoardAgent extends LiveAgentState {
  name: string
  agentNumber: string | null
}

export function canMonitor(status: AgentStatus): boolean {
  return status === 'ON_CALL'
}

export function canForceSignOut(status: AgentStatus): boolean {
  return status !== 'OFFLINE'
}

/** `m:ss`, or `h:mm:ss` past an hour; never negative when the browser's clock runs behind the server's. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds))
  const hours = Math.floor(seconds / 3600)
  const minutes = Math.floor((seconds % 3600) / 60)
  const rest = String(seconds % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}

/** A queue's longest wait now: as read, plus the time since it was read; nobody waiting stays 0. */
export function currentWaitSeconds(
  queue: { longestWaitSeconds: number; readAt: number },
  now: number,
): number {
  if (queue.longestWaitSeconds === 0) return 0
  return queue.longestWaitSeconds + Math.max(0, now - queue.readAt) / 1000
}

/** A queue whose callers wait while nobody is free to take them. */
export function isQueueStarved(queue: Pick<LiveQueueState, 'waiting' | 'idleAgents'>): boolean {
  return queue.waiting > 0 && queue.idleAgents === 0
}

/** Puts a changed state into its row; false when no row holds that agent (the board is out of date). */
export function applyAgentState(rows: BoardAgent[], state: LiveAgentState): boolean {
  const row = rows.find((candidate) => candidate.userId === state.userId)
  if (!row) return false
  Object.assign(row, {
    status: state.status,
    reasonId: state.reasonId ?? null,
    since: state.since,
    cause: state.cause,
  })
  return true
}
