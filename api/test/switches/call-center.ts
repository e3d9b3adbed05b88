// A whole call center for telephony scenarios: the API on a fresh database, one company, and a switch
// of either kind, the same for the test code. `SWITCH_LOG=error` shows the API's log while debugging.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { AcdFixture } from '../acd-fixtures.js'
import { startTestApi, type TestApi } from '../api.js'
import { signupTenant, type TestTenant } from '../factories.js'
import { freePort } from '../free-port.js'
import { EventSocketRelay } from './relay.js'
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

/** Whether a test that needs the real switch skips here: only where it is not installed, never on CI. */
export function skipsRealSwitch(what: string): boolean {
  if (RealSwitch.isInstalled() || process.env.CI) return false
  console.warn(`${what}: skipped, FreeSWITCH is not installed (../shared/freeswitch/runtime/install.sh)`)
  return true
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
    /** Between the API and the real switch's event socket, to cut the API off. */
    private readonly relay?: EventSocketRelay,
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
    const relay = await EventSocketRelay.open(plan.options.eslPort)
    Object.assign(env, plan.apiEnv, {
      PORT: String(port),
      FREESWITCH_NODES: `127.0.0.1:${relay.port}:${plan.options.eslPassword}`,
    })
    const api = await startTestApi({ env, ownerUrl })
    const sw = await RealSwitch.start(plan)
    const tenant = await signupTenant(api)
    const acd = await AcdFixture.create(api, tenant)
    return new CallCenter(kind, api, acd, tenant, sw, env, mediaDir, relay)
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

  /**
   * The API loses its event-socket connection to the switch (a network fault) while `meanwhile` runs;
   * the calls carry on. The real switch's relay turns the API away until a moment after `meanwhile`;
   * the simulator drops its listeners, and `meanwhile` must act at once, before the API reconnects.
   */
  async cutEventSocket(meanwhile: () => Promise<void>): Promise<void> {
    if (!this.relay) {
      this.acd.sim.dropConnections()
      return meanwhile()
    }
    this.relay.cut()
    try {
      await meanwhile()
      await new Promise((resolve) => setTimeout(resolve, 1000))
    } finally {
      this.relay.restore()
    }
  }

  async stop(): Promise<void> {
    await this.sw.stop()
    await this.api.stop()
    await this.relay?.close()
    await rm(this.mediaDir, { recursive: true, force: true })
  }
}
