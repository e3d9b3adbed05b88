// Runs the per-row work of a bulk import (A13) in a worker thread (import-worker.ts): parsing, E.164, the
// custom-field checks and the COPY encoding kept the API's event loop busy for minutes and left hundreds of
// megabytes of garbage in its heap. The worker's heap is bounded; the API's thread only passes the chunks on.
import { fileURLToPath } from 'node:url'
import { Worker, type ResourceLimits } from 'node:worker_threads'
import { ValidationError, type FieldProblem } from '../../common/errors.js'
import type { ImportFileKind } from './import-file.js'
import type { StagingPlan } from './import-staging.js'

export interface ImportJob {
  filePath: string
  kind: ImportFileKind
  plan: StagingPlan
}

export interface ImportCounts {
  rowsRead: number
  rowsRejected: number
}

export type FromWorker =
  | ({ type: 'chunk'; bytes: Uint8Array } & ImportCounts)
  | ({ type: 'done' } & ImportCounts)
  | { type: 'refused'; problems: FieldProblem[] }
  | { type: 'failed'; message: string }

/** COPY text for the staging table, and the counts so far once it is written. */
export interface StagedChunk extends ImportCounts {
  bytes: Uint8Array
}

export class ImportCancelled extends Error {}

/**
 * The worker's heap. CSV is read as a stream and a few chunks are in flight: little is live at any time.
 * The XLSX reader keeps a workbook's shared strings (every distinct text of the sheet) in memory;
 * one that outgrows the bound fails the import (IMPORT_FAILED), not the API.
 */
const WORKER_LIMITS: Record<ImportFileKind['format'], ResourceLimits> = {
  CSV: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 16 },
  XLSX: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 },
}

/** Set by scripts/build-api.ts: the worker's own bundle, from this file's source path. */
declare const IMPORT_WORKER_BUNDLE: string | undefined

/**
 * Compiled, the bundle beside main.js. Under tsx (dev, tests) this source, through tsx's require hook: on
 * Node 20 a worker cannot register tsx's ESM loader (`--import tsx` in its execArgv leaves .ts unknown).
 */
function workerScript(): { script: string | URL; isEval: boolean } {
  if (typeof IMPORT_WORKER_BUNDLE === 'string')
    return { script: new URL(IMPORT_WORKER_BUNDLE, import.meta.url), isEval: false }
  const source = fileURLToPath(new URL('./import-worker.ts', import.meta.url))
  return { script: `require('tsx/cjs/api').register(); require(${JSON.stringify(source)})`, isEval: true }
}

/**
 * The file's rows staged by a worker thread, chunk by chunk; the last one (maybe empty) carries the totals.
 * Aborting `signal` ends the worker and throws ImportCancelled; a file found not readable throws its
 * ValidationError (INVALID_CSV and the like).
 */
export async function* stagedChunks(job: ImportJob, signal: AbortSignal): AsyncGenerator<StagedChunk> {
  const { script, isEval } = workerScript()
  const worker = new Worker(script, {
    eval: isEval,
    workerData: job,
    resourceLimits: WORKER_LIMITS[job.kind.format],
  })
  const inbox: FromWorker[] = []
  let failure: Error | undefined
  let hasExited = false
  let wake: (() => void) | undefined
  const wakeUp = () => {
    wake?.()
    wake = undefined
  }
  worker.on('message', (message: FromWorker) => {
    inbox.push(message)
    wakeUp()
  })
  worker.on('error', (error) => {
    failure = error
    wakeUp()
  })
  worker.on('exit', () => {
    hasExited = true
    wakeUp()
  })
  signal.addEventListener('abort', wakeUp)
  try {
    for (;;) {
      if (signal.aborted) throw new ImportCancelled()
      const message = inbox.shift()
      if (!message) {
        if (failure) throw failure
        if (hasExited) throw new Error('the import worker stopped before it was done')
        await new Promise<void>((resolve) => (wake = resolve))
        continue
      }
      switch (message.type) {
        case 'chunk':
          worker.postMessage('taken')
          yield message
          break
        case 'done':
          yield { bytes: new Uint8Array(), rowsRead: message.rowsRead, rowsRejected: message.rowsRejected }
          return
        case 'refused':
          throw new ValidationError(message.problems)
        case 'failed':
          throw new Error(`the import worker failed: ${message.message}`)
      }
    }
  } finally {
    signal.removeEventListener('abort', wakeUp)
    await worker.terminate()
  }
}
