// A9 end to end: the built admin console in Chromium against the real API on its switch simulator. Before
// any call the call report (统计 → 通话报表) explains how to get figures; after two test calls through the
// simulator it shows them in its cards, its chart and its table, and switches to rows by skill group.
// With CALL_REPORT_SCREENSHOTS=<dir> it also photographs the page at 1440×900 and 390×844 in both languages.
import { mkdir, readFile } from 'node:fs/promises'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { launchChromium } from '../../api/test/chromium'
import { startE2eServer } from '../../api/test/e2e-server'
import { graphqlAs, overflow, settled, signUpCompany } from './pages'

const SCREENSHOT_DIR = process.env.CALL_REPORT_SCREENSHOTS

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

it('A9: the call report shows the calls made through the simulator, by company and by skill group', async () => {
  const context = await browser!.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 })
  const page = await context.newPage()
  page.setDefaultTimeout(15_000)
  await signUpCompany(page, server!.url, {
    name: '杭州通话报表有限公司',
    adminName: '吴主管',
    emailPrefix: 'call-report',
  })

  // The call report alone in 统计 is the group's own menu item; with its sibling pages, an item under it.
  await page.getByTestId('nav-statistics').click()
  const item = page.getByTestId('nav-callReport')
  await page.getByTestId('report-empty').or(item).first().waitFor()
  if (await item.isVisible()) await item.click()
  await page.getByTestId('report-empty').waitFor()
  if (SCREENSHOT_DIR) await photograph(page, 'empty')

  const { createSkillGroup } = await graphql<{ createSkillGroup: { id: string } }>(
    page,
    'mutation { createSkillGroup(input: { name: "售后热线", organization: INBOUND }) { id } }',
  )
  const { addPhoneNumber } = await graphql<{ addPhoneNumber: { id: string } }>(
    page,
    'mutation ($input: AddPhoneNumberInput!) { addPhoneNumber(input: $input) { id } }',
    { input: { number: '4008001002', skillGroupId: createSkillGroup.id } },
  )
  for (const caller of ['13912340001', '13912340002'])
    await graphql(
      page,
      'mutation ($id: ID!, $caller: String!) { placeTestCall(input: { phoneNumberId: $id, callerNumber: $caller }) { id } }',
      { id: addPhoneNumber.id, caller },
    )

  // Today's open hour is read from the calls themselves, so the figures are there at once.
  const inbound = page.getByTestId('report-card-inbound').locator('.card-value')
  await expect
    .poll(
      async () => {
        await page.getByTestId('report-refresh').click()
        await settled(page)
        return (await inbound.isVisible()) ? inbound.textContent() : null
      },
      { timeout: 30_000 },
    )
    .toBe('2')
  await page.getByTestId('call-report-chart').locator('canvas').waitFor()
  const foot = page.getByTestId('call-report-table').locator('.el-table__footer-wrapper tr')
  await expect.poll(() => foot.locator('td').nth(0).textContent()).toBe('合计')
  await expect.poll(() => foot.locator('td').nth(1).textContent()).toBe('2')
  if (SCREENSHOT_DIR) await photograph(page, 'calls')

  // The export holds the same rows: the browser saves the file the server streamed.
  await page.getByTestId('report-export').click()
  const saved = page.waitForEvent('download')
  await page.locator('.el-dropdown-menu__item').filter({ hasText: 'CSV' }).click()
  const download = await saved
  expect(download.suggestedFilename()).toMatch(/^call-report-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = await readFile((await download.path())!, 'utf8')
  expect(csv).toContain('合计')

  await page.getByTestId('report-group-by').getByText('技能组').click()
  const groupRow = page.getByTestId('call-report-table').locator('tbody tr').filter({ hasText: '售后热线' })
  await expect.poll(() => groupRow.locator('td').nth(2).textContent()).toBe('2')
  await context.close()
}, 180_000)

/** The page in each language at 1440×900 and 390×844; it never scrolls sideways. */
async function photograph(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR!, { recursive: true })
  const original = page.viewportSize()!
  for (const viewport of [
    { width: 1440, height: 900 },
    { width: 390, height: 844 },
  ])
    for (const locale of ['zh-CN', 'en']) {
      await page.setViewportSize(viewport)
      await page.evaluate((value) => localStorage.setItem('cc.locale', value), locale)
      await page.reload()
      await page.getByTestId(name === 'empty' ? 'report-empty' : 'report-cards').waitFor()
      if (name === 'calls') await page.getByTestId('call-report-chart').locator('canvas').waitFor()
      await settled(page)
      expect(await overflow(page)).toBe(0)
      await page.screenshot({
        path: `${SCREENSHOT_DIR}/call-report-${name}-${viewport.width}-${locale}.png`,
        animations: 'disabled',
        fullPage: true,
      })
    }
  await page.setViewportSize(original)
  await page.evaluate(() => localStorage.setItem('cc.locale', 'zh-CN'))
  await page.reload()
}
