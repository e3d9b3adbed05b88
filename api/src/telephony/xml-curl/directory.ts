// What the switch asks the API through mod_xml_curl: which tenant a dialled number belongs to, and
// a tenant's SIP domain with its users. Both come from the database through the sources given (the
// tenants' numbers and agents); entries added here directly serve tests and the simulator.
import type { NumberRoute } from '../calls/variables.js'

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

  /** The sources answer for numbers and domains not added here: the tenants' own, in production. */
  constructor(
    private readonly domainSource?: (domain: string) => Promise<SipDomain | undefined>,
    private readonly numberSource?: (number: string) => Promise<NumberRoute | undefined>,
  ) {}

  addNumber(route: NumberRoute): void {
    this.numbers.set(route.number, route)
  }

  addDomain(domain: SipDomain): void {
    this.domains.set(domain.domain.toLowerCase(), domain)
  }

  async findNumber(number: string): Promise<NumberRoute | undefined> {
    return this.numbers.get(number) ?? this.numberSource?.(number)
  }

  async findDomain(domain: string): Promise<SipDomain | undefined> {
    return this.domains.get(domain.toLowerCase()) ?? this.domainSource?.(domain)
  }
}
