// The live board's data: a snapshot of agents, queues and calls, kept current by the live feed and a 30 s refetch.
import { request, useServerErrors, useSessionStore } from '@cc/web-common'
import { onMounted, onUnmounted, ref, shallowRef } from 'vue'
import {
  LiveBoardAgentsDocument,
  LiveBoardDocument,
  type LiveAgentState,
  type LiveCallsSnapshot,
  type LiveQueueState,
} from '../../graphql/liveBoard'
import { applyAgentState, type BoardAgent } from './board'
import { NO_LIVE_CALLS, newerLiveCalls, type LiveCallsState } from './liveCalls'
import { openLiveFeed } from './liveFeed'

/** The safety net under the live feed: a missed event is corrected within this long. */
export const REFETCH_INTERVAL_MS = 30_000
const AGENTS_PAGE_LIMIT = 100

/** A queue with the moment it was read, so its longest wait can tick on in the browser. */
export interface BoardQueue extends LiveQueueState {
  readAt: number
}

type AgentNames = Map<string, { name: string; agentNumber: string | null }>

async function loadAgentNames(): Promise<AgentNames> {
  const first = (await request(LiveBoardAgentsDocument, { page: { offset: 0, limit: AGENTS_PAGE_LIMIT } }))
    .agents
  const offsets: number[] = []
  for (let offset = AGENTS_PAGE_LIMIT; offset < first.totalCount; offset += AGENTS_PAGE_LIMIT)
    offsets.push(offset)
  const rest = await Promise.all(
    offsets.map(
      async (offset) =>
        (await request(LiveBoardAgentsDocument, { page: { offset, limit: AGENTS_PAGE_LIMIT } })).agents.items,
    ),
  )
  return new Map([first.items, ...rest].flat().map((agent) => [agent.id, agent]))
}

export function useLiveBoard() {
  const session = useSessionStore()
  const { report } = useServerErrors([])
  const agents = ref<BoardAgent[]>([])
  const queues = ref<BoardQueue[]>([])
  const liveCalls = shallowRef<LiveCallsState>(NO_LIVE_CALLS)
  const reasonNames = shallowRef(new Map<string, string>())
  const isLoading = ref(true)
  const isReconnecting = ref(false)
  const now = ref(Date.now())
  let names: AgentNames = new Map()
  let hasConnected = false
  const stops: Array<() => void> = []

  function rowOf(state: LiveAgentState): BoardAgent {
    const known = names.get(state.userId)
    return { ...state, name: known?.name ?? '—', agentNumber: known?.agentNumber ?? null }
  }

  async function reload(): Promise<void> {
    try {
      const [board, freshNames] = await Promise.all([request(LiveBoardDocument), loadAgentNames()])
      names = freshNames
      agents.value = board.agentStates.map(rowOf)
      const readAt = Date.now()
      queues.value = board.queueStates.map((queue) => ({ ...queue, readAt }))
      reasonNames.value = new Map(board.notReadyReasons.map((reason) => [reason.id, reason.name]))
      onLiveCalls(board.liveCalls)
    } catch (error) {
      report(error)
    } finally {
      isLoading.value = false
    }
  }

  function onAgentState(state: LiveAgentState): void {
    // An agent added since the snapshot: the next reload brings their name along.
    if (!applyAgentState(agents.value, state)) void reload()
  }

  function onQueueState(state: LiveQueueState): void {
    const queue = { ...state, readAt: Date.now() }
    const index = queues.value.findIndex((candidate) => candidate.skillGroupId === state.skillGroupId)
    if (index >= 0) queues.value[index] = queue
    else queues.value.push(queue)
  }

  function onLiveCalls(snapshot: LiveCallsSnapshot): void {
    liveCalls.value = newerLiveCalls(liveCalls.value, snapshot, Date.now())
  }

  /** A call the supervisor just hung up leaves at once; the feed's next snapshot agrees. */
  function dropCall(callId: string): void {
    const current = liveCalls.value
    liveCalls.value = { ...current, calls: current.calls.filter((call) => call.callId !== callId) }
  }

  function onConnectionChange(isConnected: boolean): void {
    if (!isConnected) {
      isReconnecting.value = hasConnected
      return
    }
    // Changes made while the socket was down never arrive; a fresh snapshot covers them.
    if (isReconnecting.value) void reload()
    hasConnected = true
    isReconnecting.value = false
  }

  onMounted(() => {
    void reload()
    stops.push(
      openLiveFeed({
        onAgentState,
        onQueueState,
        onLiveCalls,
        onConnectionChange,
        onSessionEnded: () => session.end(),
      }),
    )
    const refetch = setInterval(() => void reload(), REFETCH_INTERVAL_MS)
    const tick = setInterval(() => (now.value = Date.now()), 1000)
    stops.push(
      () => clearInterval(refetch),
      () => clearInterval(tick),
    )
  })
  onUnmounted(() => {
    for (const stop of stops) stop()
  })

  return {
    agents,
    queues,
    liveCalls,
    reasonNames,
    isLoading,
    isReconnecting,
    now,
    reload,
    onAgentState,
    onQueueState,
    onLiveCalls,
    dropCall,
  }
}
