// G2/G3 end to end: the built workstation's JsSIP softphone against a real SIP server (Kamailio on
// loopback), in Chromium with fake media. The API hands the softphone Kamailio's WebSocket address
// (SIP_WEBSOCKET_URLS); a second JsSIP user agent in another page plays the caller. The switch
// simulator stands in for FreeSWITCH's event socket only, so the API counts the agent's phone as
// registered and the agent starts IDLE.
import { createServer, type Server } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'
import type * as JsSIPModule from 'jssip'
import type { RTCSession } from 'jssip/lib/RTCSession'
import type { UA } from 'jssip/lib/UA'
import type { Browser, Page } from 'playwright-core'
import { FAKE_MEDIA_ARGS, contentPolicyRefusals, launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestApi, type TestApi } from '../../api/test/api'
import { eventually } from '../../api/test/eventually'
import { TEST_PASSWORD, addAgent, signInInvited, signupTenant } from '../../api/test/factories'
import { startKamailio, type Kamailio } from './kamailio'

const CALLER_NUMBER = '13900139000'

let kamailio: Kamailio | undefined
let api: TestApi | undefined
let browser: Browser | undefined
let callerServer: Server | undefined

beforeAll(async () => {
  kamailio = await startKamailio()
  api = await startTestApi({ env: { SIP_WEBSOCKET_URLS: kamailio.websocketUrl } })
  browser = await launchChromium(FAKE_MEDIA_ARGS)
})

afterAll(async () => {
  await browser?.close()
  callerServer?.close()
  await api?.stop()
  await kamailio?.stop()
})

/** JsSIP for the caller's page, bundled from the same package the workstation uses. */
async function jssipBundle(): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('jssip')
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    globalName: 'JsSIP',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  })
  return result.outputFiles[0]!.text
}

/**
 * The caller: a page with nothing but JsSIP, served from loopback like the workstation (Chromium lets
 * only such pages open WebSockets to loopback), registered with Kamailio as CALLER_NUMBER.
 */
async function callerPage(domain: string): Promise<Page> {
  const html = `<!doctype html><title>caller</title><script>${await jssipBundle()}</script>`
  callerServer = createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end(html),
  )
  await new Promise<void>((resolve) => callerServer!.listen(0, '127.0.0.1', resolve))
  const { port } = callerServer.address() as AddressInfo
  const page = await (await browser!.newContext()).newPage()
  await page.goto(`http://127.0.0.1:${port}/`)
  await page.evaluate(
    ({ websocketUrl, uri }) =>
      new Promise<void>((resolve, reject) => {
        const JsSIP = (window as never as { JsSIP: typeof JsSIPModule }).JsSIP
        const ua = new JsSIP.UA({
          sockets: [new JsSIP.WebSocketInterface(websocketUrl)],
          uri,
          register: true,
          session_timers: false,
        })
        ua.on('registered', () => resolve())
        ua.on('registrationFailed', (event) => reject(new Error(String(event.cause))))
        ;(window as never as { ua: unknown }).ua = ua
        ua.start()
      }),
    { websocketUrl: kamailio!.websocketUrl, uri: `sip:${CALLER_NUMBER}@${domain}` },
  )
  return page
}

/** What the caller's call looks like from its side. */
function callerSession(page: Page) {
  return page.evaluate(() => {
    const session = (window as never as { session?: RTCSession }).session
    return session
      ? {
          isEstablished: session.isEstablished(),
          isEnded: session.isEnded(),
          isHeld: session.isOnHold().remote,
        }
      : null
  })
}

it('G2: the workstation registers with the SIP server the API names, rings, answers, holds, resumes, returns to its status when the caller hangs up, and registers again after the server drops', async () => {
  const tenant = await signupTenant(api!)
  const created = await addAgent(api!, tenant.token, { name: '林坐席' })
  const token = await signInInvited(api!, created.email)
  const softphone = await api!.graphql<{ mySoftphone: { authUser: string; domain: string } }>(
    '{ mySoftphone { authUser domain } }',
    {},
    { token },
  )
  const { authUser, domain } = softphone.data!.mySoftphone
  await eventually(() => expect(api!.telephony.cluster.health()[0]?.isOwnedHere).toBe(true), 10_000)
  api!.telephony.simulator!.registerUser(authUser, domain)

  const context = await browser!.newContext({ viewport: { width: 1366, height: 768 } })
  const workstation = await context.newPage()
  const refused = contentPolicyRefusals(workstation)
  await workstation.goto(`${api!.url}/agent/`)
  await workstation.getByTestId('login-email').fill(created.email)
  await workstation.getByTestId('login-password').fill(TEST_PASSWORD)
  await workstation.getByTestId('login-submit').click()
  await workstation.getByTestId('signin-mode-SOFTPHONE').click()
  await workstation.getByTestId('signin-submit').click()
  await workstation.locator('[data-testid="registration"].is-registered').waitFor()
  await expect.poll(() => workstation.getByTestId('status-select').textContent()).toContain('空闲')

  const caller = await callerPage(domain)
  await caller.evaluate((target) => {
    const window_ = window as never as { ua: UA; session: unknown }
    window_.session = window_.ua.call(target, { mediaConstraints: { audio: true, video: false } })
  }, `sip:${authUser}@${domain}`)

  const offer = workstation.getByTestId('offer-banner')
  await offer.waitFor()
  expect(await offer.textContent()).toContain(CALLER_NUMBER)
  await workstation.getByTestId('answer-button').click()
  await workstation.getByTestId('call-timer').waitFor()
  await expect.poll(async () => (await callerSession(caller))?.isEstablished).toBe(true)

  await workstation.getByTestId('hold-button').click()
  await expect.poll(async () => (await callerSession(caller))?.isHeld).toBe(true)
  await expect.poll(() => workstation.getByTestId('hold-button').textContent()).toContain('取回')
  await workstation.getByTestId('hold-button').click()
  await expect.poll(async () => (await callerSession(caller))?.isHeld).toBe(false)
  await expect.poll(() => workstation.getByTestId('hold-button').textContent()).toContain('保持')

  await caller.evaluate(() => (window as never as { session: RTCSession }).session.terminate())
  await workstation.getByTestId('call-timer').waitFor({ state: 'detached' })
  await expect.poll(() => workstation.getByTestId('status-select').textContent()).toContain('空闲')
  expect(await workstation.getByTestId('dial-button').isVisible()).toBe(true)

  // A network drop: the SIP server goes away and comes back empty. The softphone says so, reconnects
  // and registers again by itself, and the next call rings.
  await kamailio!.restart()
  await workstation.getByTestId('softphone-problem').waitFor()
  await workstation.getByTestId('softphone-problem').waitFor({ state: 'detached', timeout: 30_000 })
  await workstation.locator('[data-testid="registration"].is-registered').waitFor({ timeout: 30_000 })
  await caller.evaluate(
    (target) =>
      new Promise<void>((resolve) => {
        const window_ = window as never as { ua: UA; session: unknown }
        const call = () =>
          (window_.session = window_.ua.call(target, { mediaConstraints: { audio: true, video: false } }))
        if (window_.ua.isRegistered()) return resolve(void call())
        window_.ua.once('registered', () => resolve(void call()))
      }),
    `sip:${authUser}@${domain}`,
  )
  // This time by keyboard: Alt+A answers, Alt+H hangs up.
  await workstation.getByTestId('offer-banner').waitFor()
  await workstation.keyboard.press('Alt+KeyA')
  await workstation.getByTestId('call-timer').waitFor()
  await workstation.keyboard.press('Alt+KeyH')
  await workstation.getByTestId('call-timer').waitFor({ state: 'detached' })
  await expect.poll(async () => (await callerSession(caller))?.isEnded).toBe(true)
  // The console's security policy let the SIP WebSocket, the call's audio and the page's own script run.
  expect(refused).toEqual([])
  await context.close()
}, 120_000)
