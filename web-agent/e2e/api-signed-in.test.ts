// G2 end to end: an agent signed in to the workstation through the API (another login than the
// browser's, as an integration or another browser signs in) opens the built workstation. The phone bar
// takes that session up as the API holds it: no sign-in asked, their real status and answering mode,
// the page's heartbeat keeps the session alive, and 签出 ends it.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { AcdFixture } from '../../api/test/acd-fixtures'
import { startTestApi, type TestApi } from '../../api/test/api'
import { launchChromium } from '../../api/test/chromium'
import { signupTenant, uniqueEmail } from '../../api/test/factories'
import { signedInConsole } from './consoles'

let api: TestApi
let acd: AcdFixture
let browser: Browser

beforeAll(async () => {
  api = await startTestApi({ env: { ACD_SWEEP_MS: '100' } })
  acd = await AcdFixture.create(api, await signupTenant(api))
  await acd.settings({ heartbeatTimeoutSeconds: 30 })
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await api?.stop()
})

/** The page's next workstation heartbeat, as the API answered it. */
async function nextHeartbeat(page: Page): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await page.waitForResponse((each) =>
    Boolean(each.request().postData()?.includes('WorkstationHeartbeat')),
  )
  return (await response.json()) as { data?: unknown; errors?: unknown }
}

it('G2: an agent signed in through the API on their mobile, not ready, opens the workstation: the bar shows that session, keeps it and 签出 ends it', async () => {
  const email = uniqueEmail('g2-api')
  const agent = await acd.readyMobileAgent([], '13700001234', { name: '孙坐席', email })
  const { notReadyReasons } = await acd.gql<{ notReadyReasons: { id: string; code: string | null }[] }>(
    '{ notReadyReasons { id code } }',
    {},
    agent.token,
  )
  const rest = notReadyReasons.find((reason) => reason.code === 'REST')!
  await acd.gql(
    'mutation ($r: ID!) { setMyStatus(status: NOT_READY, reasonId: $r) { status } }',
    { r: rest.id },
    agent.token,
  )

  const page = await signedInConsole(browser, api.url, 'agent', email, 'zh-CN')
  // The page beats at once as it takes the session up: the API keeps it, though another login signed it in.
  const beat = await nextHeartbeat(page)
  expect(beat.errors).toBeUndefined()
  const bar = page.getByTestId('phone-bar')
  const status = page.getByTestId('status-select')
  await expect.poll(() => status.textContent()).toContain('示忙 · 小休')
  expect(await bar.textContent()).toContain('手机')
  expect(await page.getByTestId('signin-dialog').isVisible()).toBe(false)
  // Still so after the next beat (the timeout's third: 10 s).
  expect((await nextHeartbeat(page)).errors).toBeUndefined()
  expect(await status.textContent()).toContain('示忙 · 小休')
  expect((await acd.stateOf(agent)).status).toBe('NOT_READY')

  await status.click()
  await page.getByTestId('status-OFFLINE').click()
  await expect.poll(() => status.textContent()).toContain('签出')
  expect(await bar.textContent()).toContain('未签入')
  // The mode's tag zooms out.
  await expect.poll(() => bar.textContent()).not.toContain('手机')
  expect(await acd.stateOf(agent)).toMatchObject({ status: 'OFFLINE', cause: 'SIGNED_OUT' })
  await page.context().close()
})

it('G2: an agent the API signed out is asked to sign in as the workstation opens', async () => {
  const email = uniqueEmail('g2-signed-out')
  const agent = await acd.readyMobileAgent([], '13700004321', { name: '钱坐席', email })
  await acd.gql('mutation { signOutWorkstation { status } }', {}, agent.token)
  const page = await signedInConsole(browser, api.url, 'agent', email, 'zh-CN')
  await page.getByTestId('signin-dialog').waitFor()
  expect(await page.getByTestId('phone-bar').textContent()).toContain('未签入')
  await page.context().close()
})
