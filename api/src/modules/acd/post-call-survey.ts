// A5: the post-call survey. The caller of a skill group that has it (or the customer of an agent's outbound
// call, when the company has it for those) stays on the line when the agent hangs up, hears the survey system prompt and rates the call with one key; the outcome is kept on the
// call, and a score feeds the satisfaction records and report.
import type { Clock } from '../../common/clock.js'
import type { Database } from '../../db/database.js'
import { uuidSetVar } from '../../telephony/control/commands.js'
import { SystemPromptKind, type PromptCatalog } from '../voice/prompt-catalog.js'
import type { Distributor } from './distributor.js'
import type { AcdSettingsService } from './settings.service.js'
import { scoreOfKey } from './survey-scale.js'
import { recordSurveyOutcome, surveyOutcomeOf, SurveyOutcome } from './post-call-survey.store.js'
import { thanksForRating } from './queue-audio.js'
import { CallerGoneError, channelVariable, tryCommand, type SwitchControl } from './switch-control.js'

/**
 * On the caller's leg: `pending` while their call is to end with the survey when the agent's leg ends,
 * `paused` while a consultation may hand them to another party, `running` once it plays.
 */
const SURVEY_VARIABLE = 'cc_survey'
type SurveyMark = 'pending' | 'paused'
const DIGITS_VARIABLE = 'cc_survey_key'
/** A wrong key replays the prompt once; silence does not (the caller may simply have gone quiet). */
const PROMPT_PLAYS = 2
/** How long the caller has to press a key after the prompt. */
const ANSWER_TIMEOUT_MS = 5000

/**
 * Before the caller is bridged to an agent: they are to stay for the survey when the agent hangs up.
 * FreeSWITCH hangs up the other leg of an ended bridge unless it has park_after_bridge; with it the
 * caller's leg parks, where the survey's play_and_get_digits can run on it.
 */
export async function keepCallerForSurvey(control: SwitchControl, node: string, callerLeg: string) {
  await tryCommand(control, node, uuidSetVar(callerLeg, 'park_after_bridge', 'true'))
  await tryCommand(control, node, uuidSetVar(callerLeg, SURVEY_VARIABLE, 'pending'))
}

/**
 * Changes the caller's survey mark from `from` to `to` ('' drops it), when it is `from`. A transfer drops
 * it (the next skill group decides again) and a consultation pauses it: the agent's leg ends there with
 * the caller going elsewhere, not left for the survey.
 */
export async function moveSurveyMark(
  control: SwitchControl,
  node: string,
  callerLeg: string,
  from: SurveyMark,
  to: SurveyMark | '',
): Promise<void> {
  if ((await channelVariable(control, node, callerLeg, SURVEY_VARIABLE)) === from)
    await tryCommand(control, node, uuidSetVar(callerLeg, SURVEY_VARIABLE, to))
}

export interface PostCallSurveyDeps {
  db: Database
  prompts: PromptCatalog
  distributor: Distributor
  /** The company's survey scale (A5): keys outside it are wrong keys. */
  settings: AcdSettingsService
  switches: () => SwitchControl
  clock: Clock
  logger: { error(context: object, message: string): void }
}

export class PostCallSurvey {
  private readonly running = new Set<Promise<void>>()

  constructor(private readonly deps: PostCallSurveyDeps) {}

  /**
   * The agent's leg of a call ended: a caller kept for the survey hears it (not on the event chain). An
   * inbound call's ID is its caller's leg; an outbound call's customer is on a leg of its own.
   */
  agentLeft(node: string, tenantId: string, callerLeg: string, callId = callerLeg): void {
    const work = this.offer(node, tenantId, callerLeg, callId).catch((error: unknown) =>
      this.deps.logger.error({ err: error, callerLeg }, 'the post-call survey failed'),
    )
    this.running.add(work)
    void work.finally(() => this.running.delete(work))
  }

  /** How the call's post-call survey ended, or null when it had none. */
  outcomeOf(tenantId: string, callId: string): Promise<SurveyOutcome | null> {
    return this.deps.db.inTenantSql(tenantId, (sql) => surveyOutcomeOf(sql, callId))
  }

  /** Resolves once every survey under way ended (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running])
  }

  private async offer(node: string, tenantId: string, callerLeg: string, callId: string): Promise<void> {
    const control = this.deps.switches()
    if ((await channelVariable(control, node, callerLeg, SURVEY_VARIABLE)) !== 'pending') return
    await tryCommand(control, node, uuidSetVar(callerLeg, SURVEY_VARIABLE, 'running'))
    // The scale is read as the survey starts: the score keeps the scale and labels the caller was asked on.
    const { prompt, scale, labels } = await this.deps.db.inTenant(tenantId, async (em) => {
      const settings = await this.deps.settings.read(em, tenantId)
      return {
        prompt: await this.deps.prompts.systemPrompt(em, SystemPromptKind.SURVEY),
        scale: settings.surveyScale,
        labels: settings.surveyLabels,
      }
    })
    let score: number | null = null
    let outcome: SurveyOutcome
    try {
      score = await this.askScore(node, callerLeg, prompt, scale)
      outcome = score === null ? SurveyOutcome.NO_ANSWER : SurveyOutcome.SCORED
    } catch (error) {
      if (!(error instanceof CallerGoneError)) throw error
      outcome = SurveyOutcome.ABANDONED
    }
    const answer = score === null ? null : { score, scale, labels }
    await this.deps.db.inTenant(tenantId, (em) =>
      recordSurveyOutcome(em, { tenantId, callId, outcome, answer, at: this.deps.clock.now() }),
    )
    if (outcome === SurveyOutcome.ABANDONED) return
    if (score !== null)
      await control
        .run(node, callerLeg, 'playback', await this.deps.distributor.shippedAudio(tenantId, thanksForRating))
        .catch(() => undefined)
    await control.execute(node, callerLeg, 'hangup', 'NORMAL_CLEARING').catch(() => undefined)
  }

  /**
   * Plays the prompt and reads one key: the score on `scale`, or null when no key came in time or a wrong
   * key came twice. Any key ends the try (the scale is checked here), so a wrong key and silence can differ.
   */
  private async askScore(
    node: string,
    callerLeg: string,
    prompt: string,
    scale: number,
  ): Promise<number | null> {
    const control = this.deps.switches()
    for (let play = 0; play < PROMPT_PLAYS; play++) {
      await tryCommand(control, node, uuidSetVar(callerLeg, DIGITS_VARIABLE, ''))
      const completed = await control.run(
        node,
        callerLeg,
        'play_and_get_digits',
        // min max tries timeout terminators file invalid-file variable regex
        [
          '1',
          '1',
          '1',
          ANSWER_TIMEOUT_MS,
          'none',
          prompt,
          'silence_stream://250',
          DIGITS_VARIABLE,
          '^[0-9*#]$',
        ].join(' '),
      )
      const key = completed.variables['read_result'] === 'success' ? completed.variables[DIGITS_VARIABLE] : ''
      if (!key) return null
      const score = scoreOfKey(key, scale)
      if (score !== null) return score
    }
    return null
  }
}
