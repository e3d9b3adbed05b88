// The IVR module of one API instance (A7): flows, schedules and holidays, the runner that takes
// scheduled calls from the ACD, and the links that let other modules see who uses what.
import type { Clock } from '../../common/clock.js'
import type { Database } from '../../db/database.js'
import type { Acd } from '../acd/acd.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { AuditService } from '../audit/audit.service.js'
import type { SkillGroupsService } from '../organization/skill-groups.service.js'
import type { PromptCatalog, PromptUsage } from '../voice/prompt-catalog.js'
import { IvrFlowsService } from './flows.service.js'
import { IvrRunner } from './ivr-runner.js'
import { IvrSteps } from './ivr-steps.store.js'
import { IvrSchedulesService } from './schedules.service.js'

export class Ivr {
  readonly flows: IvrFlowsService
  readonly schedules: IvrSchedulesService
  readonly steps: IvrSteps
  readonly runner: IvrRunner
  /** For the voice library: a prompt played by a flow's draft or live version cannot be deleted. */
  readonly promptUsage: PromptUsage

  constructor(deps: {
    db: Database
    clock: Clock
    audit: AuditService
    prompts: PromptCatalog
    acdSettings: AcdSettingsService
    skillGroups: SkillGroupsService
    acd: Acd
    logger: { error(context: object, message: string): void }
  }) {
    const { db, clock, audit, prompts, acdSettings, acd } = deps
    this.flows = new IvrFlowsService({ db, audit, clock, prompts, acdSettings, callControl: acd.calls })
    this.schedules = new IvrSchedulesService(db, this.flows, prompts, acdSettings, audit, clock)
    this.steps = new IvrSteps(db, clock)
    this.runner = new IvrRunner({
      db,
      schedules: this.schedules,
      prompts,
      steps: this.steps,
      acdSettings,
      distributor: acd.distributor,
      callControl: acd.calls,
      switches: () => acd.switches,
      clock,
      logger: deps.logger,
    })
    this.promptUsage = { usersOf: (em, promptId) => this.flows.flowsUsingPrompt(em, promptId) }
    deps.skillGroups.registerSkillGroupUsage((em, ids) => this.flows.flowsUsingSkillGroups(em, ids))
    acd.events.routeScheduledCallsTo(this.runner)
    acdSettings.numbers.routeToSchedules((em, id) => this.schedules.scheduleIdIn(em, id))
  }
}
