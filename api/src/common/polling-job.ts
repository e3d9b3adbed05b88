// A background job that runs its work, waits, and runs it again until stopped: the webhook dispatcher and
// the contact plan reminder. One run at a time; a failed run is reported and the next one comes anyway.
export class PollingJob {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<unknown> | undefined
  private hasStopped = false

  constructor(
    private readonly work: () => Promise<unknown>,
    private readonly intervalMs: number,
    private readonly onError: (error: unknown) => void,
    /** The first run's wait; a daily job should not wait a day after every restart. */
    private readonly firstDelayMs = intervalMs,
  ) {}

  /** Set by stop(), so that a run under way ends after its current batch. */
  get isStopped(): boolean {
    return this.hasStopped
  }

  start(): void {
    this.hasStopped = false
    this.schedule(this.firstDelayMs)
  }

  /** Waits for a run under way to end. */
  async stop(): Promise<void> {
    this.hasStopped = true
    clearTimeout(this.timer)
    await this.running
  }

  private schedule(delayMs = this.intervalMs): void {
    this.timer = setTimeout(() => {
      this.running = this.work()
        .catch(this.onError)
        .finally(() => {
          this.running = undefined
          if (!this.hasStopped) this.schedule()
        })
    }, delayMs)
    this.timer.unref()
  }
}
