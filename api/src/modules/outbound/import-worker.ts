// The worker thread of a bulk import (A13), started by import-thread.ts: reads the file, checks and encodes
// each row (import-staging.ts) and hands the COPY text back in chunks, waiting when too many are not yet
// taken, so neither thread holds more than a few of them.
import { parentPort, workerData } from 'node:worker_threads'
import { ValidationError } from '../../common/errors.js'
import { readImportRows } from './import-file.js'
import { stagedLine, stageRow } from './import-staging.js'
import type { FromWorker, ImportJob } from './import-thread.js'

const CHUNK_CHARS = 64 * 1024
/** Chunks sent and not yet taken by the API's thread before the worker waits. */
const CHUNKS_IN_FLIGHT = 4

const port = parentPort!
const job = workerData as ImportJob
const encoder = new TextEncoder()
let inFlight = 0
let taken: (() => void) | undefined
port.on('message', () => {
  inFlight--
  taken?.()
})

function send(message: FromWorker): void {
  if (message.type === 'chunk') port.postMessage(message, [message.bytes.buffer as ArrayBuffer])
  else port.postMessage(message)
}

async function run(): Promise<void> {
  const counts = { rowsRead: 0, rowsRejected: 0 }
  let batch = ''
  let isHeader = true
  const flush = async () => {
    send({ type: 'chunk', bytes: encoder.encode(batch), ...counts })
    batch = ''
    inFlight++
    while (inFlight >= CHUNKS_IN_FLIGHT) await new Promise<void>((resolve) => (taken = resolve))
  }
  for await (const row of readImportRows(job.filePath, job.kind)) {
    if (isHeader) {
      isHeader = false
      continue
    }
    const staged = stageRow(job.plan, row)
    counts.rowsRead++
    if ('code' in staged) counts.rowsRejected++
    batch += stagedLine(staged)
    if (batch.length >= CHUNK_CHARS) await flush()
  }
  if (batch) await flush()
  send({ type: 'done', ...counts })
}

run().catch((error: unknown) => {
  if (error instanceof ValidationError) send({ type: 'refused', problems: error.problems })
  else
    send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) })
})
