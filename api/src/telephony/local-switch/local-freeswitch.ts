// LOCAL_FREESWITCH=true: the API runs one FreeSWITCH on loopback from docker/freeswitch, once its HTTP
// server listens (the switch asks it for dialplans and SIP accounts through xml_curl), and stops it with
// itself. The workstation's softphone then registers and calls for real on one machine.
import { createSocket } from 'node:dgram'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { ConfigError, type LocalFreeSwitchConfig } from '../../config.js'
import { XML_CURL_PATH } from '../xml-curl/routes.js'
import {
  adaptForLoopback,
  readDockerConfiguration,
  switchEnvironment,
  type LoopbackSwitchOptions,
} from './configuration.js'
import { startFreeSwitch, type FreeSwitchProcess } from './freeswitch-process.js'

export interface LocalFreeSwitchOptions {
  readonly local: LocalFreeSwitchConfig
  readonly xmlCurlUser: string
  readonly mediaDir: string
  /** Where the API listens (PORT may be 0); the switch reaches it on loopback. */
  readonly apiPort: number
  readonly onNotice: (message: string) => void
}

export async function startLocalFreeSwitch({
  local,
  xmlCurlUser,
  mediaDir,
  apiPort,
  onNotice,
}: LocalFreeSwitchOptions): Promise<FreeSwitchProcess> {
  const options: LoopbackSwitchOptions = {
    eslPort: local.eslPort,
    eslPassword: local.eslPassword,
    sipPort: local.sipPort,
    sipWebSocketPort: local.sipWebSocketPort,
    rtpPorts: local.rtpPorts,
    xmlCurlUrls: [`http://127.0.0.1:${apiPort}${XML_CURL_PATH}`],
    xmlCurlUser,
    xmlCurlPassword: local.xmlCurlPassword,
    mediaDir,
  }
  await stopLeftover(local.dir, onNotice)
  await assertPortsFree(local)
  return startFreeSwitch({
    binary: local.binary,
    dir: local.dir,
    configuration: adaptForLoopback(await readDockerConfiguration(), options),
    environment: switchEnvironment(options),
    eslPort: local.eslPort,
    eslPassword: local.eslPassword,
    profiles: ['internal'],
  })
}

/**
 * A FreeSWITCH an earlier run left on this directory (its API was killed with SIGKILL, which cannot be
 * caught) holds the ports and would make this start fail: stop it first, as the embedded PostgreSQL's
 * start does. Only a freeswitch process on this directory whose API is gone counts: never the switch of
 * another API still running on the same DATA_DIR (whose ports then stop this start, saying so).
 */
async function stopLeftover(dir: string, onNotice: (message: string) => void): Promise<void> {
  const pid = Number((await readFile(path.join(dir, 'run', 'freeswitch.pid'), 'utf8').catch(() => '')).trim())
  if (!Number.isInteger(pid) || pid <= 0) return
  const args = (await readProc(pid, 'cmdline')).split('\0')
  if (!path.basename(args[0] ?? '').startsWith('freeswitch') || !args.includes(path.join(dir, 'conf'))) return
  // The parent: the API that started it, or whoever adopted it once that API died (init, a subreaper).
  const parent = Number((await readProc(pid, 'stat')).split(') ')[1]?.split(' ')[1])
  if ((await readProc(parent, 'comm')).trim() === 'node') return
  onNotice(`Stopping the FreeSWITCH (pid ${pid}) an earlier run left running on ${dir}…`)
  process.kill(pid, 'SIGTERM')
  for (let waited = 0; isRunning(pid); waited += 100) {
    if (waited === 10_000) process.kill(pid, 'SIGKILL')
    await sleep(100)
  }
}

function readProc(pid: number, file: 'cmdline' | 'stat' | 'comm'): Promise<string> {
  return readFile(`/proc/${pid}/${file}`, 'utf8').catch(() => '')
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A port held by another program would leave the switch half up (it carries on without that listener)
 * and the start waiting for nothing: name the setting to change instead.
 */
async function assertPortsFree(local: LocalFreeSwitchConfig): Promise<void> {
  const ports = [
    { setting: 'LOCAL_FREESWITCH_ESL_PORT', port: local.eslPort, protocol: 'tcp' },
    { setting: 'LOCAL_FREESWITCH_SIP_PORT', port: local.sipPort, protocol: 'udp' },
    { setting: 'LOCAL_FREESWITCH_SIP_PORT', port: local.sipPort, protocol: 'tcp' },
    { setting: 'LOCAL_FREESWITCH_WS_PORT', port: local.sipWebSocketPort, protocol: 'tcp' },
  ] as const
  for (const { setting, port, protocol } of ports) {
    if (await isPortFree(port, protocol)) continue
    throw new ConfigError(
      `LOCAL_FREESWITCH: ${protocol.toUpperCase()} port 127.0.0.1:${port} is in use by another program ` +
        `(another FreeSWITCH?); set ${setting} to a free port.`,
    )
  }
}

function isPortFree(port: number, protocol: 'tcp' | 'udp'): Promise<boolean> {
  return new Promise((resolve) => {
    if (protocol === 'udp') {
      const socket = createSocket('udp4')
      socket.once('error', () => resolve(false))
      socket.bind(port, '127.0.0.1', () => socket.close(() => resolve(true)))
    } else {
      const server = createServer()
      server.once('error', () => resolve(false))
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
    }
  })
}
