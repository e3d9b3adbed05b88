// Test calls (A3, A5, A7 tried out without a phone network): an administrator dials one of the
// company's numbers on the switch simulator, presses keys and hangs up, and follows what the caller
// hears, moment by moment, named as the product knows it. The simulator's events are the source; a
// test call lives in the API instance whose simulator carries it, and is forgotten a while after it ends.
import { z } from 'zod'
import type { Clock } from '../../common/clock.js'
import { ConflictError, ForbiddenError, NotFoundError } from '../../common/errors.js'
import { problem, validateInput } from '../../common/validation.js'
import type { Database } from '../../db/database.js'
import type { PubSub } from '../../graphql/pubsub.js'
import { CALL_VARIABLES } from '../../telephony/calls/variables.js'
import type { EslEvent } from '../../telephony/esl/event.js'
import type { SimulatorEvents } from '../../telephony/simulator-events.js'
import { PhoneNumber } from '../acd/settings.entity.js'
import { Role, hasRoleAtLeast } from '../identity/roles.js'
import { User } from '../identity/user.entity.js'
import type { Viewer } from '../identity/viewer.js'
import { lastMenuOf } from '../ivr/ivr-steps.store.js'
import { knownId } from '../organization/ids.js'
import { SystemPromptKind, type PromptCatalog } from '../voice/prompt-catalog.js'
import { TRANSFER_WAIT_TONE } from '../voice/default-prompts.js'
import { promptNameOfFile } from '../voice/voice.store.js'
import { defaultPromptFiles, nameHeardMedia, type CompanyMedia } from './heard-media.js'
import {
  TestCallEnd,
  TestCallEventKind,
  type TestCall,
  type TestCallAgent,
  type TestCallEvent,
} from './test-call.types.js'

export const TEST_CALL_CHANGED = 'test-call.changed'

interface TestCallChanged {
  tenantId: string
  id: string
}

/** Test calls a company may have at once: enough to try a queue with several callers. */
export const MAX_LIVE_TEST_CALLS = 5
/** How long an ended call stays to be looked at, and how many ended ones a company keeps. */
const ENDED_KEPT_MS = 30 * 60_000
const ENDED_KEPT_PER_TENANT = 10
/** How long hanging up waits for the switch to report the call ended, before answering anyway. */
const HANG_UP_WAIT_MS = 2000

const placeSchema = z.object({
  phoneNumberId: z.string({ message: 'is required' }),
  callerNumber: z
    .string({ message: 'is required' })
    .trim()
    .refine(
      (number) => /^\+?[0-9]{3,20}$/.test(number),
      problem('INVALID_CALLER_NUMBER', 'must be 3–20 digits, optionally after a +'),
    ),
})

const keysSchema = z
  .string({ message: 'is required' })
  .refine(
    (keys) => /^[0-9*#]{1,20}$/.test(keys),
    problem('INVALID_KEYS', 'must be 1–20 of the keys 0–9, * and #'),
  )

/** A call being followed: what the API shows, and what it needs to keep reading the switch's events. */
interface TrackedCall {
  readonly tenantId: string
  readonly view: TestCall
  readonly media: CompanyMedia
  /** The platform's legs of the call (agents, outside numbers), by UUID. */
  readonly legs: Map<
    string,
    { agent: TestCallAgent | null; number: string; wasBridged: boolean; hasEnded: boolean }
  >
  /** The leg the caller is bridged to now. */
  bridgedLeg: string | null
  /** The leg that took the caller off the line and still lives: the caller is held. */
  heldBy: string | null
  /** The application the caller's leg runs now: a menu's prompt plays inside play_and_get_digits. */
  application: string | null
  /** Prompts playing now, with the media the switch names them by in PLAYBACK_STOP. */
  readonly playing: Array<{ media: string; entry: TestCallEvent }>
  isHangUpRequested: boolean
  /** Events of the call are handled one after another, in the order the switch sent them. */
  chain: Promise<void>
  /** Resolves once the call's hang-up is in its timeline. */
  readonly ended: Promise<void>
  markEnded: () => void
}

export class TestCallService {
  private events: SimulatorEvents | undefined
  private readonly calls = new Map<string, TrackedCall>()
  /** Events of legs not yet known to be test calls, while a call is being placed (its first events). */
  private unclaimed: EslEvent[] | undefined
  private placing = 0

  constructor(
    private readonly db: Database,
    private readonly pubsub: PubSub,
    private readonly clock: Clock,
    private readonly prompts: PromptCatalog,
    private readonly options: { mediaDir: string },
    private readonly logger: { error(context: object, message: string): void } = console,
  ) {}

  /** Connects the service to the API's switch simulator; without it the platform runs on FreeSWITCH. */
  attach(events: SimulatorEvents): void {
    this.events = events
    events.onEvent((event) => this.received(event))
  }

  /** True when calls run on the built-in switch simulator, so test calls can be placed from the console. */
  get isAvailable(): boolean {
    return this.events !== undefined
  }

  async place(viewer: Viewer, input: Record<string, unknown>): Promise<TestCall> {
    assertAdmin(viewer)
    const data = validateInput(placeSchema, input)
    const events = this.simulator()
    const { phoneNumber, media } = await this.db.inTenant(viewer.tenantId, async (em) => {
      const phoneNumber = await em.findOne(PhoneNumber, { id: knownId(data.phoneNumberId, 'Phone number') })
      if (!phoneNumber) throw new NotFoundError('Phone number')
      const systemPrompts = defaultPromptFiles(this.options.mediaDir)
      systemPrompts.set(TRANSFER_WAIT_TONE, SystemPromptKind.TRANSFER_WAIT)
      for (const kind of Object.values(SystemPromptKind))
        systemPrompts.set(await this.prompts.systemPrompt(em, kind), kind)
      return { phoneNumber, media: this.companyMedia(viewer.tenantId, systemPrompts) }
    })
    if (this.liveCallsOf(viewer.tenantId).length >= MAX_LIVE_TEST_CALLS)
      throw new ConflictError(
        'TOO_MANY_TEST_CALLS',
        `Your company already has ${MAX_LIVE_TEST_CALLS} test calls on; hang one up before placing another.`,
        { params: { maximum: MAX_LIVE_TEST_CALLS } },
      )
    await events.ready()
    this.placing++
    this.unclaimed ??= []
    try {
      const startedAt = this.clock.now()
      const id = await events.simulator.placeInboundCall({ from: data.callerNumber, to: phoneNumber.number })
      let markEnded = () => {}
      const ended = new Promise<void>((resolve) => (markEnded = resolve))
      const call: TrackedCall = {
        tenantId: viewer.tenantId,
        view: {
          id,
          phoneNumberId: phoneNumber.id,
          number: phoneNumber.number,
          callerNumber: data.callerNumber,
          startedAt,
          endedAt: null,
          isLive: true,
          endedBy: null,
          connectedAgent: null,
          timeline: [entryOf(TestCallEventKind.DIALLED, startedAt)],
        },
        media,
        legs: new Map(),
        bridgedLeg: null,
        heldBy: null,
        application: null,
        playing: [],
        isHangUpRequested: false,
        chain: Promise.resolve(),
        ended,
        markEnded,
      }
      this.calls.set(id, call)
      for (const early of this.unclaimed.splice(0)) this.received(early)
      this.changed(call)
      return call.view
    } finally {
      if (--this.placing === 0) this.unclaimed = undefined
    }
  }

  /** The caller presses keys (an IVR menu, the queue's callback key). */
  async pressKeys(viewer: Viewer, id: string, keys: string): Promise<TestCall> {
    assertAdmin(viewer)
    const digits = validateInput(keysSchema, keys)
    const call = this.liveCall(viewer, id)
    try {
      this.simulator().simulator.pressDigits(id, digits)
    } catch {
      throw testCallEnded()
    }
    return call.view
  }

  /** The caller hangs up; answers with the ended call once the switch said so (a moment, on loopback). */
  async hangUp(viewer: Viewer, id: string): Promise<TestCall> {
    assertAdmin(viewer)
    const call = this.liveCall(viewer, id)
    call.isHangUpRequested = true
    try {
      this.simulator().simulator.hangup(id)
    } catch {
      // Ended meanwhile: its hang-up event tells how.
    }
    let timer: NodeJS.Timeout | undefined
    await Promise.race([call.ended, new Promise((resolve) => (timer = setTimeout(resolve, HANG_UP_WAIT_MS)))])
    clearTimeout(timer)
    return call.view
  }

  /** The company's test calls, live ones first, newest first. */
  list(viewer: Viewer): TestCall[] {
    assertAdmin(viewer)
    return [...this.calls.values()]
      .filter((call) => call.tenantId === viewer.tenantId)
      .map((call) => call.view)
      .sort((a, b) => Number(b.isLive) - Number(a.isLive) || b.startedAt.getTime() - a.startedAt.getTime())
  }

  get(viewer: Viewer, id: string): TestCall {
    assertAdmin(viewer)
    return this.trackedOf(viewer, id).view
  }

  /** The call now, then each time it changes, until it has ended. Checked at once, so a refusal is immediate. */
  changes(viewer: Viewer, id: string, signal?: AbortSignal): AsyncIterableIterator<TestCall> {
    assertAdmin(viewer)
    const call = this.trackedOf(viewer, id)
    return this.follow(call, signal)
  }

  private async *follow(call: TrackedCall, signal?: AbortSignal): AsyncIterableIterator<TestCall> {
    if (!call.view.isLive) {
      yield call.view
      return
    }
    const updates = this.pubsub.subscribe<TestCallChanged>(TEST_CALL_CHANGED, signal)
    try {
      // Asking for the first update starts the listening before the call of now is given: nothing between is lost.
      const first = updates.next()
      yield call.view
      if (!call.view.isLive) return
      for (let next = await first; !next.done; next = await updates.next()) {
        if (next.value.tenantId !== call.tenantId || next.value.id !== call.view.id) continue
        yield call.view
        if (!call.view.isLive) return
      }
    } finally {
      void updates.return?.(undefined)
    }
  }

  private simulator(): SimulatorEvents {
    if (!this.events)
      throw new ConflictError(
        'TEST_CALLS_SIMULATED_ONLY',
        'Calls go through the real switch (FreeSWITCH) here, not the simulator: call your number from any phone.',
      )
    return this.events
  }

  private trackedOf(viewer: Viewer, id: string): TrackedCall {
    const call = this.calls.get(id)
    if (!call || call.tenantId !== viewer.tenantId) throw new NotFoundError('Test call')
    return call
  }

  private liveCall(viewer: Viewer, id: string): TrackedCall {
    const call = this.trackedOf(viewer, id)
    if (!call.view.isLive) throw testCallEnded()
    return call
  }

  private liveCallsOf(tenantId: string): TrackedCall[] {
    return [...this.calls.values()].filter((call) => call.tenantId === tenantId && call.view.isLive)
  }

  private companyMedia(tenantId: string, systemPrompts: Map<string, SystemPromptKind>): CompanyMedia {
    const names = new Map<string, Promise<string | null>>()
    return {
      mediaDir: this.options.mediaDir,
      systemPrompts,
      libraryPromptName: (file) => {
        let name = names.get(file)
        if (!name) {
          name = this.db.inTenant(tenantId, (em) => promptNameOfFile(em, file))
          names.set(file, name)
        }
        return name
      },
    }
  }

  // ── the switch's events ─────────────────────────────────────────────────────────────────────────────

  private received(event: EslEvent): void {
    if (!('uniqueId' in event)) return
    const call = this.callOf(event)
    if (!call) {
      // Until the simulator names the leg it placed, its first events wait here (a few at most).
      if (this.unclaimed && this.unclaimed.length < 200) this.unclaimed.push(event)
      return
    }
    call.chain = call.chain
      .then(() => this.apply(call, event))
      .catch((error: unknown) =>
        this.logger.error({ err: error, call: call.view.id }, 'test call could not follow a switch event'),
      )
  }

  /** The test call an event is about: its caller leg, a leg placed for it, or a bridge with its caller. */
  private callOf(event: EslEvent & { uniqueId: string }): TrackedCall | undefined {
    const ids = [
      event.uniqueId,
      event.variables[CALL_VARIABLES.callId],
      event.headers['Bridge-A-Unique-ID'],
      event.headers['Bridge-B-Unique-ID'],
    ]
    for (const id of ids) {
      const call = id === undefined ? undefined : this.calls.get(id)
      if (call) return call
    }
    return undefined
  }

  private async apply(call: TrackedCall, event: EslEvent & { uniqueId: string }): Promise<void> {
    const { view } = call
    if (!view.isLive) return
    const at = event.timestamp ? new Date(event.timestamp / 1000) : this.clock.now()
    if (event.eventName === 'CHANNEL_BRIDGE' || event.eventName === 'CHANNEL_UNBRIDGE')
      return this.bridgeChanged(call, event, at)
    if (event.uniqueId !== view.id) return this.legEvent(call, event, at)
    switch (event.eventName) {
      case 'CHANNEL_ANSWER':
        return this.add(call, entryOf(TestCallEventKind.ANSWERED, at))
      case 'CHANNEL_EXECUTE':
        call.application = event.application
        return
      case 'PLAYBACK_START': {
        const media = event.playbackFilePath ?? ''
        const menu = call.application === 'play_and_get_digits' ? await this.menuOf(call) : null
        const entry = {
          ...entryOf(TestCallEventKind.PROMPT, at),
          prompt: await nameHeardMedia(media, call.media, menu),
        }
        call.playing.push({ media, entry })
        return this.add(call, entry)
      }
      case 'PLAYBACK_STOP': {
        const index = call.playing.findLastIndex((playing) => playing.media === event.playbackFilePath)
        if (index < 0) return
        const { entry } = call.playing.splice(index, 1)[0]!
        entry.endedAt = at
        entry.isInterrupted = event.headers['Playback-Status'] === 'break'
        return this.changed(call)
      }
      case 'DTMF':
        return this.add(call, { ...entryOf(TestCallEventKind.KEY_PRESSED, at), key: event.dtmfDigit })
      case 'CHANNEL_HANGUP':
        for (const { entry } of call.playing.splice(0)) {
          entry.endedAt = at
          entry.isInterrupted = true
        }
        view.isLive = false
        view.endedAt = at
        view.endedBy = call.isHangUpRequested ? TestCallEnd.CALLER : TestCallEnd.CALL_CENTER
        view.connectedAgent = null
        this.add(call, { ...entryOf(TestCallEventKind.ENDED, at), cause: event.hangupCause })
        call.markEnded()
        return this.forgetLater(call)
    }
  }

  /** A leg the platform placed for the call: an agent's phone ringing, missing it, or leaving the call. */
  private async legEvent(call: TrackedCall, event: EslEvent & { uniqueId: string }, at: Date) {
    const leg = event.uniqueId
    if (event.eventName === 'CHANNEL_CREATE') {
      const agentId = event.variables[CALL_VARIABLES.agentId]
      const agent = agentId ? await this.agentOf(call.tenantId, agentId) : null
      call.legs.set(leg, { agent, number: event.destinationNumber ?? '', wasBridged: false, hasEnded: false })
      if (agent) this.add(call, { ...entryOf(TestCallEventKind.AGENT_RINGING, at), agent })
      return
    }
    const known = call.legs.get(leg)
    if (event.eventName !== 'CHANNEL_HANGUP' || !known) return
    known.hasEnded = true
    if (known.agent && !known.wasBridged)
      this.add(call, {
        ...entryOf(TestCallEventKind.AGENT_MISSED, at),
        agent: known.agent,
        cause: event.hangupCause,
      })
    // Left while the caller was held (a blind transfer takes the caller off the line first).
    else if (call.heldBy === leg) {
      call.heldBy = null
      this.add(call, { ...entryOf(TestCallEventKind.DISCONNECTED, at), agent: known.agent })
    }
  }

  /**
   * The caller joins or leaves a bridge. Leaving one whose other leg still lives is being held: hold,
   * a consultation or the first step of a transfer take the caller off the line and play the wait.
   */
  private bridgeChanged(call: TrackedCall, event: EslEvent, at: Date): void {
    const { view } = call
    const [a, b] = [event.headers['Bridge-A-Unique-ID'], event.headers['Bridge-B-Unique-ID']]
    const other = a === view.id ? b : b === view.id ? a : undefined
    if (!other) return
    const leg = call.legs.get(other)
    const agent = leg?.agent ?? null
    if (event.eventName === 'CHANNEL_UNBRIDGE') {
      call.bridgedLeg = null
      view.connectedAgent = null
      if (leg && !leg.hasEnded) {
        call.heldBy = other
        return this.add(call, { ...entryOf(TestCallEventKind.HELD, at), agent })
      }
      return this.add(call, { ...entryOf(TestCallEventKind.DISCONNECTED, at), agent })
    }
    const wasHeld = call.heldBy === other
    call.heldBy = null
    call.bridgedLeg = other
    if (leg) leg.wasBridged = true
    if (agent) {
      view.connectedAgent = agent
      const kind = wasHeld ? TestCallEventKind.RESUMED : TestCallEventKind.AGENT_CONNECTED
      return this.add(call, { ...entryOf(kind, at), agent })
    }
    if (wasHeld) return this.add(call, entryOf(TestCallEventKind.RESUMED, at))
    const number = leg?.number ?? event.headers['Other-Leg-Destination-Number'] ?? null
    this.add(call, { ...entryOf(TestCallEventKind.NUMBER_CONNECTED, at), number })
  }

  private async agentOf(tenantId: string, agentId: string): Promise<TestCallAgent> {
    const user = await this.db.inTenant(tenantId, (em) => em.findOne(User, { id: agentId }))
    return { id: agentId, name: user?.name ?? '—', agentNumber: user?.agentNumber ?? null }
  }

  /** The IVR menu the caller is in: the runner records each menu as a step before playing its prompt. */
  private async menuOf(call: TrackedCall): Promise<string | null> {
    return this.db.inTenant(call.tenantId, (em) => lastMenuOf(em, call.view.id))
  }

  private add(call: TrackedCall, entry: TestCallEvent): void {
    call.view.timeline.push(entry)
    this.changed(call)
  }

  private changed(call: TrackedCall): void {
    void this.pubsub.publish(TEST_CALL_CHANGED, {
      tenantId: call.tenantId,
      id: call.view.id,
    } satisfies TestCallChanged)
  }

  /** Ended calls stay a while to be looked at; a company keeps its newest few. */
  private forgetLater(call: TrackedCall): void {
    setTimeout(() => this.calls.delete(call.view.id), ENDED_KEPT_MS).unref()
    const ended = [...this.calls.values()]
      .filter((other) => other.tenantId === call.tenantId && !other.view.isLive)
      .sort((a, b) => b.view.startedAt.getTime() - a.view.startedAt.getTime())
    for (const old of ended.slice(ENDED_KEPT_PER_TENANT)) this.calls.delete(old.view.id)
  }
}

function entryOf(kind: TestCallEventKind, at: Date): TestCallEvent {
  return {
    at,
    kind,
    prompt: null,
    endedAt: null,
    isInterrupted: false,
    key: null,
    agent: null,
    number: null,
    cause: null,
  }
}

function assertAdmin(viewer: Viewer): void {
  if (!hasRoleAtLeast(viewer.role, Role.ADMIN))
    throw new ForbiddenError('Only administrators place test calls.')
}

function testCallEnded(): ConflictError {
  return new ConflictError('TEST_CALL_ENDED', 'The test call has ended.')
}
