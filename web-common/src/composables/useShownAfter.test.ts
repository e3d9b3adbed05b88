import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, ref } from 'vue'
import { useShownAfter } from './useShownAfter'

describe('A2: a list shows its loading mask only when the answer is slow', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  function follow(isBusy = ref(true)) {
    const scope = effectScope()
    const isShown = scope.run(() => useShownAfter(isBusy, 300))!
    return { isBusy, isShown, scope }
  }

  it('shows nothing for an answer that comes within the delay', async () => {
    const { isBusy, isShown } = follow()
    vi.advanceTimersByTime(299)
    expect(isShown.value).toBe(false)
    isBusy.value = false
    await nextTick()
    vi.advanceTimersByTime(1000)
    expect(isShown.value).toBe(false)
  })

  it('shows the mask once the wait lasts, and hides it with the answer', async () => {
    const { isBusy, isShown } = follow()
    vi.advanceTimersByTime(300)
    expect(isShown.value).toBe(true)
    isBusy.value = false
    await nextTick()
    expect(isShown.value).toBe(false)
  })

  it('starts counting again for the next load', async () => {
    const { isBusy, isShown } = follow(ref(false))
    isBusy.value = true
    await nextTick()
    vi.advanceTimersByTime(200)
    expect(isShown.value).toBe(false)
    vi.advanceTimersByTime(100)
    expect(isShown.value).toBe(true)
  })

  it('leaves no timer behind once its component is gone', () => {
    const { isShown, scope } = follow()
    scope.stop()
    vi.advanceTimersByTime(1000)
    expect(isShown.value).toBe(false)
  })
})
