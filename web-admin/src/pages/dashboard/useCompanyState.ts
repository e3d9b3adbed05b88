// The home page's data: agents and queues now (kept current by the live board's feed), today's calls and
// the setup progress (read again every 30 s, the feed's safety net too).
import { request, useServerErrors, useSessionStore, useTenantStore } from '@cc/web-common'
import { computed, onMounted, onUnmounted, ref, watch } from 'vue'
import {
  DashboardLiveDocument,
  SetupProgressDocument,
  TodayCallsDocument,
  type SetupProgress,
  type TodayCalls,
} from '../../graphql/dashboard'
import type { LiveAgentState, LiveQueueState } from '../../graphql/liveBoard'
import { openLiveFeed } from '../live-board/liveFeed'
import { startOfDayIn } from './today'

export const REFRESH_INTERVAL_MS = 30_000

export interface CompanyStateAccess {
  /** Group leaders and up see agents and queues (the live board's rights). */
  canSupervise: boolean
  /** Administrators also see the company's calls and its setup. */
  canAdminister: boolean
}

function upsert<T>(rows: T[], row: T, isSame: (candidate: T) => boolean): void {
  const index = rows.findIndex(isSame)
  if (index >= 0) rows[index] = row
  else rows.push(row)
}

export function useCompanyState(access: CompanyStateAccess) {
  const session = useSessionStore()
  const tenantStore = useTenantStore()
  const { report } = useServerErrors([])
  const agents = ref<LiveAgentState[]>([])
  const queues = ref<(LiveQueueState & { readAt: number })[]>([])
  const today = ref<TodayCalls | null>(null)
  const progress = ref<SetupProgress | null>(null)
  const isLoading = ref(access.canSupervise)
  const now = ref(Date.now())
  const stops: Array<() => void> = []

  const agentsOnline = computed(() => agents.value.filter((agent) => agent.status !== 'OFFLINE'))

  async function reloadLive(): Promise<void> {
    if (!access.canSupervise) return
    try {
      const live = await request(DashboardLiveDocument)
      agents.value = live.agentStates
      const readAt = Date.now()
      queues.value = live.queueStates.map((queue) => ({ ...queue, readAt }))
    } catch (error) {
      report(error)
    } finally {
      isLoading.value = false
    }
  }

  async function reloadAdministration(): Promise<void> {
    const timeZone = tenantStore.tenant?.timeZone
    if (!access.canAdminister || !timeZone) return
    try {
      const [counts, setup] = await Promise.all([
        request(TodayCallsDocument, { from: startOfDayIn(timeZone).toISOString() }),
        request(SetupProgressDocument),
      ])
      today.value = counts
      progress.value = setup
    } catch (error) {
      report(error)
    }
  }

  const reload = () => Promise.all([reloadLive(), reloadAdministration()])

  // The company (and its time zone) may still be on its way when the page opens, or change meanwhile.
  watch(() => tenantStore.tenant?.timeZone, reloadAdministration)

  onMounted(() => {
    void reload()
    if (access.canSupervise) {
      let wasConnected = false
      stops.push(
        openLiveFeed({
          onAgentState: (state) => upsert(agents.value, state, (row) => row.userId === state.userId),
          onQueueState: (state) =>
            upsert(
              queues.value,
              { ...state, readAt: Date.now() },
              (row) => row.skillGroupId === state.skillGroupId,
            ),
          // Changes made while the socket was down never arrive; a fresh snapshot covers them.
          onConnectionChange: (isConnected) => {
            if (isConnected && wasConnected) void reloadLive()
            wasConnected ||= isConnected
          },
          onSessionEnded: () => session.end(),
        }),
      )
    }
    const refresh = setInterval(() => void reload(), REFRESH_INTERVAL_MS)
    const tick = setInterval(() => (now.value = Date.now()), 1000)
    stops.push(
      () => clearInterval(refresh),
      () => clearInterval(tick),
    )
  })
  onUnmounted(() => {
    for (const stop of stops) stop()
  })

  return { agents, agentsOnline, queues, today, progress, isLoading, now, reload }
}
