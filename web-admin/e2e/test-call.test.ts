// A3 A5 end to end: the built admin console in Chromium against the real API on its switch simulator. An
// administrator opens a number's test call from the Numbers page, calls it, sees the queue prompt named
// as the product knows it and the wait music playing, presses a key and hangs up.
// With TEST_CALL_SCREENSHOTS=<dir> it also photographs the page at 1440×900 in both languages: before
// any call, during one, after it, and as it reads on FreeSWITCH.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../api/test/chromium'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startE2eServer } from '../../api/test/e2e-server'
import { graphqlAs, signUpCompany } from './pages'

const SCREENSHOT_DIR = process.env.TEST_CALL_SCREENSHOTS

let server: Awaited<ReturnType<typeof startE2eServer>> | undefined
let browser: Browser | undefined

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

const graphql = <T>(page: Page, query: string, variables?: Record<string, unknown>) =>
  graphqlAs<T>(page, server!.url, query, variables)

const signUp = (page: Page) =>
  signUpCompany(page, server!.url, {
    name: '苏州拨测体验有限公司',
    adminName: '孙管理',
    emailPrefix: 'test-call',
  })

const timeline = (page: Page) => page.getByTestId('test-call-timeline')

it('A3 A5: a test call from the Numbers page hears the queue prompt, then the wait music; a key, and hang up', async () => {
  const context = await browser!.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await signUp(page)
  const { createSkillGroup } = await graphql<{ createSkillGroup: { id: string } }>(
    page,
    'mutation { createSkillGroup(input: { name: "售后组", organization: INBOUND }) { id } }',
  )
  await graphql(page, 'mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }', {
    input: { number: '4008007788', description: '客服热线', skillGroupId: createSkillGroup.id },
  })

  // The Numbers page links each number to its test call.
  await page.getByTestId('nav-phone').click()
  await page.getByTestId('nav-phoneNumbers').click()
  await page.getByTestId('numbers-table').getByRole('button', { name: '拨测' }).click()
  await page.getByTestId('simulator-notice').waitFor()
  await expect.poll(() => page.getByTestId('test-call-number').textContent()).toContain('+864008007788')
  await page.getByTestId('empty-state').waitFor()
  if (SCREENSHOT_DIR) await photograph(page, 'before')

  await page.getByTestId('test-call-caller').fill('13912345678')
  await page.getByTestId('test-call-place').click()
  // The queue greets the caller with its system prompt, then plays the transfer wait until an agent is free.
  await timeline(page).getByText('排队提示').waitFor()
  const playing = page.getByTestId('test-call-entry').filter({ has: page.getByTestId('now-playing') })
  await expect.poll(() => playing.textContent()).toContain('转接等待音')
  expect(await timeline(page).textContent()).toContain('拨打 +864008007788，主叫 13912345678')

  await page.getByTestId('test-call-key-1').click()
  await timeline(page).getByText('按下 1 键').waitFor()
  if (SCREENSHOT_DIR) await photograph(page, 'live')

  await page.getByTestId('test-call-hang-up').click()
  await timeline(page).getByText('您挂断了电话').waitFor()
  await expect.poll(() => page.getByTestId('test-call-status').textContent()).toContain('已结束')
  expect(await page.getByTestId('now-playing').count()).toBe(0)
  if (SCREENSHOT_DIR) {
    await photograph(page, 'ended')
    // On FreeSWITCH the page explains how to call the numbers instead: its start query says so.
    await page.route('**/graphql', async (route) => {
      if (!route.request().postData()?.includes('query TestCallStart')) return route.continue()
      const response = await route.fetch()
      const body = (await response.json()) as { data: { isSwitchSimulated: boolean } }
      body.data.isSwitchSimulated = false
      await route.fulfill({ response, json: body })
    })
    await photograph(page, 'freeswitch')
    await page.unrouteAll({ behavior: 'ignoreErrors' })
    await page.goto(`${server!.url}/admin/phone/numbers`)
    await photograph(page, 'numbers')
  }
  await context.close()
}, 120_000)

/** The page as it is now, reloaded in each language, at 1440×900. */
async function photograph(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR!, { recursive: true })
  for (const locale of ['zh-CN', 'en']) {
    await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
    await page.reload()
    await page.getByTestId('page-title').waitFor()
    await page.waitForLoadState('networkidle')
    await page.waitForFunction(() => !document.querySelector('.el-loading-mask'))
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/test-call-${name}-${locale}.png`,
      animations: 'disabled',
    })
  }
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
  await page.getByTestId('page-title').waitFor()
}
