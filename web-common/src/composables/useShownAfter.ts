// A busy indicator for what is usually quick: shown only once the wait has lasted a moment. A list whose
// answer was sent with the navigation then renders its rows without first building Element Plus's
// loading mask (a component of its own, mounted and laid out) only to take it down again.
import { onScopeDispose, ref, watch, type Ref, type WatchSource } from 'vue'

export const BUSY_INDICATOR_DELAY_MS = 300

export function useShownAfter(isBusy: WatchSource<boolean>, delayMs = BUSY_INDICATOR_DELAY_MS): Ref<boolean> {
  const isShown = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  const stopTimer = () => {
    clearTimeout(timer)
    timer = undefined
  }
  watch(
    isBusy,
    (busy) => {
      stopTimer()
      if (!busy) isShown.value = false
      else if (!isShown.value) timer = setTimeout(() => (isShown.value = true), delayMs)
    },
    { immediate: true },
  )
  onScopeDispose(stopTimer)
  return isShown
}
