// A report's data (A9): asked for again whenever its input changes; a reply for an input since changed is
// dropped, the newer one being on its way. A null input (a custom period without days) asks nothing.
import { useServerErrors } from '@cc/web-common'
import { ref, shallowRef, watch, type Ref } from 'vue'

export function useReportData<Input, Result>(
  input: Ref<Input | null>,
  fetch: (input: Input) => Promise<Result>,
) {
  const { report } = useServerErrors([])
  const data = shallowRef<Result | null>(null)
  const isLoading = ref(false)

  async function load(): Promise<void> {
    const asked = input.value
    if (!asked) return
    isLoading.value = true
    try {
      const result = await fetch(asked)
      if (asked === input.value) data.value = result
    } catch (error) {
      report(error)
    } finally {
      isLoading.value = false
    }
  }

  watch(input, () => void load(), { immediate: true })
  return { data, isLoading, load }
}
