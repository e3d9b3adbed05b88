// The screen pop's data for one call (G4): the pop itself, the customer's history page by page, and the
// customer's live changes, which re-read the card or the history (another agent's edit, an integration's
// entry, a merge that the pop follows to the surviving customer).
import { createSubscriptionClient, request, subscribe, useSessionStore } from '@cc/web-common'
import type { Client } from 'graphql-ws'
import { onBeforeUnmount, ref, shallowRef, watch, type Ref } from 'vue'
import { HISTORY_PAGE, useCustomerHistory } from '../../../composables/useCustomerHistory'
import { CustomerCardDocument, CustomerChangedDocument } from '../../../graphql/customers'
import { ScreenPopDocument, type ScreenPopQuery } from '../../../graphql/screenPop'

export function useScreenPop(callId: Ref<string | null>) {
  const session = useSessionStore()
  const pop = shallowRef<ScreenPopQuery['screenPop'] | null>(null)
  const fields = shallowRef<ScreenPopQuery['customFieldDefinitions']>([])
  const {
    entries: history,
    nextCursor,
    isLoading: isHistoryLoading,
    show: showHistory,
    load: loadHistory,
  } = useCustomerHistory(() => pop.value?.customer?.id ?? null)
  const isLoading = ref(false)
  const error = shallowRef<unknown>(null)
  let client: Client | undefined
  let stopWatching: (() => void) | undefined

  async function load(): Promise<void> {
    const id = callId.value
    stopWatching?.()
    pop.value = null
    showHistory(null)
    error.value = null
    if (!id) return
    isLoading.value = true
    try {
      const result = await request(ScreenPopDocument, { callId: id, historyLimit: HISTORY_PAGE })
      if (callId.value !== id) return
      pop.value = result.screenPop
      fields.value = result.customFieldDefinitions
      showHistory(result.screenPop.history ?? null)
      const customerId = result.screenPop.customer?.id
      if (customerId) watchCustomer(customerId)
    } catch (failure) {
      if (callId.value === id) error.value = failure
    } finally {
      if (callId.value === id) isLoading.value = false
    }
  }

  async function reloadCard(customerId: string): Promise<void> {
    const { customer } = await request(CustomerCardDocument, { id: customerId })
    if (pop.value) pop.value = { ...pop.value, customer }
  }

  function watchCustomer(customerId: string): void {
    client ??= createSubscriptionClient(
      () => session.end(),
      // What changed while the socket was down is read again on reconnection.
      () => void loadHistory(),
    )
    stopWatching = subscribe(client, CustomerChangedDocument, { customerId }, ({ customerChanged }) => {
      if (customerChanged.mergedInto) {
        stopWatching?.()
        void reloadCard(customerChanged.mergedInto).then(() => {
          watchCustomer(customerChanged.mergedInto!)
          return loadHistory()
        })
      } else if (customerChanged.part === 'CARD') void reloadCard(customerId)
      else void loadHistory()
    })
  }

  /** The card as this agent just saved it: no need to wait for the change to come back. */
  function cardSaved(customer: NonNullable<ScreenPopQuery['screenPop']['customer']>): void {
    if (pop.value) pop.value = { ...pop.value, customer }
  }

  watch(callId, () => void load(), { immediate: true })
  onBeforeUnmount(() => {
    stopWatching?.()
    void client?.dispose()
  })

  return {
    pop,
    fields,
    history,
    nextCursor,
    isLoading,
    isHistoryLoading,
    error,
    reload: load,
    loadHistory,
    cardSaved,
  }
}
