// The HTTP end of mod_xml_curl: FreeSWITCH POSTs a form describing what it looks up (section
// `dialplan` or `directory`) and takes back an XML document. Only the nodes may ask (address
// allow-list) and only with the shared secret (HTTP basic auth, mod_xml_curl's gateway-credentials).
import { timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { TelephonyDirectory } from './directory.js'
import { NOT_FOUND, dialplanDocument, directoryDocument } from './documents.js'

export const XML_CURL_PATH = '/freeswitch/xml-curl'

export interface XmlCurlDeps {
  readonly config: { user: string; password: string | undefined; allowedAddresses: readonly string[] }
  readonly directory: TelephonyDirectory
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function isAuthorized(request: FastifyRequest, config: XmlCurlDeps['config']): boolean {
  const address = request.ip.replace(/^::ffff:/, '')
  if (!config.allowedAddresses.includes(address)) return false
  const header = request.headers.authorization ?? ''
  if (!header.startsWith('Basic ') || config.password === undefined) return false
  return sameSecret(
    Buffer.from(header.slice(6), 'base64').toString('utf8'),
    `${config.user}:${config.password}`,
  )
}

async function answer(params: URLSearchParams, directory: TelephonyDirectory): Promise<string> {
  switch (params.get('section')) {
    case 'dialplan': {
      const number = params.get('Hunt-Destination-Number') ?? params.get('Caller-Destination-Number') ?? ''
      const route = number === '' ? undefined : await directory.findNumber(number)
      return route ? dialplanDocument(params.get('Caller-Context') ?? 'public', route) : NOT_FOUND
    }
    case 'directory': {
      const domain = await directory.findDomain(params.get('domain') ?? '')
      const user = params.get('user') ?? undefined
      return (domain && directoryDocument(domain, user)) ?? NOT_FOUND
    }
    default:
      return NOT_FOUND
  }
}

/** Registers the endpoint in its own scope, so the form parser it needs touches no other route. */
export async function registerXmlCurlRoutes(app: FastifyInstance, deps: XmlCurlDeps): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 256 * 1024 },
      (_request, body, done) => done(null, new URLSearchParams(body as string)),
    )
    scope.post(XML_CURL_PATH, async (request, reply) => {
      // Unconfigured or not allowed: say nothing about the endpoint's existence.
      if (deps.config.password === undefined) return reply.code(404).send()
      if (!isAuthorized(request, deps.config)) {
        request.log.warn({ address: request.ip }, 'xml_curl request refused: address or credentials')
        return reply.code(401).header('www-authenticate', 'Basic realm="freeswitch"').send()
      }
      const params = request.body instanceof URLSearchParams ? request.body : new URLSearchParams()
      const xml = await answer(params, deps.directory)
      return reply.type('text/xml; charset=utf-8').send(xml)
    })
  })
}
