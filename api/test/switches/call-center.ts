// A whole call center for telephony scenarios: the API on a fresh database, one company, and a switch
// of either kind, the same for the test code. `SWITCH_LOG=error` shows the API's log while debugging.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AcdFixture } from '../acd-fixtures.js'
import { startTestApi, type TestApi } from '../api.js'
import { signupTenant, type TestTenant } from '../factories.js'
import { freePort } from '../free-port.js'
import {
  planRealSwitch,
  RealSwitch,
  SimulatedSwitch,
  type CustomerCall,
  type SwitchKind,
  type TestSwitch,
} from './test-switch.js'

/** The kinds the scenarios run on here: the real switch whenever it is installed, and always on CI. */
export function switchKinds(): SwitchKind[] {
  if (RealSwitch.isInstalled()) return ['simulator', 'freeswitch']
  if (process.env.CI) throw new Error('CI must run the scenarios on FreeSWITCH: .ci/run installs it')
  console.warn(
    'FreeSWITCH is not installed: telephony scenarios run on the simulator only (../shared/freeswitch/runtime/install.sh)',
  )
  return ['simulator']
}

export class CallCenter {
  private constructor(
    readonly kind: SwitchKind,
    public api: TestApi,
    public acd: AcdFixture,
    readonly tenant: TestTenant,
    readonly sw: TestSwitch,
    private readonly env: Record<string, string>,
    private readonly mediaDir: string,
  ) {}

  /** `ownerUrl`: an empty database to use, for callers outside Vitest (benchmarks), which has none to give. */
  static async start(
    kind: SwitchKind,
    extraEnv: Record<string, string> = {},
    ownerUrl?: string,
  ): Promise<CallCenter> {
    const mediaDir = await mkdtemp(path.join(tmpdir(), 'cc-media-'))
    const env: Record<string, string> = {
      CALL_RECORD_FLUSH_MS: '10',
      SWITCH_OWNERSHIP_POLL_MS: '200',
      ACD_SWEEP_MS: '200',
      ESL_BACKOFF_MAX_MS: '500',
      LOG_LEVEL: process.env.SWITCH_LOG ?? 'silent',
      MEDIA_DIR: mediaDir,
      SIMULATOR_PROMPTS: 'recorded',
      ...extraEnv,
    }
    if (kind === 'simulator') {
      const api = await startTestApi({ env, ownerUrl })
      const tenant = await signupTenant(api)
      const acd = await AcdFixture.create(api, tenant)
      const sw = await SimulatedSwitch.attach(api.telephony.simulator!)
      return new CallCenter(kind, api, acd, tenant, sw, env, mediaDir)
    }
    // The switch asks the API for its dialplan at a fixed address, which a restarted API keeps.
    const port = await freePort()
    const plan = await planRealSwitch(port, mediaDir)
    Object.assign(env, plan.apiEnv, { PORT: String(port) })
    const api = await startTestApi({ env, ownerUrl })
    const sw = await RealSwitch.start(plan)
    const tenant = await signupTenant(api)
    const acd = await AcdFixture.create(api, tenant)
    return new CallCenter(kind, api, acd, tenant, sw, env, mediaDir)
  }

  /** Stops the API, runs `meanwhile` while none answers, and starts it again on the same database. */
  async restartApi(meanwhile: () => Promise<void> = async () => {}): Promise<void> {
    await this.api.stop()
    await meanwhile()
    this.api = await startTestApi({ env: this.env, ownerUrl: this.api.ownerUrl })
    this.acd = await AcdFixture.of(this.api, this.tenant)
  }

  /**
   * A customer calls while no API instance answers: on the real switch the API is stopped around the
   * call and started again, on the simulator (which lives in the API) its dialplan is taken as down.
   */
  async callWhileApiDown(from: string, to: string): Promise<CustomerCall> {
    if (this.kind === 'simulator') return this.sw.callWhileDialplanDown(from, to)
    let call: CustomerCall | undefined
    await this.restartApi(async () => {
      call = await this.sw.callWhileDialplanDown(from, to)
    })
    return call!
  }

  async stop(): Promise<void> {
    await this.sw.stop()
    await this.api.stop()
    await rm(this.mediaDir, { recursive: true, force: true })
  }
}
