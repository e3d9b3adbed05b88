// The wallboard's data, kept current without anyone at the screen: the live feed moves the queues at once
// and brings a re-read after each burst of changes, the KPIs (aggregates) are read again every 30 s, and a
// lost connection is retried with back-off, then everything is read again and the feed resubscribed.
import { hasErrorCode, request, retryDelayMs, useSessionStore } from '@cc/web-common'
import { computed, onMounted, onUnmounted, ref, shallowRef, watch, type Ref } from 'vue'
import type { HourlyCallsRow, KpiCards, SkillGroupMonitorRow } from '../../graphql/monitoring'
import type { LiveQueueState } from '../../graphql/liveBoard'
import { WallboardKpisDocument, WallboardQueuesDocument } from '../../graphql/wallboard'
import { openLiveFeed } from '../live-board/liveFeed'
import { REFETCH_INTERVAL_MS } from '../live-board/useLiveBoard'
import { CHANGE_SETTLE_MS } from '../kpi-monitor/useKpiMonitor'
import { kpiScopeFor, shownSkillGroups, type WallboardChoices } from './choices'

/** A skill group's row with the moment it was read, so its longest wait ticks on between reads. */
export interface WallboardQueue extends SkillGroupMonitorRow {
  readAt: number
}

export function useWallboard(choices: Ref<WallboardChoices>) {
  const session = useSessionStore()
  const tenant = shallowRef<{ name: string; timeZone: string } | null>(null)
  const visibleGroups = shallowRef<WallboardQueue[]>([])
  const kpis = shallowRef<KpiCards | null>(null)
  const hours = shallowRef<HourlyCallsRow[]>([])
  /** When the figures on screen were read; shown while the connection is lost, so nobody trusts stale ones. */
  const readAt = ref<number | null>(null)
  const isForbidden = ref(false)
  const isReadFailing = ref(false)
  const isSocketDown = ref(false)
  const now = ref(Date.now())

  const shown = computed(() => shownSkillGroups(visibleGroups.value, choices.value.skillGroupIds))
  /** Chosen groups, all gone: deleted since the bookmark was made, or no longer the viewer's to see. */
  const areChosenGroupsGone = computed(
    () => readAt.value !== null && choices.value.skillGroupIds.length > 0 && shown.value.length === 0,
  )
  const scope = computed(() =>
    kpiScopeFor(
      shown.value.map((group) => group.skillGroupId),
      choices.value.skillGroupIds,
    ),
  )
  /** Only after a first read: until then there are no figures to keep, and the page says it is loading. */
  const isConnectionLost = computed(
    () => readAt.value !== null && (isReadFailing.value || isSocketDown.value),
  )

  let isReading = false
  let isReadAgainNeeded = false
  let failedReads = 0
  let retry: ReturnType<typeof setTimeout> | undefined
  let pendingChange: ReturnType<typeof setTimeout> | undefined
  let isUnmounted = false

  async function read(): Promise<void> {
    const queues = await request(WallboardQueuesDocument)
    const at = Date.now()
    tenant.value = queues.myTenant
    visibleGroups.value = queues.skillGroupMonitor.map((group) => ({ ...group, readAt: at }))
    const today = await request(WallboardKpisDocument, { scope: scope.value })
    kpis.value = today.kpis
    hours.value = today.hourlyCalls
    readAt.value = at
  }

  /** One read at a time; asked again meanwhile, it reads once more when done. */
  async function reload(): Promise<void> {
    if (isReading) {
      isReadAgainNeeded = true
      return
    }
    isReading = true
    clearTimeout(retry)
    try {
      await read()
      isReadFailing.value = false
      isForbidden.value = false
      failedReads = 0
    } catch (error) {
      if (hasErrorCode(error, 'UNAUTHENTICATED')) session.end()
      else if (hasErrorCode(error, 'FORBIDDEN')) isForbidden.value = true
      else {
        // The network, a restarting API, a proxy's 502: try again, less often the longer it lasts.
        isReadFailing.value = true
        if (!isUnmounted) retry = setTimeout(() => void reload(), retryDelayMs(failedReads++))
      }
    } finally {
      isReading = false
      if (isReadAgainNeeded && !isUnmounted) {
        isReadAgainNeeded = false
        void reload()
      }
    }
  }

  /** Changes come in bursts (a call moves a queue and an agent at once): one read covers a burst. */
  function onChange(): void {
    if (pendingChange) return
    pendingChange = setTimeout(() => {
      pendingChange = undefined
      void reload()
    }, CHANGE_SETTLE_MS)
  }

  /** The queue moves on screen at once; its members and today's KPIs follow with the next read. */
  function onQueueState(state: LiveQueueState): void {
    visibleGroups.value = visibleGroups.value.map((group) =>
      group.skillGroupId === state.skillGroupId
        ? {
            ...group,
            waiting: state.waiting,
            longestWaitSeconds: state.longestWaitSeconds,
            readAt: Date.now(),
          }
        : group,
    )
    onChange()
  }

  let hasConnected = false
  function onConnectionChange(isConnected: boolean): void {
    isSocketDown.value = !isConnected && hasConnected
    if (!isConnected) return
    // What changed while the socket was down never arrives: read it all again.
    if (hasConnected) void reload()
    hasConnected = true
  }

  /** The browser knows first when its network is back; no need to wait for the next attempt. */
  const onOnline = () => void reload()

  watch(
    () => JSON.stringify(choices.value.skillGroupIds),
    () => void reload(),
  )

  const stops: Array<() => void> = []
  onMounted(() => {
    void reload()
    stops.push(
      openLiveFeed({
        onAgentState: onChange,
        onQueueState,
        onConnectionChange,
        onSessionEnded: () => session.end(),
      }),
    )
    const refetch = setInterval(() => void reload(), REFETCH_INTERVAL_MS)
    const tick = setInterval(() => (now.value = Date.now()), 1000)
    window.addEventListener('online', onOnline)
    stops.push(
      () => clearInterval(refetch),
      () => clearInterval(tick),
      () => window.removeEventListener('online', onOnline),
    )
  })
  onUnmounted(() => {
    isUnmounted = true
    for (const stop of stops) stop()
    clearTimeout(retry)
    clearTimeout(pendingChange)
  })

  return {
    tenant,
    visibleGroups,
    shown,
    areChosenGroupsGone,
    scope,
    kpis,
    hours,
    readAt,
    now,
    isForbidden,
    isConnectionLost,
    reload,
  }
}
