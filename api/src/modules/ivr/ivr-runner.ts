// Runs the IVR on a parked caller (A7): the schedule decides (holiday, daily flow, after hours), then
// menu by menu play_and_get_digits, each key acted on, until the caller is queued, connected or hung
// up. The flow version is loaded once, when the call begins: publishing meanwhile does not change it.
import { goodbye, notInService, thanksForRating } from '../acd/queue-audio.js'
import type { Clock } from '../../common/clock.js'
import type { Database } from '../../db/database.js'
import { uuidSetVar } from '../../telephony/control/commands.js'
import type { CallControlService } from '../acd/call-control.service.js'
import type { Distributor } from '../acd/distributor.js'
import type { AcdSettingsService } from '../acd/settings.service.js'
import type { SurveyLabel } from '../acd/settings.entity.js'
import { scoreKeysPattern, scoreOfKey } from '../acd/survey-scale.js'
import type { SwitchControl } from '../acd/switch-control.js'
import { CallerGoneError, tryCommand } from '../acd/switch-control.js'
import { ACD_HANDLED_VARIABLE } from '../acd/switch-events.js'
import type { PromptCatalog } from '../voice/prompt-catalog.js'
import { SystemPromptKind } from '../voice/prompt-catalog.js'
import type { IvrKeyDefinition, IvrMenuDefinition } from './flow-definition.js'
import { IvrAction } from './flow-definition.js'
import type { IvrFlowVersion } from './ivr.entity.js'
import type { IvrSchedulesService } from './schedules.service.js'
import { CallRoutingRule, type RoutingDecision } from './schedules.service.js'
import type { IvrStepKind, IvrSteps } from './ivr-steps.store.js'

/** A caller parked on a number that follows a schedule. */
export interface ScheduledCall {
  node: string
  tenantId: string
  callerLegUuid: string
  callerNumber: string | null
  scheduleId: string
}

/** FreeSWITCH stock sounds for what no system prompt covers. */
export const IVR_SOUNDS = {
  /** A prompt that vanished since the call began (it cannot: in-use prompts are not deleted) plays as a pause. */
  missing: 'silence_stream://500',
} as const

const DIGIT_VARIABLE = 'cc_ivr_digit'
const SURVEY_VARIABLE = 'cc_ivr_survey'
const SURVEY_TRIES = 3
const SURVEY_TIMEOUT_MS = 8000
/**
 * Menus accept 0–9, * and #, so the terminator must be a key no caller presses: DTMF A exists in the
 * protocol, not on phones. With `#` as terminator a menu's # key would end input empty.
 */
const UNUSED_TERMINATOR = 'A'

interface IvrLogger {
  error(context: object, message: string): void
}

/** What a flow plays: its prompts' files and the system prompts it falls back on. */
interface FlowAudio {
  file: (promptId: string) => string
  wrongKey: string
  survey: string
  /** The company's survey scale (A5) as the call entered the IVR: the keys that score. */
  surveyScale: number
  /** Its labels then, kept with the answer. */
  surveyLabels: SurveyLabel[]
}

interface PlayingCall {
  node: string
  tenantId: string
  uuid: string
  callerNumber: string | null
  version: IvrFlowVersion | null
  /** Set once IVR_EXIT is recorded. */
  hasExited: boolean
}

export class IvrRunner {
  private readonly running = new Set<Promise<void>>()

  constructor(
    private readonly deps: {
      db: Database
      schedules: IvrSchedulesService
      prompts: PromptCatalog
      steps: IvrSteps
      acdSettings: AcdSettingsService
      distributor: Distributor
      callControl: CallControlService
      switches: () => SwitchControl
      clock: Clock
      logger: IvrLogger
    },
  ) {}

  /** Takes the caller over; runs in the background until the IVR hands the call on or it ends. */
  take(call: ScheduledCall): void {
    const run = this.run(call).catch((error: unknown) => {
      if (!(error instanceof CallerGoneError))
        this.deps.logger.error({ err: error, call: call.callerLegUuid }, 'IVR failed on a call')
    })
    this.running.add(run)
    void run.then(() => this.running.delete(run))
  }

  /** Resolves once every call taken so far left the IVR (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running])
  }

  private async run(call: ScheduledCall): Promise<void> {
    const { db, schedules, prompts } = this.deps
    const prepared = await db.inTenant(call.tenantId, async (em) => {
      const decision = await schedules.decide(
        em,
        { scheduleId: call.scheduleId, skillGroupId: null },
        this.deps.clock.now(),
      )
      const promptIds = [
        ...(decision.version?.promptIds ?? []),
        ...(decision.closedPromptId ? [decision.closedPromptId] : []),
      ]
      const { surveyScale, surveyLabels } = await this.deps.acdSettings.read(em, call.tenantId)
      return {
        decision,
        files: await prompts.approvedFiles(em, promptIds),
        wrongKey: await prompts.systemPrompt(em, SystemPromptKind.WRONG_KEY),
        afterHours: await prompts.systemPrompt(em, SystemPromptKind.AFTER_HOURS),
        survey: await prompts.systemPrompt(em, SystemPromptKind.SURVEY),
        surveyScale,
        surveyLabels,
      }
    })
    const { decision } = prepared
    const playing: PlayingCall = {
      node: call.node,
      tenantId: call.tenantId,
      uuid: call.callerLegUuid,
      callerNumber: call.callerNumber,
      version: decision.version,
      hasExited: false,
    }
    try {
      await this.follow(playing, prepared)
    } catch (error) {
      // A caller who hangs up in the IVR left it too: reports count them as abandoned there.
      if (error instanceof CallerGoneError && !playing.hasExited)
        await this.step(playing, 'IVR_EXIT', { action: 'CALLER_HUNG_UP' })
      throw error
    }
  }

  private async follow(
    playing: PlayingCall,
    prepared: {
      decision: RoutingDecision
      files: Map<string, string>
      wrongKey: string
      afterHours: string
      survey: string
      surveyScale: number
      surveyLabels: SurveyLabel[]
    },
  ): Promise<void> {
    const { decision } = prepared
    const call = { node: playing.node, callerLegUuid: playing.uuid }
    const control = this.deps.switches()
    await control.run(call.node, call.callerLegUuid, 'answer')
    await this.step(playing, 'IVR_ENTER', {
      action: decision.rule,
      detail: decision.holiday?.name ?? decision.schedule?.name,
    })
    const hangUpAfter = async (file: string, action: string, cause = 'NORMAL_CLEARING') => {
      await control.run(call.node, call.callerLegUuid, 'playback', file)
      await this.step(playing, 'IVR_EXIT', { action })
      await control.execute(call.node, call.callerLegUuid, 'hangup', cause)
    }
    switch (decision.rule) {
      case CallRoutingRule.AFTER_HOURS:
        return hangUpAfter(prepared.afterHours, 'AFTER_HOURS')
      case CallRoutingRule.HOLIDAY_CLOSED:
        return hangUpAfter(
          (decision.closedPromptId && prepared.files.get(decision.closedPromptId)) || prepared.afterHours,
          'HOLIDAY_CLOSED',
        )
      case CallRoutingRule.HOLIDAY_FLOW:
      case CallRoutingRule.DAILY_FLOW:
        return this.runFlow(playing, decision.version!, {
          file: (id) => prepared.files.get(id) ?? IVR_SOUNDS.missing,
          wrongKey: prepared.wrongKey,
          survey: prepared.survey,
          surveyScale: prepared.surveyScale,
          surveyLabels: prepared.surveyLabels,
        })
      default:
        return hangUpAfter(
          await this.deps.distributor.shippedAudio(playing.tenantId, notInService),
          'NOT_IN_SERVICE',
          'UNALLOCATED_NUMBER',
        )
    }
  }

  private async runFlow(call: PlayingCall, version: IvrFlowVersion, audio: FlowAudio): Promise<void> {
    const menus = new Map(version.definition.menus.map((menu) => [menu.id, menu]))
    // The way down: UP returns to where the caller came from.
    const path = [version.definition.rootMenuId]
    for (;;) {
      const menu = menus.get(path.at(-1)!)!
      await this.step(call, 'IVR_MENU', { menuId: menu.id, detail: menu.name })
      const chosen = await this.chooseKey(call, menu, audio)
      if (!chosen) {
        await this.step(call, 'IVR_EXIT', { menuId: menu.id, action: 'RETRIES_EXHAUSTED' })
        await this.deps
          .switches()
          .run(
            call.node,
            call.uuid,
            'playback',
            await this.deps.distributor.shippedAudio(call.tenantId, goodbye),
          )
        await this.deps.switches().execute(call.node, call.uuid, 'hangup', 'NORMAL_CLEARING')
        return
      }
      switch (chosen.action) {
        case IvrAction.SUB_MENU:
          path.push(chosen.subMenuId!)
          continue
        case IvrAction.UP:
          if (path.length > 1) path.pop()
          continue
        case IvrAction.REPLAY:
          continue
        default:
          return this.leave(call, menu, chosen, audio)
      }
    }
  }

  /** Plays the menu until a key it accepts is pressed; undefined once the tries are used up. */
  private async chooseKey(
    call: PlayingCall,
    menu: IvrMenuDefinition,
    audio: FlowAudio,
  ): Promise<IvrKeyDefinition | undefined> {
    const control = this.deps.switches()
    for (let attempt = 0; attempt <= menu.maxRetries; attempt++) {
      // One try per application, so every key (and every wrong one) reaches the timeline.
      const completed = await control.run(
        call.node,
        call.uuid,
        'play_and_get_digits',
        [
          1,
          1,
          1,
          menu.digitTimeoutSeconds * 1000,
          UNUSED_TERMINATOR,
          audio.file(menu.promptId),
          'silence_stream://250',
          DIGIT_VARIABLE,
          '^[0-9*#]$',
        ].join(' '),
      )
      const digit =
        completed.variables['read_result'] === 'success' ? completed.variables[DIGIT_VARIABLE] : undefined
      if (!digit) {
        await this.step(call, 'IVR_NO_KEY', { menuId: menu.id })
        continue
      }
      const key = menu.keys.find((candidate) => candidate.key === digit)
      await this.step(call, 'IVR_KEY', { menuId: menu.id, key: digit, action: key?.action ?? 'WRONG_KEY' })
      if (key) return key
      await control.run(
        call.node,
        call.uuid,
        'playback',
        menu.wrongKeyPromptId ? audio.file(menu.wrongKeyPromptId) : audio.wrongKey,
      )
    }
    return undefined
  }

  /** The key's action that takes the caller out of the IVR. */
  private async leave(
    call: PlayingCall,
    menu: IvrMenuDefinition,
    key: IvrKeyDefinition,
    audio: FlowAudio,
  ): Promise<void> {
    const { distributor, callControl, db } = this.deps
    const control = this.deps.switches()
    const exit = (detail?: string) =>
      this.step(call, 'IVR_EXIT', { menuId: menu.id, key: key.key, action: key.action, detail })
    switch (key.action) {
      case IvrAction.SKILL_GROUP:
      case IvrAction.AGENT: {
        const skillGroupId =
          key.skillGroupId ??
          (await db.inTenant(call.tenantId, (em) => callControl.destinations.queueOfAgent(em, key.agentId!)))
        await exit(skillGroupId ?? undefined)
        // From here on the queue owns the caller: their keys are the queue's (X6 callback).
        await tryCommand(control, call.node, uuidSetVar(call.uuid, ACD_HANDLED_VARIABLE, 'queued'))
        const outcome = skillGroupId
          ? await distributor.enqueue({
              tenantId: call.tenantId,
              skillGroupId,
              node: call.node,
              callerLegUuid: call.uuid,
              callerNumber: call.callerNumber,
              targetAgentId: key.agentId,
            })
          : 'REFUSED'
        if (outcome === 'REFUSED') {
          await control.run(
            call.node,
            call.uuid,
            'playback',
            await this.deps.distributor.shippedAudio(call.tenantId, notInService),
          )
          await control.execute(call.node, call.uuid, 'hangup', 'UNALLOCATED_NUMBER')
        }
        return
      }
      case IvrAction.OUTSIDE_NUMBER:
        await exit(key.number!)
        await callControl.connectToNumber(
          call.tenantId,
          { node: call.node, callId: call.uuid, callerLeg: call.uuid },
          callControl.destinations.trunkEndpoint(key.number!),
        )
        return
      case IvrAction.PLAY_AND_HANG_UP:
        await control.run(call.node, call.uuid, 'playback', audio.file(key.promptId!))
        await exit()
        await control.execute(call.node, call.uuid, 'hangup', 'NORMAL_CLEARING')
        return
      case IvrAction.SURVEY:
        return this.survey(call, audio, exit)
    }
  }

  /** The satisfaction survey: a score on the company's scale, kept on the call; other keys hear the wrong-key prompt. */
  private async survey(
    call: PlayingCall,
    audio: FlowAudio,
    exit: (detail?: string) => Promise<void>,
  ): Promise<void> {
    const control = this.deps.switches()
    const completed = await control.run(
      call.node,
      call.uuid,
      'play_and_get_digits',
      [
        1,
        1,
        SURVEY_TRIES,
        SURVEY_TIMEOUT_MS,
        '#',
        audio.survey,
        audio.wrongKey,
        SURVEY_VARIABLE,
        scoreKeysPattern(audio.surveyScale),
      ].join(' '),
    )
    const score =
      completed.variables['read_result'] === 'success'
        ? scoreOfKey(completed.variables[SURVEY_VARIABLE] ?? '', audio.surveyScale)
        : null
    if (score !== null) {
      await this.deps.steps.recordSatisfactionScore(call.tenantId, call.uuid, {
        score,
        scale: audio.surveyScale,
        labels: audio.surveyLabels,
      })
      await this.step(call, 'IVR_SURVEY', { key: String(score), detail: `score ${score}` })
    }
    await exit(score === null ? 'no score' : `score ${score}`)
    await control.run(
      call.node,
      call.uuid,
      'playback',
      await this.deps.distributor.shippedAudio(call.tenantId, thanksForRating),
    )
    await control.execute(call.node, call.uuid, 'hangup', 'NORMAL_CLEARING')
  }

  private step(
    call: PlayingCall,
    kind: IvrStepKind,
    step: { menuId?: string; key?: string; action?: string; detail?: string | undefined },
  ): Promise<void> {
    if (kind === 'IVR_EXIT') call.hasExited = true
    return this.deps.steps.record(call.tenantId, {
      callId: call.uuid,
      kind,
      flowId: call.version?.flowId ?? null,
      flowVersion: call.version?.version ?? null,
      menuId: step.menuId ?? null,
      key: step.key ?? null,
      action: step.action ?? null,
      detail: step.detail ?? null,
    })
  }
}
