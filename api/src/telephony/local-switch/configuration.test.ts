// The production configuration adapted for one node on loopback: what changes, and that nothing else does.
import { describe, expect, it } from 'vitest'
import {
  adaptForLoopback,
  readDockerConfiguration,
  switchEnvironment,
  type LoopbackSwitchOptions,
} from './configuration.js'

const options: LoopbackSwitchOptions = {
  eslPort: 18021,
  eslPassword: 'secret',
  sipPort: 15060,
  sipWebSocketPort: 15066,
  rtpPorts: [30000, 30999],
  xmlCurlUrls: ['http://127.0.0.1:4000/freeswitch/xml-curl', 'http://127.0.0.1:4001/freeswitch/xml-curl'],
  xmlCurlUser: 'freeswitch',
  xmlCurlPassword: 'curl-secret-0123456789',
  mediaDir: '/tmp/media',
}

describe('the docker/freeswitch configuration on loopback', () => {
  it('binds every listener to 127.0.0.1 on the given ports and asks the given API instances', async () => {
    const source = await readDockerConfiguration()
    const files = adaptForLoopback(source, options)
    expect(files.get('vars.xml')).toContain('data="local_ip_v4=127.0.0.1"')
    expect(files.get('vars.xml')).toContain('media_dir=/tmp/media')
    expect(files.get('sip_profiles/internal.xml')).toContain('name="ws-binding" value="127.0.0.1:15066"')
    expect(files.get('autoload_configs/event_socket.conf.xml')).toContain('name="listen-port" value="18021"')
    const curl = files.get('autoload_configs/xml_curl.conf.xml')!
    expect(curl.match(/gateway-url" value="([^"]+)"/g)).toEqual(
      options.xmlCurlUrls.map((url) => `gateway-url" value="${url}"`),
    )
    // FreeSWITCH's own `$${var}` survives the rewrite (a String.replace pattern would eat one `$`).
    expect(curl).toContain('value="$${xml_curl_user}:$${xml_curl_password}"')
    const untouched = [...source.keys()].filter(
      (file) =>
        ![
          'vars.xml',
          'sip_profiles/internal.xml',
          'autoload_configs/event_socket.conf.xml',
          'autoload_configs/xml_curl.conf.xml',
        ].includes(file),
    )
    for (const file of untouched) expect(files.get(file), file).toBe(source.get(file))
  })

  it('gives the secrets and ports through the environment vars.xml reads, as the containers do', () => {
    expect(switchEnvironment(options)).toMatchObject({
      ESL_PASSWORD: 'secret',
      ESL_LISTEN_IP: '127.0.0.1',
      SIP_PORT: '15060',
      RTP_START_PORT: '30000',
      XML_CURL_PASSWORD: 'curl-secret-0123456789',
    })
  })

  it('fails naming the file when the production configuration no longer has what it rewrites', async () => {
    const source = await readDockerConfiguration()
    source.set('sip_profiles/internal.xml', '<profile name="internal"/>')
    expect(() => adaptForLoopback(source, options)).toThrow(/sip_profiles\/internal\.xml no longer contains/)
  })
})
