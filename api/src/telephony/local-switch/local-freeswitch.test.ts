// LOCAL_FREESWITCH=true: the API runs its own FreeSWITCH on loopback, reaches it over the event socket,
// answers its xml_curl directory lookups (what a softphone's REGISTER is checked against), and stops it.
import { connect } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../../config.js'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { eventually } from '../../../test/eventually.js'
import { addAgent, signupTenant } from '../../../test/factories.js'
import { freePort } from '../../../test/free-port.js'
import { skipsRealSwitch } from '../../../test/switches/call-center.js'

describe('LOCAL_FREESWITCH settings', () => {
  it('points the cluster, xml_curl and softphones at the local switch', () => {
    const config = loadConfig({
      LOCAL_FREESWITCH: 'true',
      // Any file that exists passes for the executable here; nothing is started.
      FREESWITCH_BIN: process.execPath,
      DATA_DIR: '/tmp/cc-local',
    })
    const local = config.localFreeSwitch!
    expect(local).toMatchObject({ dir: '/tmp/cc-local/freeswitch', eslPort: 18021, rtpPorts: [31000, 31999] })
    expect(config.freeswitchNodes).toEqual([
      { name: '127.0.0.1:18021', host: '127.0.0.1', port: 18021, password: local.eslPassword },
    ])
    // The switch is given the password the API's xml_curl endpoint checks.
    expect(config.xmlCurl.password).toBe(local.xmlCurlPassword)
    expect(local.xmlCurlPassword).toMatch(/^.{16,}$/)
    expect(config.softphone).toMatchObject({
      websocketUrls: { '*': 'ws://127.0.0.1:15066' },
      isWebSocketConfigured: true,
    })
  })

  it('says how to install FreeSWITCH when it is missing, and refuses other nodes beside it', () => {
    const missing = () => loadConfig({ LOCAL_FREESWITCH: 'true', FREESWITCH_BIN: '/nowhere/freeswitch' })
    expect(missing).toThrow(ConfigError)
    expect(missing).toThrow(/not at \/nowhere\/freeswitch\. Install .*runtime\/install\.sh/)
    expect(() =>
      loadConfig({
        LOCAL_FREESWITCH: 'true',
        FREESWITCH_BIN: process.execPath,
        FREESWITCH_NODES: 'fs1:8021:x',
      }),
    ).toThrow(/leave FREESWITCH_NODES unset/)
  })
})

const isSkipped = skipsRealSwitch('LOCAL_FREESWITCH with a real FreeSWITCH')

describe.skipIf(isSkipped)('the API with LOCAL_FREESWITCH=true', () => {
  let api: TestApi | undefined
  let eslPort = 0

  beforeAll(async () => {
    eslPort = await freePort()
    const rtpStart = 40_000 + 2 * Math.floor(Math.random() * 5000)
    api = await startTestApi({
      env: {
        LOCAL_FREESWITCH: 'true',
        ...(process.env.FREESWITCH_BIN ? { FREESWITCH_BIN: process.env.FREESWITCH_BIN } : {}),
        LOCAL_FREESWITCH_ESL_PORT: String(eslPort),
        LOCAL_FREESWITCH_SIP_PORT: String(await freePort()),
        LOCAL_FREESWITCH_WS_PORT: String(await freePort()),
        LOCAL_FREESWITCH_RTP_PORTS: `${rtpStart}-${rtpStart + 99}`,
      },
    })
  }, 60_000)

  afterAll(async () => {
    await api?.stop()
  })

  it('G2: connects to the switch it started, which finds an agent’s SIP account through the API', async () => {
    const node = `127.0.0.1:${eslPort}`
    await eventually(
      () => expect(api!.telephony.cluster.health()).toMatchObject([{ name: node, isConnected: true }]),
      15_000,
    )
    const tenant = await signupTenant(api!)
    const agent = await addAgent(api!, tenant.token)
    const { data } = await api!.graphql<{ agentSipCredentials: { user: string; domain: string } }>(
      'query ($id: ID!) { agentSipCredentials(id: $id) { user domain } }',
      { id: agent.id },
      { token: tenant.token },
    )
    const { user, domain } = data!.agentSipCredentials
    // user_exists asks the directory, as a REGISTER's authentication does: through xml_curl, from the API.
    const cluster = api!.telephony.cluster
    expect(await cluster.api(node, `user_exists id ${user} ${domain}`)).toBe('true')
    expect(await cluster.api(node, `user_exists id nobody-${user} ${domain}`)).toBe('false')
  })

  it('stops the switch with the API', async () => {
    await api!.stop()
    api = undefined
    const isListening = await new Promise<boolean>((resolve) => {
      const socket = connect(eslPort, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    expect(isListening).toBe(false)
  })
})
