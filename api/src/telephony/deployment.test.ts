// Checks docker/compose.yml and the FreeSWITCH configuration beside it against what the API expects:
// the services, their health checks and networks, each replica's environment (as config.ts reads it),
// the private event socket, and the xml_curl wiring. With Docker Compose available the file is read
// through `docker compose config`; without it (CI, this machine) the YAML is parsed and interpolated here.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { loadConfig } from '../config.js'
import { parseNodeList } from './cluster/health.js'
import { XML_CURL_PATH } from './xml-curl/routes.js'

const repoFile = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url))
const read = (path: string) => readFileSync(repoFile(path), 'utf8')

/** .env.example plus the one secret it must leave empty, so `${VAR:?…}` resolves as in a real deployment. */
function exampleEnvironment(): Record<string, string> {
  const env: Record<string, string> = {}
  for (const line of read('docker/.env.example').split('\n')) {
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line)
    if (match) env[match[1] as string] = match[2] as string
  }
  env['CREDENTIALS_KEY'] = Buffer.alloc(32, 7).toString('base64')
  return env
}

interface Port {
  readonly target: number
  readonly published: string | undefined
}

interface Service {
  readonly image?: string
  readonly environment: Record<string, string>
  readonly ports: Port[]
  readonly networks: Record<string, { ipv4_address?: string; aliases?: string[] } | null>
  readonly healthcheck?: { test: string[] | string }
  readonly volumes: Array<{ source?: string; target?: string }>
  readonly build?: unknown
}

interface Compose {
  readonly services: Record<string, Service>
  readonly networks: Record<string, { internal?: boolean } | null>
}

function hasDockerCompose(): boolean {
  try {
    execFileSync('docker', ['compose', 'version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** Compose's interpolation: `$$` is a literal `$`; `${X}`, `${X:-default}`, `${X-default}`, `${X:?error}`. */
function interpolate(text: string, env: Record<string, string>): string {
  return text.replace(
    /\$\$|\$\{([A-Z_][A-Z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Z_][A-Z0-9_]*)/gi,
    (whole, name?: string, colon?: string, kind?: string, argument?: string, bare?: string) => {
      if (whole === '$$') return '$'
      const key = (name ?? bare) as string
      const value = env[key]
      const isMissing = value === undefined || (colon === ':' && value === '')
      if (kind === '-') return isMissing ? (argument ?? '') : (value as string)
      if (kind === '?' && isMissing) throw new Error(`${key}: ${argument}`)
      return value ?? ''
    },
  )
}

function portOf(entry: unknown): Port {
  if (typeof entry === 'object' && entry !== null) {
    const port = entry as { target: number; published?: string | number }
    return { target: Number(port.target), published: port.published?.toString() }
  }
  // "host:container[/proto]", "ip:host:container", or just "container"; ranges take their first port.
  const parts = String(entry)
    .replace(/\/(tcp|udp)$/, '')
    .split(':')
  const first = (part: string) => Number(part.split('-')[0])
  return { target: first(parts.at(-1) as string), published: parts.length > 1 ? parts.at(-2) : undefined }
}

function normalise(raw: { services: Record<string, Record<string, unknown>>; networks?: object }): Compose {
  const services: Record<string, Service> = {}
  for (const [name, service] of Object.entries(raw.services)) {
    const environment = service['environment'] ?? {}
    const networks = service['networks'] ?? {}
    services[name] = {
      ...(service as object),
      environment: Array.isArray(environment)
        ? Object.fromEntries(environment.map((item: string) => item.split(/=(.*)/s).slice(0, 2)))
        : Object.fromEntries(Object.entries(environment).map(([key, value]) => [key, String(value ?? '')])),
      ports: ((service['ports'] as unknown[] | undefined) ?? []).map(portOf),
      networks: Array.isArray(networks)
        ? Object.fromEntries(networks.map((n: string) => [n, null]))
        : networks,
      volumes: ((service['volumes'] as unknown[] | undefined) ?? []).map((volume) => {
        if (typeof volume !== 'string') return volume as { source?: string; target?: string }
        const [source, target] = volume.split(':')
        return { source, target }
      }),
    } as Service
  }
  return { services, networks: (raw.networks ?? {}) as Compose['networks'] }
}

function loadCompose(): Compose {
  const env = exampleEnvironment()
  if (hasDockerCompose()) {
    const json = execFileSync(
      'docker',
      [
        'compose',
        '-f',
        repoFile('docker/compose.yml'),
        '--env-file',
        repoFile('docker/.env.example'),
        'config',
        '--format',
        'json',
      ],
      { env: { ...process.env, ...env }, encoding: 'utf8' },
    )
    return normalise(JSON.parse(json))
  }
  const interpolated = interpolate(read('docker/compose.yml'), env)
  return normalise(parse(interpolated, { merge: true }))
}

/** The variable names in config.ts's zod env schema: the only environment the API reads. */
function configuredVariables(): Set<string> {
  const source = read('api/src/config.ts')
  const start = source.indexOf('const envSchema = z.object({')
  const end = source.indexOf('\n})', start)
  expect(start).toBeGreaterThan(0)
  return new Set(
    Array.from(source.slice(start, end).matchAll(/^ {2}([A-Z][A-Z0-9_]*):/gm), (m) => m[1] as string),
  )
}

const compose = loadCompose()
const services = compose.services
const apiReplicas = ['api-1', 'api-2']
const switchNodes = ['fs1', 'fs2']

describe('docker/compose.yml: the production topology', () => {
  it('runs PostgreSQL 16, Redis 7, two FreeSWITCH nodes, two API replicas and nginx', () => {
    expect(services['postgres']?.image).toMatch(/^postgres:16/)
    expect(services['redis']?.image).toMatch(/^redis:7/)
    for (const name of [...switchNodes, ...apiReplicas, 'nginx']) expect(services[name]).toBeDefined()
  })

  it('gives every long-running service a health check', () => {
    for (const name of ['postgres', 'redis', 'nginx', ...switchNodes, ...apiReplicas]) {
      expect(services[name]?.healthcheck?.test, name).toBeDefined()
    }
  })

  it('keeps database, Redis and the event sockets on an internal network nginx is not on', () => {
    expect(compose.networks['backend']?.internal).toBe(true)
    for (const name of ['postgres', 'redis'])
      expect(Object.keys(services[name]?.networks ?? {})).toEqual(['backend'])
    for (const name of [...switchNodes, ...apiReplicas]) {
      expect(Object.keys(services[name]?.networks ?? {}).sort(), name).toEqual(['backend', 'edge'])
    }
    expect(Object.keys(services['nginx']?.networks ?? {})).toEqual(['edge'])
  })

  it('publishes no event socket, database or Redis port to the host', () => {
    for (const [name, service] of Object.entries(services)) {
      for (const port of service.ports) {
        if (port.published === undefined) continue
        expect([8021, 5432, 6379], `${name} publishes ${port.target}`).not.toContain(port.target)
      }
    }
    expect(services['nginx']?.ports.map((port) => port.target).sort()).toEqual([443, 80])
  })

  it('gives each API replica DATABASE_URL, REDIS_URL and both nodes in FREESWITCH_NODES', () => {
    for (const name of apiReplicas) {
      const env = services[name]?.environment ?? {}
      expect(env['DATABASE_URL'], name).toMatch(/^postgres:\/\/[^:]+:[^@]+@postgres-private:5432\//)
      expect(env['REDIS_URL'], name).toMatch(/^redis:\/\/:[^@]+@redis-private:6379/)
      const nodes = parseNodeList(env['FREESWITCH_NODES'] ?? '')
      expect(nodes.map((node) => `${node.host}:${node.port}`)).toEqual([
        'fs1-private:8021',
        'fs2-private:8021',
      ])
      for (const node of switchNodes) {
        expect(services[node]?.networks['backend']?.aliases).toContain(`${node}-private`)
      }
    }
  })

  it('sets only environment variables config.ts knows, and config.ts accepts them', () => {
    const known = configuredVariables()
    expect(known.has('FREESWITCH_NODES')).toBe(true)
    for (const name of apiReplicas) {
      const env = services[name]?.environment ?? {}
      const unknown = Object.keys(env).filter((key) => !known.has(key))
      expect(unknown, name).toEqual([])
      const config = loadConfig(env)
      expect(config).toMatchObject({
        isProduction: true,
        host: '0.0.0.0',
        trustProxy: true,
        cookieSecure: true,
      })
      expect(config.freeswitchNodes).toHaveLength(2)
      expect(config.redis.url, name).toMatch(/^redis:\/\/:[^@]+@redis-private:6379/)
    }
  })

  it('lets exactly the nodes fetch xml_curl documents, with the credentials they present', () => {
    const addresses = switchNodes.map((node) => services[node]?.networks['backend']?.ipv4_address)
    for (const name of apiReplicas) {
      const env = services[name]?.environment ?? {}
      expect(env['XML_CURL_ALLOWED_ADDRESSES']?.split(',')).toEqual(addresses)
      for (const node of switchNodes) {
        const nodeEnv = services[node]?.environment ?? {}
        expect(nodeEnv['XML_CURL_USER']).toBe(env['XML_CURL_USER'])
        expect(nodeEnv['XML_CURL_PASSWORD']).toBe(env['XML_CURL_PASSWORD'])
        expect(nodeEnv['ESL_LISTEN_IP']).toBe(services[node]?.networks['backend']?.ipv4_address)
      }
      expect(env['FREESWITCH_NODES']).toContain(`:${services['fs1']?.environment['ESL_PASSWORD']}`)
    }
  })

  it('mounts the media volume at the same path in the API and on the nodes', () => {
    for (const name of [...apiReplicas, ...switchNodes]) {
      expect(services[name]?.volumes, name).toContainEqual(
        expect.objectContaining({ source: 'media', target: '/data/media' }),
      )
    }
    expect(services['api-1']?.environment['DATA_DIR']).toBe('/data')
  })
})

describe('docker/freeswitch: configuration the API depends on', () => {
  it('binds the event socket to the private address, behind an ACL, with the password from the environment', () => {
    const xml = read('docker/freeswitch/autoload_configs/event_socket.conf.xml')
    expect(xml).toContain('name="listen-ip" value="$${esl_listen_ip}"')
    expect(xml).toContain('name="password" value="$${esl_password}"')
    expect(xml).toContain('name="apply-inbound-acl" value="esl"')
    const vars = read('docker/freeswitch/vars.xml')
    expect(vars).toContain('data="esl_password=$ESL_PASSWORD"')
    expect(vars).toContain('data="esl_listen_ip=$ESL_LISTEN_IP"')
    expect(read('docker/freeswitch/autoload_configs/acl.conf.xml')).toMatch(
      /<list name="esl" default="deny">\s*<node type="allow" cidr="\$\$\{esl_allowed_cidr\}"\/>/,
    )
  })

  it('asks both API replicas for directory and dialplan at the endpoint the API serves', () => {
    const xml = read('docker/freeswitch/autoload_configs/xml_curl.conf.xml')
    const urls = Array.from(xml.matchAll(/name="gateway-url" value="([^"]+)" bindings="([^"]+)"/g))
    expect(urls.map(([, url]) => url)).toEqual(
      apiReplicas.map(
        (name) => `http://${name}-private:${services[name]?.environment['PORT']}${XML_CURL_PATH}`,
      ),
    )
    for (const [, , bindings] of urls) expect(bindings?.split('|').sort()).toEqual(['dialplan', 'directory'])
    expect(xml.match(/value="\$\$\{xml_curl_user\}:\$\$\{xml_curl_password\}"/g)).toHaveLength(2)
    for (const name of apiReplicas) {
      expect(services[name]?.networks['backend']?.aliases).toContain(`${name}-private`)
    }
  })

  it('falls back to a dialplan that tags the call and parks it', () => {
    const xml = read('docker/freeswitch/dialplan/public.xml')
    expect(xml).toContain('<context name="public">')
    expect(xml).toContain('data="cc_dialled_number=$1"')
    expect(xml).toMatch(/<action application="park"\/>\s*<\/condition>/)
  })

  it('offers SIP over WebSocket on the internal profile, proxied by nginx with TLS', () => {
    expect(read('docker/freeswitch/sip_profiles/internal.xml')).toContain('name="ws-binding" value=":5066"')
    const nginx = read('docker/nginx/default.conf.template')
    expect(nginx).toMatch(/server fs1:5066/)
    expect(nginx).toMatch(/location = \/graphql \{[^}]*proxy_set_header Upgrade \$http_upgrade;/)
    expect(nginx).toContain('listen 443 ssl;')
  })

  it('G2: sends each agent’s softphone to the node it names, through a WebSocket path nginx proxies to that node', () => {
    const nginx = read('docker/nginx/default.conf.template')
    for (const name of apiReplicas) {
      const env = services[name]?.environment ?? {}
      const nodes = parseNodeList(env['FREESWITCH_NODES'] ?? '')
      const urls = Object.fromEntries(
        (env['SIP_WEBSOCKET_URLS'] ?? '').split(',').map((item) => item.split('=') as [string, string]),
      )
      for (const node of nodes) {
        const path = /^wss:\/\/[^/]+(\/sip\/[^/]+\/)$/.exec(urls[node.name] ?? '')?.[1]
        expect(path, `${name}: ${node.name}`).toBeDefined()
        const host = node.host.replace(/-private$/, '')
        expect(nginx).toMatch(new RegExp(`location ${path} \\{\\s*proxy_pass http://${host}:5066/;`))
      }
    }
  })
})
