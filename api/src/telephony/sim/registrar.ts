// SIP registrations on the simulated `internal` profile, and the sofia::* events mod_sofia fires for them.
import { randomInt, randomUUID } from 'node:crypto'
import type { HeaderList } from '../esl/codec.js'
import type { EndpointBehaviour } from './engine.js'

export type SipTransport = 'udp' | 'tcp' | 'tls' | 'ws' | 'wss'

export interface RegistrationOptions {
  /** What the phone asks for and the registrar grants; JsSIP asks 600. */
  readonly expiresSeconds?: number
  /** Where the REGISTER came from (after NAT). */
  readonly networkIp?: string
  readonly networkPort?: number
  readonly userAgent?: string
  /** JsSIP reaches the switch over ws (nginx terminates TLS); desk phones over udp. */
  readonly transport?: SipTransport
}

export interface Registration {
  readonly user: string
  readonly domain: string
  behaviour: EndpointBehaviour
  readonly callId: string
  readonly networkIp: string
  readonly networkPort: number
  readonly transport: SipTransport
  readonly userAgent: string
  readonly expiresSeconds: number
  /** When the registrar drops it unless renewed: the granted time plus the late margin. */
  readonly expiresAtMs: number
}

export interface RegistrarHost {
  readonly hostname: string
  nowMs(): number
  fireCustom(subclass: string, headers: HeaderList): void
}

/** mod_sofia's sip-expires-late-margin default: a registration outlives its expiry by this much. */
const LATE_MARGIN_SECONDS = 60
const PROFILE = 'internal'

/** The contact mod_sofia stores: behind NAT (every WebSocket client) it points where packets came from. */
function contactUri(r: Registration): string {
  const transport = r.transport === 'udp' ? '' : `;transport=${r.transport}`
  const nat = isNatted(r) ? ';fs_nat=yes' : ''
  return `sip:${r.user}@${r.networkIp}:${r.networkPort}${transport}${nat}`
}

const isNatted = (r: Registration) => r.transport === 'ws' || r.transport === 'wss'
const contactOf = (r: Registration) => `"${r.user}" <${contactUri(r)}>`
const expiresAtEpoch = (r: Registration) => String(Math.floor(r.expiresAtMs / 1000))

export class Registrar {
  private readonly registrations = new Map<string, Registration>()

  constructor(private readonly host: RegistrarHost) {}

  find(user: string, domain: string): Registration | undefined {
    return this.registrations.get(`${user}@${domain}`)
  }

  /**
   * A REGISTER, or its renewal: the same phone keeps its Call-ID; sofia::register either way. With
   * Expires: 0 it is an unregistration.
   */
  register(
    user: string,
    domain: string,
    behaviour: EndpointBehaviour | undefined,
    options: RegistrationOptions = {},
  ): void {
    if (options.expiresSeconds === 0) return this.unregister(user, domain)
    const key = `${user}@${domain}`
    const previous = this.registrations.get(key)
    const expiresSeconds = options.expiresSeconds ?? previous?.expiresSeconds ?? 600
    const registration: Registration = {
      user,
      domain,
      behaviour: behaviour ?? previous?.behaviour ?? { kind: 'auto-answer' },
      callId: previous?.callId ?? randomUUID(),
      networkIp: options.networkIp ?? previous?.networkIp ?? '198.51.100.10',
      networkPort: options.networkPort ?? previous?.networkPort ?? randomInt(40_000, 60_000),
      transport: options.transport ?? previous?.transport ?? 'ws',
      userAgent: options.userAgent ?? previous?.userAgent ?? 'JsSIP 3.10.1',
      expiresSeconds,
      expiresAtMs: this.host.nowMs() + (expiresSeconds + LATE_MARGIN_SECONDS) * 1000,
    }
    this.registrations.set(key, registration)
    const nat = isNatted(registration) ? '-NAT' : ''
    const headers: Array<readonly [string, string]> = [
      ['profile-name', PROFILE],
      ['from-user', user],
      ['from-host', domain],
      ['presence-hosts', 'n/a'],
      ['contact', contactOf(registration)],
      ['call-id', registration.callId],
      ['rpid', 'unknown'],
      ['status', `Registered(${registration.transport.toUpperCase()}${nat})`],
      ['expires', String(expiresSeconds)],
      ['to-user', user],
      ['to-host', domain],
      ['network-ip', registration.networkIp],
      ['network-port', String(registration.networkPort)],
      ['username', user],
      ['realm', domain],
      ['user-agent', registration.userAgent],
    ]
    if (previous && contactOf(previous) === contactOf(registration)) headers.push(['update-reg', 'true'])
    this.host.fireCustom('sofia::register', headers)
  }

  /** A REGISTER with Expires: 0. mod_sofia's sofia::unregister carries fewer headers than sofia::register. */
  unregister(user: string, domain: string): void {
    const registration = this.find(user, domain)
    if (!registration) return
    this.registrations.delete(`${user}@${domain}`)
    this.host.fireCustom('sofia::unregister', [
      ['profile-name', PROFILE],
      ['username', user],
      ['from-user', user],
      ['from-host', domain],
      ['contact', contactOf(registration)],
      ['call-id', registration.callId],
      ['rpid', 'unknown'],
      ['realm', domain],
      ['expires', '0'],
    ])
  }

  /** mod_sofia's periodic check: drops what ran out unrenewed, with sofia::expire for each. */
  expireDue(): void {
    const now = this.host.nowMs()
    for (const [key, registration] of this.registrations) {
      if (registration.expiresAtMs > now) continue
      this.registrations.delete(key)
      this.host.fireCustom('sofia::expire', [
        ['profile-name', PROFILE],
        ['call-id', registration.callId],
        ['user', registration.user],
        ['host', registration.domain],
        ['contact', contactOf(registration)],
        ['expires', expiresAtEpoch(registration)],
        ['user-agent', registration.userAgent],
        ['realm', registration.domain],
      ])
    }
  }

  /** The core `registrations` table, as `show registrations` lists it. */
  rows(): Array<Record<string, string>> {
    return [...this.registrations.values()].map((r) => ({
      reg_user: r.user,
      realm: r.domain,
      token: r.callId,
      url: `sofia/${PROFILE}/${contactUri(r)}`,
      expires: expiresAtEpoch(r),
      network_ip: r.networkIp,
      network_port: String(r.networkPort),
      network_proto:
        r.transport === 'tls' || r.transport === 'wss' ? 'tls' : r.transport === 'udp' ? 'udp' : 'tcp',
      hostname: this.host.hostname,
      metadata: '',
    }))
  }
}
