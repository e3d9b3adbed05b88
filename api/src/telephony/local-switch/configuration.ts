// The project's own FreeSWITCH configuration (docker/freeswitch), adapted to run one node on this
// machine's loopback: the tests' real switch and `npm start` with a local FreeSWITCH use it. Only what
// ties the production configuration to its containers changes; every anchor rewritten here must still be
// in the source files, so a change to docker/freeswitch that breaks the adaptation fails loudly.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const DOCKER_FREESWITCH_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../docker/freeswitch',
)

export interface LoopbackSwitchOptions {
  /** Where the event socket listens on 127.0.0.1. */
  readonly eslPort: number
  readonly eslPassword: string
  /** mod_sofia's profile for trunks and phones (UDP and TCP). */
  readonly sipPort: number
  /** SIP over WebSocket for the workstation's softphone. */
  readonly sipWebSocketPort: number
  readonly rtpPorts: readonly [number, number]
  /** The API instances' xml_curl endpoints, asked in order. */
  readonly xmlCurlUrls: readonly string[]
  readonly xmlCurlUser: string
  readonly xmlCurlPassword: string
  /** MEDIA_DIR of the API: prompts the switch plays, recordings it writes. */
  readonly mediaDir: string
}

/** The configuration files, by path relative to the configuration folder. */
export type ConfigurationFiles = Map<string, string>

/** The files of docker/freeswitch that are configuration (the image's Dockerfile is not). */
export async function readDockerConfiguration(dir = DOCKER_FREESWITCH_DIR): Promise<ConfigurationFiles> {
  const files: ConfigurationFiles = new Map()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.xml')) continue
    const full = path.join(entry.parentPath, entry.name)
    files.set(path.relative(dir, full), await readFile(full, 'utf8'))
  }
  return files
}

function rewrite(files: ConfigurationFiles, file: string, from: string | RegExp, to: string): void {
  const text = files.get(file)
  if (text === undefined) throw new Error(`docker/freeswitch/${file} is missing`)
  // A function, so `$$` in the replacement (FreeSWITCH's `$${var}`) is not read as an escaped `$`.
  const changed = text.replace(from, () => to)
  if (changed === text) throw new Error(`docker/freeswitch/${file} no longer contains ${String(from)}`)
  files.set(file, changed)
}

/**
 * Returns the configuration adapted for loopback. Secrets and ports the production image takes from its
 * environment (vars.xml's env-set) come from `switchEnvironment` instead of being written here.
 */
export function adaptForLoopback(
  source: ConfigurationFiles,
  options: LoopbackSwitchOptions,
): ConfigurationFiles {
  const files: ConfigurationFiles = new Map(source)
  // FreeSWITCH would otherwise pick the machine's first address for every SIP and RTP binding.
  rewrite(
    files,
    'vars.xml',
    '<include>',
    '<include>\n  <X-PRE-PROCESS cmd="set" data="local_ip_v4=127.0.0.1"/>',
  )
  rewrite(files, 'vars.xml', 'media_dir=/data/media', `media_dir=${options.mediaDir}`)
  rewrite(
    files,
    'sip_profiles/internal.xml',
    /name="ws-binding" value="[^"]*"/,
    `name="ws-binding" value="127.0.0.1:${options.sipWebSocketPort}"`,
  )
  rewrite(
    files,
    'autoload_configs/event_socket.conf.xml',
    /name="listen-port" value="\d+"/,
    `name="listen-port" value="${options.eslPort}"`,
  )
  const curl = 'autoload_configs/xml_curl.conf.xml'
  const binding = /<binding name="[^"]*">[\s\S]*?<\/binding>/
  const template = binding.exec(files.get(curl) ?? '')?.[0]
  if (!template) throw new Error(`docker/freeswitch/${curl} has no <binding>`)
  const bindings = options.xmlCurlUrls.map((url, index) =>
    template
      .replace(/<binding name="[^"]*">/, `<binding name="api-${index + 1}">`)
      .replace(/name="gateway-url" value="[^"]*"/, `name="gateway-url" value="${url}"`),
  )
  rewrite(
    files,
    curl,
    /<bindings>[\s\S]*<\/bindings>/,
    `<bindings>\n    ${bindings.join('\n    ')}\n  </bindings>`,
  )
  return files
}

/** The environment vars.xml reads (env-set), as docker/compose.yml gives it to each node. */
export function switchEnvironment(options: LoopbackSwitchOptions): Record<string, string> {
  return {
    ESL_PASSWORD: options.eslPassword,
    ESL_LISTEN_IP: '127.0.0.1',
    ESL_ALLOWED_CIDR: '127.0.0.1/32',
    XML_CURL_USER: options.xmlCurlUser,
    XML_CURL_PASSWORD: options.xmlCurlPassword,
    EXTERNAL_IP: '127.0.0.1',
    SIP_PORT: String(options.sipPort),
    RTP_START_PORT: String(options.rtpPorts[0]),
    RTP_END_PORT: String(options.rtpPorts[1]),
    // Calls from this machine are the trunk's: the tests' carrier, a local SIP tool.
    TRUNK_CIDR: '127.0.0.1/32',
  }
}

export async function writeConfiguration(dir: string, files: ConfigurationFiles): Promise<void> {
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true })
    await writeFile(path.join(dir, file), text)
  }
}
