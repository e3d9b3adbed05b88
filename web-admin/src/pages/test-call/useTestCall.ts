// The test-call tool's data: whether the simulator runs, the company's numbers, and the call being
// followed, kept current by its subscription (which ends with the call).
import {
  createSubscriptionClient,
  request,
  subscribe,
  useServerErrors,
  useSessionStore,
} from '@cc/web-common'
import { computed, onMounted, onUnmounted, ref, shallowRef } from 'vue'
import {
  HangUpTestCallDocument,
  PlaceTestCallDocument,
  PressTestCallKeysDocument,
  TestCallChangedDocument,
  TestCallStartDocument,
  TestCallsDocument,
  type TestCallFields,
  type TestCallNumber,
} from '../../graphql/testCall'

const ADMIN_ROLES = ['ADMIN', 'SUPER_ADMIN']

export function useTestCall() {
  const session = useSessionStore()
  const { report } = useServerErrors([])
  const isAdmin = computed(() => ADMIN_ROLES.includes(session.user?.role ?? ''))
  const isLoading = ref(true)
  const isSimulated = ref<boolean | null>(null)
  const numbers = shallowRef<TestCallNumber[]>([])
  const call = shallowRef<TestCallFields | null>(null)
  const isPlacing = ref(false)
  const now = ref(Date.now())
  let client: ReturnType<typeof createSubscriptionClient> | undefined
  let stopFollowing: (() => void) | undefined
  let ticker: ReturnType<typeof setInterval> | undefined

  async function load(): Promise<void> {
    isLoading.value = true
    try {
      const start = await request(TestCallStartDocument)
      isSimulated.value = start.isSwitchSimulated
      numbers.value = start.phoneNumbers.items
      if (start.isSwitchSimulated) await resume()
    } catch (error) {
      report(error)
    } finally {
      isLoading.value = false
    }
  }

  /** Picks up the call still on (another tab placed it, or the page reloaded), else shows the latest. */
  async function resume(): Promise<void> {
    const { testCalls } = await request(TestCallsDocument)
    const latest = testCalls[0] ?? null
    call.value = latest
    if (latest?.isLive) follow(latest.id)
  }

  function follow(id: string): void {
    stopFollowing?.()
    // Each subscription, the first and the one a reconnected socket makes again, starts with the call as
    // it is now; a separate read on reconnection could answer after a newer change and show the past.
    client ??= createSubscriptionClient(() => session.end())
    stopFollowing = subscribe(client, TestCallChangedDocument, { id }, ({ testCallChanged }) => {
      if (call.value?.id === testCallChanged.id || !call.value) call.value = testCallChanged
    })
  }

  async function place(phoneNumberId: string, callerNumber: string): Promise<void> {
    isPlacing.value = true
    try {
      const { placeTestCall } = await request(PlaceTestCallDocument, {
        input: { phoneNumberId, callerNumber },
      })
      call.value = placeTestCall
      follow(placeTestCall.id)
    } finally {
      isPlacing.value = false
    }
  }

  async function press(key: string): Promise<void> {
    if (!call.value?.isLive) return
    await request(PressTestCallKeysDocument, { id: call.value.id, keys: key })
  }

  async function hangUp(): Promise<void> {
    if (!call.value?.isLive) return
    const { hangUpTestCall } = await request(HangUpTestCallDocument, { id: call.value.id })
    call.value = hangUpTestCall
  }

  onMounted(() => {
    ticker = setInterval(() => (now.value = Date.now()), 1000)
    if (isAdmin.value) void load()
    else isLoading.value = false
  })
  onUnmounted(() => {
    clearInterval(ticker)
    stopFollowing?.()
    void client?.dispose()
  })

  return { isAdmin, isLoading, isSimulated, numbers, call, isPlacing, now, place, press, hangUp }
}
