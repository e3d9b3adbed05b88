// The KPI monitor's data for the chosen scope, read again every 30 s and shortly after the live feed reports a change.
import { request, useServerErrors, useSessionStore } from '@cc/web-common'
import { onMounted, onUnmounted, ref, shallowRef, watch, type Ref } from 'vue'
import {
  KpiMonitorDocument,
  type AgentMonitorRow,
  type HourlyCallsRow,
  type KpiCards,
  type KpiScopeInput,
  type SkillGroupMonitorRow,
} from '../../graphql/monitoring'
import { openLiveFeed } from '../live-board/liveFeed'
import { REFETCH_INTERVAL_MS } from '../live-board/useLiveBoard'

/** Changes come in bursts (a call moves agents and queues at once): one read covers a burst. */
export const CHANGE_SETTLE_MS = 3_000

export function useKpiMonitor(scope: Ref<KpiScopeInput>) {
  const session = useSessionStore()
  const { report } = useServerErrors([])
  const kpis = shallowRef<KpiCards | null>(null)
  const hours = shallowRef<HourlyCallsRow[]>([])
  /** The company's time zone, which the chart's hours are labelled in. */
  const timeZone = ref<string | null>(null)
  const skillGroups = shallowRef<SkillGroupMonitorRow[]>([])
  const agents = shallowRef<AgentMonitorRow[]>([])
  const isLoading = ref(true)
  const stops: Array<() => void> = []
  let pendingChange: ReturnType<typeof setTimeout> | null = null

  async function reload(): Promise<void> {
    const asked = scope.value
    try {
      const data = await request(KpiMonitorDocument, { scope: asked })
      // A reply for a scope the supervisor has since left is dropped; the newer one is on its way.
      if (asked !== scope.value) return
      kpis.value = data.kpis
      hours.value = data.hourlyCalls
      timeZone.value = data.myTenant.timeZone
      skillGroups.value = data.skillGroupMonitor
      agents.value = data.agentMonitor
    } catch (error) {
      report(error)
    } finally {
      isLoading.value = false
    }
  }

  function onChange(): void {
    if (pendingChange) return
    pendingChange = setTimeout(() => {
      pendingChange = null
      void reload()
    }, CHANGE_SETTLE_MS)
  }

  watch(scope, () => void reload())

  onMounted(() => {
    void reload()
    stops.push(
      openLiveFeed({
        onAgentState: onChange,
        onQueueState: onChange,
        onConnectionChange: () => {},
        onSessionEnded: () => session.end(),
      }),
    )
    const refetch = setInterval(() => void reload(), REFETCH_INTERVAL_MS)
    stops.push(() => clearInterval(refetch))
  })
  onUnmounted(() => {
    for (const stop of stops) stop()
    if (pendingChange) clearTimeout(pendingChange)
  })

  return { kpis, hours, timeZone, skillGroups, agents, isLoading, reload }
}
