// One server-paged list: the current page, its rows and total, reloaded whenever the query changes.
import { ref, shallowRef, watch, type WatchSource } from 'vue'

export const PAGE_SIZES = [20, 50, 100] as const

export interface PageResult<Row> {
  totalCount: number
  items: Row[]
}

/**
 * `load` asks the server for one page. A change in `query` (filters) goes back to the first page, because
 * the old page number may not exist any more. Answers that arrive after a newer request are dropped.
 * A failed load leaves no rows and sets `error` (until the next answer), so that the page says it could
 * not load (ListEmpty) instead of calling the list empty.
 */
export function usePagedList<Row>(
  load: (page: { limit: number; offset: number }) => Promise<PageResult<Row>>,
  query: WatchSource<unknown> = () => null,
  onError: (error: unknown) => void = console.error,
) {
  const rows = shallowRef<Row[]>([])
  const totalCount = ref(0)
  const pageNumber = ref(1)
  const pageSize = ref<number>(PAGE_SIZES[0])
  const isLoading = ref(false)
  /** Why the newest load failed; null once an answer came. */
  const error = shallowRef<unknown>(null)
  let latest = 0

  async function reload(): Promise<void> {
    const ticket = ++latest
    isLoading.value = true
    try {
      const result = await load({ limit: pageSize.value, offset: (pageNumber.value - 1) * pageSize.value })
      if (ticket !== latest) return
      error.value = null
      rows.value = result.items
      totalCount.value = result.totalCount
      // The last row of the last page was deleted: show the page before instead of an empty one.
      if (result.items.length === 0 && pageNumber.value > 1 && result.totalCount > 0) {
        pageNumber.value = Math.ceil(result.totalCount / pageSize.value)
      }
    } catch (caught) {
      if (ticket !== latest) return
      // The rows of an older page or filter would pass for this one's.
      rows.value = []
      totalCount.value = 0
      error.value = caught
      onError(caught)
    } finally {
      if (ticket === latest) isLoading.value = false
    }
  }

  watch(query, () => (pageNumber.value === 1 ? void reload() : (pageNumber.value = 1)), { deep: true })
  watch([pageNumber, pageSize], () => void reload())
  void reload()

  return { rows, totalCount, pageNumber, pageSize, isLoading, error, reload }
}
