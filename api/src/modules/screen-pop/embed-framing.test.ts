// G4: the screen pop says when the embedded page refuses to be framed, from the page's own headers.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { framingOf, probeFraming } from './embed-framing.js'

const workstation = 'https://cc.example.com'
const page = 'https://crm.example.net/pop?n=1'

describe('G4 embedded page framing', () => {
  it.each([
    [{}, 'ALLOWED'],
    [{ 'x-frame-options': 'DENY' }, 'REFUSED'],
    [{ 'x-frame-options': 'sameorigin' }, 'REFUSED'],
    [{ 'content-security-policy': "default-src 'self'; frame-ancestors 'none'" }, 'REFUSED'],
    [{ 'content-security-policy': "frame-ancestors 'self'" }, 'REFUSED'],
    [{ 'content-security-policy': 'frame-ancestors https://*.example.com' }, 'ALLOWED'],
    [{ 'content-security-policy': 'frame-ancestors https://cc.example.com:443' }, 'ALLOWED'],
    [{ 'content-security-policy': 'frame-ancestors http://cc.example.com' }, 'REFUSED'],
    [{ 'content-security-policy': 'frame-ancestors https:' }, 'ALLOWED'],
    // frame-ancestors wins over X-Frame-Options when a page sends both, as in browsers.
    [{ 'content-security-policy': 'frame-ancestors *', 'x-frame-options': 'DENY' }, 'ALLOWED'],
  ] as const)('G4: %j → %s', (headers, framing) => {
    expect(framingOf(headers, page, workstation).framing).toBe(framing)
  })

  it('G4: the refusal names the header the page sent', () => {
    expect(framingOf({ 'x-frame-options': 'DENY' }, page, workstation)).toEqual({
      framing: 'REFUSED',
      reason: 'X-Frame-Options: DENY',
    })
  })

  describe('asking the page', () => {
    let server: Server
    let base: string
    beforeAll(async () => {
      server = createServer((request, response) => {
        if (request.url === '/deny') response.setHeader('x-frame-options', 'DENY')
        response.end('<html></html>')
      })
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    })
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

    it('G4: a page that sends X-Frame-Options DENY is refused; one that sends nothing is allowed', async () => {
      const options = { embedderOrigin: workstation, allowInternal: true, timeoutMs: 2000 }
      expect((await probeFraming(`${base}/deny`, options)).framing).toBe('REFUSED')
      expect((await probeFraming(`${base}/ok`, options)).framing).toBe('ALLOWED')
    })

    it('G4: outside development a page on a private address is not asked', async () => {
      const options = { embedderOrigin: workstation, allowInternal: false, timeoutMs: 2000 }
      expect(await probeFraming(`${base}/deny`, options)).toEqual({
        framing: 'UNKNOWN',
        reason: 'internal address',
      })
    })
  })
})
