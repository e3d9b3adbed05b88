// Waiting for call records to be saved, with a deadline instead of a sleep (tests, benchmark).
import type { FlushReport, RecordQueue } from './record-queue.js'

export function waitForFlush(
  queue: RecordQueue,
  matches: (report: FlushReport) => boolean,
  timeoutMs = 5000,
): Promise<FlushReport> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop()
      reject(new Error(`no matching call-record flush within ${timeoutMs} ms`))
    }, timeoutMs)
    const stop = queue.onFlush((report) => {
      if (!matches(report)) return
      clearTimeout(timer)
      stop()
      resolve(report)
    })
  })
}

export const savesCall = (callId: string) => (report: FlushReport) => report.callIds.includes(callId)
export const endsCall = (callId: string) => (report: FlushReport) => report.endedCallIds.includes(callId)
