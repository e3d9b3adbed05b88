// The ACD tests' common set-up: a tenant whose agents sign in to the workstation with a SIP phone
// registered on the switch simulator, skill groups with numbers, and the company's call settings.
import { expect } from 'vitest'
import type { Clock } from '../src/common/clock.js'
import { EslClient } from '../src/telephony/esl/client.js'
import type { EslEvent } from '../src/telephony/esl/event.js'
import type { SwitchSimulator } from '../src/telephony/sim/switch.js'
import { startTestApi, type TestApi } from './api.js'
import { eventually } from './eventually.js'
import { addAgent, addSkillGroup, signInInvited, signupTenant, type TestTenant } from './factories.js'

export interface ReadyAgent {
  id: string
  token: string
  sipUser: string
}

export interface AgentState {
  status: string
  reasonId: string | null
  cause: string
  notice: string | null
}

let numbers = 0

/**
 * A test API with the simulator, fast ownership, sweeps and record flushes, and one signed-up company.
 * `ACD_LOG=error` shows the API's log while debugging.
 */
export async function startAcdTestApi(
  companyName?: string,
  options: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<{ api: TestApi; acd: AcdFixture }> {
  const api = await startTestApi({
    clock: options.clock,
    env: {
      CALL_RECORD_FLUSH_MS: '10',
      SWITCH_OWNERSHIP_POLL_MS: '200',
      ACD_SWEEP_MS: '100',
      LOG_LEVEL: process.env.ACD_LOG ?? 'silent',
      ...options.env,
    },
  })
  return { api, acd: await AcdFixture.create(api, await signupTenant(api, companyName)) }
}

export class AcdFixture {
  private constructor(
    readonly api: TestApi,
    readonly tenant: TestTenant,
    readonly sipDomain: string,
  ) {}

  /** Waits for the switch node to be owned, and gives the tenant its SIP domain. */
  static async create(api: TestApi, tenant: TestTenant): Promise<AcdFixture> {
    await addAgent(api, tenant.token)
    return AcdFixture.of(api, tenant)
  }

  /** The fixture of a company that already has its SIP domain, on a (restarted) API. */
  static async of(api: TestApi, tenant: TestTenant): Promise<AcdFixture> {
    await eventually(() => expect(api.telephony.cluster.health()[0]?.isOwnedHere).toBe(true), 15_000)
    const [row] = await api.db.inTenant(tenant.tenantId, (em) =>
      em.execute<Array<{ sip_domain: string }>>('select sip_domain from tenant'),
    )
    return new AcdFixture(api, tenant, row!.sip_domain)
  }

  /** The switch simulator the API runs (tests on FreeSWITCH have none). */
  get sim(): SwitchSimulator {
    const sim = this.api.telephony.simulator
    if (!sim) throw new Error('this API runs on FreeSWITCH, not on the simulator')
    return sim
  }

  async gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token = this.tenant.token,
  ): Promise<T> {
    const result = await this.api.graphql<T>(query, variables, { token })
    if (result.errors) throw new Error(JSON.stringify(result.errors))
    return result.data!
  }

  sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
    return this.api.db.inTenant(this.tenant.tenantId, (em) => em.execute<T[]>(query, params))
  }

  async settings(input: Record<string, unknown>): Promise<void> {
    await this.gql(
      `mutation ($input: UpdateAcdSettingsInput!) { updateAcdSettings(input: $input) { afterCallWorkSeconds } }`,
      { input },
    )
  }

  async skillGroup(routing: Record<string, unknown> = {}): Promise<string> {
    const id = await addSkillGroup(this.api, this.tenant.token)
    if (Object.keys(routing).length)
      await this.gql(
        `mutation ($id: ID!, $input: UpdateSkillGroupRoutingInput!) { updateSkillGroupRouting(id: $id, input: $input) { id } }`,
        { id, input: routing },
      )
    return id
  }

  /** Adds a number the company owns (a caller ID for outbound calls), routed nowhere. */
  async ownNumber(number: string): Promise<void> {
    await this.gql(`mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }`, {
      input: { number },
    })
  }

  async numberFor(skillGroupId: string): Promise<string> {
    const number = `+8640012${String(++numbers).padStart(5, '0')}`
    await this.gql(`mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }`, {
      input: { number, skillGroupId },
    })
    return number
  }

  /** An agent of the skill groups, SIP phone registered, signed in to the workstation and IDLE. */
  async readyAgent(skillGroupIds: string[], input: Record<string, unknown> = {}): Promise<ReadyAgent> {
    const agent = await this.memberOf(skillGroupIds, input)
    this.sim.registerUser(agent.sipUser, this.sipDomain)
    await this.registered(agent)
    return this.signedIn(agent, 'SIP')
  }

  /**
   * An agent of the skill groups with a desk phone: `register` brings the phone up with the agent's SIP
   * account (as the agent would type it in), and the agent signs in once the platform sees it registered.
   */
  async readyDeskPhoneAgent(
    skillGroupIds: string[],
    register: (account: { user: string; password: string; domain: string }) => Promise<void>,
  ): Promise<ReadyAgent> {
    const agent = await this.memberOf(skillGroupIds, {})
    const { mySoftphone } = await this.gql<{
      mySoftphone: { authUser: string; password: string; domain: string }
    }>('{ mySoftphone { authUser password domain } }', {}, agent.token)
    await register({ user: mySoftphone.authUser, password: mySoftphone.password, domain: mySoftphone.domain })
    await this.registered(agent, 15_000)
    return this.signedIn(agent, 'SIP', 'DESK_PHONE')
  }

  private async registered(agent: ReadyAgent, timeoutMs?: number): Promise<void> {
    await eventually(
      async () =>
        expect(
          await this.sql('select 1 from agent_presence where user_id = ? and registered_until > now()', [
            agent.id,
          ]),
        ).toHaveLength(1),
      timeoutMs,
    )
  }

  /**
   * An agent of the skill groups answering on their mobile (a number behind the trunk), signed in and IDLE;
   * `input` adds to the new member (a `role`, say).
   */
  async readyMobileAgent(
    skillGroupIds: string[],
    mobile: string,
    input: Record<string, unknown> = {},
  ): Promise<ReadyAgent> {
    return this.signedIn(await this.memberOf(skillGroupIds, { ...input, mobile }), 'MOBILE')
  }

  private async memberOf(skillGroupIds: string[], input: Record<string, unknown>): Promise<ReadyAgent> {
    const created = await addAgent(this.api, this.tenant.token, input)
    for (const skillGroupId of skillGroupIds)
      await this.gql(
        `mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }`,
        { id: skillGroupId, userId: created.id },
      )
    const token = await signInInvited(this.api, created.email)
    return { id: created.id, token, sipUser: created.agentNumber!.toLowerCase() }
  }

  private async signedIn(
    agent: ReadyAgent,
    answeringMode: 'SIP' | 'MOBILE',
    phoneKind?: 'DESK_PHONE',
  ): Promise<ReadyAgent> {
    await this.gql(
      `mutation ($input: WorkstationSignInInput!) { signInWorkstation(input: $input) { status } }`,
      { input: { answeringMode, phoneKind } },
      agent.token,
    )
    // IDLE, unless a waiting call was offered to them at once.
    await eventually(async () =>
      expect((await this.stateOf(agent)).status).toMatch(/^(IDLE|RINGING|ON_CALL)$/),
    )
    return agent
  }

  async stateOf(agent: ReadyAgent): Promise<AgentState> {
    const data = await this.gql<{ myAgentState: AgentState }>(
      `query { myAgentState { status reasonId cause notice } }`,
      {},
      agent.token,
    )
    return data.myAgentState
  }

  /** The legs the simulator has that belong to a call (the agent legs, the customer legs). */
  legsOf(callId: string) {
    return this.sim.channels().filter((channel) => channel.variables['cc_call_id'] === callId)
  }

  channel(uuid: string) {
    return this.sim.channels().find((channel) => channel.uuid === uuid)
  }

  /** Ends every call on the switch and signs everyone out, so a test starts from a quiet center. */
  async reset(): Promise<void> {
    for (const channel of this.sim.channels()) if (this.channel(channel.uuid)) this.sim.hangup(channel.uuid)
    await this.sql(`update agent_presence set signed_in_at = null, session_id = null, status = 'OFFLINE'`)
  }
}

/** A second event listener on the switch: it hears what callers hear (the applications run on their legs). */
export class ExecutedApps {
  private events: EslEvent[] = []
  private readonly client: EslClient

  constructor(sim: SwitchSimulator) {
    this.client = new EslClient({
      host: '127.0.0.1',
      port: sim.port,
      password: sim.password,
      events: ['CHANNEL_EXECUTE'],
    })
    this.client.onEvent((event) => this.events.push(event))
    this.client.start()
  }

  /** `app data` of every application run on the leg so far, e.g. `playback ivr/ivr-thank_you.wav`. */
  on(uuid: string): string[] {
    return this.runs(uuid).map(({ application, applicationData }) =>
      `${application} ${applicationData ?? ''}`.trim(),
    )
  }

  /** The data of each run of one application on the leg, e.g. the files `playback` played. */
  dataOf(uuid: string, application: string): Array<string | undefined> {
    return this.runs(uuid)
      .filter((run) => run.application === application)
      .map((run) => run.applicationData)
  }

  clear(): void {
    this.events = []
  }

  close(): Promise<void> {
    return this.client.close()
  }

  private runs(uuid: string) {
    return this.events.filter(
      (event): event is Extract<EslEvent, { application: string }> =>
        'application' in event && event.uniqueId === uuid,
    )
  }
}
