// Ends the imports nobody will finish (A13): uploads left unstarted, and imports whose API instance went
// away mid-run. Every instance runs it; ImportService.sweepStale moves each import only from the state it
// found it in, so two sweeps at once end each import once.
import type { Clock } from '../../common/clock.js'
import { PollingJob } from '../../common/polling-job.js'
import type { ImportService } from './import.service.js'

const SWEEP_MS = 5 * 60_000

export function importSweep(options: {
  readonly imports: Pick<ImportService, 'sweepStale'>
  readonly clock: Clock
  readonly logger: {
    info(context: object, message: string): void
    error(context: object, message: string): void
  }
}): PollingJob {
  const { imports, clock, logger } = options
  return new PollingJob(
    async () => {
      const swept = await imports.sweepStale(clock.now())
      if (swept.cancelled + swept.interrupted > 0)
        logger.info(swept, `ended ${swept.cancelled} unstarted and ${swept.interrupted} interrupted imports`)
    },
    SWEEP_MS,
    (error) => logger.error({ err: error }, 'ending stale imports failed; will retry'),
  )
}
