import { afterEach, describe, expect, it, vi } from 'vitest'
import { PollingJob } from './polling-job.js'

describe('PollingJob', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('issue 19: a daily job (recording retention) runs soon after start, then once per interval', async () => {
    vi.useFakeTimers()
    const work = vi.fn(async () => undefined)
    const job = new PollingJob(work, 86_400_000, () => undefined, 60_000)
    job.start()
    await vi.advanceTimersByTimeAsync(59_999)
    expect(work).toHaveBeenCalledTimes(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(work).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(86_399_999)
    expect(work).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(work).toHaveBeenCalledTimes(2)
    await job.stop()
  })

  it('without a first delay, the first run waits one interval, as before', async () => {
    vi.useFakeTimers()
    const work = vi.fn(async () => undefined)
    const job = new PollingJob(work, 5_000, () => undefined)
    job.start()
    await vi.advanceTimersByTimeAsync(4_999)
    expect(work).toHaveBeenCalledTimes(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(work).toHaveBeenCalledTimes(1)
    await job.stop()
  })
})
