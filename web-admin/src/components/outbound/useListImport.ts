// One bulk import (A13) as a small state machine both import dialogs share: pick a file (uploaded at once,
// so the server reads its header), map columns, run with progress pushed by the server, cancel, done.
import { exportUrl, request, useSessionStore } from '@cc/web-common'
import { computed, onBeforeUnmount, ref, shallowRef } from 'vue'
import { sendForm } from '../../composables/sendForm'
import {
  CancelListImportDocument,
  ListImportDocument,
  type ListImportProgress,
} from '../../graphql/listImports'
import { followImportProgress } from './importProgressFeed'

export type ImportStep = 'pick' | 'uploading' | 'mapping' | 'running' | 'finished'

export interface UploadAnswer {
  import: ListImportProgress
  sample: string[][]
  suggestedMapping: { phoneColumn: string; fields: { customFieldId: string; column: string }[] }
  suggestedReasonColumn: string | null
}

const SETTLED = ['SUCCEEDED', 'FAILED', 'CANCELLED']

/** POSTs the file as multipart/form-data; errors arrive in GraphQL's shape. */
export function uploadListImport(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<UploadAnswer> {
  const form = new FormData()
  form.append('file', file, file.name)
  return sendForm(
    'POST',
    url,
    form,
    (body) => (body.import ? (body as unknown as UploadAnswer) : undefined),
    onProgress,
  )
}

export function useListImport(uploadUrl: () => string, onError: (error: unknown) => void) {
  const step = ref<ImportStep>('pick')
  const uploaded = shallowRef<UploadAnswer | null>(null)
  const progress = shallowRef<ListImportProgress | null>(null)
  const uploadFraction = ref(0)
  const session = useSessionStore()
  let stopFollowing: (() => void) | undefined

  const isBusy = computed(() => step.value === 'uploading' || step.value === 'running')
  /** Read rows against the file's rows is unknown while it streams; rows read is what the bar can show. */
  const errorFileUrl = (language: string) =>
    progress.value ? exportUrl('list-import-rejections', 'csv', language, { id: progress.value.id }) : ''

  function stop(): void {
    stopFollowing?.()
    stopFollowing = undefined
  }

  function reset(): void {
    stop()
    step.value = 'pick'
    uploaded.value = null
    progress.value = null
    uploadFraction.value = 0
  }

  async function choose(file: File): Promise<void> {
    reset()
    step.value = 'uploading'
    try {
      uploaded.value = await uploadListImport(
        uploadUrl(),
        file,
        (fraction) => (uploadFraction.value = fraction),
      )
      progress.value = uploaded.value.import
      step.value = 'mapping'
    } catch (error) {
      step.value = 'pick'
      onError(error)
    }
  }

  /**
   * Takes a state of the running import, from the query or the subscription, whichever answers first: an
   * older one (fewer rows read, or after the end) is dropped, and the end finishes the run.
   */
  function show(state: ListImportProgress): void {
    const shown = progress.value
    if (step.value !== 'running' || shown?.id !== state.id) return
    if (state.status === shown.status && state.rowsRead < shown.rowsRead) return
    progress.value = state
    if (SETTLED.includes(state.status)) {
      step.value = 'finished'
      stop()
    }
  }

  /** The query: the import now, while the socket connects and again after it reconnects. */
  async function read(id: string): Promise<void> {
    try {
      show((await request(ListImportDocument, { id })).listImport)
    } catch (error) {
      onError(error)
    }
  }

  /** Runs `start` (the kind's mutation); on success the progress is followed until the import ends. */
  async function run(start: () => Promise<ListImportProgress>): Promise<void> {
    try {
      const started = await start()
      progress.value = started
      step.value = 'running'
      stopFollowing = followImportProgress(started.id, {
        onProgress: show,
        onConnected: () => void read(started.id),
        onSessionEnded: () => session.end(),
      })
      await read(started.id)
    } catch (error) {
      onError(error)
    }
  }

  async function cancel(): Promise<void> {
    if (!progress.value) return
    try {
      await request(CancelListImportDocument, { id: progress.value.id })
    } catch (error) {
      onError(error)
    }
    if (step.value === 'mapping') reset()
  }

  onBeforeUnmount(stop)

  return { step, uploaded, progress, uploadFraction, isBusy, errorFileUrl, reset, choose, run, cancel }
}
