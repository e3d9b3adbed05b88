import { readFileSync } from 'node:fs'
import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { InMemoryTelephonyDirectory, NOT_FOUND, XML_CURL_PATH, registerXmlCurlRoutes } from './index.js'

const TENANT = '0b9f8f0e-8d1e-4a8e-9d55-6d1c2a1f0a11'
const config = { user: 'freeswitch', password: 'a-long-shared-secret', allowedAddresses: ['127.0.0.1'] }
const auth = `Basic ${Buffer.from('freeswitch:a-long-shared-secret').toString('base64')}`

// The form mod_xml_curl really sends, captured from FreeSWITCH 1.10.12 (a dialplan lookup for 9196).
const captured = readFileSync(
  new URL('../../../../../shared/freeswitch/xml-curl-request.txt', import.meta.url),
  'utf8',
)
const capturedForm = captured.slice(captured.indexOf('\n\n') + 2).replace(/\n/g, '')

const directory = new InMemoryTelephonyDirectory()
directory.addNumber({ tenantId: TENANT, number: '9196' })
directory.addDomain({
  tenantId: TENANT,
  domain: 'acme.cc.example',
  users: [
    { user: '1001', password: 's3cret&<"', displayName: 'Agent One' },
    { user: '1002', password: 'another' },
  ],
})
const app = Fastify()

beforeAll(async () => {
  await registerXmlCurlRoutes(app, { config, directory })
  await app.ready()
})
afterAll(() => app.close())

const post = (body: string, headers: Record<string, string> = { authorization: auth }) =>
  app.inject({
    method: 'POST',
    url: XML_CURL_PATH,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    payload: body,
    remoteAddress: '127.0.0.1',
  })

describe('X1: mod_xml_curl endpoints', () => {
  it('X1: the captured dialplan request gets the tenant tags and park, in FreeSWITCH dialplan XML', async () => {
    const response = await post(capturedForm)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/xml/)
    expect(response.body).toContain('<document type="freeswitch/xml">')
    expect(response.body).toContain('<section name="dialplan">')
    expect(response.body).toContain('<context name="default">')
    expect(response.body).toMatch(/<condition field="destination_number" expression="\^9196\$">/)
    expect(response.body).toContain(`<action application="set" data="cc_tenant_id=${TENANT}"/>`)
    expect(response.body).toContain('<action application="set" data="cc_dialled_number=9196"/>')
    expect(response.body.indexOf('application="park"')).toBeGreaterThan(response.body.indexOf('cc_tenant_id'))
  })

  it('X1: an unknown number and an unknown section get the not-found document', async () => {
    expect((await post(capturedForm.replace(/9196/g, '5555'))).body).toBe(NOT_FOUND)
    expect((await post('section=configuration&key_value=sofia.conf')).body).toBe(NOT_FOUND)
    expect(NOT_FOUND).toContain(
      '<document type="freeswitch/xml">\n  <section name="result">\n    <result status="not found"/>',
    )
  })

  it('X1: the directory serves the tenant domain and its users with escaped credentials', async () => {
    const all = await post(
      'section=directory&tag_name=domain&key_name=name&key_value=acme.cc.example&domain=acme.cc.example',
    )
    expect(all.body).toContain('<section name="directory">')
    expect(all.body).toContain('<domain name="acme.cc.example">')
    expect(all.body).toContain('<param name="dial-string"')
    expect(all.body).toContain('<user id="1001">')
    expect(all.body).toContain('<user id="1002">')
    expect(all.body).toContain('<param name="password" value="s3cret&#38;&#60;&#34;"/>')
    const one = await post('section=directory&action=sip_auth&user=1002&domain=acme.cc.example')
    expect(one.body).toContain('<user id="1002">')
    expect(one.body).not.toContain('<user id="1001">')
    expect((await post('section=directory&user=9999&domain=acme.cc.example')).body).toBe(NOT_FOUND)
    expect((await post('section=directory&user=1001&domain=other.example')).body).toBe(NOT_FOUND)
  })

  it('X1: a wrong secret, no secret, or an address off the list is refused', async () => {
    expect((await post(capturedForm, {})).statusCode).toBe(401)
    const wrong = `Basic ${Buffer.from('freeswitch:guess').toString('base64')}`
    expect((await post(capturedForm, { authorization: wrong })).statusCode).toBe(401)
    const outsider = await app.inject({
      method: 'POST',
      url: XML_CURL_PATH,
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: auth },
      payload: capturedForm,
      remoteAddress: '203.0.113.7',
    })
    expect(outsider.statusCode).toBe(401)
  })
})
