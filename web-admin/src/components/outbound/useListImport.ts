// One bulk import (A13) as a small state machine both import dialogs share: pick a file (uploaded at once,
// so the server reads its header), map columns, run with progress read every half second, cancel, done.
import { exportUrl, request } from '@cc/web-common'
import { computed, onBeforeUnmount, ref, shallowRef } from 'vue'
import { sendForm } from '../../composables/sendForm'
import {
  CancelListImportDocument,
  ListImportDocument,
  type ListImportProgress,
} from '../../graphql/listImports'

export type ImportStep = 'pick' | 'uploading' | 'mapping' | 'running' | 'finished'

export interface UploadAnswer {
  import: ListImportProgress
  sample: string[][]
  suggestedMapping: { phoneColumn: string; fields: { customFieldId: string; column: string }[] }
  suggestedReasonColumn: string | null
}

const POLL_MS = 500

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
  let timer: ReturnType<typeof setTimeout> | undefined

  const isBusy = computed(() => step.value === 'uploading' || step.value === 'running')
  /** Read rows against the file's rows is unknown while it streams; rows read is what the bar can show. */
  const errorFileUrl = (language: string) =>
    progress.value ? exportUrl('list-import-rejections', 'csv', language, { id: progress.value.id }) : ''

  function reset(): void {
    clearTimeout(timer)
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

  async function poll(): Promise<void> {
    if (!progress.value) return
    try {
      const { listImport } = await request(ListImportDocument, { id: progress.value.id })
      progress.value = listImport
    } catch (error) {
      onError(error)
    }
    if (progress.value.status === 'RUNNING') timer = setTimeout(() => void poll(), POLL_MS)
    else step.value = 'finished'
  }

  /** Runs `start` (the kind's mutation); on success the progress is polled until the import ends. */
  async function run(start: () => Promise<ListImportProgress>): Promise<void> {
    try {
      progress.value = await start()
      step.value = 'running'
      timer = setTimeout(() => void poll(), POLL_MS)
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

  onBeforeUnmount(() => clearTimeout(timer))

  return { step, uploaded, progress, uploadFraction, isBusy, errorFileUrl, reset, choose, run, cancel }
}
