// One thing loaded by its id for a drawer or a details pane: empty while none is chosen, the newest
// choice's answer only (a slow answer for an earlier choice is dropped), the failure said once.
import { ref, shallowRef, watch, type Ref, type ShallowRef, type WatchSource } from 'vue'
import { useServerErrors } from './useServerErrors'

export function useLoadedFor<T>(
  id: WatchSource<string | null>,
  load: (id: string) => Promise<T>,
): { loaded: ShallowRef<T | null>; isLoading: Ref<boolean>; hasLoadFailed: Ref<boolean> } {
  const { report } = useServerErrors([])
  const loaded = shallowRef<T | null>(null)
  const isLoading = ref(false)
  const hasLoadFailed = ref(false)
  let latest: string | null = null
  watch(
    id,
    async (chosen) => {
      latest = chosen
      loaded.value = null
      hasLoadFailed.value = false
      isLoading.value = chosen !== null
      if (!chosen) return
      try {
        const value = await load(chosen)
        if (latest === chosen) loaded.value = value
      } catch (error) {
        if (latest === chosen) hasLoadFailed.value = true
        report(error)
      } finally {
        if (latest === chosen) isLoading.value = false
      }
    },
    { immediate: true },
  )
  return { loaded, isLoading, hasLoadFailed }
}
