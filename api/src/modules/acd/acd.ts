// The ACD of one API instance: presence, the distributor, the supervisors' board, the switch-event
// handler and the sweeper, wired together; `attach` connects it to the switch cluster once it runs.
import type { Clock } from '../../common/clock.js'
import type { Config } from '../../config.js'
import type { Database } from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'
import type { AuditService } from '../audit/audit.service.js'
import { AcdBoardService } from './board.service.js'
import { LiveCallsService } from './live-calls.service.js'
import { Distributor } from './distributor.js'
import { PostCallSurvey } from './post-call-survey.js'
import { PresenceService } from './presence.service.js'
import type { AcdSettingsService } from './settings.service.js'
import { AcdSweeper } from './sweeper.js'
import { CallControlService } from './call-control.service.js'
import type { SwitchControl } from './switch-control.js'
import { AcdSwitchEvents } from './switch-events.js'
import type { PromptCatalog } from '../voice/prompt-catalog.js'

interface AcdLogger {
  error(context: object, message: string): void
}

export class Acd {
  readonly presence: PresenceService
  readonly distributor: Distributor
  readonly board: AcdBoardService
  readonly events: AcdSwitchEvents
  readonly calls: CallControlService
  readonly liveCalls: LiveCallsService
  readonly survey: PostCallSurvey
  private readonly sweeper: AcdSweeper
  private control: SwitchControl | undefined

  constructor(deps: {
    config: Config
    db: Database
    pubsub: PubSub
    clock: Clock
    settings: AcdSettingsService
    /** The tenant's system prompts (A5): the queue prompt and the transfer wait. */
    prompts: PromptCatalog
    audit: AuditService
    logger?: AcdLogger
  }) {
    const { config, db, pubsub, clock, settings, prompts, audit } = deps
    const logger = deps.logger ?? console
    this.presence = new PresenceService(db, settings, pubsub, clock)
    this.distributor = new Distributor(db, this.presence, settings, pubsub, clock, {
      trunkGateway: config.acd.trunkGateway,
      mediaDir: config.mediaDir,
      prompts,
    })
    this.board = new AcdBoardService(db, this.presence, pubsub, clock)
    this.calls = new CallControlService(db, settings, this.distributor, () => this.switches, clock, {
      trunkGateway: config.acd.trunkGateway,
      mediaDir: config.mediaDir,
      prompts,
    })
    this.liveCalls = new LiveCallsService(db, this.presence, pubsub, audit, () => this.switches, clock)
    this.calls.onCallChanged((tenantId) => this.liveCalls.changed([tenantId]))
    this.survey = new PostCallSurvey({
      db,
      prompts,
      distributor: this.distributor,
      settings,
      switches: () => this.switches,
      clock,
      logger,
    })
    this.events = new AcdSwitchEvents(
      db,
      this.presence,
      this.distributor,
      this.calls,
      () => this.switches,
      this.survey,
      logger,
    )
    this.sweeper = new AcdSweeper(db, this.presence, this.distributor, clock, config.acd.sweepMs, logger)
  }

  get switches(): SwitchControl {
    if (!this.control) throw new Error('the ACD has no switch cluster attached')
    return this.control
  }

  attach(control: SwitchControl): void {
    this.control = control
    this.distributor.attach(control)
    this.sweeper.start()
  }

  async stop(): Promise<void> {
    await this.sweeper.stop()
    await this.distributor.stop()
    this.board.stop()
    this.liveCalls.stop()
    await this.events.idle()
    await this.survey.idle()
  }
}
