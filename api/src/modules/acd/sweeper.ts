// Heals what no event will: a workstation that stopped reporting, a reservation whose ringing leg is
// gone, after-call work that ran out, an expired registration, a caller waiting too long. Every
// instance sweeps; row locks and conditional updates make a second healer find nothing to do.
import type { Clock } from '../../common/clock.js'
import type { Database } from '../../db/database.js'
import type { Distributor } from './distributor.js'
import type { PresenceService } from './presence.service.js'
import { pendingWork } from './platform.store.js'

interface SweepLogger {
  error(context: object, message: string): void
}

export class AcdSweeper {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private isStopped = false

  constructor(
    private readonly db: Database,
    private readonly presence: PresenceService,
    private readonly distributor: Distributor,
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly logger: SweepLogger,
  ) {}

  start(): void {
    const tick = () => {
      this.running = this.sweep().finally(() => {
        this.running = undefined
        if (!this.isStopped) this.timer = setTimeout(tick, this.intervalMs)
      })
    }
    this.timer = setTimeout(tick, this.intervalMs)
  }

  async stop(): Promise<void> {
    this.isStopped = true
    clearTimeout(this.timer)
    await this.running
  }

  async sweep(): Promise<void> {
    try {
      for (const item of await pendingWork(this.db, this.clock.now())) {
        if (this.isStopped) return
        if (item.kind === 'PRESENCE') await this.presence.heal(item.tenantId, item.id)
        else await this.distributor.maintenance.maintain(item.tenantId)
      }
    } catch (error) {
      this.logger.error({ err: error }, 'ACD sweep failed')
    }
  }
}
