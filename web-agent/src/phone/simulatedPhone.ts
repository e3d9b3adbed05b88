// G2 without FreeSWITCH: the workstation's phone when the API runs the switch simulator. No SIP
// reaches the simulator, so the phone does through the API what a SIP phone does: it registers and
// renews, hears of calls ringing it, answers, declines, presses keys and hangs up. There is no audio.
// As a desk phone it only registers: the phone bar answers and hangs up through call control then.
import { createSubscriptionClient, hasReason, request, subscribe } from '@cc/web-common'
import {
  AnswerSimulatedCallDocument,
  HangUpSimulatedCallDocument,
  HoldCallDocument,
  MuteCallDocument,
  MySimulatedPhoneCallsDocument,
  PressSimulatedCallKeysDocument,
  RegisterSimulatedPhoneDocument,
  UnregisterSimulatedPhoneDocument,
  type SimulatedPhoneCall,
} from '../graphql/workstation'
import type { PhoneBarEvent } from './phoneBarMachine'
import type { BrowserPhone } from './softphone'

/** After a failed registration the phone tries again this soon, as JsSIP's recovery does. */
const RETRY_MS = 5000

const key = () => crypto.randomUUID()

export class SimulatedPhone implements BrowserPhone {
  /** The call the phone holds (its leg), from ringing to hang-up. */
  private session: string | undefined
  private renewal: ReturnType<typeof setTimeout> | undefined
  private stopFeed: (() => void) | undefined
  private isStopped = false

  constructor(
    private readonly kind: 'SOFTPHONE' | 'DESK_PHONE',
    private readonly emit: (event: PhoneBarEvent) => void,
    private readonly onSessionEnded: () => void,
  ) {}

  async start(): Promise<void> {
    this.emit({ type: 'PROBLEM', problem: null })
    this.emit({ type: 'REGISTERING' })
    if (this.kind === 'SOFTPHONE') this.stopFeed = this.openFeed()
    await this.register()
  }

  stop(): void {
    this.isStopped = true
    clearTimeout(this.renewal)
    this.stopFeed?.()
    this.session = undefined
    request(UnregisterSimulatedPhoneDocument).catch(() => {
      // Signed out already: the registration runs out by itself.
    })
  }

  async answer(): Promise<void> {
    if (!this.session) return
    this.emit({ type: 'SESSION_ANSWERING' })
    await request(AnswerSimulatedCallDocument, { legId: this.session })
  }

  async hangUp(): Promise<void> {
    if (this.session) await request(HangUpSimulatedCallDocument, { legId: this.session })
  }

  async hold(isOn: boolean): Promise<void> {
    await request(HoldCallDocument, { on: isOn, idempotencyKey: key() })
    this.emit({ type: 'HOLD_CHANGED', isOn })
  }

  async mute(isOn: boolean): Promise<void> {
    await request(MuteCallDocument, { on: isOn, idempotencyKey: key() })
    this.emit({ type: 'MUTE_CHANGED', isOn })
  }

  async sendDigit(digit: string): Promise<void> {
    if (this.session) await request(PressSimulatedCallKeysDocument, { keys: digit, legId: this.session })
  }

  private async register(): Promise<void> {
    if (this.isStopped) return
    try {
      const { registerSimulatedPhone } = await request(RegisterSimulatedPhoneDocument)
      if (this.isStopped) return
      this.emit({ type: 'REGISTERED' })
      // A page reloaded while a call rang finds it here.
      if (this.kind === 'SOFTPHONE') for (const call of registerSimulatedPhone.ringing) this.changed(call)
      // Renewed well before it runs out, as a phone does (a background tab's timers may run late).
      this.renewal = setTimeout(
        () => void this.register(),
        (registerSimulatedPhone.expiresSeconds * 1000) / 3,
      )
    } catch (error) {
      if (this.isStopped) return
      this.emit({ type: 'UNREGISTERED' })
      const hasNoAccount = hasReason(error, 'NO_SIP_ACCOUNT')
      this.emit({ type: 'PROBLEM', problem: hasNoAccount ? 'NO_SIP_ACCOUNT' : 'SERVER_UNREACHABLE' })
      if (!hasNoAccount) this.renewal = setTimeout(() => void this.register(), RETRY_MS)
    }
  }

  private openFeed(): () => void {
    const client = createSubscriptionClient(this.onSessionEnded)
    const stop = subscribe(client, MySimulatedPhoneCallsDocument, {}, ({ mySimulatedPhoneCalls }) =>
      this.changed(mySimulatedPhoneCalls),
    )
    return () => {
      stop()
      void client.dispose()
    }
  }

  /**
   * A call of the phone changed. Only a call seen ringing becomes the phone's session: one already on
   * when the page loaded is taken back by reconnecting (X8), as with the real softphone.
   */
  private changed(call: SimulatedPhoneCall): void {
    switch (call.state) {
      case 'RINGING':
        if (this.session === call.legId) return
        if (this.session) {
          // One call at a time: a second one meets a busy phone.
          request(HangUpSimulatedCallDocument, { legId: call.legId }).catch(() => {})
          return
        }
        this.session = call.legId
        this.emit({
          type: 'SESSION_RINGING',
          remoteNumber: call.remoteNumber,
          direction: call.isAutoAnswer ? 'OUTBOUND' : 'INBOUND',
          now: Date.now(),
        })
        return
      case 'TALKING':
        if (this.session === call.legId) this.emit({ type: 'SESSION_CONFIRMED', now: Date.now() })
        return
      case 'ENDED':
        if (this.session !== call.legId) return
        this.session = undefined
        this.emit({ type: 'SESSION_ENDED' })
    }
  }
}
