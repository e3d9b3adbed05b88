// A8 end to end: the built admin console in Chromium against the real API on its switch simulator. Calls
// placed through the simulator (test calls, one into an IVR menu, two into queues) show on the live
// board's 实时通话 view with their stages; the administrator hangs one up, confirms, and it is gone.
// With LIVE_CALLS_SCREENSHOTS=<dir> it also photographs the view at 1440×900 and 390×844 in both languages.
import { mkdir } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium } from '../../api/test/chromium'
import { startE2eServer } from '../../api/test/e2e-server'
import { graphqlAs, overflow, publishedIvrNumber, settled, signUpCompany } from './pages'

const SCREENSHOT_DIR = process.env.LIVE_CALLS_SCREENSHOTS

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
    name: '杭州实时通话有限公司',
    adminName: '周主管',
    emailPrefix: 'live-calls',
  })

/** A number routed to a new skill group; returns the number's ID. */
async function queueNumber(page: Page, name: string, number: string): Promise<string> {
  const { createSkillGroup } = await graphql<{ createSkillGroup: { id: string } }>(
    page,
    'mutation ($name: String!) { createSkillGroup(input: { name: $name, organization: INBOUND }) { id } }',
    { name },
  )
  const { addPhoneNumber } = await graphql<{ addPhoneNumber: { id: string } }>(
    page,
    'mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }',
    { input: { number, skillGroupId: createSkillGroup.id } },
  )
  return addPhoneNumber.id
}

/** A number into an IVR menu that waits long for a key; 9 replays it. */
const ivrNumber = (page: Page, number: string) =>
  publishedIvrNumber((query, variables) => graphql(page, query, variables), number, [
    { key: '9', action: 'REPLAY' },
  ])

async function placeCall(page: Page, phoneNumberId: string, callerNumber: string): Promise<string> {
  const { placeTestCall } = await graphql<{ placeTestCall: { id: string } }>(
    page,
    'mutation ($id: ID!, $caller: String!) { placeTestCall(input: { phoneNumberId: $id, callerNumber: $caller }) { id } }',
    { id: phoneNumberId, caller: callerNumber },
  )
  return placeTestCall.id
}

const rowOf = (page: Page, caller: string) =>
  page.getByTestId('live-calls').locator('tbody tr').filter({ hasText: caller })

it('A8: calls placed through the simulator show with their stages; one is force-hung-up after confirmation and disappears', async () => {
  const context = await browser!.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await signUp(page)

  await page.getByTestId('nav-supervision').click()
  await page.getByTestId('nav-monitoring').click()
  await page.getByTestId('view-calls').click()
  await page.getByTestId('live-calls').getByText('当前没有进行中的通话').waitFor()
  if (SCREENSHOT_DIR) await photograph(page, 'empty')

  const afterSales = await queueNumber(page, '售后热线', '4008001001')
  const sales = await queueNumber(page, '销售热线', '4008001002')
  const menu = await ivrNumber(page, '4008001003')
  await placeCall(page, afterSales, '13912340001')
  await placeCall(page, sales, '13912340002')
  await placeCall(page, menu, '13912340003')

  // Live: the calls arrive without a reload, each with its stage.
  await expect
    .poll(() => rowOf(page, '13912340001').getByTestId('call-stage').textContent(), { timeout: 10_000 })
    .toBe('排队中')
  await expect
    .poll(() => rowOf(page, '13912340002').getByTestId('call-stage').textContent(), { timeout: 10_000 })
    .toBe('排队中')
  await expect
    .poll(() => rowOf(page, '13912340003').getByTestId('call-stage').textContent(), { timeout: 10_000 })
    .toBe('语音导航')
  expect(await rowOf(page, '13912340001').textContent()).toContain('售后热线')
  expect(await page.getByTestId('view-calls').textContent()).toBe('实时通话（3）')
  // Durations tick in the browser between events: once a second, so the next second is up to two away.
  const first = await rowOf(page, '13912340001').getByTestId('call-duration').textContent()
  await expect
    .poll(() => rowOf(page, '13912340001').getByTestId('call-duration').textContent(), { timeout: 5_000 })
    .not.toBe(first)
  if (SCREENSHOT_DIR) await photograph(page, 'calls')

  // Hang up: asked first; the call leaves the switch, the list and the audit log records it.
  await rowOf(page, '13912340002').getByTestId('force-hang-up').click()
  const dialog = page.locator('.el-message-box')
  await dialog.getByText('13912340002').waitFor()
  if (SCREENSHOT_DIR) await photograph(page, 'confirm', { keepDialog: true })
  await dialog.getByRole('button', { name: '强制挂断' }).click()
  await expect.poll(() => rowOf(page, '13912340002').count(), { timeout: 10_000 }).toBe(0)
  await expect
    .poll(() => page.getByTestId('view-calls').textContent(), { timeout: 10_000 })
    .toBe('实时通话（2）')
  // Still gone after the feed's next snapshots (the switch really ended it).
  await page.reload()
  await page.getByTestId('view-calls').click()
  await rowOf(page, '13912340001').waitFor()
  expect(await rowOf(page, '13912340002').count()).toBe(0)
  const { auditLog } = await graphql<{ auditLog: { items: Array<{ action: string }> } }>(
    page,
    'query { auditLog(filter: { action: "CALL_FORCE_HUNG_UP" }) { items { action } } }',
  )
  expect(auditLog.items).toHaveLength(1)
  await context.close()
}, 180_000)

/** The view as it is now, in each language, at 1440×900 and 390×844; it never scrolls sideways. */
async function photograph(page: Page, name: string, { keepDialog = false } = {}): Promise<void> {
  await mkdir(SCREENSHOT_DIR!, { recursive: true })
  const original = page.viewportSize()!
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    for (const locale of keepDialog ? ['zh-CN'] : ['zh-CN', 'en']) {
      await page.setViewportSize(viewport)
      if (!keepDialog) {
        await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
        await page.reload()
        await page.getByTestId('view-calls').click()
      }
      await settled(page)
      expect(await overflow(page)).toBe(0)
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/live-calls-${name}-${viewport.width}-${locale}.png`,
        animations: 'disabled',
      })
    }
  await page.setViewportSize(original)
  if (keepDialog) return
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
  await page.getByTestId('view-calls').click()
}
