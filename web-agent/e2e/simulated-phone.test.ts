// G2/G3 end to end on the switch simulator (no FreeSWITCH): the built workstation says its phone is
// simulated, not broken. A softphone agent answers a routed call and hangs up with the phone bar's
// buttons and dials out; a mobile agent's calls, in and out, show on the bar with the other party's
// number as soon as the simulator answers them.
// With SIMULATED_PHONE_SCREENSHOTS=<dir> it photographs the bar at 1440×900, ringing and on a call.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { TEST_PASSWORD, addAgent, signInInvited, signupTenant } from '../../api/test/factories'

const SCREENSHOT_DIR = process.env.SIMULATED_PHONE_SCREENSHOTS

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  api = await startTestApi({
    env: { CALL_RECORD_FLUSH_MS: '10', SWITCH_OWNERSHIP_POLL_MS: '200', ACD_SWEEP_MS: '100' },
  })
  acd = await AcdFixture.create(api, await signupTenant(api))
  await acd.ownNumber('+864001288000')
  await acd.settings({ afterCallWorkSeconds: 0, ringTimeoutSeconds: 60, outboundCallerId: '+864001288000' })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

const statusText = (page: Page) => page.getByTestId('status-select').textContent()

/** An agent of the group, signed in to the built workstation in a browser with the given mode. */
async function signedIn(group: string, mode: 'SOFTPHONE' | 'MOBILE', input: Record<string, unknown> = {}) {
  const created = await addAgent(api, acd.tenant.token, { name: '吴坐席', ...input })
  await acd.gql(
    `mutation ($id: ID!, $userId: ID!) { setSkillGroupMember(id: $id, userId: $userId, priority: 1) { id } }`,
    { id: group, userId: created.id },
  )
  await signInInvited(api, created.email)
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await page.goto(`${api.url}/agent/`)
  await page.getByTestId('login-email').fill(created.email)
  await page.getByTestId('login-password').fill(TEST_PASSWORD)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('signin-simulated').waitFor()
  if (SCREENSHOT_DIR) await shoot(page, `signin`)
  await page.getByTestId(`signin-mode-${mode}`).click()
  await page.getByTestId('signin-submit').click()
  // Registering the simulated phone takes a few round trips; a loaded machine needs more than 5 s.
  await expect.poll(() => statusText(page), { timeout: 15_000 }).toContain('空闲')
  return { page, context }
}

it('G2 G3: a simulated softphone answers a routed call and hangs up with the bar’s buttons, and dials out', async () => {
  const group = await acd.skillGroup()
  const number = await acd.numberFor(group)
  const { page, context } = await signedIn(group, 'SOFTPHONE')
  await page.getByTestId('simulated-phone').waitFor()
  await expect.poll(() => page.getByTestId('registration').getAttribute('class')).toContain('is-registered')
  // Simulated, not broken: no complaint about an unreachable phone server.
  expect(await page.getByTestId('softphone-problem').count()).toBe(0)

  const caller = '13900000021'
  const callId = await acd.sim.placeInboundCall({ from: caller, to: number })
  await page.getByTestId('offer-banner').filter({ hasText: caller }).waitFor()
  await expect.poll(() => page.getByTestId('answer-button').isEnabled()).toBe(true)
  if (SCREENSHOT_DIR) await shoot(page, 'ringing')
  await page.getByTestId('answer-button').click()
  await page.getByTestId('call-timer').waitFor()
  await expect.poll(() => statusText(page)).toContain('通话中')
  expect(acd.channel(callId)?.bridgedTo).toBeTruthy()
  if (SCREENSHOT_DIR) await shoot(page, 'talking')
  await page.getByTestId('hangup-button').click()
  await expect.poll(() => statusText(page)).toContain('空闲')
  expect(acd.channel(callId)).toBeUndefined()

  // Dialling out: the simulated phone answers its own leg, then the customer's phone is rung.
  await page.getByTestId('dial-input').fill('13800000022')
  await page.getByTestId('dial-button').click()
  await page.getByTestId('call-timer').waitFor()
  expect(await page.getByTestId('call-number').textContent()).toContain('13800000022')
  await expect.poll(() => statusText(page)).toContain('通话中')
  const customer = () =>
    acd.sim.channels().find((channel) => channel.variables['channel_name']?.endsWith('13800000022'))
  await expect.poll(() => customer()?.bridgedTo).toBeTruthy()
  await page.getByTestId('hangup-button').click()
  await expect.poll(() => statusText(page)).toContain('空闲')
  await context.close()
}, 120_000)

it('G2: a mobile agent’s calls show on the bar with the other party’s number once the simulator answers', async () => {
  const group = await acd.skillGroup()
  const number = await acd.numberFor(group)
  const { page, context } = await signedIn(group, 'MOBILE', { mobile: '13612340021' })
  const caller = '13900000023'
  const callId = await acd.sim.placeInboundCall({ from: caller, to: number })
  await page.getByTestId('call-timer').waitFor()
  // Answered at once, the mobile may skip RINGING in the page; ON_CALL names the caller itself.
  await expect.poll(() => statusText(page)).toContain('通话中')
  await expect.poll(() => page.getByTestId('call-number').textContent()).toContain(caller)
  if (SCREENSHOT_DIR) await shoot(page, 'mobile')
  await page.getByTestId('hangup-button').click()
  await expect.poll(() => statusText(page)).toContain('空闲')
  expect(acd.channel(callId)).toBeUndefined()

  // Dialling out from a mobile: the bar names the number dialled, not an unknown one.
  await page.getByTestId('dial-input').fill('13800000024')
  await page.getByTestId('dial-button').click()
  await page.getByTestId('call-timer').waitFor()
  await expect.poll(() => page.getByTestId('call-number').textContent()).toContain('13800000024')
  if (SCREENSHOT_DIR) await shoot(page, 'mobile-outbound')
  await page.getByTestId('hangup-button').click()
  await expect.poll(() => statusText(page)).toContain('空闲')
  await context.close()
}, 120_000)

async function shoot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR!, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOT_DIR}/workstation-${name}.png`, animations: 'disabled' })
}
