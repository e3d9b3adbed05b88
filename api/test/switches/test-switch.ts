// The two switches the telephony scenarios run on, behind one interface: the simulator inside the API,
// and a real FreeSWITCH started from the project's docker/freeswitch configuration with a carrier
// profile standing in for the phone network (customers who call in, agents' mobiles that answer).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { SwitchSimulator } from '../../src/telephony/sim/switch.js'
import {
  adaptForLoopback,
  readDockerConfiguration,
  switchEnvironment,
  type LoopbackSwitchOptions,
} from '../../src/telephony/local-switch/configuration.js'
import {
  freeswitchBinary,
  startFreeSwitch,
  type FreeSwitchProcess,
} from '../../src/telephony/local-switch/freeswitch-process.js'
import { XML_CURL_PATH } from '../../src/telephony/xml-curl/routes.js'
import { freePort } from '../free-port.js'
import {
  AGENT_TONE_HZ,
  CUSTOMER_TONE_HZ,
  CUSTOMER_VOICE,
  Hearing,
  type Heard,
  SUPERVISOR_TONE_HZ,
  SUPERVISOR_VOICE,
} from './hearing.js'
import { SwitchWatcher, type ChannelEventOf } from './watcher.js'

export type SwitchKind = 'simulator' | 'freeswitch'

/** An agent's SIP account, as the API hands it to the agent's phone. */
export interface SipAccount {
  readonly user: string
  readonly password: string
  readonly domain: string
}

const escapeXmlAttribute = (value: string) => value.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)

/**
 * How a number behind the trunk treats the next calls: an agent's mobile answers after a person's
 * moment (MOBILE_ANSWER_MS) with the agent's voice, or `answer-at-once` for load tests, where that moment
 * would only hold agents; a `customer` the platform calls answers after the same moment with the
 * customer's voice, a `supervisor`'s phone with a third voice.
 */
export type MobileBehaviour = 'answer' | 'answer-at-once' | 'customer' | 'supervisor' | 'no-answer' | 'reject'

/** A person takes a moment to pick up: long enough for the queue prompt to be playing still. */
const MOBILE_ANSWER_MS = 1500

export interface CustomerCall {
  readonly from: string
  readonly to: string
  /** The customer's own leg: on the real switch the carrier's, on the simulator the platform's. */
  readonly customerLeg: string
  /** The platform's leg of the call (the one the API parks, queues and bridges). */
  readonly platformLeg: string
}

export interface TestSwitch {
  readonly kind: SwitchKind
  readonly watcher: SwitchWatcher
  /** A customer dials `to`; resolves once the platform's leg is parked. */
  call(from: string, to: string): Promise<CustomerCall>
  /**
   * A customer dials `to` while no API instance answers the switch's xml_curl: the static fallback
   * dialplan parks the call. On the real switch the caller (CallCenter) stops the API around it.
   */
  callWhileDialplanDown(from: string, to: string): Promise<CustomerCall>
  press(call: CustomerCall, digits: string): Promise<void>
  /** The customer hangs up. */
  hangUp(call: CustomerCall): Promise<void>
  /** The mobile's user hangs up the answered leg (`answeredMobile`'s). */
  hangUpMobile(leg: string): Promise<void>
  mobile(number: string, behaviour: MobileBehaviour): Promise<void>
  /** The leg of the latest answered call to a mobile number, on the mobile's side. */
  answeredMobile(number: string): Promise<string>
  /** What the customer heard (so far). */
  heardByCustomer(call: CustomerCall): Promise<Hearing>
  /** What the mobile's user heard on that leg (so far). */
  heardOnMobile(leg: string): Promise<Hearing>
  stop(): Promise<void>
}

const isAnswerOf = (uuid: string) => (event: ChannelEventOf) =>
  event.eventName === 'CHANNEL_ANSWER' && event.uniqueId === uuid

/** The latest answered leg that `isMobile` says is the mobile's own. */
async function answeredLeg(
  watcher: SwitchWatcher,
  number: string,
  isMobile: (event: ChannelEventOf) => boolean,
): Promise<string> {
  const matches = (event: ChannelEventOf) => event.eventName === 'CHANNEL_ANSWER' && isMobile(event)
  await watcher.waitFor(`answered call to ${number}`, matches)
  return watcher.seen(matches).at(-1)!.uniqueId
}

/** The simulator the API started in-process: its parties speak in tones, and it knows what each heard. */
export class SimulatedSwitch implements TestSwitch {
  readonly kind = 'simulator'

  private constructor(
    private readonly sim: SwitchSimulator,
    readonly watcher: SwitchWatcher,
  ) {}

  static async attach(sim: SwitchSimulator): Promise<SimulatedSwitch> {
    const watcher = new SwitchWatcher({ port: sim.port, password: sim.password })
    await watcher.start()
    return new SimulatedSwitch(sim, watcher)
  }

  async call(from: string, to: string): Promise<CustomerCall> {
    const uuid = await this.sim.placeInboundCall({ from, to })
    return { from, to, customerLeg: uuid, platformLeg: uuid }
  }

  async callWhileDialplanDown(from: string, to: string): Promise<CustomerCall> {
    const uuid = await this.sim.placeInboundCall({ from, to, isDialplanDown: true })
    return { from, to, customerLeg: uuid, platformLeg: uuid }
  }

  async press(call: CustomerCall, digits: string) {
    this.sim.pressDigits(call.platformLeg, digits)
  }

  async hangUp(call: CustomerCall) {
    if (this.sim.channels().some((channel) => channel.uuid === call.platformLeg))
      this.sim.hangup(call.platformLeg)
  }

  async hangUpMobile(leg: string) {
    this.sim.hangup(leg)
  }

  async mobile(number: string, behaviour: MobileBehaviour) {
    const voices: Partial<Record<MobileBehaviour, Heard>> = {
      customer: CUSTOMER_VOICE,
      supervisor: SUPERVISOR_VOICE,
    }
    this.sim.setEndpointBehaviour(
      number,
      behaviour === 'no-answer' || behaviour === 'reject'
        ? { kind: behaviour }
        : behaviour === 'answer-at-once'
          ? { kind: 'auto-answer' }
          : { kind: 'answer-after', ms: MOBILE_ANSWER_MS, voice: voices[behaviour] },
    )
  }

  /** The simulator has no far end: the leg it placed to the number stands for the mobile. */
  answeredMobile(number: string) {
    return answeredLeg(
      this.watcher,
      number,
      (event) => event.callDirection === 'outbound' && event.destinationNumber === number,
    )
  }

  async heardByCustomer(call: CustomerCall) {
    return Hearing.fromSpans(this.sim.heard(call.customerLeg))
  }

  async heardOnMobile(leg: string) {
    return Hearing.fromSpans(this.sim.heard(leg))
  }

  stop() {
    return this.watcher.close()
  }
}

/** Ports and secrets of a real switch, chosen before the API starts so each can name the other. */
export interface RealSwitchPlan {
  readonly options: LoopbackSwitchOptions
  readonly carrierPort: number
  /** FREESWITCH_NODES, the xml_curl settings and the softphones' WebSocket for the API. */
  readonly apiEnv: Record<string, string>
}

const ESL_PASSWORD = 'test-switch-secret'
const XML_CURL_PASSWORD = 'test-xml-curl-secret-0123456789'

export async function planRealSwitch(apiPort: number, mediaDir: string): Promise<RealSwitchPlan> {
  const eslPort = await freePort()
  const rtpStart = 20_000 + 2 * Math.floor(Math.random() * 5000)
  const sipWebSocketPort = await freePort()
  const options: LoopbackSwitchOptions = {
    eslPort,
    eslPassword: ESL_PASSWORD,
    sipPort: await freePort(),
    sipWebSocketPort,
    rtpPorts: [rtpStart, rtpStart + 999],
    xmlCurlUrls: [`http://127.0.0.1:${apiPort}${XML_CURL_PATH}`],
    xmlCurlUser: 'freeswitch',
    xmlCurlPassword: XML_CURL_PASSWORD,
    mediaDir,
  }
  return {
    options,
    carrierPort: await freePort(),
    apiEnv: {
      FREESWITCH_NODES: `127.0.0.1:${eslPort}:${ESL_PASSWORD}`,
      XML_CURL_PASSWORD,
      XML_CURL_ALLOWED_ADDRESSES: '127.0.0.1',
      TRUNK_GATEWAY: 'trunk',
      MEDIA_DIR: mediaDir,
      // Softphones register with the switch itself, as they would through nginx's /sip/ in production.
      SIP_WEBSOCKET_URLS: `ws://127.0.0.1:${sipWebSocketPort}`,
    },
  }
}

/**
 * The phone network's stand-in, added to the project's configuration for tests only: a `trunk`
 * gateway on the platform's profile towards a `carrier` profile, whose dialplan answers every number
 * (an agent's mobile, a customer called back) with a tone for a voice and records what it hears.
 * `hash insert/carrier/<number>/answer-at-once|customer|no-answer|reject` changes how one number answers.
 * Agents' desk phones are gateways of the carrier's profile (RealSwitch.deskPhone), answered the same way.
 */
function carrierFiles(carrierPort: number, recordings: string): Map<string, string> {
  const voice = (hz: number) => `tone_stream://%(600000,0,${hz});loops=-1`
  const behaviour = (name: string, actions: string) => `
    <extension name="${name}">
      <condition field="\${hash(select/carrier/\${destination_number})}" expression="^${name}$">${actions}
      </condition>
    </extension>`
  const answer = (hz = AGENT_TONE_HZ) => `
        <action application="answer"/>
        <action application="record_session" data="${recordings}/heard-\${uuid}.wav"/>
        <action application="endless_playback" data="${voice(hz)}"/>`
  const pickUp = `
        <action application="ring_ready"/>
        <action application="sleep" data="${MOBILE_ANSWER_MS}"/>`
  const party = `
        <action application="set" data="carrier_party=\${destination_number}"/>
        <action application="set" data="RECORD_READ_ONLY=true"/>`
  return new Map([
    [
      'sip_profiles/internal/trunk.xml',
      `<include>
  <gateway name="trunk">
    <param name="proxy" value="127.0.0.1:${carrierPort}"/>
    <param name="register" value="false"/>
    <param name="caller-id-in-from" value="true"/>
  </gateway>
</include>
`,
    ],
    [
      'sip_profiles/carrier.xml',
      `<profile name="carrier">
  <gateways>
    <X-PRE-PROCESS cmd="include" data="carrier/*.xml"/>
  </gateways>
  <settings>
    <param name="context" value="carrier"/>
    <param name="dialplan" value="XML"/>
    <param name="sip-ip" value="127.0.0.1"/>
    <param name="rtp-ip" value="127.0.0.1"/>
    <param name="sip-port" value="${carrierPort}"/>
    <param name="auth-calls" value="false"/>
    <param name="inbound-codec-prefs" value="PCMA"/>
    <param name="outbound-codec-prefs" value="PCMA"/>
    <param name="rtp-timer-name" value="soft"/>
    <param name="dtmf-type" value="rfc2833"/>
    <param name="manage-presence" value="false"/>
  </settings>
</profile>
`,
    ],
    [
      'dialplan/carrier.xml',
      `<include>
  <context name="carrier">${behaviour('no-answer', '\n        <action application="sleep" data="600000"/>')}${behaviour('reject', '\n        <action application="hangup" data="CALL_REJECTED"/>')}${behaviour('answer-at-once', party + answer())}${behaviour('customer', party + pickUp + answer(CUSTOMER_TONE_HZ))}${behaviour('supervisor', party + pickUp + answer(SUPERVISOR_TONE_HZ))}
    <extension name="answer">
      <condition field="destination_number" expression="^(.+)$">${party}${pickUp}${answer()}
      </condition>
    </extension>
  </context>
</include>
`,
    ],
  ])
}

export class RealSwitch implements TestSwitch {
  readonly kind = 'freeswitch'

  private constructor(
    private readonly process: FreeSwitchProcess,
    readonly watcher: SwitchWatcher,
    private readonly plan: RealSwitchPlan,
    private readonly dir: string,
  ) {}

  static isInstalled(): boolean {
    return freeswitchBinary() !== undefined
  }

  static async start(plan: RealSwitchPlan): Promise<RealSwitch> {
    const binary = freeswitchBinary()
    if (!binary) throw new Error('FreeSWITCH is not installed: run ../shared/freeswitch/runtime/install.sh')
    const dir = await mkdtemp(path.join(tmpdir(), 'cc-freeswitch-'))
    await mkdir(path.join(dir, 'heard'))
    await mkdir(path.join(dir, 'conf', 'sip_profiles', 'carrier'), { recursive: true })
    const configuration = adaptForLoopback(await readDockerConfiguration(), plan.options)
    for (const [file, text] of carrierFiles(plan.carrierPort, path.join(dir, 'heard')))
      configuration.set(file, text)
    const process = await startFreeSwitch({
      binary,
      dir,
      configuration,
      environment: switchEnvironment(plan.options),
      eslPort: plan.options.eslPort,
      eslPassword: plan.options.eslPassword,
      profiles: ['internal', 'carrier'],
    })
    const watcher = new SwitchWatcher({ port: plan.options.eslPort, password: plan.options.eslPassword })
    await watcher.start()
    return new RealSwitch(process, watcher, plan, dir)
  }

  private api(command: string): Promise<string> {
    return this.process.client.api(command)
  }

  async call(from: string, to: string): Promise<CustomerCall> {
    const customerLeg = crypto.randomUUID()
    const heard = path.join(this.dir, 'heard', `heard-${customerLeg}.wav`)
    const variables = [
      `origination_uuid=${customerLeg}`,
      `origination_caller_id_number=${from}`,
      'RECORD_READ_ONLY=true',
      `execute_on_answer='record_session ${heard}'`,
    ].join(',')
    const tone = `tone_stream://%(600000,0,${CUSTOMER_TONE_HZ});loops=-1`
    // bgapi: the originate completes only once the platform answers, which a parked call may never do.
    void this.process.client.bgapi(
      `originate {${variables}}sofia/carrier/${to}@127.0.0.1:${this.plan.options.sipPort} &endless_playback(${tone})`,
    )
    const parked = await this.watcher.waitFor(
      `parked call from ${from}`,
      (event) =>
        event.eventName === 'CHANNEL_PARK' &&
        event.callDirection === 'inbound' &&
        event.callerIdNumber === from &&
        event.headers['Channel-Name']?.startsWith('sofia/internal/') === true,
    )
    return { from, to, customerLeg, platformLeg: parked.uniqueId }
  }

  callWhileDialplanDown(from: string, to: string): Promise<CustomerCall> {
    return this.call(from, to)
  }

  async press(call: CustomerCall, digits: string) {
    await this.api(`uuid_send_dtmf ${call.customerLeg} ${digits}`)
  }

  async hangUp(call: CustomerCall) {
    await this.api(`uuid_kill ${call.customerLeg}`)
  }

  async hangUpMobile(leg: string) {
    await this.api(`uuid_kill ${leg}`)
  }

  async mobile(number: string, behaviour: MobileBehaviour) {
    await this.api(
      behaviour === 'answer' ? `hash delete/carrier/${number}` : `hash insert/carrier/${number}/${behaviour}`,
    )
  }

  /** The carrier's leg that answered the trunk's call to the number. */
  answeredMobile(number: string) {
    return answeredLeg(this.watcher, number, (event) => event.variables['carrier_party'] === number)
  }

  /**
   * An agent's desk phone: a plain SIP user agent that REGISTERs over UDP with the platform's profile as
   * the agent. Calls to the agent reach the carrier as calls to `account.user`, answered like a mobile
   * of that number (after a moment, with the agent's voice; `mobile` changes how), on a leg that
   * `answeredMobile(account.user)` finds and `heardOnMobile` listens to.
   */
  async deskPhone(account: SipAccount): Promise<void> {
    const name = `desk-${account.user}`
    const params = {
      proxy: `127.0.0.1:${this.plan.options.sipPort}`,
      register: 'true',
      username: account.user,
      password: account.password,
      realm: account.domain,
      'from-domain': account.domain,
      // Calls to the gateway's contact then reach the carrier's dialplan as calls to the agent's number.
      extension: account.user,
    }
    const lines = Object.entries(params).map(
      ([key, value]) => `    <param name="${key}" value="${escapeXmlAttribute(value)}"/>`,
    )
    const gateway = `<include>\n  <gateway name="${name}">\n${lines.join('\n')}\n  </gateway>\n</include>\n`
    await writeFile(path.join(this.dir, 'conf', 'sip_profiles', 'carrier', `${name}.xml`), gateway)
    // The include is expanded when the XML is loaded; the rescan then starts the gateway it found.
    await this.api('reloadxml')
    await this.api('sofia profile carrier rescan')
  }

  /**
   * Starts recording what the switch sends down one of its own legs (an agent's softphone, which has no
   * carrier leg to record what it hears); `heardOnOwnLeg` reads it.
   */
  async listenOnOwnLeg(leg: string): Promise<void> {
    await this.api(`uuid_setvar ${leg} RECORD_WRITE_ONLY true`)
    const reply = await this.api(`uuid_record ${leg} start ${this.sentToRecording(leg)}`)
    if (!reply.startsWith('+OK')) throw new Error(`uuid_record on ${leg}: ${reply.trim()}`)
  }

  /** What the switch sent down the leg since `listenOnOwnLeg` (complete once the leg is gone). */
  async heardOnOwnLeg(leg: string): Promise<Hearing> {
    const file = this.sentToRecording(leg)
    const started = await this.watcher.waitFor(
      `recording of ${leg}`,
      (event) =>
        event.eventName === 'RECORD_START' && event.uniqueId === leg && event.recordFilePath === file,
    )
    return Hearing.fromRecording(file, SwitchWatcher.at(started))
  }

  private sentToRecording(leg: string): string {
    return path.join(this.dir, 'heard', `sent-to-${leg}.wav`)
  }

  heardByCustomer(call: CustomerCall) {
    return this.heardOn(call.customerLeg)
  }

  heardOnMobile(leg: string) {
    return this.heardOn(leg)
  }

  /** The leg's recording of what it received, from its answer on. */
  private async heardOn(leg: string): Promise<Hearing> {
    const answered = await this.watcher.waitFor(`answer of ${leg}`, isAnswerOf(leg))
    return Hearing.fromRecording(path.join(this.dir, 'heard', `heard-${leg}.wav`), SwitchWatcher.at(answered))
  }

  async stop() {
    await this.watcher.close()
    await this.process.stop()
    if (!process.env.KEEP_FREESWITCH_DIR) await rm(this.dir, { recursive: true, force: true })
  }
}
