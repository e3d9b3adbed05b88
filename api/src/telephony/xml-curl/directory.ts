// What the switch asks the API through mod_xml_curl: which tenant a dialled number belongs to, and
// a tenant's SIP domain with its users. Agents' SIP credentials arrive with the agents themselves;
// until then an in-memory directory stands behind this interface (tests, demo, simulator).
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
    return this.domains.get(domain.toLowerCase())
  }
}
