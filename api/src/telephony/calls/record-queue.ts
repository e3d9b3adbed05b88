// Saves changed calls in batches, off the event path: a flush every `intervalMs`, or sooner once
// `maxBatch` calls are waiting. One flush at a time; what changes meanwhile waits for the next one.
import type { EslLogger } from '../esl/client.js'
import type { Call, CallStore } from './call.js'
import type { CallTracker } from './tracker.js'

export interface RecordQueueOptions {
  readonly store: CallStore
  readonly intervalMs: number
  readonly maxBatch: number
  readonly logger: EslLogger
  readonly now?: () => number
}

export interface FlushReport {
  readonly callIds: readonly string[]
  /** Per saved call: ms from its oldest unsaved event being received to the record being saved. */
  readonly lagsMs: readonly number[]
  readonly endedCallIds: readonly string[]
  /** The agents of the ended calls, with their company: an agent's call is over in the records now. */
  readonly endedCallAgents: readonly { readonly tenantId: string; readonly agentId: string }[]
  /** The tenants of the saved calls. */
  readonly tenantIds: readonly string[]
}

export class RecordQueue {
  private readonly dirty = new Map<Call, CallTracker>()
  private timer: NodeJS.Timeout | undefined
  private flushing: Promise<void> | undefined
  private isStopped = false
  private readonly listeners = new Set<(report: FlushReport) => void>()
  private readonly now: () => number

  constructor(private readonly options: RecordQueueOptions) {
    this.now = options.now ?? Date.now
  }

  get pending(): number {
    return this.dirty.size
  }

  onFlush(listener: (report: FlushReport) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Marks a call changed; cheap, so the event path never waits for the database. */
  changed(call: Call, tracker: CallTracker): void {
    if (this.isStopped) return
    call.dirtySince ??= this.now()
    this.dirty.set(call, tracker)
    if (this.dirty.size >= this.options.maxBatch) this.schedule(0)
    else this.schedule(this.options.intervalMs)
  }

  /** Forgets a tracker's calls without saving them: the node has a new owner. */
  discard(tracker: CallTracker): void {
    for (const [call, owner] of this.dirty) if (owner === tracker) this.dirty.delete(call)
  }

  /** Saves everything waiting now (and waits for a flush already running). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing
    if (this.dirty.size === 0) return
    this.flushing = this.saveBatches().finally(() => (this.flushing = undefined))
    await this.flushing
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    await this.flush()
    this.isStopped = true
  }

  private schedule(ms: number): void {
    if (this.timer !== undefined && ms > 0) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = undefined
      void this.flush().catch(() => {})
    }, ms)
  }

  private async saveBatches(): Promise<void> {
    const batch = [...this.dirty].slice(0, this.options.maxBatch)
    const since = batch.map(([call]) => call.dirtySince)
    for (const [call] of batch) {
      this.dirty.delete(call)
      call.dirtySince = undefined
    }
    const snapshots = batch.map(([call]) => call.snapshot())
    try {
      await this.options.store.save(snapshots)
    } catch (error) {
      // Nothing of the batch was written (one statement); keep it for the next flush.
      this.options.logger.error({ err: error, calls: batch.length }, 'saving call records failed; will retry')
      batch.forEach(([call, tracker], index) => {
        call.dirtySince = since[index] ?? call.dirtySince
        this.dirty.set(call, tracker)
      })
      this.schedule(this.options.intervalMs)
      return
    }
    const savedAt = this.now()
    const lagsMs: number[] = []
    const endedCallIds: string[] = []
    const endedCallAgents: { tenantId: string; agentId: string }[] = []
    batch.forEach(([call, tracker], index) => {
      const saved = snapshots[index]
      call.unsaved.splice(0, saved?.timeline.length ?? 0)
      const changedAt = since[index]
      if (changedAt !== undefined) lagsMs.push(savedAt - changedAt)
      if (call.isEnded && !this.dirty.has(call)) {
        endedCallIds.push(call.id)
        const { tenantId, agentId } = call.fields
        if (agentId) endedCallAgents.push({ tenantId, agentId })
        tracker.release(call)
      }
    })
    const callIds = batch.map(([call]) => call.id)
    const tenantIds = [...new Set(batch.map(([call]) => call.fields.tenantId))]
    for (const listener of this.listeners)
      listener({ callIds, lagsMs, endedCallIds, endedCallAgents, tenantIds })
    if (this.dirty.size > 0)
      this.schedule(this.dirty.size >= this.options.maxBatch ? 0 : this.options.intervalMs)
  }
}
