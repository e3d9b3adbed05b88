// A4 end to end on the switch side: FreeSWITCH's mod_xml_curl directory lookup reaches the agents.
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../../test/api.js'
import { addAgent, signupTenant } from '../../../test/factories.js'

const XML_CURL_PASSWORD = 'switch-secret-0123456789'

let api: TestApi
beforeAll(async () => {
  api = await startTestApi({ env: { XML_CURL_PASSWORD, XML_CURL_ALLOWED_ADDRESSES: '127.0.0.1' } })
})
afterAll(() => api.stop())

it('A4: a SIP registration lookup from the switch gets the agent’s credentials in the tenant’s domain', async () => {
  const tenant = await signupTenant(api)
  const agent = await addAgent(api, tenant.token, { agentNumber: 'X07', name: 'Agent Seven' })
  const credentials = await api.graphql<{
    agentSipCredentials: { user: string; password: string; domain: string }
  }>(
    'query ($id: ID!) { agentSipCredentials(id: $id) { user password domain } }',
    { id: agent.id },
    { token: tenant.token },
  )
  const { user, password, domain } = credentials.data!.agentSipCredentials
  const lookup = (form: string) =>
    fetch(`${api.url}/freeswitch/xml-curl`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: `Basic ${Buffer.from(`freeswitch:${XML_CURL_PASSWORD}`).toString('base64')}`,
      },
      body: form,
    }).then((response) => response.text())

  const found = await lookup(`section=directory&action=sip_auth&user=${user}&domain=${domain}`)
  expect(found).toContain(`<domain name="${domain}">`)
  expect(found).toContain(`<user id="${user}">`)
  expect(found).toContain(`<param name="password" value="${password}"/>`)
  // The same SIP user asked for in another tenant's domain does not exist there.
  const otherTenant = await signupTenant(api)
  const other = await api.graphql<{ myTenant: { sipDomain: string } }>(
    '{ myTenant { sipDomain } }',
    {},
    { token: otherTenant.token },
  )
  const foreign = await lookup(
    `section=directory&action=sip_auth&user=${user}&domain=${other.data!.myTenant.sipDomain}`,
  )
  expect(foreign).toContain('<result status="not found"/>')
})
