// The CSV import as a small state machine: pick a file, check it (dry run), then import the valid rows.
// The server does each step in one request, so "checking" and "importing" are waits, not partial progress.
import { request } from '@cc/web-common'
import { computed, ref, shallowRef } from 'vue'
import { ImportAgentsDocument } from '../../graphql/agents'
import type { ImportAgentsMutation } from '../../graphql/generated/graphql'

/** The API's limits (ImportAgentsInput): checked here too, so a wrong file fails before uploading. */
export const MAX_IMPORT_BYTES = 512 * 1024
export const MAX_IMPORT_ROWS = 500

export type ImportResult = ImportAgentsMutation['importAgents']

export type ImportStep = 'pick' | 'checking' | 'checked' | 'importing' | 'done'

/** Why a file is refused before it is sent; worded by i18n `agents.import.fileErrors.<reason>`. */
export type FileProblem = 'notCsv' | 'tooLarge' | 'empty'

export function checkFile(file: { name: string; size: number }): FileProblem | null {
  if (!file.name.toLowerCase().endsWith('.csv')) return 'notCsv'
  if (file.size > MAX_IMPORT_BYTES) return 'tooLarge'
  if (file.size === 0) return 'empty'
  return null
}

/** Data lines of the file (the header excluded), to tell how many rows the server is working on. */
export function countDataRows(csv: string): number {
  return Math.max(0, csv.split(/\r?\n/).filter((line) => line.trim() !== '').length - 1)
}

export function useAgentImport(onError: (error: unknown) => void) {
  const step = ref<ImportStep>('pick')
  const file = shallowRef<{ name: string; csv: string; rows: number } | null>(null)
  const fileProblem = ref<FileProblem | null>(null)
  const result = shallowRef<ImportResult | null>(null)
  const isBusy = computed(() => step.value === 'checking' || step.value === 'importing')

  function reset(): void {
    step.value = 'pick'
    file.value = null
    fileProblem.value = null
    result.value = null
  }

  /** Reads the chosen file and checks it at once, so the user sees problems without another click. */
  async function choose(chosen: File): Promise<void> {
    reset()
    fileProblem.value = checkFile(chosen)
    if (fileProblem.value) return
    const csv = await chosen.text()
    file.value = { name: chosen.name, csv, rows: countDataRows(csv) }
    await send(true)
  }

  async function send(dryRun: boolean): Promise<void> {
    if (!file.value) return
    const before = step.value
    step.value = dryRun ? 'checking' : 'importing'
    try {
      const { importAgents } = await request(ImportAgentsDocument, {
        input: { csv: file.value.csv, fileName: file.value.name, dryRun, importValidRows: !dryRun },
      })
      result.value = importAgents
      step.value = dryRun ? 'checked' : 'done'
    } catch (error) {
      step.value = before === 'checking' || before === 'importing' ? 'pick' : before
      onError(error)
    }
  }

  return {
    step,
    file,
    fileProblem,
    result,
    isBusy,
    reset,
    choose,
    importValidRows: () => send(false),
  }
}
