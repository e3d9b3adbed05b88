// A benchmarked process's resident memory, read from /proc: now (VmRSS) and its high-water mark (VmHWM).
import { readFile } from 'node:fs/promises'

export async function residentBytes(pid: number): Promise<{ rss: number; hwm: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8')
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)![1]) * 1024
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') }
}

/** Samples VmRSS every `everyMs` until stopped; `stop()` answers the highest seen, in bytes. */
export function samplePeakRss(pid: number, start: number, everyMs = 20): { stop(): number } {
  let peak = start
  const sampler = setInterval(() => {
    residentBytes(pid).then(
      ({ rss }) => (peak = Math.max(peak, rss)),
      () => {},
    )
  }, everyMs)
  return {
    stop() {
      clearInterval(sampler)
      return peak
    },
  }
}
