// One customer's history, newest first, read a page at a time (G4): the screen pop's and the customers
// page's timeline. An answer for a customer no longer shown is dropped.
import { request } from '@cc/web-common'
import { ref, shallowRef } from 'vue'
import { CustomerHistoryDocument, type CustomerHistoryEntry } from '../graphql/customers'

/** Entries per page, the first one included (the screen pop reads it with the pop). */
export const HISTORY_PAGE = 20

export function useCustomerHistory(customerId: () => string | null) {
  const entries = shallowRef<CustomerHistoryEntry[]>([])
  const nextCursor = ref<string | null>(null)
  const isLoading = ref(false)

  /** Shows a first page read along with something else (the screen pop reads it with the pop). */
  function show(page: { entries: CustomerHistoryEntry[]; nextCursor: string | null } | null): void {
    entries.value = page?.entries ?? []
    nextCursor.value = page?.nextCursor ?? null
  }

  /** Reads the first page again, or with `more` the page after those shown. */
  async function load(more = false): Promise<void> {
    const id = customerId()
    if (!id) return
    isLoading.value = true
    try {
      const { customerHistory } = await request(CustomerHistoryDocument, {
        customerId: id,
        after: more ? nextCursor.value : null,
        limit: HISTORY_PAGE,
      })
      if (customerId() !== id) return
      entries.value = more ? [...entries.value, ...customerHistory.entries] : customerHistory.entries
      nextCursor.value = customerHistory.nextCursor
    } finally {
      isLoading.value = false
    }
  }

  return { entries, nextCursor, isLoading, show, load }
}
