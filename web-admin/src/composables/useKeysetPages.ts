// A list read in keyset pages (A9's call records and ratings): the cursor of every page shown so far, so
// "previous" returns to exactly the rows seen before and "next" continues after the last row, however many
// rows arrive meanwhile.
import { useServerErrors } from '@cc/web-common'
import { computed, ref, shallowRef } from 'vue'

export interface KeysetPage<Row> {
  items: Row[]
  nextCursor: string | null
}

export function useKeysetPages<Row>(read: (after: string | null, limit: number) => Promise<KeysetPage<Row>>) {
  const { report } = useServerErrors([])
  const rows = shallowRef<Row[]>([])
  const pageSize = ref(20)
  /** Page n was read after cursors[n - 1]; null: from the newest. */
  const cursors = ref<(string | null)[]>([null])
  const nextCursor = ref<string | null>(null)
  const isLoading = ref(false)

  async function load(): Promise<void> {
    isLoading.value = true
    try {
      const page = await read(cursors.value[cursors.value.length - 1] ?? null, pageSize.value)
      rows.value = page.items
      nextCursor.value = page.nextCursor
    } catch (error) {
      rows.value = []
      nextCursor.value = null
      report(error)
    } finally {
      isLoading.value = false
    }
  }

  return {
    rows,
    pageSize,
    isLoading,
    pageNumber: computed(() => cursors.value.length),
    hasNext: computed(() => nextCursor.value !== null),
    /** The first page again (a new filter or page size). */
    first(): Promise<void> {
      cursors.value = [null]
      return load()
    },
    next(): Promise<void> {
      if (!nextCursor.value) return Promise.resolve()
      cursors.value = [...cursors.value, nextCursor.value]
      return load()
    },
    previous(): Promise<void> {
      if (cursors.value.length < 2) return Promise.resolve()
      cursors.value = cursors.value.slice(0, -1)
      return load()
    },
  }
}
