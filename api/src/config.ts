// Every environment variable the API reads, parsed and validated here and nowhere else.
import { z } from 'zod'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseNodeList, type SwitchNodeAddress } from './telephony/cluster/health.js'
import { DEFAULT_FREESWITCH_BIN, freeswitchBinary } from './telephony/local-switch/freeswitch-process.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1')

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Owner connection: runs migrations. Unset → an embedded PostgreSQL under DATA_DIR/pg. */
  DATABASE_URL: z.string().url().optional(),
  /** Connection of the unprivileged role the API queries as (row-level security applies to it). */
  DATABASE_APP_URL: z.string().url().optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** Origins allowed to open subscriptions and send cookie-authenticated requests. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  /** Secure cookies need HTTPS; production sits behind TLS, development on plain HTTP. */
  COOKIE_SECURE: booleanFromEnv.optional(),
  /** Behind nginx the client address comes from X-Forwarded-For; sign-in throttling depends on it. */
  TRUST_PROXY: booleanFromEnv.default(false),
  SEED_DEMO: booleanFromEnv.default(true),
  /** Pub/sub across API instances (redis://[:password@]host:port). Unset → in-process events, one instance only. */
  REDIS_URL: z
    .string()
    .url()
    .refine((url) => /^rediss?:\/\//.test(url), 'must be a redis:// or rediss:// URL')
    .optional(),
  /** Put before every pub/sub channel name, so several deployments can share one Redis. */
  REDIS_CHANNEL_PREFIX: z.string().min(1).default('cc:'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `host:port:password,…` of the FreeSWITCH event sockets. Unset → the switch simulator, in-process. */
  FREESWITCH_NODES: z
    .string()
    .optional()
    .transform((list, context) => {
      if (list === undefined || list.trim() === '') return undefined
      try {
        return parseNodeList(list)
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message })
        return z.NEVER
      }
    }),
  /**
   * Run one FreeSWITCH on loopback from docker/freeswitch, started and stopped with the API, instead of
   * the simulator: softphones register and call for real on this machine. Its files go to DATA_DIR/freeswitch.
   */
  LOCAL_FREESWITCH: booleanFromEnv.default(false),
  /** The local FreeSWITCH's listeners on 127.0.0.1: event socket, SIP (UDP and TCP), SIP over WebSocket. */
  LOCAL_FREESWITCH_ESL_PORT: z.coerce.number().int().min(1).max(65535).default(18021),
  LOCAL_FREESWITCH_SIP_PORT: z.coerce.number().int().min(1).max(65535).default(15060),
  LOCAL_FREESWITCH_WS_PORT: z.coerce.number().int().min(1).max(65535).default(15066),
  /** Its media ports, `first-last`: below Linux's ephemeral ports, apart from the tests' switches. */
  LOCAL_FREESWITCH_RTP_PORTS: z
    .string()
    .default('31000-31999')
    .transform((range, context) => {
      const match = /^(\d{1,5})-(\d{1,5})$/.exec(range.trim())
      const [first, last] = [Number(match?.[1]), Number(match?.[2])]
      if (match && first >= 1024 && first < last && last <= 65535) return [first, last] as const
      context.addIssue({ code: 'custom', message: 'must be first-last, from 1024 to 65535' })
      return z.NEVER
    }),
  /** The FreeSWITCH executable LOCAL_FREESWITCH runs. */
  FREESWITCH_BIN: z.string().min(1).default(DEFAULT_FREESWITCH_BIN),
  /** No ESL frame for this long (HEARTBEAT comes every 20 s) → reconnect. */
  ESL_LIVENESS_TIMEOUT_MS: z.coerce.number().int().min(1000).default(60_000),
  ESL_BACKOFF_MAX_MS: z.coerce.number().int().min(100).default(30_000),
  /** Free nodes are tried this often; a dead owner's nodes move within it (must stay under 5 s). */
  SWITCH_OWNERSHIP_POLL_MS: z.coerce.number().int().min(100).max(5000).default(1000),
  CALL_RECORD_FLUSH_MS: z.coerce.number().int().min(1).default(100),
  CALL_RECORD_BATCH: z.coerce.number().int().min(1).max(10_000).default(500),
  /** Basic-auth credentials mod_xml_curl sends (`gateway-credentials`); unset → xml_curl answers 404. */
  XML_CURL_USER: z.string().min(1).default('freeswitch'),
  XML_CURL_PASSWORD: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Addresses (exact IPs) allowed to fetch xml_curl documents: the FreeSWITCH nodes. */
  XML_CURL_ALLOWED_ADDRESSES: z
    .string()
    .default('127.0.0.1,::1')
    .transform((list) =>
      list
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean),
    ),
  /** Invitations go out through this SMTP server (smtp[s]://user:pass@host:port); unset → .eml files in DATA_DIR/mail. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Cloud Call Center <no-reply@localhost>'),
  /** Where people reach the consoles; invitation emails link to `${PUBLIC_URL}/agent/`. */
  PUBLIC_URL: z
    .string()
    .url()
    .default('http://127.0.0.1:4000')
    .transform((url) => url.replace(/\/+$/, '')),
  /** Each tenant's SIP domain is `<slug>.sip.<PLATFORM_DOMAIN>`. */
  PLATFORM_DOMAIN: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i, 'must be a DNS name')
    .default('localhost'),
  /** 32 bytes, base64: encrypts agents' SIP passwords at rest. Unset → a key file in DATA_DIR, made once. */
  CREDENTIALS_KEY: z
    .string()
    .refine((key) => Buffer.from(key, 'base64').length === 32, 'must be 32 bytes in base64')
    .optional(),
  /** Recordings and prompts; shared with the FreeSWITCH nodes in production. */
  MEDIA_DIR: z.string().optional(),
  /** The built consoles the API serves (`npm run build` writes them to web-admin/dist and web-agent/dist). */
  WEB_ADMIN_DIST: z.string().optional(),
  WEB_AGENT_DIST: z.string().optional(),
  /** Emails of the platform operator's prompt reviewers: they approve every company's voice prompts (A6). */
  PLATFORM_REVIEWER_EMAILS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((email) => email.trim().toLowerCase())
        .filter(Boolean),
    ),
  /** The mod_sofia gateway that reaches the carrier trunk (outbound calls, mobile answering). */
  TRUNK_GATEWAY: z
    .string()
    .regex(/^[A-Za-z0-9_.-]+$/, 'must be a gateway name')
    .default('trunk'),
  /** How often each instance heals stuck agent states and expired offers, and re-dispatches queues. */
  ACD_SWEEP_MS: z.coerce.number().int().min(50).max(10_000).default(1000),
  /**
   * How often each instance's progressive dialer (X4) sweeps for what no event announces (retries due,
   * windows opening); agents becoming idle are dialled at once. 0 turns the dialer off (tests drive it).
   */
  PROGRESSIVE_DIAL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** The switch simulator plays prompts for their recorded length, or at once (fast tests). */
  SIMULATOR_PROMPTS: z.enum(['recorded', 'instant']).default('recorded'),
  /**
   * Where browser softphones reach each node's SIP WebSocket: `node=wss://…,…` keyed by the node's
   * `host:port` in FREESWITCH_NODES, or one URL for every node. Unset → `${PUBLIC_URL}/sip/` (nginx).
   */
  SIP_WEBSOCKET_URLS: z
    .string()
    .optional()
    .transform((list, context) => {
      if (list === undefined || list.trim() === '') return undefined
      try {
        return parseWebSocketUrls(list)
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message })
        return z.NEVER
      }
    }),
  /** STUN/TURN servers for softphones, as JSON: `[{"urls":"turn:…","username":"…","credential":"…"}]`. */
  WEBRTC_ICE_SERVERS: z
    .string()
    .default('[]')
    .transform((json, context) => {
      const parsed = iceServersSchema.safeParse(parseJson(json))
      if (parsed.success) return parsed.data
      context.addIssue({ code: 'custom', message: 'must be a JSON array of {urls, username?, credential?}' })
      return z.NEVER
    }),
})

const iceServersSchema = z.array(
  z.object({
    urls: z.union([z.string().regex(/^(stun|turns?):/), z.array(z.string().regex(/^(stun|turns?):/)).min(1)]),
    username: z.string().optional(),
    credential: z.string().optional(),
  }),
)

export type IceServerConfig = z.infer<typeof iceServersSchema>[number]

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** `wss://a/sip/` (every node) or `fs1:8021=wss://a/sip/fs1/,fs2:8021=wss://a/sip/fs2/`; `*` keys the default. */
function parseWebSocketUrls(list: string): Record<string, string> {
  const urls: Record<string, string> = {}
  for (const item of list
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const at = item.indexOf('=')
    const [node, url] = at === -1 ? ['*', item] : [item.slice(0, at), item.slice(at + 1)]
    if (!/^wss?:\/\/[^/\s]+/.test(url)) throw new Error(`"${url}" is not a ws:// or wss:// URL`)
    urls[node] = url
  }
  return urls
}

export interface Config {
  env: 'development' | 'production' | 'test'
  isProduction: boolean
  host: string
  port: number
  databaseUrl: string | undefined
  databaseAppUrl: string | undefined
  embeddedPgPort: number
  dataDir: string
  allowedOrigins: string[]
  sessionTtlMs: number
  cookieSecure: boolean
  trustProxy: boolean
  seedDemo: boolean
  /** Undefined url: the in-process pub/sub (a single API instance). */
  redis: { url: string | undefined; channelPrefix: string }
  logLevel: string
  /** Undefined: run the switch simulator in-process on 127.0.0.1. */
  freeswitchNodes: SwitchNodeAddress[] | undefined
  /** LOCAL_FREESWITCH: the one node of freeswitchNodes, which the API runs itself. */
  localFreeSwitch: LocalFreeSwitchConfig | undefined
  /** How long the simulator plays prompts when it stands in for FreeSWITCH. */
  simulatorPrompts: 'recorded' | 'instant'
  esl: { livenessTimeoutMs: number; backoffMaxMs: number; ownershipPollMs: number }
  callRecords: { flushIntervalMs: number; maxBatch: number }
  xmlCurl: { user: string; password: string | undefined; allowedAddresses: string[] }
  mail: { smtpUrl: string | undefined; from: string }
  publicUrl: string
  platformDomain: string
  credentialsKey: string | undefined
  mediaDir: string
  /** Users (by email) who review every company's voice prompts, besides each company's super admin. */
  platformReviewerEmails: string[]
  acd: { trunkGateway: string; sweepMs: number; progressiveDialMs: number }
  /** Browser softphones: each node's SIP WebSocket (`*`: every node) and the ICE servers (G2). */
  softphone: {
    websocketUrls: Record<string, string>
    iceServers: IceServerConfig[]
    /** SIP_WEBSOCKET_URLS was given: softphones register with that server, even beside the simulator. */
    isWebSocketConfigured: boolean
  }
  /** Built SPAs served at /admin/ and /agent/. */
  webAdminDist: string
  webAgentDist: string
}

export interface LocalFreeSwitchConfig {
  binary: string
  /** Its configuration, logs and run-time files: DATA_DIR/freeswitch. */
  dir: string
  eslPort: number
  /** Made at each start, as is the xml_curl password unless XML_CURL_PASSWORD is set. */
  eslPassword: string
  /** What the switch sends xml_curl: config.xmlCurl.password. */
  xmlCurlPassword: string
  sipPort: number
  sipWebSocketPort: number
  rtpPorts: readonly [number, number]
}

export class ConfigError extends Error {}

const randomSecret = () => randomBytes(18).toString('base64url')

/** LOCAL_FREESWITCH's node, or why it cannot run. */
function localFreeSwitch(e: z.infer<typeof envSchema>, dataDir: string): LocalFreeSwitchConfig | undefined {
  if (!e.LOCAL_FREESWITCH) return undefined
  if (e.FREESWITCH_NODES)
    throw new ConfigError('LOCAL_FREESWITCH=true runs a FreeSWITCH of its own: leave FREESWITCH_NODES unset.')
  const binary = freeswitchBinary({ FREESWITCH_BIN: e.FREESWITCH_BIN })
  if (!binary)
    throw new ConfigError(
      `LOCAL_FREESWITCH=true needs FreeSWITCH (1.10), which is not at ${e.FREESWITCH_BIN}. Install your ` +
        `distribution's package, or SignalWire's (with a free SignalWire token: ` +
        `https://developer.signalwire.com/freeswitch/FreeSWITCH-Explained/Installation/), or on Debian 12 ` +
        `x86-64 the build CI uses: ../shared/freeswitch/runtime/install.sh and Debian's libpcre3 (it goes to ` +
        `/opt/freeswitch). FREESWITCH_BIN names the executable when it is elsewhere.`,
    )
  return {
    binary,
    dir: path.join(dataDir, 'freeswitch'),
    eslPort: e.LOCAL_FREESWITCH_ESL_PORT,
    eslPassword: randomSecret(),
    xmlCurlPassword: e.XML_CURL_PASSWORD ?? randomSecret(),
    sipPort: e.LOCAL_FREESWITCH_SIP_PORT,
    sipWebSocketPort: e.LOCAL_FREESWITCH_WS_PORT,
    rtpPorts: e.LOCAL_FREESWITCH_RTP_PORTS,
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid environment:\n  ${problems.join('\n  ')}`)
  }
  const e = parsed.data
  const isProduction = e.NODE_ENV === 'production'
  const dataDir = path.resolve(e.DATA_DIR)
  const local = localFreeSwitch(e, dataDir)
  const websocketUrls =
    e.SIP_WEBSOCKET_URLS ??
    (local
      ? { '*': `ws://127.0.0.1:${local.sipWebSocketPort}` }
      : { '*': `${e.PUBLIC_URL.replace(/^http/, 'ws')}/sip/` })
  return {
    env: e.NODE_ENV,
    isProduction,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    embeddedPgPort: e.EMBEDDED_PG_PORT,
    dataDir,
    allowedOrigins: e.ALLOWED_ORIGINS,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE ?? isProduction,
    trustProxy: e.TRUST_PROXY,
    seedDemo: e.SEED_DEMO && !isProduction,
    redis: { url: e.REDIS_URL, channelPrefix: e.REDIS_CHANNEL_PREFIX },
    logLevel: e.LOG_LEVEL,
    freeswitchNodes: local
      ? parseNodeList(`127.0.0.1:${local.eslPort}:${local.eslPassword}`)
      : e.FREESWITCH_NODES,
    localFreeSwitch: local,
    simulatorPrompts: e.SIMULATOR_PROMPTS,
    esl: {
      livenessTimeoutMs: e.ESL_LIVENESS_TIMEOUT_MS,
      backoffMaxMs: e.ESL_BACKOFF_MAX_MS,
      ownershipPollMs: e.SWITCH_OWNERSHIP_POLL_MS,
    },
    callRecords: { flushIntervalMs: e.CALL_RECORD_FLUSH_MS, maxBatch: e.CALL_RECORD_BATCH },
    xmlCurl: {
      user: e.XML_CURL_USER,
      password: local?.xmlCurlPassword ?? e.XML_CURL_PASSWORD,
      allowedAddresses: e.XML_CURL_ALLOWED_ADDRESSES,
    },
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM },
    publicUrl: e.PUBLIC_URL,
    platformDomain: e.PLATFORM_DOMAIN.toLowerCase(),
    credentialsKey: e.CREDENTIALS_KEY,
    mediaDir: path.resolve(e.MEDIA_DIR ?? path.join(e.DATA_DIR, 'media')),
    platformReviewerEmails: e.PLATFORM_REVIEWER_EMAILS,
    acd: {
      trunkGateway: e.TRUNK_GATEWAY,
      sweepMs: e.ACD_SWEEP_MS,
      progressiveDialMs: e.PROGRESSIVE_DIAL_MS,
    },
    softphone: {
      websocketUrls,
      iceServers: e.WEBRTC_ICE_SERVERS,
      isWebSocketConfigured: e.SIP_WEBSOCKET_URLS !== undefined || local !== undefined,
    },
    webAdminDist: path.resolve(e.WEB_ADMIN_DIST ?? path.join(repoRoot, 'web-admin/dist')),
    webAgentDist: path.resolve(e.WEB_AGENT_DIST ?? path.join(repoRoot, 'web-agent/dist')),
  }
}
