// What the switch asks the API through mod_xml_curl: which tenant a dialled number belongs to, and
// a tenant's SIP domain with its users. Numbers are kept in memory until numbers (DIDs) are managed
// in the database; SIP domains come from the agents' credentials through `domainSource`.
import type { NumberRoute } from '../calls/variables'

export interface SipUser {
  readonly user: string
  readonly password: string
  readonly displayName?: string
}

export interface SipDomain {
  readonly tenantId: string
  readonly domain: string
  readonly users: readonly SipUser[]
}

export interface TelephonyDirectory {
  findNumber(number: string): Promise<NumberRoute | undefined>
  findDomain(domain: string): Promise<SipDomain | undefined>
}

export class InMemoryTelephonyDirectory implements TelephonyDirectory {
  private readonly numbers = new Map<string, NumberRoute>()
  private readonly domains = new Map<string, SipDomain>()

  /** `domainSource` answers for domains not added here: the tenants' agents in production. */
  constructor(private readonly domainSource?: (domain: string) => Promise<SipDomain | undefined>) {}

  addNumber(route: NumberRoute): void {
    this.numbers.set(route.number, route)
  }

  addDomain(domain: SipDomain): void {
    this.domains.set(domain.domain.toLowerCase(), domain)
  }

  /** Synchronous, for the simulator's dialplan hook, which runs inside the switch's call setup. */
  numberNow(number: string): NumberRoute | undefined {
    return this.numbers.get(number)
  }

  async findNumber(number: string): Promise<NumberRoute | undefined> {
    return this.numberNow(number)
  }

  async findDomain(domain: string): Promise<SipDomain | undefined> {
    return this.domains.get(domain.toLowerCase()) ?? this.domainSource?.(domain)
  }
}
