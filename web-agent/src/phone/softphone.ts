// G2: the browser softphone, a thin layer over JsSIP. It registers over WebSocket with the account
// and node the API names, reports what happens as phone-bar events, and plays the remote audio.
// It never hangs up on page unload: a reload must leave the customer on the switch (see reconnectCall).
import JsSIP from 'jssip'
import type { RTCSession } from 'jssip/lib/RTCSession'
import type { IncomingRTCSessionEvent, RTCSessionEvent } from 'jssip/lib/UA'
import type { SoftphoneSettings } from '../graphql/workstation'
import type { PhoneBarEvent, SoftphoneProblem } from './phoneBarMachine'

/** The switch sets this header on legs the agent asked for (dial-out, reconnect): answer them unasked. */
export const AUTO_ANSWER_HEADER = 'X-CC-Auto-Answer'

/**
 * The phone in the browser, as the phone bar drives it: JsSIP against a real switch, or its stand-in on
 * the switch simulator (simulatedPhone.ts). Each reports what happens as phone-bar events.
 */
export interface BrowserPhone {
  start(): Promise<void>
  /** Signs the phone out: un-registers and ends any call in the browser. */
  stop(): void
  answer(): void | Promise<void>
  hangUp(): void | Promise<void>
  hold(isOn: boolean): void | Promise<void>
  mute(isOn: boolean): void | Promise<void>
  sendDigit(digit: string): void | Promise<void>
}

/** JsSIP retries a dropped WebSocket between these (seconds); short, so a network blip heals fast. */
const RECOVERY_MIN_SECONDS = 2
const RECOVERY_MAX_SECONDS = 10

export class Softphone implements BrowserPhone {
  private ua: JsSIP.UA | undefined
  private session: RTCSession | undefined
  private readonly audio: HTMLAudioElement
  private readonly onOnline = () => {
    // Back on the network: the WebSocket may be new, so refresh the registration (NAT bindings too).
    if (this.ua?.isConnected()) this.ua.register()
  }

  constructor(
    private readonly settings: SoftphoneSettings,
    private readonly emit: (event: PhoneBarEvent) => void,
  ) {
    this.audio = new Audio()
    this.audio.autoplay = true
  }

  /** Checks the microphone first (its problems are the agent's to fix), then registers. */
  async start(): Promise<void> {
    const problem = await microphoneProblem()
    this.emit({ type: 'PROBLEM', problem })
    if (problem) return
    const socket = new JsSIP.WebSocketInterface(this.settings.websocketUrl)
    const ua = new JsSIP.UA({
      sockets: [socket],
      uri: this.settings.sipUri,
      authorization_user: this.settings.authUser,
      password: this.settings.password,
      realm: this.settings.domain,
      display_name: this.settings.displayName,
      register: true,
      session_timers: false,
      connection_recovery_min_interval: RECOVERY_MIN_SECONDS,
      connection_recovery_max_interval: RECOVERY_MAX_SECONDS,
      user_agent: 'cc-workstation',
    })
    this.ua = ua
    ua.on('connecting', () => this.emit({ type: 'REGISTERING' }))
    ua.on('connected', () => this.emit({ type: 'PROBLEM', problem: null }))
    ua.on('disconnected', () => {
      this.emit({ type: 'UNREGISTERED' })
      this.emit({ type: 'PROBLEM', problem: 'SERVER_UNREACHABLE' })
    })
    ua.on('registered', () => this.emit({ type: 'REGISTERED' }))
    ua.on('unregistered', () => this.emit({ type: 'UNREGISTERED' }))
    ua.on('registrationFailed', (event) => {
      this.emit({ type: 'UNREGISTERED' })
      this.emit({
        type: 'PROBLEM',
        problem:
          event.cause === JsSIP.C.causes.AUTHENTICATION_ERROR ? 'WRONG_CREDENTIALS' : 'SERVER_UNREACHABLE',
      })
    })
    ua.on('newRTCSession', (event: RTCSessionEvent) => {
      if (event.originator === 'remote') this.incoming(event)
    })
    window.addEventListener('online', this.onOnline)
    ua.start()
  }

  stop(): void {
    window.removeEventListener('online', this.onOnline)
    this.ua?.stop()
    this.ua = undefined
    this.session = undefined
    this.audio.srcObject = null
  }

  answer(): void {
    if (!this.session) return
    this.emit({ type: 'SESSION_ANSWERING' })
    this.session.answer({
      mediaConstraints: { audio: true, video: false },
      pcConfig: {
        iceServers: this.settings.iceServers.map((server) => ({
          ...server,
          username: server.username ?? undefined,
          credential: server.credential ?? undefined,
        })),
      },
    })
  }

  hangUp(): void {
    this.session?.terminate()
  }

  hold(isOn: boolean): void {
    if (isOn) this.session?.hold()
    else this.session?.unhold()
  }

  mute(isOn: boolean): void {
    if (isOn) this.session?.mute({ audio: true })
    else this.session?.unmute({ audio: true })
  }

  /** RFC 2833 events in the media, as the switch's profile expects (`dtmf-type`). */
  sendDigit(digit: string): void {
    this.session?.sendDTMF(digit, { transportType: JsSIP.C.DTMF_TRANSPORT.RFC2833 })
  }

  private incoming({ session, request }: IncomingRTCSessionEvent): void {
    if (this.session) {
      // One call at a time: a second INVITE meets a busy agent.
      session.terminate({ status_code: 486, reason_phrase: 'Busy Here' })
      return
    }
    this.session = session
    const isAutoAnswer = request.getHeader(AUTO_ANSWER_HEADER) === 'true'
    const ended = () => {
      if (this.session !== session) return
      this.session = undefined
      this.audio.srcObject = null
      this.emit({ type: 'SESSION_ENDED' })
    }
    session.on('peerconnection', ({ peerconnection }) => {
      peerconnection.addEventListener('track', (event: RTCTrackEvent) => {
        this.audio.srcObject = event.streams[0] ?? new MediaStream([event.track])
      })
    })
    session.on('confirmed', () => this.emit({ type: 'SESSION_CONFIRMED', now: Date.now() }))
    session.on('ended', ended)
    session.on('failed', (event) => {
      if (event.cause === JsSIP.C.causes.USER_DENIED_MEDIA_ACCESS)
        this.emit({ type: 'PROBLEM', problem: 'MICROPHONE_DENIED' })
      ended()
    })
    session.on('hold', () => this.emit({ type: 'HOLD_CHANGED', isOn: true }))
    session.on('unhold', () => this.emit({ type: 'HOLD_CHANGED', isOn: false }))
    session.on('muted', () => this.emit({ type: 'MUTE_CHANGED', isOn: true }))
    session.on('unmuted', () => this.emit({ type: 'MUTE_CHANGED', isOn: false }))
    this.emit({
      type: 'SESSION_RINGING',
      remoteNumber: session.remote_identity.uri.user ?? null,
      direction: isAutoAnswer ? 'OUTBOUND' : 'INBOUND',
      now: Date.now(),
    })
    if (isAutoAnswer) this.answer()
  }
}

/** Asks for the microphone once; the browser remembers the answer, so calls connect without a prompt. */
async function microphoneProblem(): Promise<SoftphoneProblem | null> {
  if (!navigator.mediaDevices?.getUserMedia) return 'NO_MICROPHONE'
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    for (const track of stream.getTracks()) track.stop()
    return null
  } catch (error) {
    const name = (error as DOMException).name
    return name === 'NotAllowedError' || name === 'SecurityError' ? 'MICROPHONE_DENIED' : 'NO_MICROPHONE'
  }
}
